import { join } from 'node:path';
import { locateRepository } from '../git.js';
import type { Repository } from '../git.js';
import type { BaseDifferences, FileSource, ListedFile } from './source.js';

// Git submodules checked out in the work tree: `git ls-files` lists each as one gitlink and never
// descends, so a tracker in one would pass unseen. Each checked-out submodule is listed through
// its own repository (found at its folder only, never discovered above it, and refused when its
// config runs programs: src/git.ts) and its files take the gitlink's place, their paths prefixed
// with the submodule's path; nested submodules the same way. A submodule git cannot read is kept
// as the gitlink, named as not read. One that is registered but not checked out stays a gitlink:
// counted and named as not read.
// https://git-scm.com/docs/gitsubmodules

/** Submodules inside submodules are followed this deep, and no deeper (a cycle of links ends here). */
const MAX_DEPTH = 8;

/**
 * The source of one checked-out submodule: its folder, its repository (null: read as plain
 * files), and the commit the outer listing records for it (the index's or a commit's gitlink).
 */
export type SubmoduleSource = (folder: string, repository: Repository | null, commit: string) => FileSource | undefined;

/** The repository at exactly `folder` (a submodule's `.git` file), or null when there is none to use. */
function repositoryAt(folder: string): Repository | null {
  const { repository } = locateRepository(folder, { stopAt: folder });
  return repository && repository.top === folder ? repository : null;
}

/** `outer` with each checked-out submodule's files listed in place of its gitlink, and read through its own source. */
export function withSubmodules(outer: FileSource, sourceOf: SubmoduleSource, depth = 0, atCommit?: SubmoduleSource): FileSource {
  /** Submodule path (as listed) → the source its files are read through. */
  const inner = new Map<string, FileSource>();
  let listed: ListedFile[] | undefined;
  const list = (progress?: (files: number) => void): ListedFile[] => {
    if (listed) return listed;
    listed = [];
    for (const file of outer.list(progress)) {
      const files = file.submodule === 'checked-out' && depth < MAX_DEPTH ? expand(file) : undefined;
      if (files) listed.push(...files);
      else listed.push(file);
    }
    return listed;
  };
  const expand = (gitlink: ListedFile): ListedFile[] | undefined => {
    // A name that is not valid UTF-8 is left as the gitlink: named, not read.
    if (gitlink.raw) return undefined;
    const folder = join(outer.root, ...gitlink.path.split('/'));
    try {
      const plain = sourceOf(folder, repositoryAt(folder), gitlink.id ?? '');
      if (!plain) return undefined;
      const source = withSubmodules(plain, sourceOf, depth + 1, atCommit);
      const files = source.list().map((file) => prefixed(gitlink.path, file));
      inner.set(gitlink.path, source);
      return files;
    } catch {
      // git cannot list it (a commit the submodule's repository does not have): named, not read.
      return undefined;
    }
  };
  /** The submodule a listed path is in: its source, the path inside it, and its own path. */
  const owner = (path: string): [FileSource, string, string] | undefined => {
    if (inner.size === 0) return undefined;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const source = inner.get(path.slice(0, slash));
      if (source) return [source, path.slice(slash + 1), path.slice(0, slash)];
    }
    return undefined;
  };
  const source: FileSource = {
    ...outer,
    list,
    read: (path, limit, head) => {
      list();
      const found = owner(path);
      return found ? found[0].read(found[1], limit, head) : outer.read(path, limit, head);
    },
  };
  const differencesFrom = outer.differencesFrom;
  if (differencesFrom) {
    // A submodule the change moved is read at the commit the base records for it, through its own
    // repository (the outer git cannot read another repository's objects): its files that differ
    // from there are the change's, the others pre-existing. When that commit cannot be read (a
    // shallow submodule), every file in it counts as added, so nothing new is taken for
    // pre-existing; so does each file a submodule's work tree changed (no object id).
    source.differencesFrom = async (revision) => {
      const found: BaseDifferences = await differencesFrom(revision);
      const bases = new Map<string, FileSource>();
      for (const prefix of inner.keys()) {
        if (!found.differs.has(prefix)) continue;
        const base = baseOf(prefix, revision);
        if (base) bases.set(prefix, base);
      }
      const baseIds = new Map<string, string>();
      for (const [prefix, base] of bases) for (const file of base.list()) if (file.id !== undefined && !file.submodule) baseIds.set(`${prefix}/${file.path}`, file.id);
      const head = new Set<string>();
      for (const file of list()) {
        head.add(file.path);
        const prefix = owner(file.path)?.[2];
        if (prefix === undefined) continue;
        if (bases.has(prefix)) {
          const id = baseIds.get(file.path);
          if (id === undefined || id !== file.id) found.differs.set(file.path, id);
        } else if (file.id === undefined || found.differs.has(prefix)) found.differs.set(file.path, undefined);
      }
      // Files the base had that the work tree no longer lists.
      for (const [path, id] of baseIds) if (!head.has(path)) found.differs.set(path, id);
      if (bases.size === 0) return found;
      return { differs: found.differs, source: withBaseFiles(found.source, bases, found.differs) };
    };
  }
  /** The submodule at `prefix` as commit `revision` of the outer repository records it, or undefined. */
  const baseOf = (prefix: string, revision: string): FileSource | undefined => {
    const commit = atCommit ? outer.gitlinkAt?.(revision, prefix) : undefined;
    if (!commit || !atCommit) return undefined;
    const folder = join(outer.root, ...prefix.split('/'));
    try {
      const plain = atCommit(folder, repositoryAt(folder), commit);
      if (!plain) return undefined;
      const base = withSubmodules(plain, atCommit, depth + 1, atCommit);
      base.list();
      return base;
    } catch {
      return undefined;
    }
  };
  return source;
}

/** The base's differing files plus those of moved submodules, each read through its own source. */
function withBaseFiles(base: FileSource, submodules: Map<string, FileSource>, differs: Map<string, string | undefined>): FileSource {
  const ownerOf = (path: string): [FileSource, string] | undefined => {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const source = submodules.get(path.slice(0, slash));
      if (source) return [source, path.slice(slash + 1)];
    }
    return undefined;
  };
  return {
    ...base,
    list: () => {
      const files = base.list();
      for (const [prefix, source] of submodules) {
        for (const file of source.list()) {
          const path = `${prefix}/${file.path}`;
          if (file.id !== undefined && differs.get(path) === file.id) files.push(prefixed(prefix, file));
        }
      }
      return files;
    },
    read: (path, limit, head) => {
      const found = ownerOf(path);
      return found ? found[0].read(found[1], limit, head) : base.read(path, limit, head);
    },
  };
}

/** A file of a submodule as listed in the outer tree: its path (and name bytes) under the submodule's. */
function prefixed(prefix: string, file: ListedFile): ListedFile {
  const path = `${prefix}/${file.path}`;
  return { ...file, path, ...(file.raw ? { raw: Buffer.concat([Buffer.from(`${prefix}/`), file.raw]) } : {}) };
}
