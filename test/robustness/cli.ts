import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Run the built CLI (dist/cli.js, what users and the Action run) as a child process, with its
// peak memory recorded by a preload, and a hard time limit.

export const DIST_CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const PRELOAD = join(import.meta.dirname, 'rss-preload.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the CLI process in MiB (worker threads included). */
  maxRssMiB: number;
  ms: number;
}

export function runCli(args: string[], options: SpawnSyncOptions & { timeoutMs?: number } = {}): CliRun {
  const scratch = mkdtempSync(join(tmpdir(), 'disclosed-rss-'));
  const rssFile = join(scratch, 'rss');
  const started = performance.now();
  try {
    const child = spawnSync(process.execPath, ['--import', PRELOAD, DIST_CLI, ...args], {
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
      ...options,
      env: { ...process.env, NO_COLOR: '1', CI: '', ...options.env, DISCLOSED_RSS_FILE: rssFile },
    });
    let maxRssMiB = 0;
    try {
      maxRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    } catch {
      // the process could not write it (killed, or another user): 0
    }
    return { code: child.status, stdout: String(child.stdout ?? ''), stderr: String(child.stderr ?? ''), maxRssMiB, ms: performance.now() - started };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `--format json` output, parsed. */
export function json(run: CliRun): { summary: { files: number; skipped: { binary: number; tooLarge: number; unreadable: number } }; detections: { vendor: string; evidence: { path: string }[] }[]; indirect?: { vendor: string; evidence: { path: string }[] }[]; findings: { rule: string; location: { path: string } }[] } {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout.slice(0, 300)}\n${run.stderr.slice(0, 1_000)}`);
  }
}

export function write(path: string, text: string | Buffer): void {
  writeFileSync(path, text);
}

export function git(cwd: string, args: string[]): string {
  const child = spawnSync('git', ['-c', 'user.email=t@example.test', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`git ${args.join(' ')}: ${child.stderr}`);
  return child.stdout;
}

export const TRACKER = "import posthog from 'posthog-js';\nposthog.init('phc_key', { api_host: 'https://eu.i.posthog.com' });\n";
