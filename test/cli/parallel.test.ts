import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinCatalogSource, compileSources } from '../../src/catalog/load.js';
import { claimersOf } from '../../src/ecosystems/index.js';
import { readRegularFile, workingTreeSource } from '../../src/files/source.js';
import { scanFilesInParallel, startWorkerPool } from '../../src/parallel.js';
import { scanFiles, scanOneFile } from '../../src/scan.js';

// The worker pool over many chunks: every thread claims chunks from one shared counter, and the
// merged result must not depend on which thread scanned what, nor on a worker dying.

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const WORKER = pathToFileURL(join(ROOT, 'dist', 'scan-worker.js'));
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-parallel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `count` source files (several 256-file chunks per thread), a tracker every 97th, one lockfile. */
function manyFiles(name = 'many', count = 1800): string {
  const dir = join(scratch, name);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'packages', `p${i % 30}`, 'src');
    mkdirSync(folder, { recursive: true });
    const tracker = i % 97 === 0 ? "posthog.init('phc_key', { api_host: 'https://eu.posthog.com' });\n" : i % 131 === 0 ? "mixpanel.init('token');\n" : '';
    // The first file imports the SDK the package.json declares (an unimported dependency would be unused).
    const sdk = i === 0 ? "import * as amplitude from '@amplitude/analytics-browser';\n" : '';
    writeFileSync(join(folder, `m${i}.ts`), `${sdk}export const value${i} = ${i};\n${tracker}`);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'many', dependencies: { '@amplitude/analytics-browser': '^2.0.0' } }));
  return dir;
}

/** The built-in catalog, `dir`'s files in scan order, and this thread's share of a parallel scan. */
function scanParts(dir: string) {
  const sources = [builtinCatalogSource()];
  const catalog = compileSources(sources, []);
  const listed = workingTreeSource(dir)
    .list()
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const read = (path: string, limit: number) => readRegularFile(join(dir, path), limit);
  const local = { claims: (path: string) => claimersOf(path).length > 0, scan: (file: (typeof listed)[number]) => scanOneFile(file, read, catalog) };
  return { sources, catalog, listed, read, local };
}

describe('scan worker pool', () => {
  const dir = manyFiles();

  it('dist: two workers give exactly the one-thread result over many chunks', () => {
    const run = (workers: string) => {
      const child = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8', env: { ...process.env, CI: 'true', DISCLOSED_WORKERS: workers } });
      const report = JSON.parse(child.stdout);
      delete report.summary.durationMs;
      return report;
    };
    const sequential = run('0');
    expect(sequential.summary.files).toBe(1801);
    expect(sequential.detections.map((d: { vendor: string }) => d.vendor)).toEqual(['amplitude', 'mixpanel', 'posthog']);
    expect(run('2')).toEqual(sequential);
  });

  it('a worker that dies leaves its chunks to this thread: nothing is lost', async () => {
    const dead = join(scratch, 'dead-worker.mjs');
    writeFileSync(dead, "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', () => process.exit(3));\n");
    const { sources, catalog, listed, read, local } = scanParts(dir);
    const parallel = await scanFilesInParallel(listed, { script: pathToFileURL(dead), root: dir, sources, customVendors: [], workers: 2, local });
    const sequential = scanFiles(listed, read, catalog);
    const sort = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
    expect(parallel.stats).toEqual(sequential.stats);
    expect(sort(parallel.evidence)).toEqual(sort(sequential.evidence));
    expect(parallel.stats.files).toBe(1801);
    expect(parallel.outcomes).toEqual(sequential.outcomes);
  });

  it('a walk reports its running count, so workers can start before it ends', () => {
    const counts: number[] = [];
    const listed = workingTreeSource(dir).list((files) => counts.push(files));
    expect(listed).toHaveLength(1801);
    expect(counts).toEqual([500, 1000, 1500]);
  });

  it('workers started while the tree is listed give exactly the one-thread result', async () => {
    const { sources, catalog, listed, read, local } = scanParts(dir);
    const pool = startWorkerPool(WORKER, 2, { sources, customVendors: [], keywordIndex: () => catalog.keywordIndex });
    const parallel = await scanFilesInParallel(listed, { script: WORKER, root: dir, sources, customVendors: [], workers: 2, pool, local });
    expect(parallel.outcomes).toEqual(scanFiles(listed, read, catalog).outcomes);
  });

  it('a started worker that died before the list was ready leaves every file to this thread', async () => {
    const dead = join(scratch, 'dies-on-catalog.mjs');
    writeFileSync(dead, "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', () => process.exit(3));\n");
    const { sources, catalog, listed, read, local } = scanParts(dir);
    const pool = startWorkerPool(pathToFileURL(dead), 1, { sources, customVendors: [] });
    // Its exit happened before scanFilesInParallel listens: the pool heard it.
    await pool.members[0]!.ended;
    const parallel = await scanFilesInParallel(listed, { script: WORKER, root: dir, sources, customVendors: [], workers: 1, pool, local });
    expect(parallel.stats.files).toBe(1801);
    expect(parallel.outcomes).toEqual(scanFiles(listed, read, catalog).outcomes);
  });
});

describe('a tree past the parallel threshold, without git', () => {
  const dir = manyFiles('large', 2100);

  it('dist: the walk starts the workers early and the result is the one-thread result', () => {
    const run = (env: Record<string, string>) => {
      const child = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8', env: { ...process.env, CI: 'true', ...env } });
      const report = JSON.parse(child.stdout);
      delete report.summary.durationMs;
      return report;
    };
    const { DISCLOSED_WORKERS: _forced, ...unforced } = process.env;
    const sequential = run({ DISCLOSED_WORKERS: '0' });
    expect(sequential.summary.files).toBe(2101);
    expect(run(unforced as Record<string, string>)).toEqual(sequential);
  });
});
