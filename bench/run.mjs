// `npm run bench`: scan a synthetic monorepo with `disclosed check`, prove every planted tracker
// was found, compare the wall time with ripgrep over the same files and the catalog's keyword
// list, time diff mode, --staged and a 1,000-file repository, then print a table and write
// bench/results.json. A script, not a test: numbers depend on the machine.
//
// Environment: BENCH_FILES (default 100000), BENCH_SEED (1), BENCH_RUNS (3), BENCH_DIR (corpus
// parent folder, default the OS temp folder), BENCH_PROFILE=1 (one extra run under --cpu-prof,
// top self-time functions printed).

import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusLocation, generateCorpus, GENERATOR_VERSION } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const PRELOAD = pathToFileURL(join(ROOT, 'bench/rss-preload.mjs')).href;
const RESULTS = join(ROOT, 'bench/results.json');

const FILES = Number(process.env.BENCH_FILES ?? 100_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SMALL_FILES = 1000;
const CHANGED_FILES = 20;
const DIFF_BRANCH = 'bench-diff';

/** The issue's targets (issue 8), on the 2-core machines here, warm cache. */
const TARGETS = { ratioToRipgrep: 2, diffMs: 1000, stagedMs: 1000, smallRepoMs: 1000, peakRssMB: 400 };

const work = mkdtempSync(join(tmpdir(), 'disclosed-bench-run-'));
const problems = [];
const log = (line) => console.error(line);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function git(dir, ...args) {
  return execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
}

/**
 * Run a command once with stdout to a file (no pipe in the measurement); wall time in ms, peak
 * RSS in MB when the command is our CLI (read by the preload), stdout text when asked for.
 */
function timeOnce(command, args, { cwd = ROOT, env = {}, keepOutput = false } = {}) {
  const outPath = join(work, 'stdout');
  const rssPath = join(work, 'rss');
  rmSync(rssPath, { force: true });
  const out = openSync(outPath, 'w');
  const started = performance.now();
  const child = spawnSync(command, args, { cwd, env: { ...process.env, ...env, BENCH_RSS_FILE: rssPath }, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  closeSync(out);
  const rssMB = existsSync(rssPath) ? Number(readFileSync(rssPath, 'utf8')) / 1024 : undefined;
  const stdout = keepOutput ? readFileSync(outPath, 'utf8') : undefined;
  return { ms, rssMB, status: child.status, stderr: String(child.stderr ?? ''), error: child.error, stdout };
}

/**
 * One warm-up run, then `RUNS` timed runs; the last run's output is kept. The warm-up's time is
 * kept too: for diff mode and --staged it is the first run after the change, whose changed files
 * the outcome cache has not seen yet.
 */
function timeRuns(label, command, args, options = {}) {
  const { okStatus = [0] } = options;
  const warm = timeOnce(command, args, options);
  if (warm.error || !okStatus.includes(warm.status)) {
    problems.push(`${label}: exit ${warm.status ?? warm.error?.message}: ${warm.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return { failed: true };
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = timeOnce(command, args, { ...options, keepOutput: i === RUNS - 1 });
    if (run.error || !okStatus.includes(run.status)) {
      problems.push(`${label}: run ${i + 1} exited ${run.status ?? run.error?.message}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      return { failed: true };
    }
    runs.push(run);
  }
  const last = runs[runs.length - 1];
  const rss = runs.map((run) => run.rssMB).filter((value) => value !== undefined);
  return {
    medianMs: Math.round(median(runs.map((run) => run.ms))),
    runsMs: runs.map((run) => Math.round(run.ms)),
    warmUpMs: Math.round(warm.ms),
    peakRssMB: rss.length > 0 ? Math.round(Math.max(...rss)) : undefined,
    stdout: last.stdout,
  };
}

function check(dir, extra = []) {
  return ['--import', PRELOAD, CLI, 'check', dir, '--format', 'json', '--fail-on', 'never', ...extra];
}

/** Every plant reported at its vendor, path and line; no decoy reported at all. */
function verify(label, corpus, report) {
  const evidence = new Map();
  for (const detection of report.detections) {
    for (const item of detection.evidence) {
      const key = `${detection.vendor}\u0000${item.path}`;
      if (!evidence.has(key)) evidence.set(key, []);
      evidence.get(key).push(item.line);
    }
  }
  const missed = [];
  for (const plant of corpus.plants) {
    const lines = evidence.get(`${plant.vendor}\u0000${plant.path}`) ?? [];
    if (!lines.includes(plant.line)) missed.push({ ...plant, reportedLines: lines });
  }
  const decoysHit = corpus.decoys.filter((decoy) => evidence.has(`${decoy.vendor}\u0000${decoy.path}`));
  const planted = new Set(corpus.plants.map((plant) => `${plant.vendor}\u0000${plant.path}`));
  const unexpected = [...evidence.keys()].filter((key) => !planted.has(key)).map((key) => key.replace('\u0000', ' in '));
  for (const plant of missed) {
    problems.push(`${label}: MISSED ${plant.vendor} at ${plant.path}:${plant.line} (${plant.note})${plant.reportedLines.length > 0 ? `; reported at line ${plant.reportedLines.join(', ')}` : ''}`);
  }
  for (const decoy of decoysHit) problems.push(`${label}: FALSE POSITIVE ${decoy.vendor} in ${decoy.path} (${decoy.note})`);
  const parseWarnings = report.findings.filter((finding) => finding.rule === 'parse-warning').map((finding) => finding.location.path);
  if (parseWarnings.length > 0) log(`${label}: note: parse warnings in generated files: ${[...new Set(parseWarnings)].join(', ')}`);
  if (unexpected.length > 0) log(`${label}: note: ${unexpected.length} vendor/path pairs reported that were not planted: ${unexpected.slice(0, 5).join('; ')}`);
  return { plants: corpus.plants.length, found: corpus.plants.length - missed.length, missed: missed.length, decoys: corpus.decoys.length, decoysHit: decoysHit.length, unplanted: unexpected.length, parseWarnings: parseWarnings.length };
}

/** The catalog's full keyword list: code-pattern keywords, domains and package names, lower-cased. */
function writeKeywords() {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'dist/catalog.json'), 'utf8'));
  const keywords = new Set();
  for (const vendor of catalog.vendors) {
    const signatures = vendor.signatures;
    for (const pattern of signatures.code ?? []) for (const keyword of pattern.keywords) keywords.add(keyword.toLowerCase());
    for (const domain of signatures.domains ?? []) keywords.add(domain.toLowerCase());
    for (const names of Object.values(signatures.packages ?? {})) for (const name of names) keywords.add(name.toLowerCase().replace(/\*$/, ''));
  }
  keywords.delete('');
  const path = join(work, 'keywords.txt');
  writeFileSync(path, [...keywords].sort().join('\n') + '\n');
  return { path, count: keywords.size };
}

