#!/usr/bin/env node
// 200,000 tiny files (issue 9): generate them in a temp folder (plain, then as an untracked git
// work tree), scan with the built CLI, and print the outcome. Expected: every file read, the one
// tracker among them found, exit 1 (undeclared), in bounded time and memory.
// Usage: node bench/many-files.mjs [COUNT]   (default 200000)

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const count = Number(process.argv[2] ?? 200_000);
const perFolder = 500;
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const preload = join(import.meta.dirname, '..', 'test', 'robustness', 'rss-preload.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-many-'));
try {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const folder = join(scratch, 'src', `m${Math.floor(i / perFolder)}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `f${i % perFolder}.ts`), `export const v = ${i};\n`);
  }
  writeFileSync(join(scratch, 'src', 'm7', 'f3.ts'), "import posthog from 'posthog-js';\nposthog.init('k');\n");
  console.log(`generated ${count} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let failed = false;
  for (const mode of ['plain folder', 'git work tree (untracked)']) {
    if (mode.startsWith('git')) spawnSync('git', ['init', '-q'], { cwd: scratch });
    const rss = join(scratch, '.rss');
    const begin = performance.now();
    const run = spawnSync(process.execPath, ['--import', preload, cli, 'check', scratch, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DISCLOSED_RSS_FILE: rss }, timeout: 15 * 60_000 });
    const seconds = (performance.now() - begin) / 1000;
    const result = JSON.parse(run.stdout || '{}');
    const found = (result.detections ?? []).flatMap((d) => d.evidence.map((e) => `${d.vendor}@${e.path}`));
    const ok = run.status === 1 && result.summary?.files === count && found.every((f) => f === 'posthog@src/m7/f3.ts') && found.length > 0;
    failed ||= !ok;
    console.log(`${mode}: exit ${run.status}, ${result.summary?.files} files read, found ${[...new Set(found)].join(', ') || 'nothing'}, ${seconds.toFixed(1)} s, peak RSS ${(Number(readFileSync(rss, 'utf8')) / 1024).toFixed(0)} MiB: ${ok ? 'as expected' : 'UNEXPECTED'}`);
    if (!ok && run.stderr) console.log(run.stderr.slice(0, 2_000));
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
