import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli.js';

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
  const cacheFile = join(repo, '.git', 'disclosed', 'outcomes-v1.json');

  it('is written in the git directory and gives the same result when reused', async () => {
    const first = await check(repo);
    expect(existsSync(cacheFile)).toBe(true);
    const entries = Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries);
    expect(entries.some((key) => key.endsWith(':src/a.ts'))).toBe(true);
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
    writeFileSync(cacheFile, JSON.stringify({ format: 1, key: 'other-catalog', entries: { 'deadbeef:src/a.ts': 1 } }));
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
