import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';

// Where file contents come from: the working tree (git-aware when DIR is in a work tree), the
// git index (`--staged`), or a commit (the base of a diff). Every path is repo-relative POSIX.

/** A file as listed, before reading. */
export interface ListedFile {
  path: string;
  size: number;
  /** The repo-relative name's bytes when they are not valid UTF-8 (`path` shows U+FFFD for them). */
  raw?: Uint8Array;
}

/**
 * Where to open a listed file: by its raw bytes when its name is not valid UTF-8, since the
 * decoded `path` names no file on disk (a tracker must not hide behind an odd file name).
 */
export function openPath(root: string, file: { raw?: Uint8Array } | undefined, path: string): string | Buffer {
  return file?.raw ? Buffer.concat([Buffer.from(`${root}${sep}`), file.raw]) : join(root, path);
}

/** A name as text, plus its bytes when decoding it as UTF-8 lost something. */
function decodeName(bytes: Buffer): { path: string; raw?: Buffer } {
  const path = bytes.toString('utf8');
  return Buffer.from(path).equals(bytes) ? { path } : { path, raw: bytes };
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
  /**
   * The git object id of the file's content, when known without reading it (index, commit, or an
   * unmodified tracked file): the key of the per-file result cache.
   */
  blobId?(path: string): string | undefined;
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

/** True when `root` is a bare repository or inside a .git directory: objects, no working tree. */
export function isGitDirectory(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-bare-repository', '--is-inside-git-dir']).toString().split('\n').some((line) => line.trim() === 'true');
  } catch {
    return false;
  }
}

function splitNul(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\0').filter((entry) => entry.length > 0);
}

/** Read a file only if it is a regular file (symlinks are never followed, in or out of the repo). */
export function readRegularFile(absolute: string | Buffer): Buffer | undefined {
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
  let ids: Map<string, string> | undefined;
  const oddNames = new Map<string, ListedFile>();
  return {
    root,
    description: inGit ? 'working tree (git)' : 'working tree',
    list: () => {
      const files = inGit ? listGitWorkTree(root) : walkDirectory(root);
      for (const file of files) if (file.raw) oddNames.set(file.path, file);
      return files;
    },
    read: (path) => readRegularFile(openPath(root, oddNames.get(path), path)),
    ...(inGit ? { blobId: (path: string) => (ids ??= unmodifiedBlobIds(root)).get(path) } : {}),
  };
}

/**
 * Object ids of tracked files whose work-tree content is the indexed one (`git diff-files` finds
 * the others by stat, so a doubtful file is only ever a cache miss, never a stale hit).
 */
function unmodifiedBlobIds(root: string): Map<string, string> {
  const prefix = topPrefix(root);
  const modified = new Set(splitNul(git(root, ['diff-files', '--name-only', '-z', '--', '.'])));
  const ids = new Map<string, string>();
  for (const [path, id] of indexEntries(root)) {
    if (modified.has(path) || !path.startsWith(prefix)) continue;
    ids.set(path.slice(prefix.length), id);
  }
  return ids;
}

function listGitWorkTree(root: string): ListedFile[] {
  // --cached lists files deleted from the work tree too; lstat drops them, and drops symlinks.
  // Split as bytes: a name that is not valid UTF-8 is opened by its bytes (see openPath).
  const output = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const names = new Map<string, { path: string; raw?: Buffer }>();
  for (let at = 0; at < output.length; ) {
    const end = output.indexOf(0, at);
    const bytes = output.subarray(at, end === -1 ? output.length : end);
    at = end === -1 ? output.length : end + 1;
    if (bytes.length > 0) names.set(bytes.toString('latin1'), decodeName(bytes));
  }
  const files: ListedFile[] = [];
  for (const name of names.values()) {
    try {
      const stat = lstatSync(openPath(root, name, name.path));
      if (stat.isFile()) files.push({ ...name, size: stat.size });
    } catch {
      // deleted or unreadable: not part of the tree any more
    }
  }
  return files;
}

