import { afterAll, describe, expect, it } from 'vitest';
import { disclosed, scratchFolder } from './built.js';

// Issue 15 item 5: a manifest that validates but cannot mean what it says gets manifest-warning
// findings at the line to edit; an impossible date and the common YAML slips are manifest errors
// in words (exit 2), through the built CLI.
const scratch = scratchFolder('disclosed-manifest-semantics-');
afterAll(() => scratch.cleanup());

const CODE = { 'src/a.ts': "posthog.init('phc_x');\n", 'src/pay.ts': "import { loadStripe } from '@stripe/stripe-js';\nloadStripe('pk_test');\n" };

interface JsonFinding {
  rule: string;
  severity: string;
  vendor?: string;
  message: string;
  location: { path: string; line: number; column: number };
  args: Record<string, string | number>;
}

function findings(stdout: string, rule = 'manifest-warning'): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.rule === rule);
}

describe('manifest-warning', () => {
  it('a vendor both declared and prohibited, declared twice, and paths that leave the repository or match nothing', () => {
    const manifest = [
      'version: 1', //                                   1
      'subprocessors:', //                               2
      '  - vendor: posthog', //                          3
      '    purpose: Product analytics', //               4
      '    paths: ["../**", "/etc/**", "scr/**", "src/**"]', // 5
      '  - vendor: stripe', //                           6
      '    purpose: Payments', //                        7
      '  - vendor: posthog', //                          8
      '    purpose: Product analytics, again', //        9
      'prohibited:', //                                  10
      '  - vendor: stripe', //                           11
      '    reason: We moved to another processor', //    12
      '',
    ].join('\n');
    const dir = scratch.tree({ 'subprocessors.yml': manifest, ...CODE });
    const json = disclosed(['check', '.', '--format', 'json'], dir);
    const warnings = findings(json.stdout).map((finding) => [finding.severity, finding.args.problem, `${finding.location.path}:${finding.location.line}:${finding.location.column}`, finding.args.glob ?? finding.vendor]);
    expect(warnings).toEqual([
      ['warning', 'path-outside', 'subprocessors.yml:5:13', '../**'],
      ['warning', 'path-outside', 'subprocessors.yml:5:22', '/etc/**'],
      ['warning', 'path-matches-nothing', 'subprocessors.yml:5:33', 'scr/**'],
      ['warning', 'declared-and-prohibited', 'subprocessors.yml:6:13', 'stripe'],
      ['warning', 'declared-twice', 'subprocessors.yml:8:13', 'posthog'],
    ]);

    const text = disclosed(['check', '.', '--no-color'], dir);
    expect(text.stdout).toContain('5:13    warning  `../**` points outside the repository and can never match: declaration paths are relative to the repository root  manifest-warning');
    expect(text.stdout).toContain('`scr/**` matches no file in the repository: check its spelling, and that it is relative to the repository root');
    expect(text.stdout).toContain('stripe is declared as a subprocessor and also prohibited (line 11): keep the declaration or the prohibition, not both');
    expect(text.stdout).toContain('vendor posthog is declared twice (first on line 3): merge the two entries into one');
  });

  it('is a warning: it fails only with --fail-on warning, and rules: can turn it off', () => {
    const manifest = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n    paths: ["apps/web/**"]\n  - vendor: stripe\n    purpose: Payments\n';
    const dir = scratch.tree({ 'subprocessors.yml': manifest, 'apps/web/a.ts': "posthog.init('phc_x');\n", 'src/pay.ts': CODE['src/pay.ts'] });
    expect(disclosed(['check', '.'], dir).code).toBe(0);
    expect(disclosed(['check', '.', '--fail-on', 'warning'], dir).code).toBe(0);
    const typo = scratch.tree({ 'subprocessors.yml': manifest.replace('apps/web/**', 'app/web/**'), 'apps/web/a.ts': "posthog.init('phc_x');\n", 'src/pay.ts': CODE['src/pay.ts'] });
    const failed = disclosed(['check', '.', '--fail-on', 'warning', '--format', 'json'], typo);
    expect(findings(failed.stdout).map((finding) => finding.args.problem)).toEqual(['path-matches-nothing']);
    expect(failed.code).toBe(1);
    const off = scratch.tree({ 'subprocessors.yml': `${manifest.replace('apps/web/**', 'app/web/**')}rules:\n  manifest-warning: 'off'\n  out-of-scope: 'off'\n`, 'apps/web/a.ts': "posthog.init('phc_x');\n", 'src/pay.ts': CODE['src/pay.ts'] });
    expect(findings(disclosed(['check', '.', '--format', 'json'], off).stdout)).toEqual([]);
  });
});

describe('manifest errors in words', () => {
  function errorOf(manifest: string): { code: number | null; stderr: string } {
    const dir = scratch.tree({ 'subprocessors.yml': manifest, ...CODE });
    const { code, stderr, stdout } = disclosed(['check', '.'], dir);
    expect(stdout).toBe('');
    return { code, stderr };
  }

  it('an impossible expiry date is exit 2 with file:line:column, what was expected and the likely date', () => {
    const result = errorOf('version: 1\nexceptions:\n  - rule: undeclared-vendor\n    vendor: posthog\n    reason: Migrating away this quarter\n    expires: 2027-02-31\n');
    expect(result.stderr).toBe(
      'subprocessors.yml:6:14: error: expires must be a real date (YYYY-MM-DD), not "2027-02-31": February 2027 has 28 days [exceptions[0].expires]\n  suggestion: did you mean 2027-02-28?\n1 problem in configuration; nothing was scanned.\n',
    );
    expect(result.code).toBe(2);
    expect(errorOf('version: 1\nexceptions:\n  - rule: undeclared-vendor\n    reason: Migrating away\n    expires: 2027-13-01\n').stderr).toContain('there is no month 13');
  });

  it('a tab in the indentation says so at its line', () => {
    const result = errorOf('version: 1\nsubprocessors:\n  - vendor: posthog\n\t  purpose: Product analytics\n');
    expect(result.stderr).toBe('subprocessors.yml:4:1: error: line 4 is indented with a tab; YAML indentation must be spaces\n  suggestion: replace the tab with spaces (two per level, lined up with the keys above)\n1 problem in configuration; nothing was scanned.\n');
    expect(result.code).toBe(2);
  });

  it('an unclosed quote is reported where it opened, not at the end of the file', () => {
    const result = errorOf('version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: "Product analytics\n  - vendor: stripe\n    purpose: Payments\n');
    expect(result.stderr).toBe('subprocessors.yml:4:14: error: the " quote opened here is never closed, so the rest of the file is read as one string\n  suggestion: add the closing " at the end of the value, or remove the opening one\n1 problem in configuration; nothing was scanned.\n');
    expect(result.code).toBe(2);
  });

  it('a wrong constant says what it must be, what it is, and the closest value', () => {
    expect(errorOf('version: 2\nsubprocessors: []\n').stderr).toBe('subprocessors.yml:1:10: error: version must be 1, not 2: 1 is the only manifest format so far [version]\n  suggestion: write `version: 1`\n1 problem in configuration; nothing was scanned.\n');
    expect(errorOf('version: 1\nsettings:\n  fail-on: eror\n').stderr).toBe(
      'subprocessors.yml:3:12: error: settings.fail-on must be one of: error, warning, never, not "eror" [settings.fail-on]\n  suggestion: did you mean "error"?\n1 problem in configuration; nothing was scanned.\n',
    );
  });
});
