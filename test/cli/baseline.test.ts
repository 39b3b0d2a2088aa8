import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 15 item 2: adopt the linter on a repository with old drift. `--write-baseline` records
// today's findings; `--baseline` (or settings.baseline) fails only on findings not in it, and
// names the entries that no longer occur.
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-baseline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function repo(files: Record<string, string>): string {
  const dir = join(scratch, `repo-${++counter}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const write = (dir: string, path: string, text: string) => writeFileSync(join(dir, path), text);
const json = (stdout: string) => JSON.parse(stdout) as { findings: { rule: string; vendor?: string; suppressed: boolean; suppression?: { kind: string } }[] };

describe('check --write-baseline / --baseline', () => {
  it('records the drift, then fails only on a finding not in the baseline, and names fixed entries', async () => {
    const dir = repo({
      'subprocessors.yml': 'version: 1\nsubprocessors: []\n',
      'src/analytics.ts': "import posthog from 'posthog-js';\nposthog.init('phc_x');\n",
      'public/index.html': '<script>window._hjSettings={hjid:1};</script>\n',
    });
    const before = await runCli(['check', '.'], { cwd: dir });
    expect(before.code).toBe(1);

    const written = await runCli(['check', '.', '--write-baseline', 'disclosed-baseline.json'], { cwd: dir });
    expect(written.stderr).toMatch(/wrote disclosed-baseline\.json: 2 findings recorded/);
    expect(written.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'disclosed-baseline.json'), 'utf8')) as { findings: { rule: string; vendor: string; path: string }[] };
    expect(file.findings.map((entry) => [entry.rule, entry.vendor, entry.path])).toEqual([
      ['undeclared-vendor', 'hotjar', 'public/index.html'],
      ['undeclared-vendor', 'posthog', 'src/analytics.ts'],
    ]);

    // Moving code within a file keeps its entry: the fingerprint has no line.
    write(dir, 'src/analytics.ts', "// setup\n\nimport posthog from 'posthog-js';\nposthog.init('phc_x');\n");
    const clean = await runCli(['check', '.', '--baseline', 'disclosed-baseline.json'], { cwd: dir });
    expect(clean.stdout).toContain('no problems');
    expect(clean.stdout).toContain('2 suppressed');
    expect(clean.code).toBe(0);

    // New drift fails; the Hotjar snippet removed leaves a stale entry, named.
    write(dir, 'public/index.html', '<p>no tracker</p>\n');
    write(dir, 'src/pixel.ts', "fbq('init', '123');\n");
    const drift = await runCli(['check', '.', '--baseline', 'disclosed-baseline.json'], { cwd: dir });
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('src/pixel.ts');
    expect(drift.stdout).not.toContain('src/analytics.ts');
    expect(drift.stdout).toContain('note: 1 baseline entry in disclosed-baseline.json no longer occurs (undeclared-vendor hotjar in public/index.html)');

    const asJson = await runCli(['check', '.', '--baseline', 'disclosed-baseline.json', '--format', 'json'], { cwd: dir });
    const posthog = json(asJson.stdout).findings.find((finding) => finding.vendor === 'posthog');
    expect(posthog).toMatchObject({ suppressed: true, suppression: { kind: 'baseline' } });
  });

  it('reads settings.baseline from the manifest, inside the repository only', async () => {
    const dir = repo({
      'subprocessors.yml': 'version: 1\nsubprocessors: []\nsettings:\n  baseline: .disclosed/baseline.json\n',
      'src/analytics.ts': "posthog.init('phc_x');\n",
    });
    mkdirSync(join(dir, '.disclosed'));
    const recorded = await runCli(['check', '.', '--write-baseline', '.disclosed/baseline.json'], { cwd: dir });
    expect(recorded.code, recorded.stderr).toBe(0);
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.stdout).toContain('1 suppressed');
    expect(run.code).toBe(0);

    write(dir, 'subprocessors.yml', 'version: 1\nsubprocessors: []\nsettings:\n  baseline: ../outside.json\n');
    const outside = await runCli(['check', '.'], { cwd: dir });
    expect(outside.stderr).toContain('settings.baseline must stay inside the repository');
    expect(outside.code).toBe(2);
  });

  it('refuses a missing, malformed or foreign baseline with exit 2, and a baseline into a missing folder', async () => {
    const dir = repo({ 'src/analytics.ts': "posthog.init('phc_x');\n", 'other.json': '{"secret": "do not echo"}', 'broken.json': '{"tool": "disclosed", "findings": [' });
    const missing = await runCli(['check', '.', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.stderr).toContain('baseline not found: nope.json');
    expect(missing.code).toBe(2);
    const foreign = await runCli(['check', '.', '--baseline', 'other.json'], { cwd: dir });
    expect(foreign.stderr).toContain('other.json is not a disclosed baseline');
    expect(foreign.stderr).not.toContain('do not echo');
    expect(foreign.code).toBe(2);
    const broken = await runCli(['check', '.', '--baseline', 'broken.json'], { cwd: dir });
    expect(broken.stderr).toContain('broken.json is not valid JSON');
    expect(broken.code).toBe(2);
    const folder = await runCli(['check', '.', '--write-baseline', 'no/such/baseline.json'], { cwd: dir });
    expect(folder.stderr).toBe('disclosed: cannot write no/such/baseline.json: the folder no/such does not exist\n');
    expect(folder.code).toBe(2);
  });
});
