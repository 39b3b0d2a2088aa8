import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/files/source.js';

// Every file a scan reads goes through readRegularFile: one open that refuses symlinks and never
// waits on a FIFO, then fstat of what was opened.

const dir = mkdtempSync(join(tmpdir(), 'disclosed-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a regular file whole, an empty one as no bytes, a big one past the read buffer', () => {
    writeFileSync(join(dir, 'a.ts'), "posthog.init('phc_x')\n");
    writeFileSync(join(dir, 'empty.ts'), '');
    const big = 'x'.repeat(5 * 1024 * 1024);
    writeFileSync(join(dir, 'big.json'), big);
    expect(String(readRegularFile(join(dir, 'a.ts')))).toBe("posthog.init('phc_x')\n");
    expect((readRegularFile(join(dir, 'empty.ts')) as Buffer).length).toBe(0);
    expect((readRegularFile(join(dir, 'big.json')) as Buffer).length).toBe(big.length);
  });

  it('says too-large past the limit without reading', () => {
    writeFileSync(join(dir, 'limit.ts'), '0123456789');
    expect(readRegularFile(join(dir, 'limit.ts'), 9)).toBe('too-large');
    expect(String(readRegularFile(join(dir, 'limit.ts'), 10))).toBe('0123456789');
  });

  it('never follows a symlink, to a file or a loop, and reads no missing file', () => {
    writeFileSync(join(dir, 'target.ts'), 'export {}\n');
    symlinkSync('target.ts', join(dir, 'link.ts'));
    symlinkSync('loop.ts', join(dir, 'loop.ts'));
    expect(readRegularFile(join(dir, 'link.ts'))).toBeUndefined();
    expect(readRegularFile(join(dir, 'loop.ts'))).toBeUndefined();
    expect(readRegularFile(join(dir, 'missing.ts'))).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('does not wait on a FIFO named like source', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.ts')]);
    expect(readRegularFile(join(dir, 'pipe.ts'))).toBeUndefined();
  });
});
