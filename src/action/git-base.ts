import { usageError } from '../run.js';

// The diff base is the merge-base of the *current* tip of the base branch and HEAD, not the
// `pull_request.base.sha` frozen when the PR was opened: drift that landed on the base branch
// since then is not the pull request's doing. actions/checkout fetches one commit by default,
// so the base branch is fetched here and a shallow history deepened until the two meet.

/** Runs git in the repository; returns stdout as is, throws an Error carrying stderr. */
export type GitRunner = (args: string[]) => string;

/** Where the base comes from and what we fetched to find it. */
export interface MergeBase {
  /** The ref or SHA we resolved (`refs/remotes/origin/main`). */
  ref: string;
  /** The base branch's tip we diffed against. */
  tip: string;
  /** The merge-base commit whose tree is scanned as the base. */
  sha: string;
}

// Hooks configured in the checkout (reference-transaction runs on fetch) are not ours to run.
const FETCH = ['-c', 'core.hooksPath=/dev/null', 'fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
/** Depths tried on a shallow clone before giving up and fetching the whole history. */
const DEPTHS = [50, 250, 1000];
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

function tryGit(git: GitRunner, args: string[]): string | undefined {
  try {
    return git(args).trim();
  } catch {
    return undefined;
  }
}

function firstLine(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message ?? error).trim();
  return stderr.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** `main`, `refs/heads/main`, `origin/main` → what to fetch and the local name it lands under. */
export function baseRefspec(base: string): { refspec: string; local: string } {
  if (SHA.test(base)) return { refspec: base, local: base };
  if (base.startsWith('refs/') && !base.startsWith('refs/heads/') && !base.startsWith('refs/remotes/')) return { refspec: `+${base}:${base}`, local: base };
  const branch = base.replace(/^refs\/heads\//, '').replace(/^refs\/remotes\/origin\//, '').replace(/^origin\//, '');
  return { refspec: `+refs/heads/${branch}:refs/remotes/origin/${branch}`, local: `refs/remotes/origin/${branch}` };
}

/**
 * Fetch the base and find its merge-base with HEAD, deepening a shallow clone as needed.
 * `log` receives one line per step taken. Throws a usage error with the fix when it cannot.
 */
export function findMergeBase(git: GitRunner, base: string, log: (line: string) => void): MergeBase {
  const { refspec, local } = baseRefspec(base);
  const head = git(['rev-parse', 'HEAD']).trim();
  const shallow = tryGit(git, ['rev-parse', '--is-shallow-repository']) === 'true';
  const mergeBase = () => tryGit(git, ['merge-base', local, 'HEAD']);
  // Fetch HEAD's own commit too when deepening: after actions/checkout it has no local ref, and
  // a shallow HEAD has no parents to walk. A commit made in the job is not on the remote; then
  // the base alone is fetched.
  const fetch = (extra: string[]): string | undefined => {
    try {
      git([...FETCH, ...extra, 'origin', refspec, ...(shallow ? [head] : [])]);
      return undefined;
    } catch (error) {
      if (!shallow) return firstLine(error);
      try {
        git([...FETCH, ...extra, 'origin', refspec]);
        return undefined;
      } catch (again) {
        return firstLine(again);
      }
    }
  };

  if (shallow) log(`The checkout is shallow: fetching ${local.replace(/^refs\/remotes\//, '')} and deepening the history until it meets HEAD (set fetch-depth: 0 on actions/checkout to skip this).`);
  else log(`Fetching ${local.replace(/^refs\/remotes\//, '')} to diff against the current tip of the base branch.`);

  const alreadyHave = SHA.test(base) && tryGit(git, ['cat-file', '-e', `${base}^{commit}`]) !== undefined;
  let fetchError = alreadyHave && !shallow ? undefined : fetch(shallow ? [`--depth=${DEPTHS[0]}`] : []);
  if (fetchError !== undefined) {
    if (tryGit(git, ['rev-parse', '--verify', '--quiet', `${local}^{commit}`]) === undefined) {
      throw usageError(
        `cannot fetch the base branch "${base}" from origin (${fetchError}). Check that base-ref names an existing branch, that the checkout kept its credentials (actions/checkout with persist-credentials: true, the default), or check out with fetch-depth: 0.`,
      );
    }
    log(`Could not fetch ${base} (${fetchError}); using the local ${local}, which may be behind the remote.`);
  }

  let found = mergeBase();
  if (shallow) {
    for (const depth of DEPTHS.slice(1)) {
      if (found) break;
      log(`No common commit yet; fetching ${depth} commits of history.`);
      fetchError = fetch([`--depth=${depth}`]);
      found = mergeBase();
    }
    if (!found) {
      log('Still no common commit; fetching the whole history (--unshallow).');
      fetchError = fetch(['--unshallow']);
      found = mergeBase();
    }
  }
  if (!found) {
    throw usageError(
      `cannot find a merge-base of ${local} and HEAD${fetchError ? ` (${fetchError})` : ''}: the two histories share no commit in what could be fetched. Check out with actions/checkout fetch-depth: 0, or set base-ref to the branch this change is based on, or use mode: full.`,
    );
  }
  const tip = git(['rev-parse', `${local}^{commit}`]).trim();
  log(`Diff base: merge-base ${found.slice(0, 12)} of ${local.replace(/^refs\/remotes\//, '')} (tip ${tip.slice(0, 12)}) and HEAD ${head.slice(0, 12)}.`);
  return { ref: local, tip, sha: found };
}

/** What a commit holds at a path: a regular file's text, nothing, or something else (a link, a folder). */
export type EntryAt = { kind: 'file'; text: string } | { kind: 'missing' } | { kind: 'other'; what: string };

const ENTRY_KINDS: Record<string, string> = { '120000': 'a symbolic link', '040000': 'a folder', '160000': 'a submodule' };

/**
 * The entry at `path` (relative to the scanned folder) in `commit`, by its mode: a link's blob is
 * its target's name, not the file, so only a regular file gives text.
 */
export function entryAt(git: GitRunner, commit: string, path: string): EntryAt {
  const listing = git(['ls-tree', '-z', commit, '--', `./${path}`]);
  const entry = listing.split('\0').find((line) => line !== '');
  const match = entry === undefined ? null : /^(?<mode>\d+) (?<type>\w+) (?<id>[0-9a-f]+)\t/.exec(entry);
  if (!match?.groups) return { kind: 'missing' };
  const { mode, id } = match.groups as { mode: string; id: string };
  if (mode !== '100644' && mode !== '100755') return { kind: 'other', what: ENTRY_KINDS[mode] ?? `mode ${mode}` };
  return { kind: 'file', text: git(['cat-file', 'blob', id]) };
}

/** A file's text at a commit (path relative to the scanned folder), or undefined when absent. */
export function fileAt(git: GitRunner, commit: string, path: string): string | undefined {
  try {
    return git(['show', `${commit}:./${path}`]);
  } catch {
    return undefined;
  }
}
