import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitSource, workingTreeSource } from '../../src/files/source.js';
import type { FileSource } from '../../src/files/source.js';
import { prepareScan, scanWithBase } from '../../src/run.js';
import type { CliIo } from '../../src/run.js';
import { runCli } from '../helpers.js';

// Diff mode lists the base commit from the work tree's listing plus `git diff-tree` and
// `git diff-index --cached`, not from `git ls-tree -r`: it must list exactly the same files with
// the same object ids, whatever state the branch, the index and the work tree are in.

const scratch = mkdtempSync(join(tmpdir(), 'disclosed-diff-base-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'core.quotepath=false', ...args], { cwd, stdio: 'pipe' }).toString('utf8').trim();
}

function write(root: string, path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A new repository on `main` with `files` committed; returns that commit. */
function initRepository(root: string, files: Record<string, string>): string {
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  return git(root, 'rev-parse', 'HEAD');
}

/** Every listed file of a source with its object id, sorted. */
function snapshot(source: FileSource): string[] {
  return source
    .list()
    .map((file) => `${file.path} ${file.id ?? '?'}`)
    .sort();
}

/** A base commit, then a branch with every kind of change git can record in the tree, index and work tree. */
function repository(): { root: string; base: string } {
  const root = join(scratch, 'repo');
  const base = initRepository(root, {
    'src/modified.ts': "posthog.init('phc_a')\n",
    'src/deleted.ts': "mixpanel.init('t')\n",
    'src/staged.ts': 'export const s = 1\n',
    'src/worktree.ts': 'export const w = 1\n',
    'src/removed-in-worktree.ts': "amplitude.init('k')\n",
    'src/retyped.ts': 'export const r = 1\n',
    'src/unstaged-removal.ts': "analytics.load('segment-key')\n",
    'src/mode.sh': 'echo hi\n',
    'src/café.ts': "window.Intercom('boot', {})\n",
    'web/app/index.ts': 'export {}\n',
    'web/app/gone.ts': "window._hjSettings = { hjid: 1 }\n",
    'same.ts': 'export const same = true\n',
  });

  git(root, 'checkout', '-qb', 'feature');
  write(root, 'src/modified.ts', "posthog.init('phc_a')\nwindow._hjSettings = { hjid: 2 }\n");
  git(root, 'rm', '-q', 'src/deleted.ts', 'web/app/gone.ts');
  write(root, 'src/added.ts', "Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' })\n");
  unlinkSync(join(root, 'src/retyped.ts'));
  symlinkSync('modified.ts', join(root, 'src/retyped.ts'));
  chmodSync(join(root, 'src/mode.sh'), 0o755);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'feature');
  // In the index only, in the work tree only, and out of the index but still on disk.
  write(root, 'src/staged.ts', "mixpanel.init('staged')\n");
  git(root, 'add', 'src/staged.ts');
  write(root, 'src/worktree.ts', "amplitude.init('worktree')\n");
  rmSync(join(root, 'src/removed-in-worktree.ts'));
  git(root, 'rm', '-q', '--cached', 'src/unstaged-removal.ts');
  write(root, 'src/untracked.ts', "posthog.capture('x')\n");
  return { root, base };
}

describe('diff mode: the base listing', () => {
  const { root, base } = repository();

  it('equals git ls-tree of the base, ids included, at the top of the repository', () => {
    const derived = workingTreeSource(root).baseAt!(base);
    expect(snapshot(derived)).toEqual(snapshot(commitSource(root, base)));
    expect(snapshot(derived).map((line) => line.split(' ')[0])).toEqual([
      'same.ts',
      'src/café.ts',
      'src/deleted.ts',
      'src/mode.sh',
      'src/modified.ts',
      'src/removed-in-worktree.ts',
      'src/retyped.ts',
      'src/staged.ts',
      'src/unstaged-removal.ts',
      'src/worktree.ts',
      'web/app/gone.ts',
      'web/app/index.ts',
    ]);
  });

  it('equals git ls-tree of the base in a subfolder, paths relative to it', () => {
    const sub = join(root, 'web');
    const derived = workingTreeSource(sub).baseAt!(base);
    expect(snapshot(derived)).toEqual(snapshot(commitSource(sub, base)));
    expect(derived.list().map((file) => file.path).sort()).toEqual(['app/gone.ts', 'app/index.ts']);
  });

  it('reads the base content of a changed file, not the work tree content', () => {
    const derived = workingTreeSource(root).baseAt!(base);
    expect(String(derived.read('src/worktree.ts'))).toBe('export const w = 1\n');
    expect(String(derived.read('src/deleted.ts'))).toBe("mixpanel.init('t')\n");
  });

  it('check --base marks exactly the findings the branch, the index and the work tree added as new', async () => {
    for (const cache of [[], ['--no-cache']]) {
      const { code, stdout } = await runCli(['check', '.', '--base', 'main', '--format', 'json', ...cache], { cwd: root });
      expect(code).toBe(1);
      const findings = JSON.parse(stdout).findings as { vendor: string; new: boolean; location: { path: string } }[];
      const newOnes = findings.filter((finding) => finding.new).map((finding) => `${finding.vendor} ${finding.location.path}`);
      expect(newOnes.sort()).toEqual(['amplitude src/worktree.ts', 'hotjar src/modified.ts', 'mixpanel src/staged.ts', 'sentry src/added.ts']);
      const old = findings.filter((finding) => !finding.new).map((finding) => `${finding.vendor} ${finding.location.path}`);
      // One undeclared-vendor finding per vendor, at its first evidence: PostHog was there at the base.
      expect(old.sort()).toEqual(['intercom src/café.ts', 'posthog src/modified.ts']);
    }
  });

  it('the base scan derived from the head scan equals the base scanned on its own', async () => {
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, cwd: root, isTTY: false, env: { DISCLOSED_WORKERS: '0' }, now: new Date('2026-11-23T00:00:00Z') };
    const marks = async (derive: boolean) => {
      const prepared = prepareScan(root, { cache: 'memory' }, io);
      // A base prepared apart (as the Action does for another manifest) is scanned on its own.
      const result = await scanWithBase(prepared, derive ? prepared : { ...prepared }, workingTreeSource(root), base, io);
      return result.findings.map((finding) => `${finding.rule} ${finding.vendor} ${finding.location.path}:${finding.location.line} ${finding.new}`);
    };
    const derived = await marks(true);
    expect(derived).toEqual(await marks(false));
    expect(derived.filter((line) => line.endsWith(' true'))).toHaveLength(4);
  });

  it('equals git ls-tree of the base in the middle of a merge conflict', () => {
    const dir = join(scratch, 'conflict');
    const start = initRepository(dir, { 'src/both.ts': 'export const v = 0\n', 'src/other.ts': "posthog.init('phc_a')\n" });
    git(dir, 'checkout', '-qb', 'theirs');
    write(dir, 'src/both.ts', "mixpanel.init('t')\n");
    git(dir, 'commit', '-qam', 'theirs');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'src/both.ts', "amplitude.init('k')\n");
    git(dir, 'commit', '-qam', 'ours');
    expect(() => git(dir, 'merge', 'theirs')).toThrow();
    for (const revision of [start, git(dir, 'rev-parse', 'HEAD')]) {
      expect(snapshot(workingTreeSource(dir).baseAt!(revision))).toEqual(snapshot(commitSource(dir, revision)));
    }
  });
});