/** A walk for folders outside git, honouring every .gitignore on the way down. */
function walkDirectory(root: string): ListedFile[] {
  const files: ListedFile[] = [];
  // Names are read as bytes, so that one that is not valid UTF-8 can still be opened.
  const visit = (dir: Buffer, rel: string, relRaw: Buffer | undefined, rules: { base: string; matcher: Ignore }[]): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((entry) => Object.assign(entry, { text: entry.name.toString('utf8') }));
    } catch {
      return;
    }
    const child = (name: Buffer): Buffer => Buffer.concat([dir, Buffer.from(sep), name]);
    const here = [...rules];
    const gitignore = entries.find((entry) => entry.text === '.gitignore' && entry.isFile());
    if (gitignore) {
      try {
        here.push({ base: rel, matcher: ignore().add(readFileSync(child(gitignore.name), 'utf8')) });
      } catch {
        // an unreadable .gitignore ignores nothing
      }
    }
    for (const entry of entries) {
      if (entry.text === '.git') continue;
      const path = rel ? `${rel}/${entry.text}` : entry.text;
      const odd = relRaw !== undefined || decodeName(entry.name).raw !== undefined;
      const raw = odd ? Buffer.concat([relRaw ?? Buffer.from(rel), ...(rel ? [Buffer.from('/')] : []), entry.name]) : undefined;
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue; // symlinks, sockets, devices
      const ignored = here.some(({ base, matcher }) => {
        const relative = base ? path.slice(base.length + 1) : path;
        return matcher.ignores(isDir ? `${relative}/` : relative);
      });
      if (ignored) continue;
      if (isDir) {
        if (DEFAULT_PRUNED_DIRS.has(entry.text)) continue;
        visit(child(entry.name), path, raw, here);
        continue;
      }
      const file: ListedFile = { path, size: 0, ...(raw ? { raw } : {}) };
      try {
        file.size = lstatSync(child(entry.name)).size;
      } catch {
        // listed with size 0; reading it then reports it unreadable
      }
      files.push(file);
    }
  };
  visit(Buffer.from(root), '', undefined, []);
  return files;
}

