// `npm run bench:corpus`: the scan's cost on real code, relative to reading every byte.
// Times a full `disclosed check` of the accuracy corpus (every entry of ../shared/eval/corpus.yaml
// extracted into one folder by extract.sh) against `rg -c -F` of one literal over the same folder,
// median of BENCH_RUNS runs each after one warm-up, and prints both with their ratio. The ratio is
// what the catalog's growth must not worsen (issue "Catalog v2", item 6). A script, not a test.
//
// Environment: EVAL_DIR (default ~/.cache/disclosed-eval), BENCH_RUNS (default 3).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const DIR = process.env.EVAL_DIR ?? join(homedir(), '.cache/disclosed-eval');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

function fail(message) {
  console.error(`bench:corpus: ${message}`);
  process.exit(2);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command once as a warm-up, then RUNS times; returns the median wall time in ms. */
function timeRuns(command, args, okStatus) {
  const times = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: DIR, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const elapsed = performance.now() - start;
    if (result.error) fail(`${command}: ${result.error.message}`);
    if (!okStatus.includes(result.status)) fail(`${command} exited ${result.status}: ${result.stderr.toString('utf8').slice(0, 2000)}`);
    if (run > 0) times.push(elapsed);
  }
  return median(times);
}

if (!existsSync(CLI)) fail('dist/cli.js is missing: run `npm run build` first');
if (!existsSync(DIR)) fail(`${DIR} is missing: extract the corpus with ../shared/eval/extract.sh (see README, "Accuracy")`);
const entries = readdirSync(DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
if (entries === 0) fail(`${DIR} holds no extracted entries`);

// rg: every file, hidden ones too, no ignore files: the cost of reading every byte once.
const rgMs = timeRuns('rg', ['-c', '-F', '--hidden', '--no-ignore', 'disclosed-bench-literal', '.'], [0, 1]);
// disclosed: a full scan with no cache, exit 1 (findings) is expected.
const scanMs = timeRuns(process.execPath, [CLI, 'check', '.', '--no-cache', '--format', 'json'], [0, 1]);

console.log(`corpus: ${DIR} (${entries} entries), median of ${RUNS} runs`);
console.log(`rg -c -F one literal: ${(rgMs / 1000).toFixed(2)} s`);
console.log(`disclosed check:      ${(scanMs / 1000).toFixed(2)} s`);
console.log(`ratio to rg:          ${(scanMs / rgMs).toFixed(2)}x`);