/** Whether this build of the CLI has `check --no-cache` (the result cache came later). */
function supportsNoCache() {
  const help = spawnSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' });
  return `${help.stdout}${help.stderr}`.includes('--no-cache');
}

function ripgrepVersion() {
  try {
    return execFileSync('rg', ['--version']).toString('utf8').split('\n')[0];
  } catch {
    return undefined;
  }
}

/** Back to a clean `main`: an interrupted run may have left a branch or staged edits behind. */
function resetCorpus(dir) {
  git(dir, 'checkout', '-q', '-f', 'main');
  git(dir, 'reset', '-q', '--hard', 'main');
  if (git(dir, 'branch', '--list', DIFF_BRANCH).trim()) git(dir, 'branch', '-q', '-D', DIFF_BRANCH);
}

function appendChange(dir, path, line) {
  appendFileSync(join(dir, path), `\nexport const benchChange${path.length} = ${JSON.stringify(path)};\n${line ?? ''}\n`);
}

/** Diff mode: a branch whose one commit touches 20 files, one of them adding a new tracker. */
function timeDiffMode(corpus) {
  const dir = corpus.dir;
  const touched = corpus.editable.slice(0, CHANGED_FILES);
  git(dir, 'checkout', '-q', '-b', DIFF_BRANCH);
  touched.forEach((path, i) => appendChange(dir, path, i === 0 ? "mixpanel.init('bench-diff-token');" : undefined));
  git(dir, 'add', '--', ...touched);
  git(dir, 'commit', '-q', '--no-verify', '-m', 'bench: touch 20 files');
  try {
    const result = timeRuns('diff mode', process.execPath, check(dir, ['--base', 'main']));
    if (result.failed) return result;
    const report = JSON.parse(result.stdout);
    const found = report.findings.some((finding) => finding.vendor === 'mixpanel' && finding.location.path === touched[0] && finding.new === true);
    if (!found) problems.push(`diff mode: the tracker added on the branch (mixpanel in ${touched[0]}) was not reported as a new finding`);
    const newFindings = report.findings.filter((finding) => finding.new === true).length;
    return { medianMs: result.medianMs, runsMs: result.runsMs, warmUpMs: result.warmUpMs, peakRssMB: result.peakRssMB, filesScanned: report.summary.files, newFindings, newTrackerFound: found };
  } finally {
    resetCorpus(dir);
  }
}

