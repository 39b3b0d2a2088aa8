import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VendorRule } from './catalog/catalog.js';
import type { CatalogSource } from './catalog/load.js';
import type { ListedFile } from './files/source.js';
import type { FilesScan } from './scan.js';

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

function emptyScan(): FilesScan {
  return { stats: { files: 0, bytes: 0, skipped: { binary: 0, tooLarge: 0, unreadable: 0 } }, evidence: [], parseProblems: [], ignores: [], invalidIgnores: [] };
}

function merge(into: FilesScan, part: FilesScan): void {
  into.stats.files += part.stats.files;
  into.stats.bytes += part.stats.bytes;
  into.stats.skipped.binary += part.stats.skipped.binary;
  into.stats.skipped.tooLarge += part.stats.skipped.tooLarge;
  into.stats.skipped.unreadable += part.stats.skipped.unreadable;
  for (const item of part.evidence) into.evidence.push(item);
  for (const item of part.parseProblems) into.parseProblems.push(item);
  for (const item of part.ignores) into.ignores.push(item);
  for (const item of part.invalidIgnores) into.invalidIgnores.push(item);
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
): Promise<FilesScan> {
  const chunks: ListedFile[][] = [];
  for (let i = 0; i < listed.length; i += CHUNK_FILES) chunks.push(listed.slice(i, i + CHUNK_FILES));
  const count = Math.max(1, Math.min(workers, chunks.length));
  const total = emptyScan();
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
          worker.on('message', (message: { result?: FilesScan; error?: string }) => {
            if (message.error) return reject(new Error(`scan worker failed: ${message.error}`));
            if (message.result) {
              merge(total, message.result);
              done += CHUNK_FILES;
              onProgress?.(Math.min(done, listed.length), listed.length);
            }
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
