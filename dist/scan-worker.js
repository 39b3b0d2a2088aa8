import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compileSources,
  openPath,
  readRegularFile,
  scanOneFile
} from "./engine-2FZLS2ZV.js";

// src/scan-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port) {
  let setup;
  port.on("message", (message) => {
    try {
      if (message.setup) {
        setup = { ...message.setup, catalog: compileSources(message.setup.sources, message.setup.customVendors) };
        return;
      }
      if (!setup || !message.files) return;
      const root = setup.root;
      const catalog = setup.catalog;
      const byPath = new Map(message.files.map((file) => [file.path, file]));
      const read = (path, limit) => readRegularFile(openPath(root, byPath.get(path), path), limit);
      port.postMessage({ outcomes: message.files.map((file) => [file.path, scanOneFile(file, read, catalog)]) });
    } catch (error) {
      port.postMessage({ error: error.stack ?? String(error) });
    }
  });
}
