import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VendorRule } from './catalog/catalog.js';
import type { CatalogSource } from './catalog/load.js';
import type { ListedFile } from './files/source.js';
import { addOutcome, emptyFilesScan, outcomeKey } from './scan.js';
import type { FileOutcome, FilesScan, OutcomeCache } from './scan.js';

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
  const forced = env.DISCLOSED_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  // This thread scans too, so one worker per further core.
  return files < PARALLEL_THRESHOLD ? 0 : Math.min(Math.max(availableParallelism() - 1, 1), 8);
}
const CHUNK_FILES = 256;

/** The bundled worker next to this module, when running from dist/ (not from TypeScript sources). */
export function workerScript(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(url) ? url : undefined;
}

/** Scan working-tree files on a pool of workers; rejects if any worker fails. */
/** Old-generation heap cap of a worker: it only reads source files (each at most 2 MiB). */
const WORKER_HEAP_MB = 128;

/**
 * Scan working-tree files on a pool of workers. Source files go to the workers; files a parser
 * claims (lockfiles reach tens of megabytes) are read on this thread, one per event-loop turn, so
 * worker heaps stay small. A worker that fails hands its chunk back to this thread; the result is
 * the same either way.
 */
export async function scanFilesInParallel(
  script: URL,
  root: string,
  listed: ListedFile[],
  sources: CatalogSource[],
  customVendors: VendorRule[],
  workers: number,
  onProgress: ((done: number, total: number) => void) | undefined,
  cache: { store: OutcomeCache; blobId: (path: string) => string | undefined } | undefined,
  local: { claims: (path: string) => boolean; scan: (file: ListedFile) => FileOutcome },
): Promise<FilesScan> {
  const total = emptyFilesScan();
  const heavy: ListedFile[] = [];
  const light: ListedFile[] = [];
  for (const file of listed) {
    const key = cache ? outcomeKey(cache.blobId(file.path), file.path) : undefined;
    const cached = key === undefined ? undefined : cache!.store.get(key);
    if (cached) addOutcome(total, file.path, cached);
    else if (local.claims(file.path)) heavy.push(file);
    else light.push(file);
  }
  let done = listed.length - heavy.length - light.length;
  const record = (path: string, outcome: FileOutcome) => {
    addOutcome(total, path, outcome);
    const key = cache ? outcomeKey(cache.blobId(path), path) : undefined;
    if (key !== undefined) cache!.store.set(key, outcome);
    done++;
  };
  const chunks: ListedFile[][] = [];
  for (let i = 0; i < light.length; i += CHUNK_FILES) chunks.push(light.slice(i, i + CHUNK_FILES));
  const count = Math.min(workers, chunks.length);
  let next = 0;
  const orphaned: ListedFile[][] = [];
  const pool: Worker[] = [];
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      pool.push(worker);
      let current: ListedFile[] | undefined;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        if (current) orphaned.push(current);
        current = undefined;
        resolve();
      };
      const feed = () => {
        current = chunks[next++];
        if (!current) return finish();
        worker.postMessage({ files: current });
      };
      worker.on('message', (message: { outcomes?: [string, FileOutcome][]; error?: string }) => {
        if (message.error) return finish();
        for (const [path, outcome] of message.outcomes ?? []) record(path, outcome);
        current = undefined;
        onProgress?.(done, listed.length);
        feed();
      });
      // Out of memory, a crash: this thread scans what the worker was given.
      worker.on('error', finish);
      worker.on('exit', finish);
      worker.postMessage({ setup: { root, sources, customVendors } });
      feed();
    });
  // This thread is one of the scanners too: the heavy files first, then chunks like a worker.
  const scanHere = async () => {
    for (const file of heavy) {
      record(file.path, local.scan(file));
      onProgress?.(done, listed.length);
      // Let worker results in between: the workers are fed from this thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
      for (const file of chunk) record(file.path, local.scan(file));
      onProgress?.(done, listed.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([scanHere(), ...Array.from({ length: count }, runWorker)]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  // Chunks of failed workers, and any a dead pool never reached.
  for (const chunk of [...orphaned, ...chunks.slice(next)]) for (const file of chunk) record(file.path, local.scan(file));
  return total;
}
