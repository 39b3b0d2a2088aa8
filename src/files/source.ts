import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';

// Where file contents come from: the working tree (git-aware when DIR is in a work tree), the
// git index (`--staged`), or a commit (the base of a diff). Every path is repo-relative POSIX.

/** A file as listed, before reading. */
export interface ListedFile {
  path: string;
  size: number;
}

/** A source of files: list them once, read each at most once. */
export interface FileSource {
  /** Absolute folder the paths are relative to. */
  root: string;
  /** How the files were listed, shown to the user. */
  description: string;
  list(): ListedFile[];
  /** The bytes of a listed file; undefined when it cannot be read (reported as unreadable). */
  read(path: string): Buffer | undefined;
}

const GIT_MAX_BUFFER = 1024 * 1024 * 1024;

function git(root: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd: root, maxBuffer: GIT_MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'], ...(input === undefined ? {} : { input }) });
}

/** True when `root` is inside a git work tree with git available. */
export function isGitWorkTree(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-inside-work-tree']).toString().trim() === 'true';
  } catch {
    return false;
  }
}

function splitNul(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\0').filter((entry) => entry.length > 0);
}

/** Read a file only if it is a regular file (symlinks are never followed, in or out of the repo). */
export function readRegularFile(absolute: string): Buffer | undefined {
  try {
    const stat = lstatSync(absolute);
    if (!stat.isFile()) return undefined;
    return readFileSync(absolute);
  } catch {
    return undefined;
  }
}

/** The working tree: `git ls-files` (tracked + untracked, not ignored) or a .gitignore-aware walk. */
export function workingTreeSource(root: string): FileSource {
  const inGit = isGitWorkTree(root);
  return {
    root,
    description: inGit ? 'working tree (git)' : 'working tree',
    list: () => (inGit ? listGitWorkTree(root) : walkDirectory(root)),
    read: (path) => readRegularFile(join(root, path)),
  };
}

function listGitWorkTree(root: string): ListedFile[] {
  // --cached lists files deleted from the work tree too; lstat drops them, and drops symlinks.
  const paths = new Set(splitNul(git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])));
  const files: ListedFile[] = [];
  for (const path of paths) {
    try {
      const stat = lstatSync(join(root, path));
      if (stat.isFile()) files.push({ path, size: stat.size });
    } catch {
      // deleted or unreadable: not part of the tree any more
    }
  }
  return files;
}

/** A walk for folders outside git, honouring every .gitignore on the way down. */
function walkDirectory(root: string): ListedFile[] {
  const files: ListedFile[] = [];
  const visit = (dir: string, rel: string, rules: { base: string; matcher: Ignore }[]): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const here = [...rules];
    const gitignore = entries.find((entry) => entry.name === '.gitignore' && entry.isFile());
    if (gitignore) {
      try {
        here.push({ base: rel, matcher: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) });
      } catch {
        // an unreadable .gitignore ignores nothing
      }
    }
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue; // symlinks, sockets, devices
      const ignored = here.some(({ base, matcher }) => {
        const relative = base ? path.slice(base.length + 1) : path;
        return matcher.ignores(isDir ? `${relative}/` : relative);
      });
      if (ignored) continue;
      if (isDir) {
        if (DEFAULT_PRUNED_DIRS.has(entry.name)) continue;
        visit(join(dir, entry.name), path, here);
        continue;
      }
      try {
        files.push({ path, size: lstatSync(join(dir, entry.name)).size });
      } catch {
        files.push({ path, size: 0 });
      }
    }
  };
  visit(root, '', []);
  return files;
}

