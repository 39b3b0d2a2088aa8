import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFile, cacheKey, openCache } from '../../src/cache.js';
import { commandConfig, gitEnvironment } from '../../src/git.js';

// Issue 13 item 1 for the CLI: `disclosed check DIR` on a folder someone else made (an extracted
// archive with its own .git, a folder laid out as a bare repository) never runs its commands.
// Item 17: a damaged outcome cache is discarded entry by entry, never trusted, never fatal.
// Runs the committed bundle dist/cli.js as users do (`npm run build` first).

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-untrusted-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
Object.assign(env, { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' });

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, env, encoding: 'utf8', stdio: 'pipe' });
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let counter = 0;
function folder(files: Record<string, string>): string {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir);
  write(dir, files);
  return dir;
}

const TRACKER = { 'public/index.html': '<script>\n  (function(h){ h._hjSettings={hjid:3141592,hjsv:6}; })(window);\n</script>\n' };

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
});

describe('check DIR on an untrusted folder', () => {
  it('an extracted archive whose .git/config sets core.fsmonitor: git is used, the hook never runs', () => {
    const dir = folder(TRACKER);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'archive');
    const marker = join(scratch, `fsmonitor-${counter}`);
    git(dir, 'config', 'core.fsmonitor', `touch ${marker}; false`);
    git(dir, 'config', 'core.hooksPath', dir);
    writeFileSync(join(dir, 'public/index.html'), `${readFileSync(join(dir, 'public/index.html'), 'utf8')}<!-- changed -->\n`);

    const run = cli('check', dir, '--format', 'json');
    expect(existsSync(marker)).toBe(false);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).detections.map((detection: { vendor: string }) => detection.vendor)).toEqual(['hotjar']);
  });

  it('a .git/config with a clean filter (no -c can switch it off): read as plain files, the filter never runs, and it says so', () => {
    const dir = folder({ ...TRACKER, '.gitattributes': '* filter=evil\n' });
    const marker = join(scratch, `filter-${counter}`);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'archive');
    git(dir, 'config', 'filter.evil.clean', `touch ${marker}; cat`);
    git(dir, 'config', 'diff.evil.textconv', `touch ${marker}; cat`);
    // Racily clean: diff-files would re-hash it through the clean filter.
    writeFileSync(join(dir, 'public/index.html'), readFileSync(join(dir, 'public/index.html'), 'utf8'));

    const run = cli('check', dir, '--format', 'json');
    expect(existsSync(marker)).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('as plain files, not through git: the repository\'s config runs programs when git reads the work tree');
    expect(run.stderr).toContain('filter.evil.clean');
    expect(JSON.parse(run.stdout).detections.map((detection: { vendor: string }) => detection.vendor)).toEqual(['hotjar']);
    const staged = cli('check', dir, '--staged');
    expect(staged.code).toBe(2);
    expect(staged.stderr).toContain('--staged needs a git repository disclosed can read');
    expect(existsSync(marker)).toBe(false);
  });

  it('a checked-out submodule whose config runs programs: its files are read as plain files, nothing runs, and --staged names it as not read', () => {
    const library = folder({ 'hotjar.html': TRACKER['public/index.html'], '.gitattributes': '* filter=evil\n' });
    git(library, 'init', '-q');
    git(library, 'add', '-A');
    git(library, 'commit', '-qm', 'library');
    const dir = folder({ 'src/app.js': "export const title = 'Shop';\n" });
    git(dir, 'init', '-q');
    git(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'public/analytics');
    git(dir, 'commit', '-qm', 'app');
    const marker = join(scratch, `submodule-filter-${counter}`);
    // The submodule's own config (in the superproject's .git/modules/), and a racily clean file.
    git(join(dir, 'public', 'analytics'), 'config', 'filter.evil.clean', `touch ${marker}; cat`);
    writeFileSync(join(dir, 'public/analytics/hotjar.html'), readFileSync(join(dir, 'public/analytics/hotjar.html'), 'utf8'));

    const run = cli('check', dir, '--format', 'json', '--no-cache');
    expect(existsSync(marker)).toBe(false);
    const json = JSON.parse(run.stdout) as { detections: { vendor: string; evidence: { path: string }[] }[] };
    expect(json.detections.find((detection) => detection.vendor === 'hotjar')?.evidence[0]?.path).toBe('public/analytics/hotjar.html');
    const staged = cli('check', dir, '--staged', '--all', '--format', 'json', '--no-cache');
    expect(existsSync(marker)).toBe(false);
    const findings = (JSON.parse(staged.stdout) as { findings: { rule: string; location: { path: string } }[] }).findings;
    expect(findings.filter((finding) => finding.rule === 'skipped-file').map((finding) => finding.location.path)).toEqual(['public/analytics']);
    const text = cli('check', dir, '--staged', '--all', '--no-cache', '--verbose');
    expect(text.stdout).toContain('1 file not read: 1 submodule not scanned (public/analytics)');
    expect(text.stdout).toContain('public/analytics: a submodule whose own repository cannot be read');
  });

  it('a folder laid out as a bare repository (HEAD, objects/, refs/, config) is refused without running git in it', () => {
    const marker = join(scratch, `bare-${counter + 1}`);
    const dir = folder({
      HEAD: 'ref: refs/heads/main\n',
      'objects/info/.keep': '',
      'refs/heads/.keep': '',
      config: `[core]\n\tbare = false\n\tworktree = .\n\tfsmonitor = "touch ${marker}; false"\n`,
      ...TRACKER,
    });
    const run = cli('check', dir);
    expect(existsSync(marker)).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a bare git repository or a .git directory');
  });

  it('git children get no tokens or secrets, and a hook\'s relative GIT_INDEX_FILE is made absolute', () => {
    const child = gitEnvironment({ PATH: '/bin', HOME: '/h', INPUT_TOKEN: 'x', GITHUB_TOKEN: 'x', ACTIONS_RUNTIME_TOKEN: 'x', NPM_TOKEN: 'x', AWS_SECRET_ACCESS_KEY: 'x', GIT_DIR: '/elsewhere', GIT_INDEX_FILE: '.git/next-index.lock' }, '/repo');
    expect(child).toEqual({ PATH: '/bin', HOME: '/h', GIT_INDEX_FILE: '/repo/.git/next-index.lock', GIT_TERMINAL_PROMPT: '0' });
  });
});

