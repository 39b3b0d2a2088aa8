import { isAscii as nodeIsAscii } from 'node:buffer';
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, sep } from 'node:path';
import { enclosingGitDirectory, locateRepository, runGit, runGitAsync } from '../git.js';
import type { Repository } from '../git.js';
import { withSubmodules } from './submodules.js';
import type { SubmoduleSource } from './submodules.js';

// Where file contents come from: the working tree (git-aware when DIR is in a work tree), the
// git index (`--staged`), or a commit (the base of a diff). Every path is repo-relative POSIX.

/** A file as listed, before reading. */
export interface ListedFile {
  path: string;
  /** Bytes, or -1 when unknown until the file is read (tracked files in a git work tree). */
  size: number;
  /** The repo-relative name's bytes when they are not valid UTF-8 (`path` shows U+FFFD for them). */
  raw?: Uint8Array;
  /**
   * The git object id of what a read returns, when known without reading (the index, a commit, a
   * tracked file the work tree left unmodified): the key of the per-file outcome cache.
   */
  id?: string;
  /**
   * A git submodule (a gitlink in the index or tree, mode 160000): never read, its content is
   * another repository's; `checked-out` when its folder in the work tree has files.
   */
  submodule?: 'checked-out' | 'absent';
  /** Listed only to be looked at for catalog signatures: a default-ignored vendored copy (see listForScan). */
  ignored?: boolean;
}

/**
 * Where to open a listed file: by its raw bytes when its name is not valid UTF-8, since the
 * decoded `path` names no file on disk (a tracker must not hide behind an odd file name).
 */
export function openPath(root: string, file: { raw?: Uint8Array } | undefined, path: string): string | Buffer {
  return file?.raw ? Buffer.concat([Buffer.from(`${root}${sep}`), file.raw]) : join(root, path);
}

/** Bytes as a latin1 string (a lossless key for any bytes); a string stays as it is. */
function latin1(value: Buffer | string): string {
  return typeof value === 'string' ? value : value.toString('latin1');
}

function isAscii(bytes: Uint8Array): boolean {
  return nodeIsAscii(bytes);
}

/**
 * A name as text, plus its bytes when they are not valid UTF-8. Such a name is decoded with each
 * byte that is not part of valid UTF-8 as U+DC80-U+DCFF (Python's `surrogateescape`), not U+FFFD:
 * the text is then as distinct as the bytes (two names that differ only in invalid bytes are two
 * paths, both read), and never the name of a valid UTF-8 file, which cannot hold a lone surrogate.
 * https://peps.python.org/pep-0383/
 */
function decodeName(bytes: Buffer): { path: string; raw?: Buffer } {
  // Nearly every name is ASCII: no round trip needed.
  if (isAscii(bytes)) return { path: bytes.toString('latin1') };
  const path = bytes.toString('utf8');
  return Buffer.from(path).equals(bytes) ? { path } : { path: decodeEscaped(bytes), raw: bytes };
}

