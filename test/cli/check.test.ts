import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'repos');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd = FIXTURES) {
  return runCli(args, { cwd });
}

describe('disclosed check', () => {
  it('exits 1 on an undeclared tracker, located on its line; decoys in docs, changelogs and comments do not count', async () => {
    const { code, stdout } = await run(['check', 'undeclared-tracker', '--format', 'json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.detections.map((d: { vendor: string }) => d.vendor)).toEqual(['hotjar', 'posthog']);
    expect(result.findings.map((f: { rule: string; vendor: string; location: { path: string; line: number } }) => [f.rule, f.vendor, `${f.location.path}:${f.location.line}`])).toEqual([
      ['undeclared-vendor', 'hotjar', 'public/index.html:9'],
    ]);
    const posthog = result.detections.find((d: { vendor: string }) => d.vendor === 'posthog');
    // Strongest first: the call, then the import and the host it sends to, then the manifest.
    expect(posthog.evidence.map((e: { kind: string; path: string; line: number; context: string }) => `${e.kind} ${e.path}:${e.line} ${e.context}`)).toEqual([
      'code src/analytics.ts:4 runtime',
      'import src/analytics.ts:1 runtime',
      'domain src/analytics.ts:4 runtime',
      'package package.json:5 runtime',
    ]);
  });

  it('text output is grouped by file and says how many files were scanned', async () => {
    const { code, stdout } = await run(['check', 'undeclared-tracker']);
    expect(code).toBe(1);
    expect(stdout).toContain('public/index.html\n  9:');
    expect(stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 notes\) · 2 vendors detected · \d+ files scanned/);
  });

  it('exits 0 when everything detected is declared', async () => {
    const { code, stdout } = await run(['check', 'declared-clean']);
    expect(stdout).toContain('✔ no problems');
    expect(code).toBe(0);
  });

  it('--fail-on never exits 0 and --fail-on warning fails on warnings', async () => {
    expect((await run(['check', 'undeclared-tracker', '--fail-on', 'never'])).code).toBe(0);
    expect((await run(['check', 'malformed-lockfile', '--fail-on', 'warning', '--format', 'json'])).code).toBe(1);
  });

  it('exits 2 with file, line, column and a suggestion on a malformed manifest', async () => {
    const { code, stderr, stdout } = await run(['check', 'malformed-manifest']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('subprocessors.yml:5:5: error: unknown key "vendr" in subprocessors[1] [subprocessors[1].vendr]');
    expect(stderr).toContain('suggestion: did you mean "vendor"?');
  });

  it('a malformed lockfile is a parse-warning with its path, and the scan goes on', async () => {
    const { code, stdout } = await run(['check', 'malformed-lockfile', '--format', 'json']);
    const result = JSON.parse(stdout);
    const rules = result.findings.map((f: { rule: string; location: { path: string } }) => `${f.rule} ${f.location.path}`);
    expect(rules).toContain('parse-warning package-lock.json');
    expect(rules).toContain('undeclared-vendor src/main.tsx');
    expect(rules).toContain('undeclared-vendor package.json');
    expect(code).toBe(1);
  });

  it('without a manifest, everything is undeclared and the output ends with a hint', async () => {
    const { code, stdout } = await run(['check', 'no-manifest']);
    expect(code).toBe(1);
    expect(stdout).toContain('Google Analytics');
    expect(stdout.trim().split('\n').pop()).toContain('disclosed init');
  });

  it('writes several formats in one run', async () => {
    const sarif = join(scratch, 'out.sarif');
    const { stdout } = await run(['check', 'undeclared-tracker', '--format', 'sarif', '--output', sarif, '--format', 'markdown']);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    expect(stdout).toContain('## disclosed: ❌ Drift found');
  });

  it('--exclude drops paths; --include limits to paths', async () => {
    const excluded = JSON.parse((await run(['check', 'undeclared-tracker', '--format', 'json', '--exclude', 'public/**'])).stdout);
    expect(excluded.findings).toEqual([]);
    const included = JSON.parse((await run(['check', 'undeclared-tracker', '--format', 'json', '--include', 'public/**'])).stdout);
    expect(included.detections.map((d: { vendor: string }) => d.vendor)).toEqual(['hotjar']);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['check', '--format', 'yaml', 'undeclared-tracker'])).code).toBe(2);
    expect((await run(['check', 'does-not-exist'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['check', '--fail-on', 'sometimes', 'undeclared-tracker'])).code).toBe(2);
  });

  it('says so when it read zero files', async () => {
    const { stderr } = await run(['check', 'undeclared-tracker', '--include', 'nothing/**']);
    expect(stderr).toContain('read zero files');
  });
});

describe('disclosed vendors and explain', () => {
  it('lists the catalog and filters by category', async () => {
    const all = await run(['vendors', '--json']);
    expect(JSON.parse(all.stdout).length).toBeGreaterThanOrEqual(22);
    const ads = JSON.parse((await run(['vendors', '--category', 'advertising', '--json'])).stdout);
    expect(ads.map((v: { id: string }) => v.id)).toContain('meta-pixel');
    expect(ads.every((v: { categories: string[] }) => v.categories.includes('advertising'))).toBe(true);
  });

  it('explains one vendor', async () => {
    const { code, stdout } = await run(['explain', 'posthog']);
    expect(code).toBe(0);
    expect(stdout).toContain('posthog-js');
    expect((await run(['explain', 'nope'])).code).toBe(2);
  });

  it('explains the legal entity, role, imports and Gradle plugins of a vendor', async () => {
    const sentry = (await run(['explain', 'sentry'])).stdout;
    expect(sentry).toContain('legal entity: Functional Software, Inc. (US)');
    expect(sentry).toContain('role:         processor');
    expect(sentry).toMatch(/import jvm +io\.sentry/);
    expect(sentry).toContain('plugins io.sentry.android.gradle');
    expect((await run(['explain', 'github-oauth'])).stdout).toContain('role:         controller');
  });
});

describe('check --format html', () => {
  it('writes the self-contained drift report', async () => {
    const { code, stdout } = await run(['check', 'undeclared-tracker', '--format', 'html']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<!doctype html>/i);
    expect(stdout).toContain('Hotjar');
    expect(stdout).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });
});
