import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed bundle, run as a user runs it: exit codes, and the worker-thread pool giving
// exactly the sequential result.

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'repos');

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: FIXTURES, encoding: 'utf8', env: { ...process.env, ...env, CI: 'true' } });
}

describe('dist/cli.js', () => {
  it('runs a check with the documented exit codes', () => {
    expect(run(['check', 'undeclared-tracker']).status).toBe(1);
    expect(run(['check', 'declared-clean']).status).toBe(0);
    expect(run(['check', 'malformed-manifest']).status).toBe(2);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('worker threads give the same result as one thread', () => {
    for (const repo of ['undeclared-tracker', 'malformed-lockfile', 'no-manifest']) {
      const sequential = JSON.parse(run(['check', repo, '--format', 'json'], { DISCLOSED_WORKERS: '0' }).stdout);
      const parallel = JSON.parse(run(['check', repo, '--format', 'json'], { DISCLOSED_WORKERS: '2' }).stdout);
      delete sequential.summary.durationMs;
      delete parallel.summary.durationMs;
      expect(parallel).toEqual(sequential);
    }
  });

  it('runs with no node_modules in reach and only the files npm publishes, as the Action runs from its checkout', () => {
    // Everything dist/ needs must be bundled: a require() left in it would only fail here. The
    // copy holds exactly package.json's `files` (what `npm pack` ships), and the package has no
    // runtime dependencies for npm to install beside it.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    const copy = mkdtempSync(join(tmpdir(), 'disclosed-dist-only-'));
    try {
      for (const part of [...pkg.files, 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      expect(spawnSync(process.execPath, [join(copy, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' }).stdout).toBe(`${(pkg as { version?: string }).version}\n`);
      const check = (repo: string) => spawnSync(process.execPath, [join(copy, 'dist', 'cli.js'), 'check', repo], { cwd: FIXTURES, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      expect(check('declared-clean').status).toBe(0);
      const invalid = check('malformed-manifest');
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toMatch(/subprocessors\.yml:\d+:\d+/);
      expect(invalid.stderr).not.toMatch(/internal error|Cannot find/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
