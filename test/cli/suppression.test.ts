import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 15 item 3, through the CLI: one comment above the reported line suppresses a vendor with
// more evidence in the file; file-level ignores; unused and unknown-rule ignores reported.
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-suppress-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('check: inline suppression', () => {
  it('one ignore above the reported line suppresses a vendor with more evidence further down the file', async () => {
    const dir = repo({
      'subprocessors.yml': 'version: 1\nsubprocessors: []\n',
      'src/analytics.ts': [
        "import posthog from 'posthog-js';",
        "// disclosed-ignore undeclared-vendor -- internal dashboard, no customer data",
        "posthog.init('phc_x', {",
        "  api_host: 'https://eu.i.posthog.com',",
        '});',
        "export const track = (name: string) => posthog.capture(name);",
        '',
      ].join('\n'),
    });
    const json = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    const [finding] = (JSON.parse(json.stdout) as { findings: { rule: string; suppressed: boolean; evidence: unknown[] }[] }).findings;
    expect(finding).toMatchObject({ rule: 'undeclared-vendor', suppressed: true });
    expect(finding!.evidence.length).toBeGreaterThan(1);
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.stdout).toContain('no problems');
    expect(run.stdout).toContain('1 suppressed');
    expect(run.code).toBe(0);
  });

  it('a file-level ignore, an unused ignore (warning, exit 0) and an unknown rule (error, exit 1)', async () => {
    const dir = repo({
      'subprocessors.yml': 'version: 1\nsubprocessors: []\n',
      'site/index.html': '<!DOCTYPE html>\n<!-- disclosed-ignore-file undeclared-vendor -- sales demo, no real users -->\n<script>window._hjSettings={hjid:1};</script>\n<script>fbq("init", "1")</script>\n',
      'src/old.ts': '// disclosed-ignore undeclared-vendor -- the tracker below was removed\nexport const x = 1;\n',
    });
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.stdout).toContain('src/old.ts');
    expect(run.stdout).toMatch(/1:1\s+warning\s+this disclosed-ignore undeclared-vendor suppresses nothing; remove it\s+unused-ignore/);
    expect(run.stdout).not.toContain('site/index.html');
    expect(run.stdout).toContain('2 suppressed');
    expect(run.code).toBe(0);

    writeFileSync(join(dir, 'src/typo.ts'), "// disclosed-ignore undeclared-vendors -- typo\nposthog.init('a');\n");
    const typo = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(typo.stdout) as { findings: { rule: string; path?: string; location?: { path: string }; message: string }[] }).findings;
    const invalid = findings.find((finding) => finding.rule === 'invalid-ignore');
    expect(invalid?.message).toBe('"undeclared-vendors" is not a rule id, so "disclosed-ignore undeclared-vendors" suppresses nothing; did you mean "undeclared-vendor"?');
    expect(findings.some((finding) => finding.rule === 'undeclared-vendor' && finding.message.includes('PostHog'))).toBe(true);
    expect(typo.code).toBe(1);
  });
});
