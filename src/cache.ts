import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { VendorRule } from './catalog/catalog.js';
import type { CatalogSource } from './catalog/load.js';
import type { FileOutcome, OutcomeCache } from './scan.js';

// The outcome of scanning a file depends only on its content, its path and the catalog, so it is
// cached by (path, git object id) in the repository's git directory, like ESLint's --cache. A
// pre-commit run or a diff against a base then reads only the files that changed. Entries are
// valid for one catalog and tool version; the file holds only what the last run used.
//
// The file is column-oriented (paths, ids, outcomes as three arrays) rather than one object keyed
// by "id:path": a 100,000-entry object costs V8 a hash-table insert per key on load, arrays do not,
// and lookups then go through one Map keyed by the path strings the listing already holds.

// 4: files in unsupported formats are `unsupported`; text with a stray NUL is read.
const FORMAT = 4;
/** Hex digits of the object id kept: 80 bits tell apart the versions of one path. */
const ID_CHARS = 20;

/** Compact stored form: a byte count for a clean scanned file, a kind for a skipped one (with what it carries, when named). */
type Stored =
  | number
  | Exclude<FileOutcome['kind'], 'scanned'>
  | { bytes: number; result: NonNullable<FileOutcome['result']>; digest?: string }
  | { kind: Exclude<FileOutcome['kind'], 'scanned'>; skipped: NonNullable<FileOutcome['skipped']> };

interface CacheFile {
  format: number;
  key: string;
  paths: string[];
  /** The ids' first ID_CHARS hex digits, concatenated in the order of `paths`. */
  ids: string;
  outcomes: Stored[];
}

function store(outcome: FileOutcome): Stored {
  if (outcome.kind !== 'scanned') return outcome.skipped ? { kind: outcome.kind, skipped: outcome.skipped } : outcome.kind;
  if (!outcome.result) return outcome.bytes;
  return outcome.digest ? { bytes: outcome.bytes, result: outcome.result, digest: outcome.digest } : { bytes: outcome.bytes, result: outcome.result };
}

const KINDS = new Set(['binary', 'too-large', 'unreadable', 'unscannable', 'unsupported', 'translation']);
const EVIDENCE_KINDS = new Set(['package', 'code', 'script', 'domain', 'platform']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPosition(value: Record<string, unknown>): boolean {
  return isCount(value.line) && value.line >= 1 && isCount(value.column) && value.column >= 1;
}

function isStrings(value: Record<string, unknown>, keys: string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

function isListOf(value: unknown, item: (entry: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((entry) => isRecord(entry) && item(entry));
}

/** Evidence as scanText records it, about the file at `path` and no other. */
function isEvidence(value: Record<string, unknown>, path: string): boolean {
  if (value.path !== path || !isPosition(value) || !isStrings(value, ['vendor', 'match']) || !EVIDENCE_KINDS.has(value.kind as string)) return false;
  if (value.ecosystem !== undefined && typeof value.ecosystem !== 'string') return false;
  return (value.transitive === undefined || typeof value.transitive === 'boolean') && (value.dev === undefined || typeof value.dev === 'boolean');
}

/**
 * A stored entry is data read from disk, not our own memory: every field a later stage reads is
 * checked, and the evidence must be about the entry's own path. Anything else is a miss.
 */
function isStored(value: unknown, path: string): value is Stored {
  if (isCount(value)) return true;
  if (typeof value === 'string') return KINDS.has(value);
  if (!isRecord(value) || !isCount(value.bytes) || !isRecord(value.result)) return false;
  const result = value.result;
  return (
    isListOf(result.evidence, (entry) => isEvidence(entry, path)) &&
    isListOf(result.problems, (entry) => isPosition(entry) && typeof entry.message === 'string') &&
    isListOf(result.ignores, (entry) => entry.path === path && isPosition(entry) && isStrings(entry, ['rule', 'reason'])) &&
    isListOf(result.thirdParties, (entry) => isPosition(entry) && isStrings(entry, ['host', 'entity', 'category'])) &&
    isListOf(
      result.invalidIgnores,
      (entry) =>
        typeof entry.rule === 'string' &&
        (entry.vendor === undefined || typeof entry.vendor === 'string') &&
        isRecord(entry.args) &&
        Object.values(entry.args).every((arg) => typeof arg === 'string' || (typeof arg === 'number' && Number.isFinite(arg))) &&
        isRecord(entry.location) &&
        entry.location.path === path &&
        isPosition(entry.location) &&
        isListOf(entry.evidence, (evidence) => isEvidence(evidence, path)),
    )
  );
}

function restore(stored: Stored): FileOutcome {
  if (typeof stored === 'number') return { kind: 'scanned', bytes: stored };
  if (typeof stored === 'string') return { kind: stored, bytes: 0 };
  if ('kind' in stored) return { kind: stored.kind, bytes: 0, skipped: stored.skipped };
  return { kind: 'scanned', bytes: stored.bytes, result: stored.result, ...(stored.digest ? { digest: stored.digest } : {}) };
}

/**
 * The build of the scanning code: in `dist/` this module is bundled into a chunk named after a hash
 * of its content (`engine-CL2DSDRZ.js`), so a build that reads files differently never reuses what
 * another build cached under the same version number (a development build, an install from git).
 */
const BUILD = import.meta.url.slice(import.meta.url.lastIndexOf('/') + 1);

/** What the cached outcomes were computed with: any change empties the cache. */
export function cacheKey(toolVersion: string, sources: CatalogSource[], customVendors: VendorRule[]): string {
  return createHash('sha256').update(toolVersion).update(BUILD).update(JSON.stringify(sources)).update(JSON.stringify(customVendors)).digest('hex');
}

/** An outcome cache backed by a file; `save` writes the entries this run used. */
export interface PersistentCache extends OutcomeCache {
  save(): void;
  /** Entries found in the file when it was opened (for `--verbose`-style reporting and tests). */
  loaded: number;
  /** What the outcomes were computed with (see cacheKey): two scans with one key can share a cache. */
  key: string;
}

function readCacheFile(file: string, key: string): (CacheFile & { dropped: number }) | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.paths) || !Array.isArray(data.outcomes)) return undefined;
    if (typeof data.ids !== 'string' || data.ids.length !== data.paths.length * ID_CHARS || data.outcomes.length !== data.paths.length) return undefined;
    if (!/^[0-9a-f]*$/.test(data.ids)) return undefined;
    // One bad entry is dropped, not the file, and never trusted: the file is rewritten without it.
    const kept: CacheFile & { dropped: number } = { format: FORMAT, key, paths: [], ids: '', outcomes: [], dropped: 0 };
    const ids: string[] = [];
    data.paths.forEach((path, i) => {
      const outcome = data.outcomes![i];
      if (typeof path !== 'string' || !isStored(outcome, path)) {
        kept.dropped++;
        return;
      }
      kept.paths.push(path);
      ids.push(data.ids!.slice(i * ID_CHARS, (i + 1) * ID_CHARS));
      kept.outcomes.push(outcome);
    });
    kept.ids = ids.join('');
    return kept;
  } catch {
    // no cache yet, or an unreadable one: start empty
    return undefined;
  }
}

