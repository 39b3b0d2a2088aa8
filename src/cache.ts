import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { VendorRule } from './catalog/catalog.js';
import type { CatalogSource } from './catalog/load.js';
import type { FileOutcome, OutcomeCache } from './scan.js';

// The outcome of scanning a file depends only on its content, its path and the catalog, so it is
// cached by (git object id, path) in the repository's git directory, like ESLint's --cache. A
// pre-commit run or a diff against a base then reads only the files that changed. Entries are
// valid for one catalog and tool version; the file holds only what the last run used.

const FORMAT = 1;

/** Compact stored form: a byte count for a clean scanned file, a kind for a skipped one. */
type Stored = number | 'binary' | 'too-large' | 'unreadable' | 'unscannable' | { bytes: number; result: NonNullable<FileOutcome['result']> };

function store(outcome: FileOutcome): Stored {
  if (outcome.kind !== 'scanned') return outcome.kind;
  return outcome.result ? { bytes: outcome.bytes, result: outcome.result } : outcome.bytes;
}

function restore(stored: Stored): FileOutcome {
  if (typeof stored === 'number') return { kind: 'scanned', bytes: stored };
  if (typeof stored === 'string') return { kind: stored, bytes: 0 };
  return { kind: 'scanned', bytes: stored.bytes, result: stored.result };
}

/** What the cached outcomes were computed with: any change empties the cache. */
export function cacheKey(toolVersion: string, sources: CatalogSource[], customVendors: VendorRule[]): string {
  return createHash('sha256').update(toolVersion).update(JSON.stringify(sources)).update(JSON.stringify(customVendors)).digest('hex');
}

/** An outcome cache backed by a file; `save` writes the entries this run used. */
export interface PersistentCache extends OutcomeCache {
  save(): void;
  /** Entries found in the file when it was opened (for `--verbose`-style reporting and tests). */
  loaded: number;
}

export function openCache(file: string, key: string): PersistentCache {
  let previous: Record<string, Stored> = {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; key?: string; entries?: Record<string, Stored> };
    if (data.format === FORMAT && data.key === key && data.entries) previous = data.entries;
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  const used = new Map<string, Stored>();
  let added = false;
  return {
    loaded: Object.keys(previous).length,
    get(entry) {
      const stored = used.get(entry) ?? previous[entry];
      if (stored === undefined) return undefined;
      used.set(entry, stored);
      return restore(stored);
    },
    set(entry, outcome) {
      used.set(entry, store(outcome));
      added = true;
    },
    save() {
      // Nothing new and nothing dropped: the file on disk already says it all.
      if (!added && used.size === Object.keys(previous).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ format: FORMAT, key, entries: Object.fromEntries(used) }));
        renameSync(temporary, file);
      } catch {
        // a cache that cannot be written only costs time next run
      }
    },
  };
}

/** Where the cache of a repository lives: inside its git directory, never in the work tree. */
export function cacheFile(gitPath: string, root: string): string {
  return resolve(root, gitPath);
}
