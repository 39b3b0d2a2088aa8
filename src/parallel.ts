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
 * size (tests and benchmarks); otherwise one per core, up to 8.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.DISCLOSED_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  return files < PARALLEL_THRESHOLD ? 0 : Math.min(availableParallelism(), 8);
}
const CHUNK_FILES = 256;

/** The bundled worker next to this module, when running from dist/ (not from TypeScript sources). */
export function workerScript(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(url) ? url : undefined;
}

/** Scan working-tree files on a pool of workers; rejects if any worker fails. */
export async function scanFilesInParallel(
  script: URL,
  root: string,
  listed: ListedFile[],
  sources: CatalogSource[],
  customVendors: VendorRule[],
  workers: number,
  onProgress?: (done: number, total: number) => void,
  cache?: { store: OutcomeCache; blobId: (path: string) => string | undefined },
): Promise<FilesScan> {
  const total = emptyFilesScan();
  const todo: ListedFile[] = [];
  for (const file of listed) {
    const key = cache ? outcomeKey(cache.blobId(file.path), file.path) : undefined;
    const cached = key === undefined ? undefined : cache!.store.get(key);
    if (cached) addOutcome(total, file.path, cached);
    else todo.push(file);
  }
  const chunks: ListedFile[][] = [];
  for (let i = 0; i < todo.length; i += CHUNK_FILES) chunks.push(todo.slice(i, i + CHUNK_FILES));
  if (chunks.length === 0) return total;
  const count = Math.max(1, Math.min(workers, chunks.length));
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const worker = new Worker(script);
        pool.push(worker);
        worker.postMessage({ setup: { root, sources, customVendors } });
        return new Promise<void>((resolve, reject) => {
          const feed = () => {
            const chunk = chunks[next++];
            if (!chunk) return resolve();
            worker.postMessage({ files: chunk });
          };
          worker.on('message', (message: { outcomes?: [string, FileOutcome][]; error?: string }) => {
            if (message.error) return reject(new Error(`scan worker failed: ${message.error}`));
            for (const [path, outcome] of message.outcomes ?? []) {
              addOutcome(total, path, outcome);
              const key = cache ? outcomeKey(cache.blobId(path), path) : undefined;
              if (key !== undefined) cache!.store.set(key, outcome);
            }
            done += message.outcomes?.length ?? 0;
            onProgress?.(listed.length - todo.length + done, listed.length);
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`scan worker exited with code ${code}`));
          });
          feed();
        });
      }),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return total;
}
