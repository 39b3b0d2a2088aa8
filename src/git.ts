import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

// Every git process disclosed starts goes through this module. A scanned folder is hostile input:
// a pull request can add `HEAD`, `objects/`, `refs/` and a `config` to a folder, which git's own
// discovery then takes for a bare repository whose config runs commands (core.fsmonitor,
// remote.*.uploadpack); an extracted archive brings its own `.git/config`. So git never discovers
// anything: the repository is resolved here, once, by looking for a `.git` entry (never a bare
// layout), and each call names it with --git-dir/--work-tree, overrides the config keys that run
// commands, and gets an environment without the job's secrets.

/** A repository resolved by locateRepository: every git call names it explicitly. */
export interface Repository {
  /** The work tree's top folder (where the `.git` entry is). */
  top: string;
  /** The git directory: `top/.git`, or where a `.git` file points (worktrees, submodules). */
  gitDir: string;
}

/**
 * Config overrides on every call. Command-line `-c` wins over every config file, so these hold
 * whatever the repository's config says: no fsmonitor hook and no hooks (both run commands on
 * plain reads), no implicit bare repository, no `ext::` transport, no automatic gc/maintenance
 * after a fetch (which runs hooks of its own).
 */
const HARDENING = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'safe.bareRepository=explicit',
  '-c', 'protocol.ext.allow=never',
  '-c', 'gc.auto=0',
  '-c', 'maintenance.auto=false',
  '-c', 'log.showSignature=false',
];

/**
 * Config keys that make the git commands we run start a program and that no fixed `-c` can
 * switch off, because the driver's name is the repository's choice: a clean filter runs when
 * `diff-files` re-hashes a racily clean file, textconv/diff and merge drivers on diffs and merges,
 * and an include can bring any of them. A repository whose config sets one is not read through
 * git (see locateRepository). Fetch-only keys (uploadpack, sshCommand, credential helpers) are
 * not listed: only the Action fetches, and only in the workspace's own repository.
 */
const COMMAND_KEYS = [/^filter\..+\.(?:clean|smudge|process)$/, /^diff\..+\.(?:textconv|command)$/, /^diff\.external$/, /^merge\..+\.driver$/, /^include\.path$/, /^includeif\..+\.path$/];

/**
 * In a partial clone (a promisor remote), reading a missing object fetches it, so any object read
 * (`cat-file`, `diff-tree` of a base) can start the fetch programs: they count too.
 */
const PARTIAL_CLONE_KEYS = [/^extensions\.partialclone$/, /^remote\..+\.promisor$/];
const LAZY_FETCH_KEYS = [/^remote\..+\.uploadpack$/, /^core\.(?:sshcommand|gitproxy|askpass)$/, /^credential\.(?:.+\.)?helper$/];

/** What `git lfs install --local` writes: git-lfs is a program on the user's PATH, not the repository's. */
const KNOWN_FILTERS = new Map([
  ['filter.lfs.clean', 'git-lfs clean -- %f'],
  ['filter.lfs.smudge', 'git-lfs smudge -- %f'],
  ['filter.lfs.process', 'git-lfs filter-process'],
]);

/**
 * Environment variables a git process never needs: the job's tokens and secrets (INPUT_TOKEN,
 * GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), and the variables that would
 * point git at another repository than the one we name. Fetch authenticates with what
 * actions/checkout stored in the repository's config, not with the environment.
 */
const DROPPED_ENV = [/^INPUT_/i, /^ACTIONS_/i, /TOKEN/i, /SECRET/i, /PASSWORD|PASSWD/i, /PRIVATE_KEY/i, /CREDENTIAL/i, /API_KEY|ACCESS_KEY/i];
const REPOSITORY_ENV = new Set(['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_PREFIX', 'GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'GIT_EDITOR', 'GIT_PROXY_COMMAND']);

/** The environment of a git child process: this one's, minus secrets and repository overrides. */
export function gitEnvironment(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || REPOSITORY_ENV.has(key.toUpperCase()) || DROPPED_ENV.some((pattern) => pattern.test(key))) continue;
    out[key] = value;
  }
  // A pre-commit hook's GIT_INDEX_FILE names what is being committed; git resolves a relative one
  // against its own working directory, which is the scanned folder, not the hook's.
  if (out.GIT_INDEX_FILE && !isAbsolute(out.GIT_INDEX_FILE)) out.GIT_INDEX_FILE = resolve(cwd, out.GIT_INDEX_FILE);
  out.GIT_TERMINAL_PROMPT = '0';
  return out;
}

/** The arguments of a git call on `repository`: the repository named, the hardening, then `args`. */
export function gitArguments(repository: Repository, args: readonly string[]): string[] {
  return [`--git-dir=${repository.gitDir}`, `--work-tree=${repository.top}`, ...HARDENING, ...args];
}

const MAX_BUFFER = 1024 * 1024 * 1024;

