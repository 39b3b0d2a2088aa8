import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileSource } from '../../src/files/source.js';
import type { CliIo } from '../../src/run.js';
import { prepareScan, runScan } from '../../src/run.js';

// Issue 7 item 5: progress on stderr only on a TTY and only for scans over a second; never in CI
// logs or piped output.

/** 600 small files, each read taking ~3 ms: a scan of about two seconds. */
function slowSource(): FileSource {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  return {
    root: '/memory',
    description: 'memory',
    list: () => Array.from({ length: 600 }, (_, index) => ({ path: `src/file${index}.ts`, size: 20 })),
    read: () => {
      Atomics.wait(sleeper, 0, 0, 3);
      return Buffer.from('export const x = 1;\n');
    },
  };
}

const empty = mkdtempSync(join(tmpdir(), 'disclosed-progress-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

function scanWith(isTTY: boolean): string {
  let stderr = '';
  const io: CliIo = { stdout: () => undefined, stderr: (text) => void (stderr += text), cwd: '/', isTTY, env: {}, now: new Date('2026-11-23T00:00:00Z') };
  const prepared = prepareScan(empty, {}, io); // no manifest, the built-in catalog
  const result = runScan(prepared, slowSource(), io);
  expect(result.stats.files).toBe(600);
  expect(result.stats.durationMs).toBeGreaterThan(1000);
  return stderr;
}

describe('progress indicator', () => {
  it('never prints when stderr is not a TTY, even for a slow scan', () => {
    expect(scanWith(false)).toBe('');
  });

  it('prints files read / total on a TTY for a scan over a second, and clears its line', () => {
    const stderr = scanWith(true);
    expect(stderr).toMatch(/\rdisclosed: reading files \d+\/600…/);
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});
