import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli.js';
import { CACHE_NAME, openCache } from '../../src/cache.js';

const scratch = mkdtempSync(join(tmpdir(), 'disclosed-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, stdio: 'pipe' });
}

async function check(cwd: string, ...args: string[]) {
  let stdout = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd, isTTY: false, env: {}, now: new Date('2026-11-23T00:00:00Z') };
  const code = await main(['check', '.', '--format', 'json', ...args], io);
  return { code, result: JSON.parse(stdout) };
}

describe('per-file outcome cache', () => {
  const repo = join(scratch, 'repo');
  mkdirSync(join(repo, 'src'), { recursive: true });
  writeFileSync(join(repo, 'src', 'a.ts'), "posthog.init('phc_x')\n");
  writeFileSync(join(repo, 'src', 'b.ts'), 'export const b = 1\n');
  writeFileSync(join(repo, 'subprocessors.yml'), 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Analytics\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'init');
  const cacheFile = join(repo, '.git', CACHE_NAME);

  it('is written in the git directory and gives the same result when reused', async () => {
    const first = await check(repo);
    expect(existsSync(cacheFile)).toBe(true);
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(stored.paths).toContain('src/a.ts');
    expect(stored.ids).toHaveLength(20 * stored.paths.length);
    const second = await check(repo);
    delete first.result.summary.durationMs;
    delete second.result.summary.durationMs;
    expect(second.result).toEqual(first.result);
  });

  it('never serves a stale outcome for a file modified in the work tree', async () => {
    writeFileSync(join(repo, 'src', 'b.ts'), "window._hjSettings = { hjid: 1 }\n");
    const { code, result } = await check(repo);
    expect(result.findings.map((f: { vendor: string; location: { path: string } }) => `${f.vendor} ${f.location.path}`)).toEqual(['hotjar src/b.ts']);
    expect(code).toBe(1);
  });

  it('is ignored with --no-cache and rebuilt when the catalog changes (custom vendor)', async () => {
    writeFileSync(cacheFile, JSON.stringify({ format: 2, key: 'other-catalog', paths: ['src/a.ts'], ids: 'deadbeefdeadbeefdead', outcomes: [1] }));
    const { result } = await check(repo, '--no-cache');
    expect(result.detections.map((d: { vendor: string }) => d.vendor)).toEqual(['hotjar', 'posthog']);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).key).toBe('other-catalog');
    const rebuilt = await check(repo);
    expect(rebuilt.result.detections.map((d: { vendor: string }) => d.vendor)).toEqual(['hotjar', 'posthog']);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).key).not.toBe('other-catalog');
  });
});

describe('git object sources', () => {
  it('a staged file over the size cap is skipped as too large, sized by git without reading it', async () => {
    const repo = join(scratch, 'big');
    mkdirSync(join(repo, 'src'), { recursive: true });
    writeFileSync(join(repo, 'src', 'a.ts'), "posthog.init('phc_x')\n");
    writeFileSync(join(repo, 'src', 'bundle.js'), `${'x'.repeat(3 * 1024 * 1024)}\nwindow._hjSettings = {hjid: 1}\n`);
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    const { result } = await check(repo, '--staged');
    expect(result.summary.skipped.tooLarge).toBe(1);
    expect(result.detections.map((d: { vendor: string }) => d.vendor)).toEqual(['posthog']);
  });
});

describe('the outcome cache file', () => {
  const file = join(scratch, 'unit', 'outcomes.json');
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);

  it('keeps two versions of one path (a diff: head and base), and saves only what the run used', () => {
    const first = openCache(file, 'k');
    first.set('src/x.ts', A, { kind: 'scanned', bytes: 10 });
    first.set('src/x.ts', B, { kind: 'binary', bytes: 0 });
    first.set('src/y.ts', A, { kind: 'scanned', bytes: 3 });
    first.save();
    const second = openCache(file, 'k');
    expect(second.loaded).toBe(3);
    expect(second.get('src/x.ts', B)).toEqual({ kind: 'binary', bytes: 0 });
    expect(second.get('src/x.ts', A)).toEqual({ kind: 'scanned', bytes: 10 });
    expect(second.get('src/x.ts', 'c'.repeat(40))).toBeUndefined();
    expect(second.get('src/z.ts', A)).toBeUndefined();
    second.save();
    // y was not used this run: dropped.
    expect(JSON.parse(readFileSync(file, 'utf8')).paths).toEqual(['src/x.ts', 'src/x.ts']);
  });

  it('starts empty on another key, a damaged file or no file at all', () => {
    expect(openCache(file, 'other').loaded).toBe(0);
    writeFileSync(file, '{"format":2,"key":"k","paths":["a"],"ids":"short","outcomes":[1]}');
    expect(openCache(file, 'k').loaded).toBe(0);
    writeFileSync(file, '{not json');
    expect(openCache(file, 'k').get('a', A)).toBeUndefined();
    const memory = openCache(undefined, 'k');
    memory.set('a', A, { kind: 'scanned', bytes: 1 });
    expect(memory.get('a', A)).toEqual({ kind: 'scanned', bytes: 1 });
    memory.save();
  });
});
