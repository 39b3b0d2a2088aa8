import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { VendorRule } from './catalog/catalog.js';
import type { CatalogSource } from './catalog/load.js';
import type { ListedFile } from './files/source.js';
import { addOutcome, emptyFilesScan } from './scan.js';
import type { FileOutcome, FilesScan, OutcomeCache } from './scan.js';
import type { WorkerCatalog, WorkerFiles, WorkerMessage } from './scan-worker.js';
import { shareKeywordIndex } from './matchers/keywords.js';
import type { KeywordIndex, SharedKeywordTables } from './matchers/keywords.js';

// Spread reading and matching over worker threads when there are many files: the work is CPU
// bound (prefilter, parsers, regexes) and files are independent. Results are merged; every later
// stage sorts, so the output does not depend on which worker finished first.

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 2_000;

/**
 * Worker count: DISCLOSED_WORKERS=0 turns the pool off, N forces N workers whatever the tree
 * size (tests and benchmarks); otherwise one per core beyond this thread's, up to 8.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = forcedWorkers(env);
  if (forced !== undefined) return forced;
  // This thread scans too, so one worker per further core.
  return files < PARALLEL_THRESHOLD ? 0 : Math.min(Math.max(availableParallelism() - 1, 1), 8);
}

/** DISCLOSED_WORKERS, when set to a number. */
export function forcedWorkers(env: NodeJS.ProcessEnv): number | undefined {
  const forced = env.DISCLOSED_WORKERS;
  return forced !== undefined && /^\d+$/.test(forced) ? Math.min(Number(forced), 16) : undefined;
}

const CHUNK_FILES = 256;

/** A file past this many bytes leaves enough garbage (a 30 MB lockfile: ~100 MB) to collect at once. */
const COLLECT_AFTER_BYTES = 4 * 1024 * 1024;

/**
 * V8's full garbage collection, which Node exposes only under --expose-gc: turned on for the time
 * it takes to fetch the function, as Jest's leak detector does. Without it, the garbage of one
 * big lockfile is still on the heap while the next is parsed and the workers scan, and peak
 * memory is their sum. https://github.com/jestjs/jest/blob/main/packages/jest-leak-detector/src/index.ts
 */
function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** The bundled worker next to this module, when running from dist/ (not from TypeScript sources). */
export function workerScript(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(url) ? url : undefined;
}

/** Old-generation heap cap of a worker: it only reads source files (each at most 2 MiB). */
const WORKER_HEAP_MB = 128;
/** Its young generation: small objects that die per file; the default's larger size is resident memory. */
const WORKER_YOUNG_MB = 12;

/** What the workers compile: the catalog, and this thread's keyword automaton when it is built. */
export interface PoolCatalog {
  sources: CatalogSource[];
  customVendors: VendorRule[];
  /** This thread's keyword automaton (built on first use): shared with the workers, not rebuilt by each. */
  keywordIndex?: () => KeywordIndex;
}

/** One worker of a pool, and when it is done: finished, failed, crashed or out of memory. */
interface PooledWorker {
  worker: Worker;
  ended: Promise<void>;
}

/**
 * Workers that load the engine and compile the catalog as soon as they start. A caller that
 * knows early that a tree is large (a walk past PARALLEL_THRESHOLD files) starts them while it is
 * still listing, and hands them to scanFilesInParallel; a pool it does not use it terminates.
 */
export interface WorkerPool {
  members: PooledWorker[];
  /** Where chunk messages go once the files are posted. */
  onChunk: (message: { chunk: number; outcomes: FileOutcome[] }) => void;
  terminate(): Promise<void>;
}