/** --staged: 20 modified files in the index, one adding a tracker. */
function timeStaged(corpus) {
  const dir = corpus.dir;
  const touched = corpus.editable.slice(CHANGED_FILES, 2 * CHANGED_FILES);
  touched.forEach((path, i) => appendChange(dir, path, i === 0 ? "amplitude.init('bench-staged-key');" : undefined));
  git(dir, 'add', '--', ...touched);
  try {
    const result = timeRuns('--staged', process.execPath, check(dir, ['--staged']));
    if (result.failed) return result;
    const report = JSON.parse(result.stdout);
    const found = report.detections.some((d) => d.vendor === 'amplitude' && d.evidence.some((e) => e.path === touched[0]));
    if (!found) problems.push(`--staged: the staged tracker (amplitude in ${touched[0]}) was not found`);
    return { medianMs: result.medianMs, runsMs: result.runsMs, warmUpMs: result.warmUpMs, peakRssMB: result.peakRssMB, filesScanned: report.summary.files, stagedTrackerFound: found };
  } finally {
    resetCorpus(dir);
  }
}

/** Top self-time functions of one profiled scan, summed over the main thread and every worker. */
function profile(dir, flags) {
  const profileDir = join(work, 'profile');
  spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, CLI, 'check', dir, '--format', 'json', '--fail-on', 'never', ...flags], { stdio: 'ignore' });
  const files = existsSync(profileDir) ? readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')) : [];
  const self = new Map();
  let total = 0;
  for (const file of files) {
    const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(profileDir, file), 'utf8'));
    const byId = new Map(nodes.map((node) => [node.id, node]));
    samples.forEach((id, i) => {
      const frame = byId.get(id).callFrame;
      if (frame.functionName === '(idle)') return; // a thread waiting on the others
      const where = frame.url ? `${frame.url.replace(pathToFileURL(ROOT).href, '')}:${frame.lineNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
      const delta = timeDeltas[i] ?? 0;
      self.set(key, (self.get(key) ?? 0) + delta);
      total += delta;
    });
  }
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([fn, us]) => ({ function: fn, selfMs: Math.round(us / 1000), share: `${((100 * us) / total).toFixed(1)}%` }));
  return { threads: files.length, busyMs: Math.round(total / 1000), top };
}

function formatMs(ms) {
  return ms === undefined ? '-' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function printTable(rows) {
  const header = ['', 'median', 'runs', 'warm-up', 'peak RSS', 'target', ''];
  const body = rows.map((row) => [row.label, formatMs(row.medianMs), (row.runsMs ?? []).map(formatMs).join(', '), formatMs(row.warmUpMs), row.rssMB === undefined ? '-' : `${row.rssMB} MB`, row.target ?? '', row.pass === undefined ? '' : row.pass ? 'ok' : 'MISSED']);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((cells) => cells[i].length)));
  for (const cells of [header, ...body]) console.log(cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
}

function main() {
  // Other work on the machine skews every number: recorded so a noisy run can be told apart.
  const loadAtStart = loadavg()[0];
  if (loadAtStart > cpus().length / 2) log(`bench: warning: load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs; timings will be noisy`);
  if (!existsSync(CLI)) {
    console.error('bench: dist/cli.js is missing; run `npm run build` first');
    process.exit(2);
  }
  // Read the catalog once, up front: dist/ may be rebuilt while a long run is going.
  const keywords = writeKeywords();
  log(`bench: corpus of ${FILES} files, seed ${SEED} (${corpusLocation(FILES, SEED).dir})`);
  const corpus = generateCorpus({ files: FILES, seed: SEED, log });
  resetCorpus(corpus.dir);

  // The engine keeps per-file results in the git directory: a scan without them is the fair
  // comparison with ripgrep; a scan with them is what a repeated run costs.
  const noCache = supportsNoCache() ? ['--no-cache'] : [];
  log(`bench: disclosed check${noCache.length > 0 ? ' --no-cache' : ''}, 1 warm-up + ${RUNS} runs…`);
  const full = timeRuns('full scan', process.execPath, check(corpus.dir, noCache));
  let fullVerified;
  let summary;
  if (!full.failed) {
    const report = JSON.parse(full.stdout);
    summary = report.summary;
    fullVerified = verify('full scan', corpus, report);
  }
  let cached;
  if (noCache.length > 0) {
    log(`bench: disclosed check with its result cache, 1 warm-up (fills it) + ${RUNS} runs…`);
    const result = timeRuns('full scan (cached)', process.execPath, check(corpus.dir));
    if (!result.failed) cached = { medianMs: result.medianMs, runsMs: result.runsMs, warmUpMs: result.warmUpMs, peakRssMB: result.peakRssMB, verified: verify('full scan (cached)', corpus, JSON.parse(result.stdout)) };
  }

  let ripgrep;
  const rgVersion = ripgrepVersion();
  if (rgVersion) {
    log(`bench: ripgrep with ${keywords.count} keywords, 1 warm-up + ${RUNS} runs…`);
    // Same listing as ours: .gitignore honoured (rg's default), node_modules skipped, binaries skipped.
    const result = timeRuns('ripgrep', 'rg', ['-i', '-F', '-c', '-f', keywords.path, '-g', '!node_modules', '.'], { cwd: corpus.dir, okStatus: [0, 1] });
    // For reference only: without -i, rg 13 keeps its literal fast path (with -i and ~1,600
    // literals it falls back to a much slower regex search). Not the issue's yardstick.
    const caseSensitive = timeRuns('ripgrep (case-sensitive)', 'rg', ['-F', '-c', '-f', keywords.path, '-g', '!node_modules', '.'], { cwd: corpus.dir, okStatus: [0, 1] });
    if (!result.failed) {
      const filesWithHits = result.stdout.split('\n').filter(Boolean).length;
      ripgrep = { version: rgVersion, keywords: keywords.count, medianMs: result.medianMs, runsMs: result.runsMs, warmUpMs: result.warmUpMs, filesWithHits };
      if (!caseSensitive.failed) ripgrep.caseSensitive = { medianMs: caseSensitive.medianMs, runsMs: caseSensitive.runsMs };
    }
  } else {
    log('bench: ripgrep (rg) not found, comparison skipped. Install it: apt-get install ripgrep (Debian/Ubuntu), brew install ripgrep (macOS)');
  }

  log('bench: diff mode (--base main, 20 files changed)…');
  const diff = timeDiffMode(corpus);
  log('bench: --staged (20 files staged)…');
  const staged = timeStaged(corpus);

  log(`bench: a ${SMALL_FILES}-file repository…`);
  const smallCorpus = generateCorpus({ files: SMALL_FILES, seed: SEED, log });
  resetCorpus(smallCorpus.dir);
  const smallRun = timeRuns('1,000-file repository', process.execPath, check(smallCorpus.dir, noCache));
  const small = smallRun.failed ? smallRun : { medianMs: smallRun.medianMs, runsMs: smallRun.runsMs, warmUpMs: smallRun.warmUpMs, peakRssMB: smallRun.peakRssMB, verified: verify('1,000-file repository', smallCorpus, JSON.parse(smallRun.stdout)) };

  const topSelfTime = process.env.BENCH_PROFILE === '1' && !full.failed ? profile(corpus.dir, noCache) : undefined;

  const ratio = ripgrep && !full.failed ? Math.round((100 * full.medianMs) / ripgrep.medianMs) / 100 : undefined;
  const rows = [
    { label: `disclosed check (${corpus.files} files${noCache.length > 0 ? ', --no-cache' : ''})`, medianMs: full.medianMs, runsMs: full.runsMs, warmUpMs: full.warmUpMs, rssMB: full.peakRssMB, target: `RSS < ${TARGETS.peakRssMB} MB`, pass: full.peakRssMB === undefined ? undefined : full.peakRssMB < TARGETS.peakRssMB },
    ...(cached ? [{ label: 'disclosed check (result cache warm)', medianMs: cached.medianMs, runsMs: cached.runsMs, warmUpMs: cached.warmUpMs, rssMB: cached.peakRssMB }] : []),
    ...(ripgrep ? [{ label: `rg -i -F -c (${ripgrep.keywords} keywords)`, medianMs: ripgrep.medianMs, runsMs: ripgrep.runsMs }] : []),
    ...(ripgrep?.caseSensitive ? [{ label: 'rg -F -c (no -i, reference only)', medianMs: ripgrep.caseSensitive.medianMs, runsMs: ripgrep.caseSensitive.runsMs }] : []),
    ...(ratio === undefined ? [] : [{ label: `ratio disclosed / rg: ${ratio}×`, target: `< ${TARGETS.ratioToRipgrep}×`, pass: ratio < TARGETS.ratioToRipgrep }]),
    { label: `diff mode (--base, ${CHANGED_FILES} files)`, medianMs: diff.medianMs, runsMs: diff.runsMs, warmUpMs: diff.warmUpMs, rssMB: diff.peakRssMB, target: `< ${TARGETS.diffMs} ms`, pass: diff.failed ? false : diff.medianMs < TARGETS.diffMs },
    { label: `--staged (${CHANGED_FILES} files)`, medianMs: staged.medianMs, runsMs: staged.runsMs, warmUpMs: staged.warmUpMs, rssMB: staged.peakRssMB, target: `< ${TARGETS.stagedMs} ms`, pass: staged.failed ? false : staged.medianMs < TARGETS.stagedMs },
    { label: `${SMALL_FILES}-file repository${noCache.length > 0 ? ' (--no-cache)' : ''}`, medianMs: small.medianMs, runsMs: small.runsMs, warmUpMs: small.warmUpMs, rssMB: small.peakRssMB, target: `< ${TARGETS.smallRepoMs} ms`, pass: small.failed ? false : small.medianMs < TARGETS.smallRepoMs },
  ];
  console.log('');
  printTable(rows);
  if (summary) console.log(`\nscanned ${summary.files} files, ${(summary.bytes / 1e6).toFixed(0)} MB of text (corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(0)} MB); plants found ${fullVerified.found}/${fullVerified.plants}, decoys reported ${fullVerified.decoysHit}/${fullVerified.decoys}`);
  if (topSelfTime) {
    console.log(`\ntop self time (one --cpu-prof run, ${topSelfTime.threads} threads, ${formatMs(topSelfTime.busyMs)} busy):`);
    for (const entry of topSelfTime.top) console.log(`  ${entry.share.padStart(6)}  ${String(entry.selfMs).padStart(6)} ms  ${entry.function}`);
  }

  const strip = (result) => Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'stdout'));
  const results = {
    version: 1,
    command: `BENCH_FILES=${FILES} BENCH_SEED=${SEED} BENCH_RUNS=${RUNS} npm run bench`,
    corpus: { generator: GENERATOR_VERSION, seed: SEED, files: corpus.files, bytes: corpus.bytes, plants: corpus.plants.length, decoys: corpus.decoys.length },
    targets: TARGETS,
    runs: RUNS,
    fullScan: full.failed ? { failed: true } : { flags: noCache, ...strip(full), filesScanned: summary.files, bytesScanned: summary.bytes, reportedDurationMs: summary.durationMs, verified: fullVerified },
    fullScanCached: cached ?? null,
    ripgrep: ripgrep ?? null,
    ratioToRipgrep: ratio ?? null,
    diffMode: diff,
    staged,
    smallRepo: { files: smallCorpus.files, flags: noCache, ...small },
    topSelfTime: topSelfTime ?? null,
    problems,
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadavg()[0] * 100) / 100 } },
    date: new Date().toISOString(),
  };
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${RESULTS.replace(ROOT, '')}`);

  if (problems.length > 0) {
    console.error(`\n✖ ${problems.length} problem(s): the numbers above do not count.`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  }
}

try {
  main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