/** The length of the valid UTF-8 sequence at `at`, or 0. https://www.rfc-editor.org/rfc/rfc3629#section-4 */
function utf8SequenceAt(bytes: Buffer, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[at + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[at + 1]!;
  // overlong forms, UTF-16 surrogates, code points past U+10FFFF
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return 0;
  return length;
}

function decodeEscaped(bytes: Buffer): string {
  let text = '';
  for (let at = 0; at < bytes.length; ) {
    const length = utf8SequenceAt(bytes, at);
    if (length === 0) {
      text += String.fromCharCode(0xdc00 + bytes[at]!);
      at++;
    } else {
      text += bytes.toString('utf8', at, at + length);
      at += length;
    }
  }
  return text;
}

/** See FileSource.differencesFrom. */
export interface BaseDifferences {
  differs: Map<string, string | undefined>;
  source: FileSource;
}

/** What reading a listed file gives. */
export type ReadResult = Buffer | undefined | 'too-large';

/** A source of files: list them once, read each at most once. */
export interface FileSource {
  /** Absolute folder the paths are relative to. */
  root: string;
  /** How the files were listed, shown to the user. */
  description: string;
  /**
   * The files, listed once. `progress`, when given, hears the running count of a listing that
   * takes a while (a walk without git), so that work can start before the list is complete.
   */
  list(progress?: (files: number) => void): ListedFile[];
  /**
   * The bytes of a listed file; undefined when it cannot be read (reported as unreadable);
   * 'too-large' when it is bigger than `limit` bytes, found without reading it; with `head`, its
   * first `limit` bytes instead (a file too large to read is still looked at for signatures).
   */
  read(path: string, limit?: number, head?: boolean): ReadResult;
  /** The files of a commit, listed from this work tree's listing plus what changed since it (diff mode). */
  baseAt?(revision: string): FileSource;
  /**
   * Where commit `revision` differs from this work tree (diff mode): the differing paths with
   * their object id at the revision (undefined: no file there), and a source that reads them.
   * The git commands start at the call.
   */
  differencesFrom?(revision: string): Promise<BaseDifferences>;
  /** The commit a submodule (a gitlink at `path`) was at in commit `revision`, or undefined. */
  gitlinkAt?(revision: string, path: string): string | undefined;
  /**
   * Start listing ahead of `list()`, independent commands at once, while the caller does other
   * work; the same promise on every call. `list()` works without it.
   */
  prefetch?(): Promise<void>;
}

/**
 * Git on one repository, from one folder of its work tree (src/git.ts: the repository named
 * explicitly, hardened, never discovered from the scanned folder).
 */
interface Git {
  (args: readonly string[], input?: string): Buffer;
  async(args: readonly string[]): Promise<Buffer>;
}

function gitAt(repository: Repository, root: string): Git {
  return Object.assign((args: readonly string[], input?: string) => runGit(repository, root, args, input), { async: (args: readonly string[]) => runGitAsync(repository, root, args) });
}

/** The repository `root` is read through, or null: a plain folder (src/git.ts locateRepository). */
function repositoryFor(root: string, repository: Repository | null | undefined): Repository | null {
  return repository === undefined ? (locateRepository(root).repository ?? null) : repository;
}

/** The repository a source reads `root` through, or throws when it has none. */
function requireRepository(root: string, repository: Repository | null | undefined): Repository {
  const found = repositoryFor(root, repository);
  if (!found) throw new Error(`${root} is not in a git repository disclosed can read`);
  return found;
}

/** True when `root` is inside a git work tree disclosed reads through git. */
export function isGitWorkTree(root: string): boolean {
  return repositoryFor(root, undefined) !== null;
}

/** True when `root` is a bare repository or inside a .git directory: objects, no working tree. */
export function isGitDirectory(root: string): boolean {
  return enclosingGitDirectory(root) !== undefined;
}

/**
 * One buffer per thread that files up to its size are read into, so a scan of a gigabyte of small
 * files allocates nothing per file (a buffer per file is garbage that raises peak memory).
 * Callers must be done with the bytes before the next read: the scan decodes or discards them.
 */
const POOL_BYTES = 4 * 1024 * 1024;
let pool: Buffer | undefined;

/**
 * Open flags that refuse a symlink (ELOOP) and never wait on a FIFO, where the platform has them
 * (not Windows, which falls back to lstat first). With them a read costs one path lookup, not two.
 * https://man7.org/linux/man-pages/man2/open.2.html
 */
const OPEN_NO_FOLLOW = fsConstants.O_NOFOLLOW !== undefined && fsConstants.O_NONBLOCK !== undefined ? fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK : undefined;

/** Read a file only if it is a regular file (symlinks are never followed, in or out of the repo). */
export function readRegularFile(absolute: string | Buffer, limit = Number.POSITIVE_INFINITY, head = false): ReadResult {
  let fd: number | undefined;
  try {
    if (OPEN_NO_FOLLOW === undefined && !lstatSync(absolute).isFile()) return undefined;
    fd = openSync(absolute, OPEN_NO_FOLLOW ?? 'r');
    // What was opened, not what the path names now.
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    if (stat.size > limit && !head) return 'too-large';
    if (stat.size > limit) {
      const start = Buffer.allocUnsafe(limit);
      let length = 0;
      for (let read = -1; read !== 0 && length < limit; length += read) read = readSync(fd, start, length, limit - length, null);
      return start.subarray(0, length);
    }
    if (stat.size > POOL_BYTES) return readFileSync(fd);
    pool ??= Buffer.allocUnsafe(POOL_BYTES);
    // The size fstat gave: no extra read to find the end (a file growing meanwhile is read as it was).
    let length = 0;
    for (let read = -1; read !== 0 && length < stat.size; length += read) read = readSync(fd, pool, length, stat.size - length, null);
    return pool.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The working tree: `git ls-files` (tracked + untracked, not ignored) or a .gitignore-aware walk,
 * with the files of checked-out submodules (src/files/submodules.ts). `repository`: the one to
 * list it through (null: a plain folder); found from `root` when omitted.
 */
export function workingTreeSource(root: string, repository?: Repository | null): FileSource {
  // In diff mode a submodule the change moved is read at its base commit too.
  const atCommit: SubmoduleSource = (folder, inner, commit) => (inner ? treeAtCommit(folder, commit, inner) : undefined);
  return withSubmodules(treeSource(root, repository), (folder, inner) => treeSource(folder, inner), 0, atCommit);
}

function treeSource(root: string, repository?: Repository | null): FileSource {
  const found = repositoryFor(root, repository);
  const oddNames = new Map<string, ListedFile>();
  const remember = (files: ListedFile[]) => {
    for (const file of files) if (file.raw) oddNames.set(file.path, file);
    return files;
  };
  const read: FileSource['read'] = (path, limit, head) => readRegularFile(openPath(root, oddNames.get(path), path), limit, head);
  if (!found) return { root, description: 'working tree', list: (progress) => remember(walkDirectory(root, progress)), read };
  const git = gitAt(found, root);
  let tree: GitWorkTree | undefined;
  let prefetched: Promise<void> | undefined;
  const listed = () => (tree ??= assembleWorkTree(root, parseIndex(git(LS_INDEX)), git(DIFF_FILES), git(LS_UNTRACKED)));
  const prefetch = async () => {
    const [index, changes, others] = await Promise.all([git.async(LS_INDEX).then(parseIndex), git.async(DIFF_FILES), git.async(LS_UNTRACKED)]);
    tree ??= assembleWorkTree(root, index, changes, others);
  };
  const source: FileSource = { root, description: 'working tree (git)', list: () => remember(listed().files), read };
  return {
    ...source,
    prefetch: () => (prefetched ??= prefetch()),
    baseAt: (revision) => derivedCommitSource(git, root, revision, listed()),
    gitlinkAt: (revision, path) => {
      // `<mode> <type> <id>\t<path>`: a gitlink is mode 160000, type commit.
      const entry = git(['ls-tree', '-z', revision, '--', path]).toString('latin1');
      return /^160000 commit (?<id>[0-9a-f]{40,64})\t/.exec(entry)?.groups?.id;
    },
    differencesFrom: async (revision) => {
      const diffs = Promise.all(baseDiffCommands(revision).map((args) => git.async(args)));
      // Awaited below, after the listing: a failure must not go unhandled meanwhile.
      diffs.catch(() => undefined);
      await (prefetched ??= prefetch());
      const differs = baseDifferences(listed(), (await diffs) as [Buffer, Buffer]);
      const changed = new Map<string, GitEntry>();
      for (const [path, id] of differs) if (id !== undefined) changed.set(path, { id, size: -1 });
      return { differs, source: gitObjectSource(git, root, `commit ${revision.slice(0, 12)}`, () => changed) };
    },
  };
}

/** A git work tree as listed: its files, the index's regular files, and what the work tree changed. */
interface GitWorkTree {
  files: ListedFile[];
  /** Object ids of the index's regular files (stage 0, or "ours" in a conflict). */
  indexed: Map<string, string>;
  /** Tracked paths whose work-tree content is not the indexed one (modified, deleted, retyped). */
  changed: Map<string, RawChange>;
  /** Untracked files listed (not ignored). */
  untracked: string[];
}

/**
 * NUL-separated git output, split as bytes so a name that is not valid UTF-8 keeps its bytes.
 * ASCII output (nearly always) is split as one string: no object per entry but the string.
 */
function splitNulBytes(output: Buffer): (Buffer | string)[] {
  if (isAscii(output)) return output.toString('latin1').split('\0').filter((entry) => entry.length > 0);
  const parts: Buffer[] = [];
  for (let at = 0; at < output.length; ) {
    const end = output.indexOf(0, at);
    const bytes = output.subarray(at, end === -1 ? output.length : end);
    at = end === -1 ? output.length : end + 1;
    if (bytes.length > 0) parts.push(bytes);
  }
  return parts;
}

function isRegularMode(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}

/** One path of `git diff-* --raw`: the source side (the older tree), and the status letter. */
interface RawChange {
  status: string;
  /** The source side's object id when it is a regular file there; undefined when absent or not a file. */
  sourceId: string | undefined;
}

/**
 * `git diff-files|diff-index|diff-tree -z` raw output: `:<mode> <mode> <id> <id> <status>` NUL
 * `<path>` NUL (renames off, so one path per record).
 * https://git-scm.com/docs/git-diff-tree#_raw_output_format
 */
function rawChanges(output: Buffer): Map<string, RawChange> {
  const changes = new Map<string, RawChange>();
  const parts = splitNulBytes(output);
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const header = latin1(parts[i]!);
    const fields = header.slice(1).split(' ');
    const [sourceMode = '', , sourceId = ''] = fields;
    const status = fields[4]?.charAt(0) ?? 'M';
    const name = parts[i + 1]!;
    const path = typeof name === 'string' ? name : decodeName(name).path;
    changes.set(path, { status, sourceId: isRegularMode(sourceMode) && !/^0+$/.test(sourceId) ? sourceId : undefined });
  }
  return changes;
}

/**
 * What lists a git work tree: tracked paths changed in the work tree, the index, and untracked
 * files that are not ignored. Independent, so a prefetch runs them at once (the untracked walk
 * and diff-files' stat of every tracked file are each a few hundred ms on 100,000 files), and
 * reads the index while the other two still run.
 */
// `--ignore-submodules=dirty`: without it git runs `git status` inside each checked-out submodule,
// with that repository's config (a clean filter there runs a program); a moved submodule HEAD is
// still reported, and the submodule's own files are listed through its repository (submodules.ts).
const DIFF_FILES = ['diff-files', '-z', '--no-renames', '--relative', '--ignore-submodules=dirty'];
const LS_INDEX = ['ls-files', '-s', '-z'];
const LS_UNTRACKED = ['ls-files', '-z', '--others', '--exclude-standard'];

/** The index's regular files (stage 0, or "ours" in a conflict): object ids by path, in index order. */
interface IndexListing {
  ids: Map<string, string>;
  /** The name bytes of the paths that are not valid UTF-8. */
  raws: Map<string, Buffer>;
  /** Gitlinks (mode 160000): submodule path → the commit recorded, and its name bytes when odd. */
  submodules: Map<string, { id: string; raw?: Buffer }>;
}

/**
 * `git ls-files -s -z`: `<mode> <object id> <stage>\t<path>` per entry, read by position (a split
 * per entry is most of the cost on 100,000 files). The index is sorted by path, so the stages of
 * a conflicted file are adjacent. Links are left out (never read); submodules are listed apart,
 * to be counted and named as not read.
 */
function parseIndex(output: Buffer): IndexListing {
  const ids = new Map<string, string>();
  const raws = new Map<string, Buffer>();
  const submodules = new Map<string, { id: string; raw?: Buffer }>();
  let previous = '';
  const add = (head: string, name: { path: string; raw?: Buffer }) => {
    const idEnd = head.lastIndexOf(' ');
    const stage = head.charCodeAt(idEnd + 1);
    if (name.path === previous || (stage !== 48 && stage !== 50)) return;
    previous = name.path;
    if (head.startsWith('160000 ')) {
      submodules.set(name.path, { id: head.slice(7, idEnd), ...(name.raw ? { raw: name.raw } : {}) });
      return;
    }
    if (!head.startsWith('100644 ') && !head.startsWith('100755 ')) return;
    ids.set(name.path, head.slice(7, idEnd));
    if (name.raw) raws.set(name.path, name.raw);
  };
  if (isAscii(output)) {
    const text = output.toString('latin1');
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\0', at);
      const stop = end === -1 ? text.length : end;
      const tab = text.indexOf('\t', at);
      if (tab !== -1 && tab < stop) add(text.slice(at, tab), { path: text.slice(tab + 1, stop) });
      at = stop + 1;
    }
    return { ids, raws, submodules };
  }
  for (const entry of splitNulBytes(output)) {
    const bytes = typeof entry === 'string' ? Buffer.from(entry, 'latin1') : entry;
    const tab = bytes.indexOf(9);
    if (tab !== -1) add(latin1(bytes.subarray(0, tab)), decodeName(bytes.subarray(tab + 1)));
  }
  return { ids, raws, submodules };
}

/** A submodule as listed: checked out when its folder in the work tree holds anything. */
function submoduleFile(root: string, path: string, id: string, raw?: Buffer): ListedFile {
  let checkedOut = false;
  try {
    checkedOut = readdirSync(openPath(root, raw ? { raw } : undefined, path)).length > 0;
  } catch {
    // not there: an uninitialised submodule
  }
  return { path, size: 0, id, submodule: checkedOut ? 'checked-out' : 'absent', ...(raw ? { raw } : {}) };
}

/**
 * Tracked files from the index, minus those deleted in the work tree (or no longer files there),
 * plus untracked files that are not ignored. No per-file stat: `git diff-files` already knows
 * which tracked files changed, sizes are checked when a file is read, and an unmodified file's
 * content is its indexed object (the outcome cache's key).
 */
function assembleWorkTree(root: string, index: IndexListing, changes: Buffer, others: Buffer): GitWorkTree {
  const changed = rawChanges(changes);
  const files: ListedFile[] = [];
  for (const [path, id] of index.ids) {
    const change = changed.get(path)?.status;
    if (change === 'D') continue;
    // Modified in the work tree, its content is no longer the indexed object: no id.
    const file: ListedFile = change === undefined ? { path, size: -1, id } : { path, size: -1 };
    const raw = index.raws.size === 0 ? undefined : index.raws.get(path);
    if (raw) file.raw = raw;
    // became a symlink or a directory in the work tree
    if (change === 'T' && !isFileNow(root, file)) continue;
    files.push(file);
  }
  for (const [path, { id, raw }] of index.submodules) files.push(submoduleFile(root, path, id, raw));
  const untracked: string[] = [];
  for (const bytes of splitNulBytes(others)) {
    const name = typeof bytes === 'string' ? { path: bytes } : decodeName(bytes);
    try {
      const stat = lstatSync(openPath(root, name, name.path));
      if (!stat.isFile()) continue;
      files.push({ ...name, size: stat.size });
      untracked.push(name.path);
    } catch {
      // gone since git listed it
    }
  }
  return { files, indexed: index.ids, changed, untracked };
}

function isFileNow(root: string, name: { path: string; raw?: Uint8Array }): boolean {
  try {
    return lstatSync(openPath(root, name, name.path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Where commit `revision` (a diff's base) differs from a work tree's listing, from two small diffs
 * instead of `git ls-tree -r` over every file: base → HEAD (`diff-tree`) and HEAD → index
 * (`diff-index --cached`); a path in neither is at the base as in the index. The result maps
 * every path whose content at the base may not be the work tree's to its object id at the base
 * (undefined: no regular file there). Any other listed file with an object id is the same at the
 * base, so its outcome is the head scan's.
 */
function baseDifferences(tree: GitWorkTree, [sinceBase, staged]: [Buffer, Buffer]): Map<string, string | undefined> {
  const differs = new Map<string, string | undefined>();
  for (const path of tree.changed.keys()) differs.set(path, tree.indexed.get(path));
  for (const path of tree.untracked) differs.set(path, undefined);
  for (const [path, change] of rawChanges(staged)) differs.set(path, change.sourceId);
  for (const [path, change] of rawChanges(sinceBase)) differs.set(path, change.sourceId);
  return differs;
}

function baseDiffCommands(revision: string): [string[], string[]] {
  return [
    ['diff-tree', '-r', '-z', '--no-renames', '--relative', revision, 'HEAD'],
    ['diff-index', '--cached', '-z', '--no-renames', '--relative', 'HEAD'],
  ];
}

/** The base's files: the index's, except where the base differs. */
function baseEntries(tree: GitWorkTree, differs: Map<string, string | undefined>): Map<string, GitEntry> {
  const entries = new Map<string, GitEntry>();
  for (const [path, id] of tree.indexed) if (!differs.has(path)) entries.set(path, { id, size: -1 });
  for (const [path, id] of differs) if (id !== undefined) entries.set(path, { id, size: -1 });
  return entries;
}

/** A commit's tree listed from a work tree's listing and the differences (see baseDifferences). */
function derivedCommitSource(git: Git, root: string, revision: string, tree: GitWorkTree): FileSource {
  return gitObjectSource(git, root, `commit ${revision.slice(0, 12)}`, () => {
    const [sinceBase, staged] = baseDiffCommands(revision).map((args) => git(args));
    return baseEntries(tree, baseDifferences(tree, [sinceBase!, staged!]));
  });
}

/**
 * A walk for folders outside git. Its `.gitignore` files are not applied: without git, nothing
 * tells a tracked file from an ignored one, and a tree outside git is nearly always an export
 * (`git archive`, a release tarball, GitHub's "Download ZIP") holding only tracked files, some of
 * them matching an ignore rule (a generated config committed on purpose). ripgrep does the same
 * by default (its `--no-require-git` turns the rules on: https://github.com/BurntSushi/ripgrep/blob/master/GUIDE.md#automatic-filtering).
 * Build output, dependencies and vendored code are skipped by the default excludes either way.
 */
function walkDirectory(root: string, progress?: (files: number) => void): ListedFile[] {
  const files: ListedFile[] = [];
  // Names are read as bytes, so that one that is not valid UTF-8 can still be opened.
  const visit = (dir: Buffer, rel: string, relRaw: Buffer | undefined): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return;
    }
    for (const entry of entries) {
      const decoded = decodeName(entry.name);
      const text = decoded.path;
      if (text === '.git') continue;
      const path = rel ? `${rel}/${text}` : text;
      const odd = relRaw !== undefined || decoded.raw !== undefined;
      const raw = odd ? Buffer.concat([relRaw ?? Buffer.from(rel), ...(rel ? [Buffer.from('/')] : []), entry.name]) : undefined;
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue; // symlinks, sockets, devices
      if (isDir) {
        if (DEFAULT_PRUNED_DIRS.has(text)) continue;
        visit(Buffer.concat([dir, Buffer.from(sep), entry.name]), path, raw);
        continue;
      }
      // Size unknown (-1), as in a git listing: reading checks it, and a stat per file here was a
      // third of the walk.
      files.push({ path, size: -1, ...(raw ? { raw } : {}) });
      if (progress && files.length % PROGRESS_FILES === 0) progress(files.length);
    }
  };
  visit(Buffer.from(root), '', undefined);
  return files;
}

/** How often a walk reports its running count. */
const PROGRESS_FILES = 500;

/** Folders never entered by a walk (the same ones the default ignores drop from git listings). */
const DEFAULT_PRUNED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Read git objects by id with one `git cat-file --batch`; missing ones are left out. */
function readObjects(git: Git, ids: [string, string][]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  if (ids.length === 0) return contents;
  const output = git(['cat-file', '--batch'], ids.map(([, id]) => id).join('\n') + '\n');
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
  /** A gitlink: listed as a submodule, never read. */
  submodule?: 'checked-out' | 'absent';
}

/**
 * Files from git objects, paths relative to `root`. Reads are batched in path order (the order a
 * scan reads them): a run of consecutive misses doubles the batch, so a full read costs a few
 * `git cat-file` calls, while a scan that reads only a handful of files (the rest cached) reads
 * only those.
 */
function gitObjectSource(git: Git, root: string, description: string, listEntries: () => Map<string, GitEntry>): FileSource {
  let entries: Map<string, GitEntry> | undefined;
  let order: string[] = [];
  let position = new Map<string, number>();
  let batch = new Map<string, Buffer>();
  let batchSize = 1;
  let expected = -1;
  const load = () => (entries ??= listEntries());
  // The read order, built on the first read: a scan served by the cache never needs it.
  let ordered = false;
  const positionOf = (path: string) => {
    if (!ordered) {
      order = [...load().keys()].sort();
      position = new Map(order.map((name, i) => [name, i]));
      ordered = true;
    }
    return position.get(path);
  };
  return {
    root,
    description,
    list: () => [...load()].map(([path, entry]) => ({ path, size: entry.size, id: entry.id, ...(entry.submodule ? { submodule: entry.submodule } : {}) })),
    read: (path, limit = Number.POSITIVE_INFINITY, head = false) => {
      const all = load();
      const cached = batch.get(path);
      if (cached) return cached;
      const start = positionOf(path);
      if (start === undefined || all.get(path)!.submodule) return undefined;
      batchSize = start === expected ? Math.min(batchSize * 2, BATCH_FILES) : 1;
      const range = order.slice(start, start + batchSize);
      // Sizes the listing did not ask git for (the index), for just the files about to be read.
      const unsized = new Map(range.filter((name) => all.get(name)!.size < 0 && !all.get(name)!.submodule).map((name) => [name, all.get(name)!.id]));
      for (const [name, size] of objectSizes(git, unsized)) all.get(name)!.size = size;
      if (all.get(path)!.size > limit) {
        // git hands out whole objects: a head is cut from one only when it fits in a batch.
        if (!head || all.get(path)!.size > BATCH_BYTES) return 'too-large';
        // Read alone, then cut: the batch is left as it was.
        return readObjects(git, [[path, all.get(path)!.id]]).get(path)?.subarray(0, limit);
      }
      const wanted: [string, string][] = [];
      let bytes = 0;
      for (const name of range) {
        const entry = all.get(name)!;
        if (entry.submodule) continue;
        // Big objects are read alone, when asked for, after their own size check.
        if (name !== path && entry.size > BATCH_BYTES) continue;
        if (wanted.length > 0 && bytes + entry.size > BATCH_BYTES) break;
        wanted.push([name, entry.id]);
        bytes += entry.size;
      }
      expected = start + range.length;
      batch = readObjects(git, wanted);
      return batch.get(path);
    },
  };
}


/**
 * The git index: exactly what `git commit` would record. Paths are relative to `root`, which may
 * be a subfolder of the repository. Submodules (mode 160000) and symlinks (120000) are skipped.
 */
export function indexSource(root: string, repository?: Repository | null): FileSource {
  // A checked-out submodule is read at the commit the index records for it.
  return withSubmodules(stagedSource(root, repository), (folder, inner, commit) => (inner ? treeAtCommit(folder, commit, inner) : undefined));
}

function stagedSource(root: string, repository?: Repository | null): FileSource {
  const git = gitAt(requireRepository(root, repository), root);
  // No sizes up front: a staged scan mostly reuses cached outcomes, and sizes are asked of git
  // only for the objects it reads.
  return gitObjectSource(git, root, 'git index (staged)', () => {
    const entries = new Map<string, GitEntry>();
    const index = parseIndex(git(LS_INDEX));
    for (const [path, id] of index.ids) entries.set(path, { id, size: -1 });
    for (const [path, { id, raw }] of index.submodules) entries.set(path, { id, size: 0, submodule: submoduleFile(root, path, id, raw).submodule! });
    return entries;
  });
}

/** The tree of a commit, read from git objects (never checked out over the user's work tree). */
export function commitSource(root: string, revision: string, repository?: Repository | null): FileSource {
  // A checked-out submodule is read at the commit the tree records for it.
  return withSubmodules(treeAtCommit(root, revision, repository), (folder, inner, commit) => (inner ? treeAtCommit(folder, commit, inner) : undefined));
}

function treeAtCommit(root: string, revision: string, repository?: Repository | null): FileSource {
  const git = gitAt(requireRepository(root, repository), root);
  // `ls-tree -l` would size every object up front, which is slow on a large loose-object store;
  // sizes are asked of git only for the objects read (most come from the outcome cache).
  return gitObjectSource(git, root, `commit ${revision.slice(0, 12)}`, () => {
    const ids = new Map<string, string>();
    const gitlinks = new Set<string>();
    // Split as bytes: a name that is not valid UTF-8 is decoded as the work tree's listing decodes it.
    for (const entry of splitNulBytes(git(['ls-tree', '-r', '-z', '--full-name', revision, '--', '.']))) {
      const bytes = typeof entry === 'string' ? Buffer.from(entry, 'latin1') : entry;
      const tab = bytes.indexOf(9);
      if (tab === -1) continue;
      const match = /^(?<mode>\d+) (?<type>\w+) (?<id>[0-9a-f]+)$/.exec(latin1(bytes.subarray(0, tab)));
      if (!match?.groups) continue;
      const path = decodeName(bytes.subarray(tab + 1)).path;
      if (match.groups.type === 'commit') {
        ids.set(path, match.groups.id!);
        gitlinks.add(path);
        continue;
      }
      if (match.groups.type !== 'blob') continue;
      if (match.groups.mode !== '100644' && match.groups.mode !== '100755') continue;
      ids.set(path, match.groups.id!);
    }
    const entries = relativeEntries(git, ids, new Map());
    const prefix = gitlinks.size > 0 ? topPrefix(git) : '';
    for (const path of gitlinks) {
      const entry = entries.get(path.slice(prefix.length));
      if (entry) entry.submodule = submoduleFile(root, path.slice(prefix.length), entry.id).submodule!;
    }
    return entries;
  });
}

function objectSizes(git: Git, ids: Map<string, string>): Map<string, number> {
  const sizes = new Map<string, number>();
  if (ids.size === 0) return sizes;
  const order = [...ids.entries()];
  const output = git(['cat-file', '--batch-check'], order.map(([, id]) => id).join('\n') + '\n').toString('utf8').split('\n');
  order.forEach(([path], i) => sizes.set(path, Number(output[i]?.split(' ')[2] ?? 0)));
  return sizes;
}

/** git prints paths from the repository top (`--full-name`); we report them relative to `root`. */
function topPrefix(git: Git): string {
  return git(['rev-parse', '--show-prefix']).toString('utf8').trim();
}

function relativeEntries(git: Git, ids: Map<string, string>, sizes: Map<string, number>): Map<string, GitEntry> {
  const prefix = topPrefix(git);
  const out = new Map<string, GitEntry>();
  for (const [path, id] of ids) {
    if (!path.startsWith(prefix)) continue;
    out.set(path.slice(prefix.length), { id, size: sizes.get(path) ?? -1 });
  }
  return out;
}