/** Start `count` workers of `script`, each sent the catalog to compile at once. */
export function startWorkerPool(script: URL, count: number, { sources, customVendors, keywordIndex }: PoolCatalog): WorkerPool {
  const pool: WorkerPool = {
    members: [],
    onChunk: () => undefined,
    terminate: async () => {
      await Promise.all(pool.members.map(({ worker }) => worker.terminate()));
    },
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    // Listeners from the start: a worker that dies before its files are posted is already ended.
    const ended = new Promise<void>((resolve) => {
      worker.on('message', (message: WorkerMessage) => {
        if ('chunk' in message) pool.onChunk(message);
        // finished, or failed: chunks it claimed but never reported are scanned by the caller
        else resolve();
      });
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    pool.members.push({ worker, ended });
  }
  // The automaton is built here while each worker loads the engine, and shared with them all.
  let keywords: SharedKeywordTables | undefined;
  try {
    keywords = keywordIndex && shareKeywordIndex(keywordIndex());
  } catch {
    // each worker builds its own
  }
  const setup: WorkerCatalog = { sources, customVendors, ...(keywords ? { keywords } : {}) };
  for (const { worker } of pool.members) worker.postMessage(setup);
  return pool;
}

/** What a parallel scan needs besides the files. */
export interface ParallelScan extends PoolCatalog {
  /** The bundled worker script. */
  script: URL;
  root: string;
  workers: number;
  /** Workers started ahead of the list (startWorkerPool): used instead of new ones, and terminated at the end. */
  pool?: WorkerPool;
  onProgress?: (done: number, total: number) => void;
  /** Outcomes by path and object id (ListedFile.id). */
  cache?: OutcomeCache;
  /** This thread's share: which files a parser claims (read here), and one file's scan. */
  local: { claims: (path: string) => boolean; scan: (file: ListedFile) => FileOutcome };
  /** Fewer uncached source files than this are all read here (default 0: always use the workers). */
  minFiles?: number;
}

/**
 * Scan working-tree files on a pool of workers. Source files go to the workers; files a parser
 * claims (lockfiles reach tens of megabytes) are read on this thread, so worker heaps stay small.
 * Every thread claims chunks of source files from one shared counter, this one too once its
 * lockfiles are done. A chunk a failed worker never reported is scanned here at the end; the
 * result is the same either way.
 */
export async function scanFilesInParallel(listed: ListedFile[], { script, root, sources, customVendors, workers, pool: started, onProgress, cache, local, minFiles = 0, keywordIndex }: ParallelScan): Promise<FilesScan> {
  const total = emptyFilesScan();
  const outcomes = (total.outcomes = new Array<FileOutcome>(listed.length));
  // Positions in `listed` of the files read here and of those handed to the workers.
  const heavy: number[] = [];
  const light: number[] = [];
  listed.forEach((file, i) => {
    const id = cache && !file.submodule ? file.id : undefined;
    const cached = id === undefined ? undefined : cache!.get(file.path, id);
    if (cached) {
      outcomes[i] = cached;
      addOutcome(total, file.path, cached, file.ignored);
      // Submodules and ignored files carry flags a worker is not given: read here.
    } else if (file.submodule || file.ignored || local.claims(file.path)) heavy.push(i);
    else light.push(i);
  });
  let done = listed.length - heavy.length - light.length;
  const chunkCount = Math.ceil(light.length / CHUNK_FILES);
  const reported = new Uint8Array(chunkCount);
  let closed = false;
  const record = (at: number, outcome: FileOutcome) => {
    const { path, id, ignored } = listed[at]!;
    outcomes[at] = outcome;
    addOutcome(total, path, outcome, ignored);
    if (id !== undefined && !listed[at]!.submodule) cache?.set(path, id, outcome);
    done++;
  };
  const chunkAt = (chunk: number) => light.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES);
  const next = new Int32Array(new SharedArrayBuffer(4));
  // Workers only pay off when many files are left to read once the cache has answered: a
  // worker's start-up (an isolate, the engine, the catalog) costs more than a few hundred files.
  const count = light.length < minFiles ? 0 : Math.min(started ? started.members.length : workers, chunkCount);
  const pool = started ?? (count > 0 ? startWorkerPool(script, count, { sources, customVendors, ...(keywordIndex ? { keywordIndex } : {}) }) : undefined);
  const used = pool?.members.slice(0, count) ?? [];
  if (pool) {
    pool.onChunk = (message) => {
      if (closed || reported[message.chunk] === 1) return;
      reported[message.chunk] = 1;
      // In the chunk's order: the k-th outcome is the chunk's k-th file.
      const first = message.chunk * CHUNK_FILES;
      message.outcomes.forEach((outcome, k) => record(light[first + k]!, outcome));
      onProgress?.(done, listed.length);
    };
  }
  if (used.length > 0) {
    const files: WorkerFiles = {
      root,
      paths: light.map((at) => listed[at]!.path).join('\0'),
      sizes: Float64Array.from(light, (at) => listed[at]!.size),
      raws: light.flatMap((at, i): [number, Uint8Array][] => (listed[at]!.raw ? [[i, listed[at]!.raw!]] : [])),
      chunkFiles: CHUNK_FILES,
      next: next.buffer as SharedArrayBuffer,
    };
    for (const { worker } of used) worker.postMessage(files);
  }
  // This thread is one of the scanners too: the heavy files first, then chunks like a worker.
  const scanHere = async () => {
    const collect = heavy.length > 0 ? fullCollection() : undefined;
    for (const at of heavy) {
      const outcome = local.scan(listed[at]!);
      record(at, outcome);
      if (outcome.bytes > COLLECT_AFTER_BYTES) collect?.();
      onProgress?.(done, listed.length);
      // Let worker results in between.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (let chunk = Atomics.add(next, 0, 1); chunk < chunkCount; chunk = Atomics.add(next, 0, 1)) {
      for (const at of chunkAt(chunk)) record(at, local.scan(listed[at]!));
      reported[chunk] = 1;
      onProgress?.(done, listed.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([scanHere(), ...used.map(({ ended }) => ended)]);
  } finally {
    closed = true;
    await pool?.terminate();
  }
  // Chunks of failed workers: claimed, never reported.
  for (let chunk = 0; chunk < chunkCount; chunk++) if (reported[chunk] === 0) for (const at of chunkAt(chunk)) record(at, local.scan(listed[at]!));
  return total;
}