describe('which config keys make a .git untrusted', () => {
  const configOf = (text: string) => {
    const gitDir = join(scratch, `config-${++counter}`);
    mkdirSync(gitDir);
    writeFileSync(join(gitDir, 'config'), text);
    return commandConfig(gitDir).map((line) => line.slice(line.indexOf(': ') + 2));
  };

  it('drivers the repository names, includes, and in a partial clone the fetch programs a lazy object read starts', () => {
    const lfs = '[filter "lfs"]\n\tclean = git-lfs clean -- %f\n\tsmudge = git-lfs smudge -- %f\n\tprocess = git-lfs filter-process\n\trequired = true\n';
    const fetchOnly = '[remote "origin"]\n\turl = https://example.com/x.git\n\tuploadpack = touch pwned\n[core]\n\tsshCommand = touch pwned\n\tfsmonitor = touch pwned\n\thooksPath = .husky\n';
    // Switched off on every call by -c (fsmonitor, hooksPath), or never reached (no fetch): trusted.
    expect(configOf(`${lfs}${fetchOnly}`)).toEqual([]);
    expect(configOf('[filter "lfs"]\n\tclean = "git-lfs clean -- %f; touch pwned"\n[diff "x"]\n\ttextconv = cat\n[merge "m"]\n\tdriver = m %A\n[include]\n\tpath = ../extra\n')).toEqual([
      'filter.lfs.clean = git-lfs clean -- %f; touch pwned',
      'diff.x.textconv = cat',
      'merge.m.driver = m %A',
      'include.path = ../extra',
    ]);
    expect(configOf(`${fetchOnly}\tpromisor = true\n[extensions]\n\tpartialClone = origin\n`)).toEqual(['remote.origin.uploadpack = touch pwned', 'core.sshcommand = touch pwned']);
    expect(configOf('[core\n')).toHaveLength(1);
  });
});

describe('item 17: the outcome cache', () => {
  it('one malformed entry is discarded and the scan still finds what the file holds', () => {
    const dir = folder({ ...TRACKER, 'src/app.ts': 'export const a = 1;\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
    expect(cli('check', dir).code).toBe(1);
    const file = cacheFile(join(dir, '.git'));
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const at = stored.paths.indexOf('public/index.html');
    // Damage the entry of the file with the tracker three ways in turn: wrong shape, evidence
    // about another file, and a "clean" byte count for a file that is not.
    for (const bad of [{ bytes: 1, result: { evidence: 5 } }, { bytes: 1, result: { evidence: [{ vendor: 'x', kind: 'code', match: 'x', path: 'src/app.ts', line: 1, column: 1 }], problems: [], ignores: [], invalidIgnores: [], thirdParties: [] } }, 'bogus-kind']) {
      stored.outcomes[at] = bad;
      writeFileSync(file, JSON.stringify(stored));
      const run = cli('check', dir, '--format', 'json');
      expect(run.code, run.stderr).toBe(1);
      expect(JSON.parse(run.stdout).detections.map((detection: { vendor: string }) => detection.vendor)).toEqual(['hotjar']);
      // Rewritten without the bad entry: the next run is clean.
      expect(JSON.parse(readFileSync(file, 'utf8')).outcomes).not.toContainEqual(bad);
    }
  });

  it('the key changes with the tool version, the catalog and the manifest\'s own signatures', () => {
    const sources = [{ vendors: [], organizations: [], categories: [] }];
    const vendor = { id: 'acme', name: 'Acme', organization: 'acme', categories: ['analytics'], signatures: { domains: ['acme.test'] }, source: 'subprocessors.yml' };
    const key = cacheKey('1.0.0', sources, []);
    expect(cacheKey('1.0.1', sources, [])).not.toBe(key);
    expect(cacheKey('1.0.0', [{ ...sources[0]!, categories: [['analytics', 'Analytics']] }], [])).not.toBe(key);
    expect(cacheKey('1.0.0', sources, [vendor])).not.toBe(key);
    const file = join(scratch, 'keyed.json');
    const first = openCache(file, key);
    first.set('a.ts', 'a'.repeat(40), { kind: 'scanned', bytes: 3 });
    first.save();
    expect(openCache(file, cacheKey('1.0.0', sources, [vendor])).get('a.ts', 'a'.repeat(40))).toBeUndefined();
    expect(openCache(file, key).get('a.ts', 'a'.repeat(40))).toEqual({ kind: 'scanned', bytes: 3 });
  });
});
