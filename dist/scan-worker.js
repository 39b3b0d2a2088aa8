import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compileSources,
  keywordIndexFromShared,
  openPath,
  readRegularFile,
  scanOneFile
} from "./engine-NJKRDABT.js";

// src/scan-worker.ts
import { parentPort } from "node:worker_threads";
function setupFiles(setup) {
  const files = setup.paths === "" ? [] : setup.paths.split("\0").map((path, i) => ({ path, size: setup.sizes[i] }));
  for (const [i, raw] of setup.raws) files[i].raw = raw;
  return files;
}
function scanChunks(port2, catalog, setup) {
  const files = setupFiles(setup);
  const next = new Int32Array(setup.next);
  const chunks = Math.ceil(files.length / setup.chunkFiles);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    const slice = files.slice(chunk * setup.chunkFiles, (chunk + 1) * setup.chunkFiles);
    const byPath = new Map(slice.map((file) => [file.path, file]));
    const read = (path, limit, head) => readRegularFile(openPath(setup.root, byPath.get(path), path), limit, head);
    port2.postMessage({ chunk, outcomes: slice.map((file) => scanOneFile(file, read, catalog)) });
  }
  port2.postMessage({ finished: true });
}
var port = parentPort;
if (port) {
  let catalog;
  port.on("message", (message) => {
    try {
      if ("sources" in message) {
        catalog = compileSources(message.sources, message.customVendors, message.keywords && keywordIndexFromShared(message.keywords));
        return;
      }
      if (!catalog) throw new Error("files posted before the catalog");
      scanChunks(port, catalog, message);
    } catch (error) {
      port.postMessage({ error: error.stack ?? String(error) });
    }
  });
}
export {
  setupFiles
};
