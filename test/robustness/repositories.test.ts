import { chmodSync, chownSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, json, runCli, TRACKER } from './cli.js';

// Pathological repositories, each with its expected outcome, scanned by the built CLI.

const scratch = mkdtempSync(join(tmpdir(), 'disclosed-repos-'));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function repo(files: Record<string, string | Buffer> = {}, options: { git?: boolean } = {}): string {
  const dir = join(scratch, `repo-${++counter}`);
  mkdirSync(dir, { recursive: true });
  if (options.git) git(dir, ['init', '-q']);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const vendors = (run: ReturnType<typeof runCli>) => json(run).detections.map((detection) => detection.vendor);
// Integrated or indirect (a lockfile-only package is indirect): where the vendor was found, strongest evidence first.
const paths = (run: ReturnType<typeof runCli>, vendor: string) => [...json(run).detections, ...(json(run).indirect ?? [])].find((d) => d.vendor === vendor)?.evidence.map((e) => e.path) ?? [];

describe.each([
  ['a plain folder', false],
  ['a git work tree', true],
])('symbolic links in %s', (_name, inGit) => {
  it('loops and links out of the repository are never followed: the outside tracker is not detected', () => {
    const outside = repo({ 'tracker.js': TRACKER, 'lib/deep.js': TRACKER });
    const dir = repo({ 'src/app.ts': 'export const ok = 1;\n' }, { git: inGit });
    symlinkSync('loop', join(dir, 'loop'));
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    symlinkSync('.', join(dir, 'src', 'self'));
    symlinkSync('..', join(dir, 'src', 'parent'));
    symlinkSync(join(outside, 'tracker.js'), join(dir, 'src', 'outside.js'));
    symlinkSync(outside, join(dir, 'vendor-link'));
    symlinkSync('../../../../../../../../../../../..', join(dir, 'src', 'up'));
    if (inGit) git(dir, ['add', '-A']);
    const run = runCli(['check', dir, '--format', 'json'], { timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(vendors(run)).toEqual([]);
    expect(json(run).summary.files).toBe(1);
  });
});

describe('huge files', () => {
  it('a 2 GB file (sparse) is skipped as too large, counted, in bounded memory', () => {
    const dir = repo({ 'src/app.ts': TRACKER }, { git: true });
    for (const name of ['src/huge.js', 'package-lock.json']) {
      const fd = openSync(join(dir, name), 'w');
      ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
      closeSync(fd);
    }
    const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'], { timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    const result = json(run);
    expect(result.summary.skipped.tooLarge).toBe(2);
    expect(vendors(run)).toEqual(['posthog']);
    expect(run.maxRssMiB).toBeLessThan(400);
  });

  it('a 50 MB single-line source file is skipped as too large; a 50 MB single-line lockfile is parsed in bounded time and memory', () => {
    const dir = repo({ 'src/app.ts': 'export {};\n' });
    const line = Buffer.alloc(50 * 1024 * 1024, 'posthog.init(1);');
    writeFileSync(join(dir, 'src', 'bundle.js'), line);
    // A minified package-lock.json: one 50 MB line of entries, the last one a tracker.
    const fd = openSync(join(dir, 'package-lock.json'), 'w');
    writeSync(fd, '{"name":"x","lockfileVersion":3,"packages":{"":{"name":"x"}');
    const chunk = Array.from({ length: 1_000 }, (_, i) => `,"node_modules/pkg-${i}":{"version":"1.0.0","resolved":"https://registry.npmjs.org/pkg/-/pkg-1.0.0.tgz","integrity":"sha512-${'A'.repeat(86)}=="}`).join('');
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk.replaceAll('pkg-', `p${written}-`));
    writeSync(fd, ',"node_modules/posthog-js":{"version":"1.0.0"}}}');
    closeSync(fd);
    const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'], { timeoutMs: 120_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(json(run).summary.skipped.tooLarge).toBe(1);
    expect(paths(run, 'posthog')).toEqual(['package-lock.json']);
    expect(run.ms).toBeLessThan(60_000);
    expect(run.maxRssMiB).toBeLessThan(1_500);
  });
});

describe('many tiny files', () => {
  // 200,000 files is bench/many-files.mjs; 20,000 keeps this suite within its budget.
  it.each([
    ['a plain folder', false],
    ['a git work tree (untracked)', true],
  ])('20,000 files in %s are all read, and the one tracker among them found', (_name, inGit) => {
    const dir = repo({}, { git: inGit });
    for (let d = 0; d < 100; d++) {
      const folder = join(dir, 'src', `m${d}`);
      mkdirSync(folder, { recursive: true });
      for (let f = 0; f < 200; f++) writeFileSync(join(folder, `f${f}.ts`), `export const v${f} = ${f};\n`);
    }
    writeFileSync(join(dir, 'src', 'm42', 'f7.ts'), TRACKER);
    const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'], { timeoutMs: 180_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(json(run).summary.files).toBe(20_000);
    expect([...new Set(paths(run, 'posthog'))]).toEqual(['src/m42/f7.ts']);
    expect(run.ms).toBeLessThan(120_000);
  });
});

describe('unreadable files', () => {
  it.runIf(process.getuid?.() === 0)('a file without read permission is counted as unreadable and the scan goes on (run as an unprivileged user)', () => {
    for (const inGit of [false, true]) {
      const dir = repo({ 'src/app.ts': TRACKER, 'src/secret.ts': TRACKER.replaceAll('posthog', 'mixpanel'), 'src/ok.ts': 'export {};\n' }, { git: inGit });
      if (inGit) git(dir, ['add', '-A']);
      const chown = (path: string): void => {
        chownSync(path, 65_534, 65_534);
        for (const entry of readdirSync(path, { withFileTypes: true })) {
          if (entry.isDirectory()) chown(join(path, entry.name));
          else chownSync(join(path, entry.name), 65_534, 65_534);
        }
      };
      chown(dir);
      chmodSync(join(dir, 'src', 'secret.ts'), 0o000);
      const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'], { uid: 65_534, gid: 65_534, cwd: dir, env: { HOME: dir }, timeoutMs: 60_000 });
      expect(run.code, run.stderr).toBe(0);
      const result = json(run);
      expect(result.summary.skipped.unreadable).toBe(1);
      expect(result.summary.files).toBe(2);
      expect(vendors(run)).toEqual(['posthog']);
    }
  });

  it.runIf(process.getuid?.() === 0)('a repository whose only code is unreadable read zero files: an error, exit 2, not a pass', () => {
    const dir = repo({ 'src/app.ts': TRACKER, 'README.md': '# x\n' });
    chownSync(dir, 65_534, 65_534);
    chownSync(join(dir, 'src'), 65_534, 65_534);
    chmodSync(join(dir, 'src', 'app.ts'), 0o000);
    const run = runCli(['check', dir], { uid: 65_534, gid: 65_534, cwd: dir, env: { HOME: dir } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/read zero files in .*1 file to scan \(e\.g\. src\/app\.ts\).*readable/);
  });
});

describe('file names', () => {
  const NAMES = ['with space.ts', 'double"quote.ts', "single'quote.ts", 'new\nline.ts', 'tab\tname.ts', 'back\\slash.ts', 'ünïcödé.ts', '-dash.ts', '#hash.ts'];
  const oddBytes = Buffer.concat([Buffer.from('src/'), Buffer.from([0x61, 0xff, 0xfe, 0x62]), Buffer.from('.ts')]);

  it.each([
    ['a plain folder', 'plain'],
    ['git, untracked', 'untracked'],
    ['git, committed', 'committed'],
  ])('spaces, quotes, newlines and non-UTF-8 bytes in %s: every file is read', (_name, mode) => {
    const dir = repo({}, { git: mode !== 'plain' });
    mkdirSync(join(dir, 'src'));
    for (const name of NAMES) writeFileSync(join(dir, 'src', name), TRACKER);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), oddBytes]), TRACKER);
    if (mode === 'committed') {
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-qm', 'odd names']);
    }
    const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'never']);
    expect(run.code, run.stderr).toBe(0);
    const found = paths(run, 'posthog');
    for (const name of NAMES) expect(found).toContain(`src/${name}`);
    // Each byte that is not UTF-8 is kept as U+DC00 + byte (surrogateescape): lossless, so two such
    // names never stand for one file (JSON escapes it as \udcff; a terminal shows U+FFFD).
    expect(found).toContain('src/a\uDCFF\uDCFEb.ts');
    expect(json(run).summary.skipped.unreadable).toBe(0);
  });
});

