import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The committed bundle dist/cli.js run as users run it (`npm run build` first), in scratch
// folders and git repositories made per test.

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

/** An environment with no inherited git state or user config, no CI and no colour variables. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_') && !['CI', 'NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS'].includes(key)),
  );
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', ...extra };
}

/** `node dist/cli.js ARGS` in `cwd`: exit code, stdout, stderr. */
export function disclosed(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder removed by `cleanup`, and a way to write trees into it. */
export function scratchFolder(prefix: string): { root: string; tree: (files: Record<string, string>, name?: string) => string; git: (dir: string, ...args: string[]) => void; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  let counter = 0;
  const tree = (files: Record<string, string>, name = `tree-${++counter}`) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const git = (dir: string, ...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
  };
  return { root, tree, git, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A git repository holding `files`, committed. */
export function gitRepository(scratch: ReturnType<typeof scratchFolder>, files: Record<string, string>, name?: string): string {
  const dir = scratch.tree(files, name);
  scratch.git(dir, 'init', '-q', '-b', 'main');
  scratch.git(dir, 'add', '-A');
  scratch.git(dir, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'initial');
  return dir;
}
