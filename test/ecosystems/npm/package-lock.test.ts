import { describe, expect, it } from 'vitest';
import { packageLockParser } from '../../../src/ecosystems/npm/package-lock.js';
import { byName, names, readFixture } from './fixtures.js';

const parse = (fixture: string) => packageLockParser.parse(readFixture('package-lock', fixture), 'package-lock.json');

describe('npm/package-lock', () => {
  it('claims package-lock.json and npm-shrinkwrap.json, and nothing else', () => {
    expect(packageLockParser.claims('package-lock.json')).toBe(true);
    expect(packageLockParser.claims('apps/web/npm-shrinkwrap.json')).toBe(true);
    expect(packageLockParser.claims('docs/package-lock.md')).toBe(false);
    expect(packageLockParser.claims('package-lock.json.orig')).toBe(false);
    expect(packageLockParser.claims('node_modules/.package-lock.json')).toBe(false);
    expect(packageLockParser.claims('package.json')).toBe(false);
  });

  it('v3: reads every install at the position of its key', () => {
    const { packages, problems } = parse('package-lock-v3.json');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual([
      '@segment/analytics-core',
      '@segment/analytics-next',
      '@sentry/react',
      'dset',
      'fflate',
      'fsevents-shim',
      'loose-envify',
      'posthog-js',
      'react',
      'tinyspy',
      'vitest',
    ]);
    expect(byName(packages, '@segment/analytics-next')).toEqual({
      ecosystem: 'npm',
      name: '@segment/analytics-next',
      line: 22,
      column: 5,
      direct: true,
      dev: false,
    });
    expect(byName(packages, 'react')).toMatchObject({ line: 58, column: 5, direct: true, dev: false });
    expect(byName(packages, 'fflate')).toMatchObject({ line: 53, column: 5, direct: false, dev: false });
  });

  it('v3: resolves an alias through the entry name and the root declaration', () => {
    const { packages } = parse('package-lock-v3.json');
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 44, column: 5, direct: true, dev: false });
    expect(names(packages)).not.toContain('posthog-analytics');
  });

  it('v3: takes dev from dev and devOptional, and keeps one entry per name at its first position', () => {
    const { packages } = parse('package-lock-v3.json');
    expect(byName(packages, 'vitest')).toMatchObject({ line: 74, direct: true, dev: true });
    expect(byName(packages, 'tinyspy')).toMatchObject({ line: 83, direct: false, dev: true });
    expect(byName(packages, '@sentry/react')).toMatchObject({ line: 89, direct: false, dev: true });
    // node_modules/dset (line 36) and .../analytics-next/node_modules/dset (line 95).
    expect(packages.filter((pkg) => pkg.name === 'dset')).toHaveLength(1);
    expect(byName(packages, 'dset')).toMatchObject({ line: 36, direct: false });
  });

  it('v3: reports a declared dependency with no install at its declaration', () => {
    const { packages } = parse('package-lock-v3.json');
    expect(byName(packages, 'fsevents-shim')).toMatchObject({ line: 19, column: 9, direct: true, dev: false });
  });

  it('v3: marks installs pulled in by another package as transitive', () => {
    const { packages, problems } = parse('package-lock-v3-transitive.json');
    expect(problems).toEqual([]);
    expect(packages.map(({ name, line, direct }) => ({ name, line, direct }))).toEqual([
      { name: '@acme/tracking', line: 12, direct: true },
      { name: 'posthog-js', line: 19, direct: false },
      { name: '@segment/analytics-next', line: 22, direct: false },
    ]);
  });

  it('v3: without a root entry, nothing is direct', () => {
    const { packages, problems } = parse('package-lock-v3-no-root.json');
    expect(problems).toEqual([]);
    expect(packages.map(({ name, direct }) => ({ name, direct }))).toEqual([
      { name: 'posthog-js', direct: false },
      { name: 'react', direct: false },
    ]);
  });

  it('v3 workspaces: reads workspace declarations and skips workspace links', () => {
    const { packages, problems } = parse('package-lock-v3-workspaces.json');
    expect(problems).toEqual([]);
    expect(packages.map(({ name, line, direct, dev }) => ({ name, line, direct, dev }))).toEqual([
      { name: 'react', line: 29, direct: true, dev: false },
      { name: 'posthog-js', line: 40, direct: true, dev: false },
      { name: 'typescript', line: 46, direct: true, dev: true },
    ]);
  });

  it('v2: reads `packages` and ignores the version 1 tree it repeats', () => {
    const { packages, problems } = parse('package-lock-v2.json');
    expect(problems).toEqual([]);
    expect(packages).toEqual([
      { ecosystem: 'npm', name: '@sentry/react', line: 14, column: 5, direct: true, dev: false },
      { ecosystem: 'npm', name: 'hoist-non-react-statics', line: 22, column: 5, direct: false, dev: false },
    ]);
  });

  it('v1: reads the nested tree; nothing is direct, as the tree cannot say', () => {
    const { packages, problems } = parse('package-lock-v1.json');
    expect(problems).toEqual([]);
    expect(packages.map(({ name, line, column, direct, dev }) => ({ name, line, column, direct, dev }))).toEqual([
      { name: '@segment/analytics-next', line: 7, column: 5, direct: false, dev: false },
      { name: 'dset', line: 15, column: 9, direct: false, dev: false },
      { name: 'jest', line: 27, column: 5, direct: false, dev: true },
      { name: 'mixpanel-browser', line: 36, column: 9, direct: false, dev: true },
      { name: 'posthog-js', line: 44, column: 5, direct: false, dev: false },
      { name: 'react', line: 49, column: 5, direct: false, dev: false },
    ]);
  });

  it('reads a lockfile with only dev dependencies', () => {
    const { packages, problems } = parse('dev-only.json');
    expect(problems).toEqual([]);
    expect(packages.map(({ name, direct, dev }) => ({ name, direct, dev }))).toEqual([
      { name: '@sentry/react', direct: true, dev: true },
      { name: '@sentry/browser', direct: false, dev: true },
    ]);
  });

  it('returns nothing and no problem for an empty file', () => {
    expect(parse('empty.json')).toEqual({ packages: [], problems: [] });
  });

  it('reports a truncated file at its last line and keeps the entries before it', () => {
    const { packages, problems } = parse('malformed-truncated.json');
    expect(problems).toEqual([{ line: 18, column: 7, message: 'invalid JSON: unexpected end of file' }]);
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 12, column: 5, direct: true });
  });

  it('reports a syntax error in the middle of the file with its line', () => {
    const text = [
      '{',
      '  "lockfileVersion": 3,',
      '  "packages": {',
      '    "node_modules/react": { "version": "18.3.1" }',
      '    "node_modules/posthog-js": {}',
      '  }',
      '}',
    ].join('\n');
    const { packages, problems } = packageLockParser.parse(text, 'package-lock.json');
    expect(problems).toEqual([{ line: 5, column: 5, message: "invalid JSON: expected ','" }]);
    expect(names(packages)).toEqual(['posthog-js', 'react']);
  });

  it('never throws, whatever the input', () => {
    const texts = ['[]', '{', '{"packages": []}', '{"packages": {"node_modules/": {}}}', '{"dependencies": {"a": 1}}'];
    for (const text of texts) {
      expect(() => packageLockParser.parse(text, 'package-lock.json')).not.toThrow();
    }
    expect(packageLockParser.parse('{"packages": {"node_modules/": {}}}', 'package-lock.json').packages).toEqual([]);
  });
});