describe('git repository shapes', () => {
  it('a repository with no commits: untracked files are scanned', () => {
    const dir = repo({ 'src/app.ts': TRACKER, 'package.json': '{"dependencies":{"posthog-js":"^1"}}' }, { git: true });
    const run = runCli(['check', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(paths(run, 'posthog')).toEqual(['src/app.ts', 'src/app.ts', 'src/app.ts', 'package.json']);
    const staged = runCli(['check', dir, '--staged', '--format', 'json']);
    expect(staged.code, staged.stderr).toBe(0);
    expect(staged.stderr).toContain('0 staged changes, 0 files read (no commit yet');
  });

  it('a bare repository as DIR: exit 2 saying there is no working tree to scan', () => {
    const work = repo({ 'src/app.ts': TRACKER }, { git: true });
    git(work, ['add', '-A']);
    git(work, ['commit', '-qm', 'init']);
    const bare = join(scratch, 'bare.git');
    git(scratch, ['clone', '-q', '--bare', work, bare]);
    for (const dir of [bare, join(bare, 'refs'), join(work, '.git')]) {
      const run = runCli(['check', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('bare git repository or a .git directory, with no working tree to scan');
    }
  });

  it('a shallow clone scans its files; --base beyond its history is exit 2 with the fetch hint', () => {
    const origin = repo({ 'src/app.ts': 'export {};\n' }, { git: true });
    git(origin, ['add', '-A']);
    git(origin, ['commit', '-qm', 'one']);
    writeFileSync(join(origin, 'src', 'app.ts'), TRACKER);
    git(origin, ['commit', '-qam', 'two']);
    const clone = join(scratch, 'shallow');
    git(scratch, ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const run = runCli(['check', clone, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(paths(run, 'posthog')).toContain('src/app.ts');
    const diff = runCli(['check', clone, '--base', 'HEAD~1']);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toMatch(/cannot find the merge-base.*fetch more history/);
  });
});