/** A cache kept in `file`; with no file, one run's memory only (`--no-cache`: a diff's base still reuses the head's outcomes). */
export function openCache(file: string | undefined, key: string): PersistentCache {
  const previous = (file === undefined ? undefined : readCacheFile(file, key)) ?? { format: FORMAT, key, paths: [], ids: '', outcomes: [], dropped: 0 };
  const { paths, ids, outcomes, dropped } = previous;
  // Entries are saved sorted by path, so the versions of one path (a diff's head and base) are
  // adjacent: the index points at the first.
  const first = new Map<string, number>();
  for (let i = paths.length - 1; i >= 0; i--) first.set(paths[i]!, i);
  const used = new Uint8Array(paths.length);
  let usedCount = 0;
  const added = new Map<string, { id: string; stored: Stored }[]>();
  const find = (path: string, id: string): number => {
    const start = first.get(path);
    if (start === undefined) return -1;
    for (let i = start; i < paths.length && paths[i] === path; i++) if (ids.startsWith(id, i * ID_CHARS)) return i;
    return -1;
  };
  return {
    key,
    loaded: paths.length,
    get(path, objectId) {
      const id = objectId.slice(0, ID_CHARS);
      const fresh = added.size === 0 ? undefined : added.get(path)?.find((entry) => entry.id === id);
      if (fresh) return restore(fresh.stored);
      const at = find(path, id);
      if (at === -1) return undefined;
      if (used[at] === 0) usedCount++;
      used[at] = 1;
      return restore(outcomes[at]!);
    },
    set(path, objectId, outcome) {
      const id = objectId.slice(0, ID_CHARS);
      const at = find(path, id);
      if (at !== -1) {
        if (used[at] === 0) usedCount++;
        used[at] = 1;
        return;
      }
      const versions = added.get(path) ?? [];
      if (!versions.some((entry) => entry.id === id)) versions.push({ id, stored: store(outcome) });
      added.set(path, versions);
    },
    save() {
      // Nothing new and nothing dropped: the file on disk already says it all.
      if (file === undefined || (added.size === 0 && usedCount === paths.length && dropped === 0)) return;
      const entries: [string, string, Stored][] = [];
      for (let i = 0; i < paths.length; i++) if (used[i] === 1) entries.push([paths[i]!, ids.slice(i * ID_CHARS, (i + 1) * ID_CHARS), outcomes[i]!]);
      for (const [path, versions] of added) for (const { id, stored } of versions) entries.push([path, id, stored]);
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const data: CacheFile = { format: FORMAT, key, paths: entries.map((entry) => entry[0]), ids: entries.map((entry) => entry[1]).join(''), outcomes: entries.map((entry) => entry[2]) };
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(data));
        renameSync(temporary, file);
      } catch {
        // a cache that cannot be written only costs time next run
      }
    },
  };
}

/** Where the cache of a repository lives: inside its git directory, never in the work tree. */
export function cacheFile(gitDir: string): string {
  return join(gitDir, CACHE_NAME);
}

/** The cache file's name inside the git directory (`git rev-parse --git-path`). */
export const CACHE_NAME = `disclosed/outcomes-v${FORMAT}.json`;
