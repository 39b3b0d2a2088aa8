// `npm run bench:corpus`: the scan's cost on real code, relative to reading every byte.
// Times a full `disclosed check` of the accuracy corpus (every entry of ../shared/eval/corpus.yaml
// extracted into one folder by extract.sh) against `rg -c -F` of one literal over the same folder,
// median of BENCH_RUNS runs each after one warm-up, and prints both with their ratio. The ratio is
// what the catalog's growth must not worsen (issue "Catalog v2", item 6). A script, not a test.
//
// Environment: EVAL_DIR (default ~/.cache/disclosed-eval), BENCH_RUNS (default 3).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
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

// GNU time, where installed, adds the CPU time of each run: on a shared machine wall time swings
// with other load, CPU time much less, so both are printed.
const GNU_TIME = '/usr/bin/time';
const scratch = mkdtempSync(join(tmpdir(), 'bench-corpus-'));

/** Runs a command once as a warm-up, then RUNS times; returns the median wall and CPU (user+sys) time in ms. */
function timeRuns(command, args, okStatus) {
  const times = [];
  const cpu = [];
  const timed = existsSync(GNU_TIME);
  const cpuFile = join(scratch, 'cpu.txt');
  for (let run = 0; run <= RUNS; run += 1) {
    const [program, argv] = timed ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
    const start = performance.now();
    const result = spawnSync(program, argv, { cwd: DIR, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const elapsed = performance.now() - start;
    if (result.error) fail(`${command}: ${result.error.message}`);
    if (!okStatus.includes(result.status)) fail(`${command} exited ${result.status}: ${result.stderr.toString('utf8').slice(0, 2000)}`);
    if (run === 0) continue;
    times.push(elapsed);
    if (!timed) continue;
    const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    cpu.push((user + sys) * 1000);
  }
  return { wall: median(times), cpu: cpu.length > 0 ? median(cpu) : undefined };
}

const seconds = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

if (!existsSync(CLI)) fail('dist/cli.js is missing: run `npm run build` first');
if (!existsSync(DIR)) fail(`${DIR} is missing: extract the corpus with ../shared/eval/extract.sh (see README, "Accuracy")`);
const entries = readdirSync(DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
if (entries === 0) fail(`${DIR} holds no extracted entries`);

// rg: every file, hidden ones too, no ignore files: the cost of reading every byte once.
const rg = timeRuns('rg', ['-c', '-F', '--hidden', '--no-ignore', 'disclosed-bench-literal', '.'], [0, 1]);
// disclosed: a full scan with no cache, exit 1 (findings) is expected.
const scan = timeRuns(process.execPath, [CLI, 'check', '.', '--no-cache', '--format', 'json'], [0, 1]);

rmSync(scratch, { recursive: true, force: true });
console.log(`corpus: ${DIR} (${entries} entries), median of ${RUNS} runs (wall, CPU user+sys)`);
console.log(`rg -c -F one literal: ${seconds(rg.wall)}  cpu ${seconds(rg.cpu)}`);
console.log(`disclosed check:      ${seconds(scan.wall)}  cpu ${seconds(scan.cpu)}`);
console.log(`ratio to rg:          ${(scan.wall / rg.wall).toFixed(2)}x wall`);
