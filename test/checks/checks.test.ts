import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages.js';
import { scanMemory } from '../helpers.js';

const HOTJAR_HTML = '<html><head>\n<script>\n  window._hjSettings = {hjid: 1};\n</script>\n</head></html>\n';
const POSTHOG_TS = "import posthog from 'posthog-js'\nposthog.init('phc_1', { api_host: 'https://eu.i.posthog.com' })\n";

const rules = (result: ReturnType<typeof scanMemory>) => result.findings.map((finding) => [finding.rule, finding.vendor ?? '', `${finding.location.path}:${finding.location.line}`, finding.suppressed]);

describe('undeclared-vendor', () => {
  it('reports each undeclared vendor once per file, at its first line', () => {
    const result = scanMemory({ 'public/index.html': HOTJAR_HTML, 'src/a.ts': POSTHOG_TS }, 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Analytics\n');
    expect(rules(result)).toEqual([['undeclared-vendor', 'hotjar', 'public/index.html:3', false]]);
    expect(renderMessage(result.findings[0]!, result.manifest)).toContain('Hotjar is used here');
  });

  it('with no manifest, every detection is undeclared and a hint says to run init', () => {
    const result = scanMemory({ 'src/a.ts': POSTHOG_TS });
    expect(rules(result)).toEqual([['undeclared-vendor', 'posthog', 'src/a.ts:2', false]]);
    expect(result.hints.join()).toContain('disclosed init');
  });

  it('an organization declaration covers all its products', () => {
    const result = scanMemory({ 'a.html': '<script>fbq("init", "1")</script>' }, 'version: 1\nsubprocessors:\n  - organization: meta\n    purpose: Ads\n');
    expect(result.findings.filter((f) => f.rule === 'undeclared-vendor')).toEqual([]);
    expect(result.detections[0]?.declared).toBe(true);
  });

  it('a custom vendor defined in the manifest is detected and declared', () => {
    const manifest = [
      'version: 1',
      'subprocessors:',
      '  - vendor: acme-metrics',
      '    name: Acme Metrics',
      '    purpose: Usage metrics',
      '    categories: [analytics]',
      '    signatures:',
      '      domains: [metrics.acme.io]',
    ].join('\n');
    const result = scanMemory({ 'src/m.ts': "fetch('https://metrics.acme.io/v1')" }, manifest);
    expect(result.detections.map((d) => [d.vendor, d.declared])).toEqual([['acme-metrics', true]]);
    expect(result.findings).toEqual([]);
  });
});

describe('prohibited-vendor', () => {
  it('by vendor, with the reason', () => {
    const result = scanMemory({ 'a.html': '<script>fbq("init", "1")</script>' }, 'version: 1\nprohibited:\n  - vendor: meta-pixel\n    reason: No ad pixels\n');
    expect(rules(result)).toEqual([['prohibited-vendor', 'meta-pixel', 'a.html:1', false]]);
    expect(renderMessage(result.findings[0]!, result.manifest)).toBe('Meta Pixel is prohibited by subprocessors.yml: No ad pixels');
  });

  it('by category, even when declared', () => {
    const manifest = 'version: 1\nsubprocessors:\n  - vendor: meta-pixel\n    purpose: Ads\nprohibited:\n  - category: advertising\n';
    const result = scanMemory({ 'a.html': '<script>fbq("init", "1")</script>' }, manifest);
    // The manifest contradicting itself is said too, at the declaration (manifest-warning).
    expect(rules(result).map((row) => row.slice(0, 2))).toEqual([
      ['prohibited-vendor', 'meta-pixel'],
      ['manifest-warning', 'meta-pixel'],
    ]);
    expect(result.findings[0]?.args.by).toBe('category');
    expect(result.findings[1]?.args).toMatchObject({ problem: 'declared-and-prohibited', by: 'category', target: 'advertising' });
  });

  it('by organization', () => {
    const result = scanMemory({ 'a.html': '<script>fbq("init", "1")</script>' }, 'version: 1\nprohibited:\n  - organization: meta\n');
    expect(result.findings[0]?.args).toMatchObject({ by: 'organization', target: 'meta' });
  });
});

describe('out-of-scope', () => {
  it('flags a declared vendor outside its paths and not inside', () => {
    const manifest = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Analytics\n    paths: ["apps/web/**"]\n';
    const result = scanMemory({ 'apps/web/a.ts': POSTHOG_TS, 'apps/admin/b.ts': POSTHOG_TS }, manifest);
    expect(rules(result)).toEqual([['out-of-scope', 'posthog', 'apps/admin/b.ts:2', false]]);
  });
});

describe('declared-not-found', () => {
  it('reports at the manifest line, unless expect-in-code is false', () => {
    const manifest = 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n  - vendor: hotjar\n    purpose: Replay\n    expect-in-code: false\n';
    const result = scanMemory({ 'src/a.ts': 'export {}' }, manifest);
    expect(rules(result)).toEqual([['declared-not-found', 'stripe', 'subprocessors.yml:3', false]]);
    expect(result.findings[0]?.severity).toBe('warning');
  });
});

describe('unknown-vendor', () => {
  it('an unknown organization suggests the closest catalog ids', () => {
    const result = scanMemory({}, 'version: 1\nprohibited:\n  - organization: contentsqare\n');
    expect(rules(result)).toEqual([['unknown-vendor', 'contentsqare', 'subprocessors.yml:3', false]]);
    expect(renderMessage(result.findings[0]!, result.manifest)).toContain('did you mean "contentsquare"');
  });

  it('an unknown catalog vendor id is not a finding here: prepareScan stops the run (test/cli/conventions.test.ts)', () => {
    const result = scanMemory({}, 'version: 1\nsubprocessors:\n  - vendor: posthgo\n    purpose: Analytics\n');
    expect(rules(result)).toEqual([]);
  });
});

describe('suppression', () => {
  it('an inline ignore with rule and reason suppresses, and the finding stays marked', () => {
    const code = "// disclosed-ignore undeclared-vendor -- internal demo page, no user data\nposthog.init('phc_1')\n";
    const result = scanMemory({ 'src/a.ts': code }, 'version: 1\n');
    expect(rules(result)).toEqual([['undeclared-vendor', 'posthog', 'src/a.ts:2', true]]);
    expect(result.findings[0]?.suppression).toMatchObject({ kind: 'inline', reason: 'internal demo page, no user data' });
  });

  it('an ignore for another rule does not suppress', () => {
    const code = "posthog.init('phc_1') // disclosed-ignore out-of-scope -- wrong rule\n";
    const result = scanMemory({ 'src/a.ts': code }, 'version: 1\n');
    expect(result.findings[0]?.suppressed).toBe(false);
  });

  it('an ignore without a reason is itself an error', () => {
    const code = "// disclosed-ignore undeclared-vendor\nposthog.init('phc_1')\n";
    const result = scanMemory({ 'src/a.ts': code }, 'version: 1\n');
    expect(rules(result)).toEqual([
      ['invalid-ignore', '', 'src/a.ts:1', false],
      ['undeclared-vendor', 'posthog', 'src/a.ts:2', false],
    ]);
  });

  it('exceptions suppress by rule, vendor and path; expired and unused ones are reported', () => {
    const manifest = [
      'version: 1',
      'exceptions:',
      '  - rule: undeclared-vendor',
      '    vendor: posthog',
      '    paths: ["admin/**"]',
      '    reason: Internal admin panel, no user data',
      '    expires: 2027-06-30',
      '  - rule: undeclared-vendor',
      '    vendor: hotjar',
      '    reason: Old experiment',
      '    expires: 2025-01-01',
      '  - rule: prohibited-vendor',
      '    vendor: stripe',
      '    reason: Nothing to suppress',
    ].join('\n');
    const result = scanMemory({ 'admin/a.ts': POSTHOG_TS, 'src/b.ts': POSTHOG_TS, 'x.html': HOTJAR_HTML }, manifest);
    expect(rules(result)).toEqual([
      ['undeclared-vendor', 'posthog', 'admin/a.ts:2', true],
      ['undeclared-vendor', 'posthog', 'src/b.ts:2', false],
      ['exception-expired', 'hotjar', 'subprocessors.yml:8', false],
      ['exception-unused', 'stripe', 'subprocessors.yml:12', false],
      ['undeclared-vendor', 'hotjar', 'x.html:3', false],
    ]);
  });

  it('severity overrides and off', () => {
    const manifest = 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\nrules:\n  declared-not-found: error\n  undeclared-vendor: "off"\n';
    const result = scanMemory({ 'src/a.ts': POSTHOG_TS }, manifest);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['declared-not-found', 'error']]);
  });
});

