import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { compileSources } from './catalog/load.js';
import type { CatalogSource } from './catalog/load.js';
import type { Catalog, VendorRule } from './catalog/catalog.js';
import { openPath, readRegularFile } from './files/source.js';
import type { ListedFile } from './files/source.js';
import { keywordIndexFromShared } from './matchers/keywords.js';
import type { SharedKeywordTables } from './matchers/keywords.js';
import { scanOneFile } from './scan.js';
import type { FileOutcome } from './scan.js';

// A scan worker: compiles the catalog once, then claims chunks of the file list from a counter
// shared with the main thread and every other worker, until none is left. Claiming, rather than
// being handed chunks, keeps it busy while the main thread is inside a 30 MB lockfile. Results go
// back as plain data (structured clone), one message per chunk.

/** The first message a worker gets: the catalog to compile while the main thread may still be listing files. */
export interface WorkerCatalog {
  sources: CatalogSource[];
  customVendors: VendorRule[];
  /** The main thread's keyword automaton, in shared memory. */
  keywords?: SharedKeywordTables;
}

/** The second: which files, and the shared chunk counter. */
export interface WorkerFiles {
  root: string;
  /** The files' paths joined by NUL (one string clones far faster than 100,000 objects). */
  paths: string;
  sizes: Float64Array;
  /** Raw name bytes of the files whose names are not valid UTF-8, by index. */
  raws: [number, Uint8Array][];
  chunkFiles: number;
  /** Int32 [0]: the next chunk to claim, shared by every scanning thread (Atomics.add). */
  next: SharedArrayBuffer;
}

/** What a worker posts: a chunk's outcomes, a failure, or that no chunk is left. */
export type WorkerMessage = { chunk: number; outcomes: FileOutcome[] } | { error: string } | { finished: true };

/** The files of a setup, back as listed files. */
export function setupFiles(setup: Pick<WorkerFiles, 'paths' | 'sizes' | 'raws'>): ListedFile[] {
  const files: ListedFile[] = setup.paths === '' ? [] : setup.paths.split('\0').map((path, i) => ({ path, size: setup.sizes[i]! }));
  for (const [i, raw] of setup.raws) files[i]!.raw = raw;
  return files;
}

/** Claim chunks until none is left, posting each chunk's outcomes. */
function scanChunks(port: MessagePort, catalog: Catalog, setup: WorkerFiles): void {
  const files = setupFiles(setup);
  const next = new Int32Array(setup.next);
  const chunks = Math.ceil(files.length / setup.chunkFiles);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    const slice = files.slice(chunk * setup.chunkFiles, (chunk + 1) * setup.chunkFiles);
    const byPath = new Map(slice.map((file) => [file.path, file]));
    const read = (path: string, limit: number, head?: boolean) => readRegularFile(openPath(setup.root, byPath.get(path), path), limit, head);
    // In the chunk's order, which is how the main thread matches outcomes to files.
    port.postMessage({ chunk, outcomes: slice.map((file) => scanOneFile(file, read, catalog)) } satisfies WorkerMessage);
  }
  port.postMessage({ finished: true } satisfies WorkerMessage);
}

const port = parentPort;
if (port) {
  let catalog: Catalog | undefined;
  port.on('message', (message: WorkerCatalog | WorkerFiles) => {
    try {
      if ('sources' in message) {
        catalog = compileSources(message.sources, message.customVendors, message.keywords && keywordIndexFromShared(message.keywords));
        return;
      }
      if (!catalog) throw new Error('files posted before the catalog');
      scanChunks(port, catalog, message);
    } catch (error) {
      port.postMessage({ error: (error as Error).stack ?? String(error) } satisfies WorkerMessage);
    }
  });
}
