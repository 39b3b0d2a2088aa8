import { describe, expect, it } from 'vitest';
import { yarnLockParser } from '../../../src/ecosystems/npm/yarn-lock.js';
import { byName, names, readFixture } from './fixtures.js';

const parse = (fixture: string) => yarnLockParser.parse(readFixture('yarn-lock', fixture), 'yarn.lock');

describe('npm/yarn-lock', () => {
  it('claims yarn.lock, and nothing else', () => {
    expect(yarnLockParser.claims('yarn.lock')).toBe(true);
    expect(yarnLockParser.claims('apps/web/yarn.lock')).toBe(true);
    expect(yarnLockParser.claims('yarn.lock.orig')).toBe(false);
    expect(yarnLockParser.claims('docs/yarn.lock.md')).toBe(false);
    expect(yarnLockParser.claims('.yarnrc.yml')).toBe(false);
  });

  it('classic: reads every entry header, one package per name', () => {
    const { packages, problems } = parse('yarn-classic.lock');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual(['@segment/analytics-next', '@sentry/react', 'dset', 'posthog-js', 'react']);
    expect(byName(packages, '@segment/analytics-next')).toEqual({
      ecosystem: 'npm',
      name: '@segment/analytics-next',
      line: 5,
      column: 1,
      direct: false,
      dev: false,
    });
    expect(byName(packages, 'dset')).toMatchObject({ line: 17, column: 1 });
    expect(byName(packages, 'react')).toMatchObject({ line: 27, column: 1 });
  });

  it('classic: resolves npm: aliases to the real package', () => {
    const { packages } = parse('yarn-classic.lock');
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 22, column: 1 });
    expect(names(packages)).not.toContain('posthog');
  });

  it('berry: reads descriptors, skips workspaces and __metadata, folds patches into their package', () => {
    const { packages, problems } = parse('yarn-berry.lock');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual([
      '@segment/analytics-next',
      'dset',
      'posthog-js',
      'react',
      'resolve',
      'typescript',
    ]);
    expect(byName(packages, '@segment/analytics-next')).toMatchObject({ line: 24, column: 1 });
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 40, column: 1 });
    // `resolve@npm:` (line 54) and `resolve@patch:` (line 60) are one package.
    expect(byName(packages, 'resolve')).toMatchObject({ line: 54 });
    expect(byName(packages, 'typescript')).toMatchObject({ line: 66, column: 1 });
  });

  it('reports every classic package as transitive and not dev: the file cannot tell (package.json beside it can)', () => {
    for (const pkg of parse('yarn-classic.lock').packages) expect(pkg).toMatchObject({ direct: false, dev: false });
  });

  it('reads the graph: each entry\'s dependencies, and a berry workspace\'s as direct (aliases resolved)', () => {
    const classic = parse('yarn-classic.lock');
    expect(classic.graph?.edges.get('@segment/analytics-next')).toEqual(new Set(['dset']));
    expect(classic.graph?.roots.size).toBe(0);
    const berry = parse('yarn-berry.lock');
    expect(berry.graph?.roots).toEqual(new Set(['@segment/analytics-next', 'posthog-js', 'react']));
    expect(berry.packages.filter((pkg) => pkg.direct).map((pkg) => pkg.name)).toEqual(['@segment/analytics-next', 'posthog-js', 'react']);
    expect(berry.packages.find((pkg) => pkg.name === 'dset')).toMatchObject({ direct: false, dev: false });
  });

  it('gives each descriptor of a header its own column when names differ', () => {
    const text = '"@sentry/react@^8.0.0", sentry@npm:@sentry/browser@^8:\n  version "8.9.0"\n';
    const { packages } = yarnLockParser.parse(text, 'yarn.lock');
    expect(packages.map(({ name, line, column }) => ({ name, line, column }))).toEqual([
      { name: '@sentry/react', line: 1, column: 1 },
      { name: '@sentry/browser', line: 1, column: 25 },
    ]);
  });

  it('returns nothing and no problem for an empty file or one with only comments', () => {
    expect(parse('empty.lock')).toEqual({ packages: [], problems: [] });
    expect(parse('comments-only.lock')).toEqual({ packages: [], problems: [] });
  });

  it('reports broken headers with their lines and keeps the other entries', () => {
    const { packages, problems } = parse('malformed-unterminated.lock');
    expect(problems).toEqual([
      { line: 7, column: 1, message: 'unterminated quoted string in entry header' },
      { line: 10, column: 1, message: "expected an entry header ending in ':'" },
    ]);
    expect(packages.map(({ name, line }) => ({ name, line }))).toEqual([
      { name: '@sentry/react', line: 4 },
      { name: 'mixpanel-browser', line: 13 },
    ]);
  });

  it('reports fields before any entry and descriptors without a name', () => {
    const { packages, problems } = yarnLockParser.parse('  version "1.0.0"\nposthog-js:\n', 'yarn.lock');
    expect(packages).toEqual([]);
    expect(problems).toEqual([
      { line: 1, column: 3, message: 'indented line outside any entry' },
      { line: 2, column: 1, message: 'cannot read a package name from "posthog-js"' },
    ]);
  });

  it('reads CRLF line endings', () => {
    const { packages, problems } = yarnLockParser.parse('react@^18.3.1:\r\n  version "18.3.1"\r\n', 'yarn.lock');
    expect(problems).toEqual([]);
    expect(packages).toMatchObject([{ name: 'react', line: 1, column: 1 }]);
  });

  // Issue 13, item 16: a descriptor whose range is a URL names the package it installs.
  it('attributes tarball, CDN and alias descriptors to the real package', () => {
    const { packages, problems } = parse('url-dependencies.lock');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual(['@hotjar/browser', 'mixpanel-browser', 'posthog-js']);
  });
});
