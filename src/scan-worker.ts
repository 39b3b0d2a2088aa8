import { parentPort } from 'node:worker_threads';
import { compileSources } from './catalog/load.js';
import type { CatalogSource } from './catalog/load.js';
import type { VendorRule } from './catalog/catalog.js';
import { openPath, readRegularFile } from './files/source.js';
import type { ListedFile } from './files/source.js';
import { scanOneFile } from './scan.js';

// A scan worker: compiles the catalog once, then reads and matches the chunks of files the main
// thread hands it from the working tree. Results go back as plain data (structured clone).

/** First message: what to compile. */
export interface WorkerSetup {
  root: string;
  sources: CatalogSource[];
  customVendors: VendorRule[];
}

const port = parentPort;
if (port) {
  let setup: (WorkerSetup & { catalog: ReturnType<typeof compileSources> }) | undefined;
  port.on('message', (message: { setup?: WorkerSetup; files?: ListedFile[] }) => {
    try {
      if (message.setup) {
        setup = { ...message.setup, catalog: compileSources(message.setup.sources, message.setup.customVendors) };
        return;
      }
      if (!setup || !message.files) return;
      const root = setup.root;
      const catalog = setup.catalog;
      const byPath = new Map(message.files.map((file) => [file.path, file]));
      const read = (path: string, limit: number) => readRegularFile(openPath(root, byPath.get(path), path), limit);
      port.postMessage({ outcomes: message.files.map((file) => [file.path, scanOneFile(file, read, catalog)]) });
    } catch (error) {
      port.postMessage({ error: (error as Error).stack ?? String(error) });
    }
  });
}
