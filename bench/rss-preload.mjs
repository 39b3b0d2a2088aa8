// Loaded with `node --import` by bench/run.mjs: at exit, write this process's peak resident set
// size (process.resourceUsage().maxRSS, in KiB, threads included) to $BENCH_RSS_FILE.

import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.BENCH_RSS_FILE;
if (target && isMainThread) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