/** Run git on `repository` from `cwd` (a folder of its work tree: git's paths are relative to it). */
export function runGit(repository: Repository, cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', gitArguments(repository, args), { cwd, env: gitEnvironment(), maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'], ...(input === undefined ? {} : { input }) });
}

/** runGit, without blocking this thread. */
export function runGitAsync(repository: Repository, cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', gitArguments(repository, args), { cwd, env: gitEnvironment(), maxBuffer: MAX_BUFFER, encoding: 'buffer' }, (error, stdout) => (error ? reject(error) : resolvePromise(stdout)));
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A folder git's discovery would take for a git directory (a bare repository, or a `.git`
 * folder): `HEAD`, `objects/` and `refs/` (https://git-scm.com/docs/gitrepository-layout).
 */
export function looksLikeGitDirectory(dir: string): boolean {
  return isFile(join(dir, 'HEAD')) && isDirectory(join(dir, 'objects')) && isDirectory(join(dir, 'refs'));
}

/**
 * The folder at or above `dir` that is laid out as a git directory before any `.git` entry is
 * met (the order git's discovery looks in), or that is named `.git`: scanning there would scan
 * git's own files, or a repository planted in the scanned tree.
 */
export function enclosingGitDirectory(dir: string, stopAt?: string): string | undefined {
  for (let at = resolve(dir); ; ) {
    if (existsSync(join(at, '.git'))) return undefined;
    if (at.split(sep).pop() === '.git' || looksLikeGitDirectory(at)) return at;
    const parent = dirname(at);
    if (parent === at || (stopAt !== undefined && at === resolve(stopAt))) return undefined;
    at = parent;
  }
}

/** A `.git` file (`gitdir: <path>`, worktrees and submodules) → the directory it names. */
function gitFileTarget(file: string): string | undefined {
  const match = /^gitdir: (?<path>.+?)\r?\n?$/.exec(readFileSync(file, 'utf8'));
  return match?.groups ? resolve(dirname(file), match.groups.path!) : undefined;
}

/** The config files git reads for `gitDir` (shared config of a worktree, and its own). */
function configFiles(gitDir: string): string[] {
  const files = [join(gitDir, 'config'), join(gitDir, 'config.worktree')];
  const commondir = join(gitDir, 'commondir');
  if (isFile(commondir)) files.unshift(join(resolve(gitDir, readFileSync(commondir, 'utf8').trim()), 'config'));
  return files.filter(isFile);
}

/**
 * The keys of the repository's config files that run a program under the git commands we use
 * (COMMAND_KEYS), as `file: key = value`. Each file is read as a plain config file, outside any
 * repository, with includes off: reading it runs nothing.
 */
export function commandConfig(gitDir: string): string[] {
  const found: string[] = [];
  const entries: { file: string; key: string; value: string }[] = [];
  for (const file of configFiles(gitDir)) {
    let listing: string;
    try {
      listing = execFileSync('git', ['config', '--file', file, '--no-includes', '--list', '-z'], {
        cwd: tmpdir(),
        // A git directory that does not exist: git reads no repository's config but this file.
        env: { ...gitEnvironment(), GIT_DIR: join(tmpdir(), `disclosed-no-repository-${randomUUID()}`) },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch {
      found.push(`${file}: (a config file git cannot parse)`);
      continue;
    }
    for (const entry of listing.split('\0')) {
      const newline = entry.indexOf('\n');
      const key = newline === -1 ? entry : entry.slice(0, newline);
      if (key !== '') entries.push({ file, key: key.toLowerCase(), value: newline === -1 ? '' : entry.slice(newline + 1) });
    }
  }
  const partial = entries.some(({ key, value }) => PARTIAL_CLONE_KEYS.some((pattern) => pattern.test(key)) && value !== '' && value !== 'false');
  const patterns = partial ? [...COMMAND_KEYS, ...LAZY_FETCH_KEYS] : COMMAND_KEYS;
  for (const { file, key, value } of entries) {
    if (!patterns.some((pattern) => pattern.test(key)) || KNOWN_FILTERS.get(key) === value) continue;
    found.push(`${file}: ${key} = ${value}`);
  }
  return found;
}

/** Where locateRepository stops and what it trusts. */
export interface LocateOptions {
  /** Never look above this folder (the Action's workspace). */
  stopAt?: string;
  /**
   * Trust the config of the repository found (the Action's workspace checkout, written by the
   * workflow, never by the pull request); otherwise one that runs commands is refused.
   */
  trustConfig?: boolean;
}

/** A repository found for a folder, or why none is used. */
export interface RepositoryLookup {
  repository?: Repository;
  /** A `.git` was found but is not used; the folder is read as plain files. */
  distrusted?: string;
}

/**
 * The git repository whose work tree holds `dir`: the nearest `.git` entry at or above it (up
 * to `stopAt`). A folder laid out as a bare repository is never taken for one; callers refuse
 * such a folder with enclosingGitDirectory. A repository whose config would run a program
 * (COMMAND_KEYS) is refused unless trusted, and so is one git itself does not accept (a broken
 * `.git`, another user's repository): the folder is then read as plain files.
 */
export function locateRepository(dir: string, options: LocateOptions = {}): RepositoryLookup {
  const stopAt = options.stopAt === undefined ? undefined : resolve(options.stopAt);
  for (let at = resolve(dir); ; ) {
    const dotGit = join(at, '.git');
    if (existsSync(dotGit)) {
      let gitDir: string | undefined;
      try {
        gitDir = isDirectory(dotGit) ? dotGit : gitFileTarget(dotGit);
      } catch {
        gitDir = undefined;
      }
      if (gitDir === undefined || !isDirectory(gitDir)) return { distrusted: `${dotGit} is neither a git directory nor a .git file naming one` };
      const repository = { top: at, gitDir };
      if (!options.trustConfig) {
        const commands = commandConfig(gitDir);
        if (commands.length > 0) return { distrusted: `the repository's config runs programs when git reads the work tree (${commands.join('; ')})` };
      }
      try {
        runGit(repository, at, ['rev-parse', '--git-dir']);
      } catch (error) {
        const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
        return { distrusted: `git does not accept ${dotGit}${stderr ? ` (${stderr})` : ''}` };
      }
      return { repository };
    }
    const parent = dirname(at);
    if (parent === at || (stopAt !== undefined && at === stopAt)) return {};
    at = parent;
  }
}

/** True when `inner` is `outer` or inside it, after following links. */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(realpathSync(outer), realpathSync(inner));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The commit a report describes. */
export interface CommitInfo {
  sha: string;
  /** The checked-out branch; absent on a detached HEAD (CI checks out a commit). */
  branch?: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** Tracked files differ from the commit: line links may not match what was scanned. */
  modified?: boolean;
}

/** HEAD of `repository`, or undefined when it has no commit yet or git fails. */
export function headCommit(repository: Repository): CommitInfo | undefined {
  try {
    const [sha, date] = runGit(repository, repository.top, ['log', '-1', '--format=%H%n%cI', 'HEAD', '--']).toString('utf8').trim().split('\n');
    if (!sha || !/^[0-9a-f]{40,64}$/.test(sha) || !date) return undefined;
    let branch: string | undefined;
    try {
      branch = runGit(repository, repository.top, ['symbolic-ref', '--quiet', '--short', 'HEAD']).toString('utf8').trim() || undefined;
    } catch {
      branch = undefined; // detached HEAD
    }
    let modified = false;
    try {
      modified = runGit(repository, repository.top, ['status', '--porcelain', '--untracked-files=no', '--ignore-submodules']).length > 0;
    } catch {
      modified = false;
    }
    return { sha, date, ...(branch ? { branch } : {}), ...(modified ? { modified } : {}) };
  } catch {
    return undefined;
  }
}

/** One commit that touched a file. */
export interface FileCommit {
  sha: string;
  author: string;
  /** Author date, ISO 8601. */
  date: string;
  subject: string;
}

/**
 * The commits that changed `path` (repo-relative), newest first; with `since`, only those after
 * that revision. Renames are followed so a moved manifest keeps its history. Throws when git
 * does (an unknown `since`), so a caller can say so instead of showing an empty history.
 */
export function fileHistory(repository: Repository, path: string, since?: string, after?: Date): FileCommit[] {
  if (since !== undefined && (since.startsWith('-') || /[\s\0]/.test(since))) throw new Error(`not a revision: ${since}`);
  // `after`: commits made after a date, for a previous report whose commit this clone lacks.
  const range = [...(after ? [`--after=${after.toISOString()}`] : []), since === undefined ? 'HEAD' : `${since}..HEAD`];
  const out = runGit(repository, repository.top, ['log', '--follow', '--format=%H%x1f%an%x1f%aI%x1f%s%x1e', ...range, '--', path]).toString('utf8');
  const commits: FileCommit[] = [];
  for (const record of out.split('\x1e')) {
    const [sha, author, date, subject] = record.trim().split('\x1f');
    if (sha && author !== undefined && date && subject !== undefined) commits.push({ sha, author, date, subject });
  }
  return commits;
}

/** The text of `path` at `revision`, or undefined when the file did not exist there. */
export function fileAt(repository: Repository, revision: string, path: string): string | undefined {
  if (revision.startsWith('-') || /[\s\0:]/.test(revision)) throw new Error(`not a revision: ${revision}`);
  // Resolve first, so an unknown revision is an error rather than "file absent".
  runGit(repository, repository.top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  try {
    return runGit(repository, repository.top, ['cat-file', 'blob', `${revision}:${path}`]).toString('utf8');
  } catch {
    return undefined;
  }
}