/** Folders never entered by a walk (the same ones the default ignores drop from git listings). */
const DEFAULT_PRUNED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Parse `git ls-files -s -z` / `git ls-tree -r -z` style entries into path → object id. */
function readObjects(root: string, ids: Map<string, string>): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  if (ids.size === 0) return contents;
  const order = [...ids.entries()];
  const output = git(root, ['cat-file', '--batch'], order.map(([, id]) => id).join('\n') + '\n');
  let at = 0;
  for (const [path] of order) {
    const headerEnd = output.indexOf(10, at);
    if (headerEnd === -1) break;
    const header = output.subarray(at, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (header.endsWith(' missing') || !Number.isFinite(size)) {
      at = headerEnd + 1;
      continue;
    }
    contents.set(path, output.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return contents;
}

/**
 * The git index: exactly what `git commit` would record. Paths are relative to `root`, which may
 * be a subfolder of the repository. Submodules (mode 160000) and symlinks (120000) are skipped.
 */
export function indexSource(root: string): FileSource {
  const ids = new Map<string, string>();
  const sizes = new Map<string, number>();
  let contents: Map<string, Buffer> | undefined;
  return {
    root,
    description: 'git index (staged)',
    list: () => {
      for (const entry of splitNul(git(root, ['ls-files', '-s', '-z', '--full-name', '--', '.']))) {
        const match = /^(?<mode>\d+) (?<id>[0-9a-f]+) (?<stage>\d)\t(?<path>[^]*)$/.exec(entry);
        if (!match?.groups || match.groups.stage !== '0' && match.groups.stage !== '2') continue;
        if (match.groups.mode !== '100644' && match.groups.mode !== '100755') continue;
        ids.set(match.groups.path!, match.groups.id!);
      }
      return relativeToRoot(root, objectSizes(root, ids, sizes));
    },
    read: (path) => {
      contents ??= readObjects(root, prefixed(root, ids));
      return contents.get(path);
    },
  };
}

/** The tree of a commit, read from git objects (never checked out over the user's work tree). */
export function commitSource(root: string, revision: string): FileSource {
  const ids = new Map<string, string>();
  const sizes = new Map<string, number>();
  let contents: Map<string, Buffer> | undefined;
  return {
    root,
    description: `commit ${revision.slice(0, 12)}`,
    list: () => {
      for (const entry of splitNul(git(root, ['ls-tree', '-r', '-z', '-l', '--full-name', revision, '--', '.']))) {
        const match = /^(?<mode>\d+) (?<type>\w+) (?<id>[0-9a-f]+) +(?<size>\d+|-)\t(?<path>[^]*)$/.exec(entry);
        if (!match?.groups || match.groups.type !== 'blob') continue;
        if (match.groups.mode !== '100644' && match.groups.mode !== '100755') continue;
        ids.set(match.groups.path!, match.groups.id!);
        sizes.set(match.groups.path!, Number(match.groups.size));
      }
      return relativeToRoot(root, [...ids.keys()].map((path) => ({ path, size: sizes.get(path) ?? 0 })));
    },
    read: (path) => {
      contents ??= readObjects(root, prefixed(root, ids));
      return contents.get(path);
    },
  };
}

function objectSizes(root: string, ids: Map<string, string>, sizes: Map<string, number>): ListedFile[] {
  if (ids.size === 0) return [];
  const order = [...ids.entries()];
  const output = git(root, ['cat-file', '--batch-check'], order.map(([, id]) => id).join('\n') + '\n').toString('utf8').split('\n');
  order.forEach(([path], i) => sizes.set(path, Number(output[i]?.split(' ')[2] ?? 0)));
  return order.map(([path]) => ({ path, size: sizes.get(path) ?? 0 }));
}

/** git prints paths from the repository top (`--full-name`); we report them relative to `root`. */
function topPrefix(root: string): string {
  return git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
}

function relativeToRoot(root: string, files: ListedFile[]): ListedFile[] {
  const prefix = topPrefix(root);
  if (!prefix) return files;
  return files.filter((file) => file.path.startsWith(prefix)).map((file) => ({ ...file, path: file.path.slice(prefix.length) }));
}

function prefixed(root: string, ids: Map<string, string>): Map<string, string> {
  const prefix = topPrefix(root);
  const out = new Map<string, string>();
  for (const [path, id] of ids) if (path.startsWith(prefix)) out.set(path.slice(prefix.length), id);
  return out;
}
