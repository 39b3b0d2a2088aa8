import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compileSources,
  keywordIndexFromShared,
  openPath,
  readRegularFile,
  scanOneFile
} from "./engine-TIVIHOPK.js";

// src/scan-worker.ts
import { parentPort } from "node:worker_threads";
function setupFiles(setup) {
  const files = setup.paths === "" ? [] : setup.paths.split("\0").map((path, i) => ({ path, size: setup.sizes[i] }));
  for (const [i, raw] of setup.raws) files[i].raw = raw;
  return files;
}
var port = parentPort;
if (port) {
  port.once("message", (setup) => {
    try {
      const catalog = compileSources(setup.sources, setup.customVendors, setup.keywords && keywordIndexFromShared(setup.keywords));
      const files = setupFiles(setup);
      const next = new Int32Array(setup.next);
      const chunks = Math.ceil(files.length / setup.chunkFiles);
      for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
        const slice = files.slice(chunk * setup.chunkFiles, (chunk + 1) * setup.chunkFiles);
        const byPath = new Map(slice.map((file) => [file.path, file]));
        const read = (path, limit, head) => readRegularFile(openPath(setup.root, byPath.get(path), path), limit, head);
        port.postMessage({ chunk, outcomes: slice.map((file) => scanOneFile(file, read, catalog)) });
      }
      port.postMessage({ finished: true });
    } catch (error) {
      port.postMessage({ error: error.stack ?? String(error) });
    }
  });
}
export {
  setupFiles
};
