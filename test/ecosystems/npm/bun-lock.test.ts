import { describe, expect, it } from 'vitest';
import { bunLockParser } from '../../../src/ecosystems/npm/bun-lock.js';
import { byName, names, readFixture } from './fixtures.js';

const parse = (fixture: string) => bunLockParser.parse(readFixture('bun-lock', fixture), 'bun.lock');
const summary = (fixture: string) =>
  parse(fixture).packages.map(({ name, line, column, direct, dev }) => ({ name, line, column, direct, dev }));

describe('npm/bun-lock', () => {
  it('claims bun.lock, and not the binary bun.lockb', () => {
    expect(bunLockParser.claims('bun.lock')).toBe(true);
    expect(bunLockParser.claims('apps/web/bun.lock')).toBe(true);
    expect(bunLockParser.claims('bun.lockb')).toBe(false);
    expect(bunLockParser.claims('bun.lock.bak')).toBe(false);
  });

  it('reads workspaces and packages (JSONC with comments and trailing commas)', () => {
    const { packages, problems } = parse('bun.lock');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual([
      '@segment/analytics-next',
      '@sentry/browser',
      '@sentry/react',
      'dset',
      'posthog-js',
      'react',
      'vitest',
    ]);
    expect(byName(packages, '@segment/analytics-next')).toEqual({
      ecosystem: 'npm',
      name: '@segment/analytics-next',
      line: 8,
      column: 9,
      direct: true,
      dev: false,
    });
    expect(byName(packages, '@sentry/react')).toMatchObject({ line: 19, column: 9, direct: true, dev: false });
    expect(byName(packages, 'vitest')).toMatchObject({ line: 13, column: 9, direct: true, dev: true });
    expect(byName(packages, '@sentry/browser')).toMatchObject({ line: 31, column: 5, direct: false, dev: false });
    expect(byName(packages, 'dset')).toMatchObject({ line: 33, column: 5, direct: false });
  });

  it('resolves aliases and skips workspace packages', () => {
    const { packages } = parse('bun.lock');
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 9, column: 9, direct: true });
    expect(names(packages)).not.toContain('posthog');
    expect(names(packages)).not.toContain('@acme/ui');
  });

  it('marks nested and undeclared packages as transitive', () => {
    expect(parse('transitive-only.lock').problems).toEqual([]);
    expect(summary('transitive-only.lock')).toEqual([
      { name: '@acme/tracking', line: 7, column: 9, direct: true, dev: false },
      { name: 'posthog-js', line: 14, column: 5, direct: false, dev: false },
      { name: '@segment/analytics-next', line: 16, column: 5, direct: false, dev: false },
    ]);
  });

  it('reads a lockfile with only dev dependencies', () => {
    expect(parse('dev-only.lock').problems).toEqual([]);
    expect(summary('dev-only.lock')).toEqual([
      { name: '@sentry/react', line: 7, column: 9, direct: true, dev: true },
      { name: '@sentry/browser', line: 14, column: 5, direct: false, dev: false },
    ]);
  });

  it('returns nothing and no problem for an empty file', () => {
    expect(parse('empty.lock')).toEqual({ packages: [], problems: [] });
  });

  it('reports a truncated file and keeps what it read', () => {
    const { packages, problems } = parse('malformed-truncated.lock');
    expect(problems).toEqual([{ line: 14, column: 15, message: 'invalid JSON: unexpected end of file' }]);
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 7, column: 9, direct: true });
  });

  it('reports an entry without a name@version resolution', () => {
    const text = '{\n  "packages": {\n    "posthog-js": [],\n    "react": ["react@18.3.1"],\n  },\n}\n';
    const { packages, problems } = bunLockParser.parse(text, 'bun.lock');
    expect(problems).toEqual([
      { line: 3, column: 5, message: 'cannot read a package name from the entry "posthog-js"' },
    ]);
    expect(names(packages)).toEqual(['react']);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['[]', '{', '{"packages": {"a": "b"}}', '{"workspaces": []}', '{"packages": {"x": [1, {}]}}']) {
      expect(() => bunLockParser.parse(text, 'bun.lock')).not.toThrow();
    }
  });
});
