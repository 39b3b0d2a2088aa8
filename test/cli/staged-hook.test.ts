import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 7 item 2: a real `git commit` with `disclosed check --staged` as the pre-commit hook
// (installed through core.hooksPath), running the committed bundle dist/cli.js as users do.
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-hook-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A clean git environment: no inherited GIT_DIR/GIT_INDEX_FILE (tests may run inside a hook),
// no user or system config (a global core.hooksPath, signing, templates).
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
Object.assign(env, {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  NO_COLOR: '1',
});

function git(repo: string, ...args: string[]) {
  const result = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function gitOk(repo: string, ...args: string[]): string {
  const { code, output } = git(repo, ...args);
  if (code !== 0) throw new Error(`git ${args.join(' ')} failed (${code}):\n${output}`);
  return output;
}

function write(repo: string, path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

const commitCount = (repo: string) => Number(gitOk(repo, 'rev-list', '--count', 'HEAD').trim());

let counter = 0;
/** A repository with one commit (an empty manifest) and the hook installed. */
function newRepo(manifest = 'version: 1\nsubprocessors: []\n'): string {
  const repo = join(scratch, `repo-${++counter}`);
  mkdirSync(repo);
  gitOk(repo, 'init', '-q', '-b', 'main');
  gitOk(repo, 'config', 'commit.gpgsign', 'false');
  write(repo, 'subprocessors.yml', manifest);
  write(repo, 'README.md', '# demo\n');
  gitOk(repo, 'add', '-A');
  gitOk(repo, 'commit', '-q', '-m', 'initial');
  const hooks = join(scratch, `hooks-${counter}`);
  mkdirSync(hooks);
  writeFileSync(join(hooks, 'pre-commit'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check --staged --no-color\n`);
  chmodSync(join(hooks, 'pre-commit'), 0o755);
  gitOk(repo, 'config', 'core.hooksPath', hooks);
  return repo;
}

describe('pre-commit hook: disclosed check --staged', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  });

  it('blocks a commit that adds an undeclared tracker, then lets it through once the vendor is declared', () => {
    const repo = newRepo();
    write(repo, 'src/a.ts', "import posthog from 'posthog-js';\nposthog.init('phc_x');\n");
    gitOk(repo, 'add', 'src/a.ts');
    const blocked = git(repo, 'commit', '-m', 'add analytics');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('PostHog is used here');
    expect(blocked.output).toContain('src/a.ts');
    expect(blocked.output).toContain('undeclared-vendor');
    expect(blocked.output).toMatch(/disclosed: 1 staged change, 1 file read\n/);
    expect(commitCount(repo)).toBe(1);

    write(repo, 'subprocessors.yml', 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n');
    gitOk(repo, 'add', 'subprocessors.yml');
    const passed = git(repo, 'commit', '-m', 'add analytics, declared');
    expect(passed.output).toContain('no problems');
    expect(passed.code).toBe(0);
    expect(commitCount(repo)).toBe(2);
  });

  it('reads the staged content, not the working tree', () => {
    const repo = newRepo();
    // Staged: a Hotjar snippet. Working tree: the snippet removed but not staged. The commit would
    // record the snippet, so it is blocked.
    write(repo, 'public/index.html', '<script>window._hjSettings={hjid:1};</script>\n');
    gitOk(repo, 'add', 'public/index.html');
    write(repo, 'public/index.html', '<p>nothing to see</p>\n');
    const blocked = git(repo, 'commit', '-m', 'hotjar');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('Hotjar');
    expect(blocked.output).toContain('public/index.html');

    // The reverse: clean content staged, a tracker only in the working tree: not committed, so it passes.
    gitOk(repo, 'add', 'public/index.html');
    write(repo, 'public/index.html', '<script>window._hjSettings={hjid:1};</script>\n');
    const passed = git(repo, 'commit', '-m', 'clean page');
    expect(passed.output).not.toContain('Hotjar');
    expect(passed.code).toBe(0);
  });

  it('follows renamed files and forgets deleted ones', () => {
    const repo = newRepo();
    write(repo, 'src/old.ts', "posthog.init('phc_x');\n");
    write(repo, 'src/gone.ts', "fbq('init', '123');\n");
    gitOk(repo, 'add', '-A');
    gitOk(repo, 'commit', '-q', '--no-verify', '-m', 'trackers that slipped in');

    gitOk(repo, 'mv', 'src/old.ts', 'src/renamed.ts');
    gitOk(repo, 'rm', '-q', 'src/gone.ts');
    const renamed = git(repo, 'commit', '-m', 'rename one, delete the other');
    // A pure rename adds no drift (issue 13, item 18): the finding follows the file and stays pre-existing.
    expect(renamed.code).toBe(0);
    expect(renamed.output).toContain('src/renamed.ts');
    expect(renamed.output).toContain('(pre-existing)');
    // git's own commit summary names the old paths; disclosed's findings (grouped under a path line) do not.
    expect(renamed.output).not.toMatch(/^src\/old\.ts$/m);
    expect(renamed.output).not.toMatch(/^src\/gone\.ts$/m);
    expect(renamed.output).not.toContain('Meta Pixel');

    gitOk(repo, 'rm', '-q', '-f', 'src/renamed.ts');
    const deleted = git(repo, 'commit', '-m', 'remove the tracker');
    expect(deleted.output).toMatch(/1 staged change, 0 files read/);
    expect(deleted.code).toBe(0);
  });

  // Issue 15 item 1: the commit is judged, not the index. Old drift committed before the hook was
  // installed must not block an unrelated one-line change.
  it('passes a commit that does not add the drift already in HEAD, and --all still judges the whole index', () => {
    const repo = newRepo();
    write(repo, 'src/old.ts', "posthog.init('phc_x');\n");
    write(repo, 'src/b.ts', 'export const b = 1;\n');
    gitOk(repo, 'add', '-A');
    gitOk(repo, 'commit', '-q', '--no-verify', '-m', 'drift from before the hook');

    write(repo, 'src/b.ts', '// a comment\nexport const b = 1;\n');
    write(repo, 'docs.md', 'notes\n');
    gitOk(repo, 'add', '-A');
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: repo, env, encoding: 'utf8' });
    const staged = cli('--staged');
    expect(staged.stderr).toContain('disclosed: 2 staged changes, 2 files read');
    expect(staged.stdout).toContain('(pre-existing)');
    expect(staged.status).toBe(0);

    const all = cli('--staged', '--all');
    expect(all.stdout).toContain('PostHog is used here');
    expect(all.stdout).not.toContain('(pre-existing)');
    expect(all.status).toBe(1);

    // --base HEAD is what --staged means by default; a base further back brings the drift in.
    const againstHead = cli('--staged', '--base', 'HEAD');
    expect(againstHead.stderr).toContain('2 staged changes, 2 files read');
    expect(againstHead.status).toBe(0);
    const againstFirst = cli('--staged', '--base', 'HEAD~1');
    expect(againstFirst.stderr).toContain('3 staged changes, 2 files read');
    expect(againstFirst.status).toBe(1);

    expect(git(repo, 'commit', '-m', 'comment').code).toBe(0);

    // The same drift added again in a new file is new in this commit: blocked.
    write(repo, 'src/c.ts', "posthog.init('phc_y');\n");
    gitOk(repo, 'add', 'src/c.ts');
    const added = cli('--staged');
    expect(added.status).toBe(1);
    expect(added.stdout).toContain('src/c.ts');
    expect(cli('--all').stderr).toContain('--all goes with --staged');
  });

  it('judges everything staged before the first commit', () => {
    const repo = join(scratch, `unborn-${++counter}`);
    mkdirSync(repo);
    gitOk(repo, 'init', '-q', '-b', 'main');
    write(repo, 'subprocessors.yml', 'version: 1\nsubprocessors: []\n');
    write(repo, 'src/a.ts', "posthog.init('phc_x');\n");
    gitOk(repo, 'add', '-A');
    const result = spawnSync(process.execPath, [CLI, 'check', '--staged'], { cwd: repo, env, encoding: 'utf8' });
    expect(result.stderr).toContain('2 staged changes, 1 file read (no commit yet: everything staged is new)');
    expect(result.status).toBe(1);
  });
});
