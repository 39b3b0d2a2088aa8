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
export function withSubmodules(outer: FileSource, sourceOf: SubmoduleSource, depth = 0): FileSource {
  /** Submodule path (as listed) → the source its files are read through. */
  const inner = new Map<string, FileSource>();
  let listed: ListedFile[] | undefined;
  const list = (): ListedFile[] => {
    if (listed) return listed;
    listed = [];
    for (const file of outer.list()) {
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
      const source = withSubmodules(plain, sourceOf, depth + 1);
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
    // The base's content of a submodule is another repository's commit, which the outer git
    // cannot read: when the change moves a submodule, every file in it counts as added, and so
    // does each file its work tree changed (no object id), so nothing new is taken for pre-existing.
    source.differencesFrom = async (revision) => {
      const found: BaseDifferences = await differencesFrom(revision);
      for (const file of list()) {
        const prefix = owner(file.path)?.[2];
        if (prefix !== undefined && (file.id === undefined || found.differs.has(prefix))) found.differs.set(file.path, undefined);
      }
      return found;
    };
  }
  return source;
}

/** A file of a submodule as listed in the outer tree: its path (and name bytes) under the submodule's. */
function prefixed(prefix: string, file: ListedFile): ListedFile {
  const path = `${prefix}/${file.path}`;
  return { ...file, path, ...(file.raw ? { raw: Buffer.concat([Buffer.from(`${prefix}/`), file.raw]) } : {}) };
}
