import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 15 item 4 through the built CLI: init writes TODO purposes that check reports
// (purpose-missing), init --update and declare add entries keeping every existing line, and a
// failing check ends with the YAML to paste. Run `npm run build` first.

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'declare');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-declare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd: string) {
  const child = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** A fresh copy of a fixture, so each test edits its own manifest. */
function copy(name: string, as: string): string {
  const repo = join(scratch, as);
  cpSync(join(FIXTURES, name), repo, { recursive: true });
  return repo;
}

const manifestOf = (repo: string) => readFileSync(join(repo, 'subprocessors.yml'), 'utf8');

const HOTJAR_ENTRY = [
  '  - vendor: hotjar   # Hotjar',
  '    purpose: "TODO: why you send data to Hotjar"',
  '    # found in public/index.html:9, public/index.html:14',
  '    # data: [usage-data]   # personal data it receives (docs/manifest-fields.md)',
  '    # location: [US]       # where it processes data: ISO country codes',
  '    # transfer: [scc]      # scc, dpf, adequacy or bcr',
].join('\n');

interface Json {
  findings: { rule: string; severity: string; vendor?: string; location: { path: string; line: number; column: number } }[];
}

describe('init writes TODO purposes that check reports', () => {
  it('declares each vendor with the TODO placeholder, not a category label, and check warns purpose-missing', () => {
    const repo = copy('reviewed-manifest-new-tracker', 'init-todo');
    rmSync(join(repo, 'subprocessors.yml'));
    const init = run(['init', '.'], repo);
    expect(init.code).toBe(0);
    const text = manifestOf(repo);
    expect(text).toContain(HOTJAR_ENTRY);
    expect(text).toContain('    purpose: "TODO: why you send data to PostHog"\n');
    expect(text).not.toMatch(/purpose: (?:Session replay|Product analytics)/);

    const check = run(['check', '.', '--format', 'json'], repo);
    expect(check.code).toBe(0);
    const findings = (JSON.parse(check.stdout) as Json).findings.map((finding) => [finding.rule, finding.severity, finding.vendor]);
    expect(findings).toEqual(expect.arrayContaining([['purpose-missing', 'warning', 'posthog'], ['purpose-missing', 'warning', 'hotjar']]));
    expect(findings.filter(([rule]) => rule !== 'purpose-missing')).toEqual([]);
  });

  it('points at the purpose value, or at the entry when it has none', () => {
    const check = run(['check', 'purpose-todo-and-missing', '--format', 'json'], FIXTURES);
    expect(check.code).toBe(0);
    const findings = (JSON.parse(check.stdout) as Json).findings.map((finding) => [finding.rule, finding.vendor, `${finding.location.path}:${finding.location.line}:${finding.location.column}`]);
    expect(findings).toEqual([
      ['purpose-missing', 'posthog', 'subprocessors.yml:4:14'],
      ['purpose-missing', 'hotjar', 'subprocessors.yml:5:13'],
    ]);
    expect(run(['check', 'purpose-todo-and-missing', '--fail-on', 'warning'], FIXTURES).code).toBe(1);
  });
});

describe('init --update', () => {
  it('adds the vendor found since after the last entry, keeping every line, comment and order', () => {
    const repo = copy('reviewed-manifest-new-tracker', 'update');
    const before = manifestOf(repo);
    const update = run(['init', '--update', '.'], repo);
    expect(update.stderr).toBe('');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('added 1 vendor to subprocessors.yml: hotjar');
    const marker = '    # found in src/analytics.ts:4\n';
    const at = before.indexOf(marker) + marker.length;
    expect(manifestOf(repo)).toBe(`${before.slice(0, at)}${HOTJAR_ENTRY}\n${before.slice(at)}`);
    expect(run(['check', '.'], repo).code).toBe(0);

    const again = run(['init', '--update', '.'], repo);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to add');
  });

  it('turns an empty `subprocessors: []` into a block list, keeping its comment', () => {
    const repo = copy('empty-flow-list', 'update-flow');
    expect(run(['init', '--update', '.'], repo).code).toBe(0);
    expect(manifestOf(repo)).toBe(
      [
        'version: 1',
        'subprocessors:   # nothing shared yet',
        '  - vendor: posthog   # PostHog',
        '    purpose: "TODO: why you send data to PostHog"',
        '    # found in src/analytics.ts:4, src/analytics.ts:1, package.json:5',
        '    # data: [usage-data]   # personal data it receives (docs/manifest-fields.md)',
        '    # location: [US]       # where it processes data: ISO country codes',
        '    # transfer: [scc]      # scc, dpf, adequacy or bcr',
        'rules:',
        '  declared-not-found: warning',
        '',
      ].join('\n'),
    );
  });

  it('needs a manifest to update', () => {
    const repo = copy('empty-flow-list', 'update-none');
    rmSync(join(repo, 'subprocessors.yml'));
    const update = run(['init', '--update', '.'], repo);
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('run `disclosed init` first');
  });
});

describe('declare VENDOR...', () => {
  it('adds chosen vendors with a TODO purpose, or the --purpose given', () => {
    const repo = copy('reviewed-manifest-new-tracker', 'declare');
    const before = manifestOf(repo);
    const declared = run(['declare', 'stripe', 'sentry', '--purpose', 'Payments and error reports'], repo);
    expect(declared.code).toBe(0);
    expect(declared.stdout).toBe('declared stripe, sentry in subprocessors.yml.\n');
    const after = manifestOf(repo);
    expect(after.startsWith(before.slice(0, before.indexOf('\n# What the privacy policy')))).toBe(true);
    expect(after).toContain('  - vendor: stripe   # Stripe\n    purpose: Payments and error reports\n    # data: [usage-data]');
    expect(after.endsWith(before.slice(before.indexOf('\n# What the privacy policy')))).toBe(true);

    expect(run(['declare', 'hotjar'], repo).code).toBe(0);
    expect(manifestOf(repo)).toContain('  - vendor: hotjar   # Hotjar\n    purpose: "TODO: why you send data to Hotjar"\n');
  });

  it('says so for a vendor already declared and leaves the file alone', () => {
    const repo = copy('reviewed-manifest-new-tracker', 'declare-again');
    const before = manifestOf(repo);
    const again = run(['declare', 'posthog'], repo);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('posthog (PostHog) is already declared in subprocessors.yml:9\n');
    expect(manifestOf(repo)).toBe(before);
  });

  it('refuses an unknown vendor id with the closest one, declaring nothing', () => {
    const repo = copy('reviewed-manifest-new-tracker', 'declare-typo');
    const before = manifestOf(repo);
    const typo = run(['declare', 'stripe', 'hotjr'], repo);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown vendor "hotjr"; did you mean "hotjar"?');
    expect(manifestOf(repo)).toBe(before);
  });
});

describe('a failing check ends with the YAML to add', () => {
  it('prints one entry per undeclared vendor, and pasting it under subprocessors: passes', () => {
    const repo = copy('reviewed-manifest-new-tracker', 'paste');
    const check = run(['check', '.'], repo);
    expect(check.code).toBe(1);
    const block = check.stdout.slice(check.stdout.indexOf('  - vendor: hotjar'));
    expect(check.stdout).toContain('add under `subprocessors:` in subprocessors.yml (or run `disclosed init --update`):\n\n');
    expect(block).toBe(`${HOTJAR_ENTRY}\n`);

    const manifest = manifestOf(repo);
    const marker = '    # found in src/analytics.ts:4\n';
    const at = manifest.indexOf(marker) + marker.length;
    writeFileSync(join(repo, 'subprocessors.yml'), `${manifest.slice(0, at)}${block}${manifest.slice(at)}`);
    const pasted = run(['check', '.'], repo);
    expect(pasted.code).toBe(0);
    expect(pasted.stdout).toContain('Hotjar is declared with a TODO purpose');
    expect(pasted.stdout).not.toContain('To declare');
  });
});
