// Loaded with `node --import` by test/robustness/cli.ts: at exit, write the peak resident set size
// (KiB, threads included) to $DISCLOSED_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.DISCLOSED_RSS_FILE;
if (target && isMainThread) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // not writable for this user: no measurement
    }
  });
}