/** Folders never entered by a walk (the same ones the default ignores drop from git listings). */
const DEFAULT_PRUNED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Read git objects by id with one `git cat-file --batch`; missing ones are left out. */
function readObjects(root: string, ids: [string, string][]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  if (ids.length === 0) return contents;
  const output = git(root, ['cat-file', '--batch'], ids.map(([, id]) => id).join('\n') + '\n');
  let at = 0;
  for (const [path] of ids) {
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

/** Bytes of git objects held in memory at once: reads go in batches, so a 1 GB tree is never loaded whole. */
const BATCH_BYTES = 64 * 1024 * 1024;
const BATCH_FILES = 4_000;

interface GitEntry {
  id: string;
  size: number;
}

/**
 * Files from git objects, paths relative to `root`. Reads are batched in path order (the order a
 * scan reads them): a run of consecutive misses doubles the batch, so a full read costs a few
 * `git cat-file` calls, while a scan that reads only a handful of files (the rest cached) reads
 * only those.
 */
function gitObjectSource(root: string, description: string, listEntries: () => Map<string, GitEntry>): FileSource {
  let entries: Map<string, GitEntry> | undefined;
  let order: string[] = [];
  let position = new Map<string, number>();
  let batch = new Map<string, Buffer>();
  let batchSize = 1;
  let expected = -1;
  const load = () => {
    if (entries) return entries;
    entries = listEntries();
    order = [...entries.keys()].sort();
    position = new Map(order.map((path, i) => [path, i]));
    return entries;
  };
  return {
    root,
    description,
    list: () => [...load()].map(([path, entry]) => ({ path, size: entry.size })),
    read: (path) => {
      const all = load();
      const cached = batch.get(path);
      if (cached) return cached;
      const start = position.get(path);
      if (start === undefined) return undefined;
      batchSize = start === expected ? Math.min(batchSize * 2, BATCH_FILES) : 1;
      const wanted: [string, string][] = [];
      let bytes = 0;
      for (let i = start; i < order.length && wanted.length < batchSize && (wanted.length === 0 || bytes < BATCH_BYTES); i++) {
        const entry = all.get(order[i]!)!;
        wanted.push([order[i]!, entry.id]);
        bytes += entry.size;
      }
      expected = start + wanted.length;
      batch = readObjects(root, wanted);
      return batch.get(path);
    },
    blobId: (path) => load().get(path)?.id,
  };
}

const ENTRY = /^(?<mode>\d+) (?<id>[0-9a-f]+) (?<stage>\d)\t(?<path>[^]*)$/;

/** Regular files of the index (stage 0, or "ours" in a conflict): path from the top → object id. */
function indexEntries(root: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of splitNul(git(root, ['ls-files', '-s', '-z', '--full-name', '--', '.']))) {
    const match = ENTRY.exec(entry);
    if (!match?.groups || (match.groups.stage !== '0' && match.groups.stage !== '2')) continue;
    if (match.groups.mode !== '100644' && match.groups.mode !== '100755') continue;
    ids.set(match.groups.path!, match.groups.id!);
  }
  return ids;
}

/**
 * The git index: exactly what `git commit` would record. Paths are relative to `root`, which may
 * be a subfolder of the repository. Submodules (mode 160000) and symlinks (120000) are skipped.
 */
export function indexSource(root: string): FileSource {
  return gitObjectSource(root, 'git index (staged)', () => {
    const ids = indexEntries(root);
    return relativeEntries(root, ids, indexSizes(root, ids));
  });
}

/**
 * Sizes of indexed objects. A file git sees unmodified in the work tree has the object's size on
 * disk (one lstat); only the others are asked of git, which is slow on a large loose-object store.
 */
function indexSizes(root: string, ids: Map<string, string>): Map<string, number> {
  const top = git(root, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  const modified = new Set(splitNul(git(root, ['diff-files', '--name-only', '-z'])));
  const sizes = new Map<string, number>();
  const ask = new Map<string, string>();
  for (const [path, id] of ids) {
    if (modified.has(path)) {
      ask.set(path, id);
      continue;
    }
    try {
      sizes.set(path, lstatSync(join(top, path)).size);
    } catch {
      ask.set(path, id);
    }
  }
  for (const [path, size] of objectSizes(root, ask)) sizes.set(path, size);
  return sizes;
}

/** The tree of a commit, read from git objects (never checked out over the user's work tree). */
export function commitSource(root: string, revision: string): FileSource {
  return gitObjectSource(root, `commit ${revision.slice(0, 12)}`, () => {
    const ids = new Map<string, string>();
    const sizes = new Map<string, number>();
    for (const entry of splitNul(git(root, ['ls-tree', '-r', '-z', '-l', '--full-name', revision, '--', '.']))) {
      const match = /^(?<mode>\d+) (?<type>\w+) (?<id>[0-9a-f]+) +(?<size>\d+|-)\t(?<path>[^]*)$/.exec(entry);
      if (!match?.groups || match.groups.type !== 'blob') continue;
      if (match.groups.mode !== '100644' && match.groups.mode !== '100755') continue;
      ids.set(match.groups.path!, match.groups.id!);
      sizes.set(match.groups.path!, Number(match.groups.size));
    }
    return relativeEntries(root, ids, sizes);
  });
}

function objectSizes(root: string, ids: Map<string, string>): Map<string, number> {
  const sizes = new Map<string, number>();
  if (ids.size === 0) return sizes;
  const order = [...ids.entries()];
  const output = git(root, ['cat-file', '--batch-check'], order.map(([, id]) => id).join('\n') + '\n').toString('utf8').split('\n');
  order.forEach(([path], i) => sizes.set(path, Number(output[i]?.split(' ')[2] ?? 0)));
  return sizes;
}

/** git prints paths from the repository top (`--full-name`); we report them relative to `root`. */
function topPrefix(root: string): string {
  return git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
}

function relativeEntries(root: string, ids: Map<string, string>, sizes: Map<string, number>): Map<string, GitEntry> {
  const prefix = topPrefix(root);
  const out = new Map<string, GitEntry>();
  for (const [path, id] of ids) {
    if (!path.startsWith(prefix)) continue;
    out.set(path.slice(prefix.length), { id, size: sizes.get(path) ?? 0 });
  }
  return out;
}
