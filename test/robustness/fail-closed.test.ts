import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli as runCliInProcess } from '../helpers.js';
import { PARSERS } from '../../src/ecosystems/index.js';
import * as source from '../../src/files/source.js';
import { runCli, TRACKER } from './cli.js';

// Fail closed: every internal error exits 2 and says what failed; a scan that read nothing while
// there was something to read is an error; no path from the manifest reads outside the repository.

const scratch = mkdtempSync(join(tmpdir(), 'disclosed-closed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let counter = 0;
function repo(files: Record<string, string>): string {
  const dir = join(scratch, `repo-${++counter}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function run(args: string[]) {
  return runCliInProcess(args, { cwd: scratch, env: { DISCLOSED_WORKERS: '0' } });
}

const VENDOR = (pattern: string) =>
  [
    'id: acme',
    'name: Acme',
    'organization: acme',
    'categories: [analytics]',
    'signatures:',
    '  code:',
    `    - { id: init, keywords: [acme], pattern: '${pattern}' }`,
    'examples:',
    "  match: [{ file: a.js, text: 'acme.init()' }]",
    "  noMatch: [{ file: a.js, text: 'acme' }]",
    '',
  ].join('\n');
const ORGS = 'acme:\n  name: Acme Inc.\n';
const manifest = (extra: string) => `version: 1\n${extra}`;

describe('fail closed: internal errors exit 2 and say what failed', () => {
  it('a rules-dir with a broken vendor file: exit 2 naming file and line', async () => {
    const dir = repo({ 'subprocessors.yml': manifest('settings: { rules-dir: extra-rules }\n'), 'extra-rules/acme.yml': 'id: acme\nname: [unclosed\n', 'app.ts': 'export {};\n' });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/extra-rules\/acme\.yml:\d+:\d+: error: invalid YAML/);
    expect(result.stderr).toContain('nothing was scanned');
  });

  it('a rules-dir vendor with a catastrophic pattern: exit 2 naming the pattern, file and line', async () => {
    const dir = repo({ 'subprocessors.yml': manifest('settings: { rules-dir: extra-rules }\n'), 'extra-rules/acme.yml': VENDOR('(a+)+$'), 'extra-rules/_organizations.yml': ORGS, 'app.ts': 'export {};\n' });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/extra-rules\/acme\.yml:7:\d+: error: pattern "init": a repeated group contains an unbounded repetition/);
  });

  it('a custom vendor in the manifest with a catastrophic pattern: exit 2 at its line', async () => {
    const custom = ['subprocessors:', '  - vendor: acme', '    purpose: x', '    categories: [analytics]', '    signatures:', '      code:', "        - { id: init, keywords: [acme], pattern: '(\\w+\\s?)*$' }", ''].join('\n');
    const dir = repo({ 'subprocessors.yml': manifest(custom), 'app.ts': 'export {};\n' });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/subprocessors\.yml:8:\d+: error: pattern "init": a repeated group/);
  });

  it('a file source that throws while reading: exit 2, "internal error" with the cause, never a pass', async () => {
    const real = source.workingTreeSource;
    vi.spyOn(source, 'workingTreeSource').mockImplementation((root) => ({ ...real(root), read: () => { throw new Error('EIO: disk read failed'); } }));
    const dir = repo({ 'app.ts': TRACKER });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('disclosed: internal error: EIO: disk read failed');
    expect(result.stdout).toBe('');
  });

  it('a parser that throws (a bug, not a bad file): exit 2 with the cause', async () => {
    const parser = PARSERS.find((candidate) => candidate.id === 'npm/package-json')!;
    vi.spyOn(parser, 'parse').mockImplementation(() => { throw new TypeError('cannot read properties of undefined'); });
    const dir = repo({ 'package.json': '{}' });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('internal error: cannot read properties of undefined');
  });
});

describe('fail closed: a scan that read zero files', () => {
  it('is an error (exit 2) when the repository has files a scan would read, naming the root and the filters', async () => {
    const dir = repo({ 'src/app.ts': TRACKER, 'package.json': '{}' });
    const result = await run(['check', dir, '--include', 'nothing/**']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`read zero files in ${dir}, although it has 2 files to scan (e.g. package.json): check --include/--exclude`);
  });

  it('is an error when the manifest ignores everything', async () => {
    const dir = repo({ 'subprocessors.yml': manifest("ignore: ['**']\n"), 'src/app.ts': TRACKER });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('read zero files');
  });

  it('is an error when every scannable file is too large', () => {
    const dir = repo({ 'src/bundle.js': 'x'.repeat(3 * 1024 * 1024) });
    const result = runCli(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('read zero files');
  });

  it.each([
    ['only Markdown and images', { 'README.md': '# posthog.init()\n', 'docs/logo.png': 'png' }],
    ['nothing at all', {}],
    ['only the manifest and docs', { 'subprocessors.yml': manifest('subprocessors: []\n'), 'README.md': '# x\n' }],
  ])('is not an error for a repository with %s (exit 0, a note on stderr)', async (_name, files) => {
    const dir = repo(files as Record<string, string>);
    const result = await run(['check', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('nothing in it is code or a dependency manifest');
  });
});

describe('paths in the manifest cannot escape the repository', () => {
  const outside = repo({ 'policy.md': 'We use PostHog.\n', 'rules/acme.yml': VENDOR('\\bacme\\.init\\('), 'rules/_organizations.yml': ORGS });

  function repoWithLinks(extra: Record<string, string>): string {
    const dir = repo({ 'app.ts': 'export {};\n', 'docs/privacy.md': 'We use no vendors.\n', ...extra });
    symlinkSync(join(outside, 'policy.md'), join(dir, 'docs', 'linked-policy.md'));
    symlinkSync(outside, join(dir, 'linked-dir'));
    symlinkSync(join(outside, 'rules'), join(dir, 'linked-rules'));
    mkdirSync(join(dir, 'own-rules'));
    symlinkSync(join(outside, 'rules', 'acme.yml'), join(dir, 'own-rules', 'acme.yml'));
    return dir;
  }

  it.each([
    ['privacy-policy: ../policy.md', 'privacy-policy must stay inside the repository: ../policy.md'],
    ['privacy-policy: docs/../../policy.md', 'privacy-policy must stay inside the repository'],
    ['privacy-policy: /etc/passwd', 'privacy-policy must be a path inside the repository, not an absolute path: /etc/passwd'],
    ['privacy-policy: docs/linked-policy.md', 'privacy-policy links outside the repository: docs/linked-policy.md'],
    ['privacy-policy: linked-dir/policy.md', 'privacy-policy links outside the repository: linked-dir/policy.md'],
    ['settings: { rules-dir: ../rules }', 'settings.rules-dir must stay inside the repository: ../rules'],
    ['settings: { rules-dir: /tmp }', 'settings.rules-dir must be a path inside the repository, not an absolute path: /tmp'],
    ['settings: { rules-dir: linked-rules }', 'settings.rules-dir links outside the repository: linked-rules'],
    ['settings: { rules-dir: linked-dir/rules }', 'settings.rules-dir links outside the repository: linked-dir/rules'],
    ['settings: { rules-dir: own-rules }', 'settings.rules-dir links outside the repository: own-rules/acme.yml'],
  ])('%s is refused with exit 2', async (line, message) => {
    const dir = repoWithLinks({ 'subprocessors.yml': manifest(`${line}\n`) });
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('a subprocessors.yml that links outside the repository is refused with exit 2', async () => {
    const dir = repoWithLinks({});
    const elsewhere = repo({ 'subprocessors.yml': manifest('subprocessors: []\n') });
    symlinkSync(join(elsewhere, 'subprocessors.yml'), join(dir, 'subprocessors.yml'));
    const result = await run(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the policy manifest links outside the repository: subprocessors.yml');
  });

  it('the same keys pointing inside the repository are read (exit 0)', async () => {
    const dir = repoWithLinks({ 'subprocessors.yml': manifest('privacy-policy: docs/privacy.md\nsettings: { rules-dir: inside-rules }\n'), 'inside-rules/acme.yml': VENDOR('\\bacme\\.init\\('), 'inside-rules/_organizations.yml': ORGS });
    const result = await run(['check', dir]);
    expect(result.code, result.stderr).toBe(0);
  });
});