describe('fingerprints', () => {
  it('do not change when code moves within a file', () => {
    const a = scanMemory({ 'src/a.ts': POSTHOG_TS });
    const b = scanMemory({ 'src/a.ts': `\n\n\n${POSTHOG_TS}` });
    expect(a.findings[0]?.fingerprint).toBe(b.findings[0]?.fingerprint);
    expect(a.findings[0]?.location.line).not.toBe(b.findings[0]?.location.line);
  });
});

describe('out-of-scope and dependency manifests', () => {
  const manifest = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Analytics\n    paths: ["apps/web/**"]\n';
  it('a manifest in a folder above the allowed paths is in scope; one beside them is not', () => {
    const result = scanMemory(
      {
        'package.json': '{"dependencies": {"posthog-js": "^1.0.0"}}',
        'apps/package.json': '{"dependencies": {"posthog-js": "^1.0.0"}}',
        'apps/web/package.json': '{"dependencies": {"posthog-js": "^1.0.0"}}',
        'apps/admin/package.json': '{"dependencies": {"posthog-js": "^1.0.0"}}',
      },
      manifest,
    );
    expect(rules(result)).toEqual([['out-of-scope', 'posthog', 'apps/admin/package.json:1', false]]);
  });
});

describe('inline ignore syntax', () => {
  it('works in every comment syntax, and a word in a string is not a directive', () => {
    const manifest = 'version: 1\n';
    const py = scanMemory({ 'a.html': '<!-- disclosed-ignore undeclared-vendor -- landing page test -->\n<script>fbq("init", "1")</script>\n' }, manifest);
    expect(py.findings.map((f) => [f.rule, f.suppressed])).toEqual([['undeclared-vendor', true]]);
    const block = scanMemory({ 'a.ts': '/**\n * disclosed-ignore undeclared-vendor -- demo\n */\nposthog.init("x")\n' }, manifest);
    expect(block.findings.map((f) => [f.rule, f.suppressed, f.location.line])).toEqual([
      ['unused-ignore', false, 2],
      ['undeclared-vendor', false, 4],
    ]);
    const text = scanMemory({ 'a.ts': "const directive = 'disclosed-ignore';\nconst re = /x*disclosed-ignore/;\n" }, manifest);
    expect(text.findings).toEqual([]);
  });
});

