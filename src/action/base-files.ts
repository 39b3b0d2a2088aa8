import { join } from 'node:path';
import { sortRuleFiles } from '../catalog/load.js';
import type { PolicyFiles } from '../run.js';
import { usageError } from '../run.js';
import type { GitRunner } from './git-base.js';

// The files the base's manifest names (privacy-policy text, rules-dir), read from the base commit
// through git objects, never from the work tree: the work tree is the pull request's, and a PR
// that rewrote the policy text to deny a vendor must not have its base judged by that text.

/** One entry of `git ls-tree -z`: `<mode> <type> <id>\t<path>`. */
interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  path: string;
}

function listTree(git: GitRunner, commit: string, path: string): TreeEntry[] {
  let output: string;
  try {
    output = git(['--literal-pathspecs', 'ls-tree', '-z', commit, '--', path]);
  } catch {
    return [];
  }
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    const match = /^(?<mode>\d+) (?<type>\w+) (?<id>[0-9a-f]+)\t(?<path>[^]*)$/.exec(record);
    if (match?.groups) entries.push({ mode: match.groups.mode!, type: match.groups.type!, id: match.groups.id!, path: match.groups.path! });
  }
  return entries;
}

/**
 * The base commit's files, paths relative to the scanned folder `root` (git runs there). A
 * symbolic link is refused, as a link out of the repository is in the work tree: its target
 * cannot be followed safely inside a commit.
 */
export function commitFiles(git: GitRunner, commit: string, root: string): PolicyFiles {
  const short = commit.slice(0, 12);
  const inside = (path: string, what: string): string => {
    const clean = path.replace(/^(?:\.\/+)+/, '').replace(/\/+$/, '');
    if (clean.startsWith('/') || clean.split('/').includes('..')) throw usageError(`${what} must be a path inside the repository: ${path}`);
    return clean;
  };
  const refuseLink = (entry: TreeEntry, what: string, path: string) => {
    if (entry.mode === '120000') throw usageError(`${what} is a symbolic link at the base commit ${short} (${path}); name the file itself`);
  };
  return {
    readText: (path, what) => {
      const clean = inside(path, what);
      const entry = listTree(git, commit, clean).find((item) => item.path === clean);
      if (!entry || entry.type !== 'blob') return undefined;
      refuseLink(entry, what, clean);
      return { path: clean, text: git(['cat-file', 'blob', entry.id]) };
    },
    rulesDir: (path, what) => {
      const clean = inside(path, what);
      const folder = listTree(git, commit, clean).find((item) => item.path === clean && item.type === 'tree');
      if (!folder) return undefined;
      const files = listTree(git, commit, `${clean}/`).filter((entry) => entry.type === 'blob');
      for (const entry of files) refuseLink(entry, what, entry.path);
      // Named as the work tree would name them, so the catalog (and its cache key) match the
      // head's when the rule files are the same.
      return sortRuleFiles(files.map((entry) => {
        const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
        return { name, path: join(root, clean, name), read: () => git(['cat-file', 'blob', entry.id]) };
      }));
    },
  };
}
