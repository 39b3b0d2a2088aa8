import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { MAX_YAML_DEPTH, parseLocatedYaml, yamlDepthBound } from '../../src/config-errors.js';
import { scanText } from '../../src/scan.js';
import { json, runCli } from './cli.js';
import { cpuMark, cpuMsSince } from './cpu-time.js';

// Alias bombs, deep nesting and huge documents in our own YAML (subprocessors.yml: refused, exit 2,
// a clear message) and in YAML lockfiles (a parse-warning or nothing; never a hang or a crash).
// The yaml library recurses once per nesting level and overflows the stack near 800 levels, after
// which V8 can abort the whole process; depth is therefore bounded before it parses anything.

const scratch = mkdtempSync(join(tmpdir(), 'disclosed-yaml-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BILLION_LAUGHS = [
  'version: 1',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');
const DEEP_FLOW = `version: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
const DEEP_BLOCK = `version: 1\nx:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
const DEEP_COMPACT = `version: 1\nx: ${'- '.repeat(10_000)}1\n`;
const DEEP_IMPLICIT = `version: 1\nx: ${'a: '.repeat(10_000)}1\n`;
const HUGE = `version: 1\nsubprocessors:\n${'  - vendor: posthog\n    purpose: product analytics\n'.repeat(60_000)}`;

function repoWith(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

describe('YAML safety: subprocessors.yml', () => {
  it.each([
    ['an alias bomb (billion laughs)', BILLION_LAUGHS, /invalid YAML: .*alias/i],
    ['10,000 levels of flow nesting', DEEP_FLOW, /YAML nested up to \d+ levels deep; the limit is 200/],
    ['2,000 levels of block nesting', DEEP_BLOCK, /YAML nested up to \d+ levels deep; the limit is 200/],
    ['10,000 levels of compact sequences', DEEP_COMPACT, /YAML nested up to \d+ levels deep; the limit is 200/],
    ['10,000 levels of implicit maps on one line', DEEP_IMPLICIT, /YAML nested up to \d+ levels deep; the limit is 200/],
    ['a 4 MB document', HUGE, /file is \d+ bytes; the limit is 2097152/],
  ])('%s is refused with exit 2 and a clear message, quickly', (name, text, message) => {
    const dir = repoWith(`manifest-${name.replace(/\W+/g, '-')}`, { 'subprocessors.yml': text, 'app.ts': 'export {};\n' });
    const run = runCli(['check', dir], { timeoutMs: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('subprocessors.yml:1:1: error:');
    expect(run.ms).toBeLessThan(15_000);
  });

  it('the depth bound over-estimates every nesting style and accepts real documents', () => {
    expect(yamlDepthBound(DEEP_FLOW)).toBeGreaterThan(MAX_YAML_DEPTH);
    expect(yamlDepthBound(DEEP_BLOCK)).toBeGreaterThan(MAX_YAML_DEPTH);
    expect(yamlDepthBound(DEEP_COMPACT)).toBeGreaterThan(MAX_YAML_DEPTH);
    expect(yamlDepthBound(DEEP_IMPLICIT)).toBeGreaterThan(MAX_YAML_DEPTH);
    // 150 levels of each style parse without a stack overflow, well inside the library's limit.
    for (const text of [`x: ${'['.repeat(150)}${']'.repeat(150)}`, `x: ${'- '.repeat(150)}1`, Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')]) {
      const { errors } = parseLocatedYaml(text, 'x.yml');
      expect(errors.map((error) => error.message).join()).not.toMatch(/call stack/);
    }
    expect(yamlDepthBound('version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: "a: b: [c]"\n')).toBeLessThan(12);
  });
});

describe('YAML safety: YAML lockfiles', () => {
  const catalog = buildCatalog();
  const attacks: [string, string][] = [
    ['alias bomb', BILLION_LAUGHS],
    ['deep flow nesting', DEEP_FLOW],
    ['deep block nesting', DEEP_BLOCK],
    ['deep compact nesting', DEEP_COMPACT],
    ['deep implicit maps', DEEP_IMPLICIT],
    ['huge document', HUGE.repeat(5)],
  ];
  for (const path of ['pnpm-lock.yaml', 'yarn.lock', 'pubspec.lock', 'pubspec.yaml']) {
    it.each(attacks)(`${path} with %s: read in bounded time, no stack overflow, no throw`, (_name, text) => {
      const header = path === 'yarn.lock' ? '__metadata:\n  version: 8\n' : path === 'pnpm-lock.yaml' ? "lockfileVersion: '9.0'\n" : '';
      const started = cpuMark();
      const result = scanText(catalog, path, header + text);
      expect(cpuMsSince(started)).toBeLessThan(10_000);
      for (const problem of result.problems) expect(problem.message).not.toMatch(/call stack|out of memory/i);
      if (path.startsWith('pubspec') && /deep/.test(_name)) expect(result.problems.map((problem) => problem.message).join()).toMatch(/nested up to \d+ levels deep/);
    });
  }

  it('end to end: a pubspec.lock nested 10,000 deep is a parse-warning (a note) and the scan goes on', () => {
    const dir = repoWith('pubspec-deep', { 'pubspec.lock': `packages:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'app.dart': 'void main() {}\n' });
    const run = runCli(['check', dir, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(json(run).summary.files).toBe(2);
    expect(json(run).findings.map((finding) => `${finding.rule} ${finding.location.path}`)).toEqual(['parse-warning pubspec.lock']);
  });
});