// Issue 15 item 3: suppression that does what the README says.
describe('inline ignores: reported line, file level, unknown rules, unused ones', () => {
  const manifest = 'version: 1\n';
  it('an ignore above the reported line suppresses the finding with all its evidence in the file', () => {
    const code = "// disclosed-ignore undeclared-vendor -- internal demo page, no user data\nposthog.init('phc_1')\nconst x = 1;\nposthog.init('phc_2')\n";
    const result = scanMemory({ 'src/a.ts': code }, manifest);
    expect(rules(result)).toEqual([['undeclared-vendor', 'posthog', 'src/a.ts:2', true]]);
    expect(result.findings[0]!.evidence.length).toBe(2);
  });

  it('an ignore above a later evidence line, not the reported one, does not suppress it and is unused', () => {
    const code = "posthog.init('phc_1')\n// disclosed-ignore undeclared-vendor -- second call only\nposthog.init('phc_2')\n";
    const result = scanMemory({ 'src/a.ts': code }, manifest);
    expect(rules(result)).toEqual([
      ['undeclared-vendor', 'posthog', 'src/a.ts:1', false],
      ['unused-ignore', '', 'src/a.ts:2', false],
    ]);
  });

  it('disclosed-ignore-file in the first comment covers every finding of its rule in the file', () => {
    const code = "#!/usr/bin/env node\n/**\n * Demo page.\n * disclosed-ignore-file undeclared-vendor -- internal demo, no user data\n */\nimport x from 'y';\nposthog.init('a');\nfbq('init', '1');\n";
    const result = scanMemory({ 'src/demo.ts': code }, manifest);
    expect(result.findings.map((f) => [f.rule, f.vendor, f.suppressed, f.suppression?.reason])).toEqual([
      ['undeclared-vendor', 'posthog', true, 'internal demo, no user data'],
      ['undeclared-vendor', 'meta-pixel', true, 'internal demo, no user data'],
    ]);
  });

  it('disclosed-ignore-file after the first code line is invalid and suppresses nothing', () => {
    const code = "import x from 'y';\n// disclosed-ignore-file undeclared-vendor -- too late\nposthog.init('a');\n";
    const result = scanMemory({ 'src/a.ts': code }, manifest);
    expect(rules(result)).toEqual([
      ['invalid-ignore', '', 'src/a.ts:2', false],
      ['undeclared-vendor', 'posthog', 'src/a.ts:3', false],
    ]);
    expect(renderMessage(result.findings[0]!, 'subprocessors.yml')).toContain('not in the first comment of the file');
  });

  it('an unknown rule id is invalid-ignore with the closest id, and a misspelt ignore suppresses nothing', () => {
    const code = "// disclosed-ignore undeclared-vendro -- typo\nposthog.init('a');\n";
    const result = scanMemory({ 'src/a.ts': code }, manifest);
    expect(rules(result)).toEqual([
      ['invalid-ignore', '', 'src/a.ts:1', false],
      ['undeclared-vendor', 'posthog', 'src/a.ts:2', false],
    ]);
    expect(renderMessage(result.findings[0]!, 'subprocessors.yml')).toBe('"undeclared-vendro" is not a rule id, so "disclosed-ignore undeclared-vendro" suppresses nothing; did you mean "undeclared-vendor"?');
  });

  it('an ignore for a rule turned off is not reported as unused; unused-ignore can be turned off', () => {
    const code = "// disclosed-ignore out-of-scope -- rule off\nconst a = 1;\n";
    expect(scanMemory({ 'src/a.ts': code }, 'version: 1\nrules:\n  out-of-scope: off\n').findings).toEqual([]);
    expect(rules(scanMemory({ 'src/a.ts': code }, manifest))).toEqual([['unused-ignore', '', 'src/a.ts:1', false]]);
    expect(scanMemory({ 'src/a.ts': code }, 'version: 1\nrules:\n  unused-ignore: off\n').findings).toEqual([]);
  });
});
