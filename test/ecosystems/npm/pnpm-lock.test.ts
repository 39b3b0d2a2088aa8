import { describe, expect, it } from 'vitest';
import { pnpmLockParser } from '../../../src/ecosystems/npm/pnpm-lock.js';
import { byName, names, readFixture } from './fixtures.js';

const parse = (fixture: string) => pnpmLockParser.parse(readFixture('pnpm-lock', fixture), 'pnpm-lock.yaml');
const summary = (fixture: string) =>
  parse(fixture).packages.map(({ name, line, column, direct, dev }) => ({ name, line, column, direct, dev }));

describe('npm/pnpm-lock', () => {
  it('claims pnpm-lock.yaml, and nothing else', () => {
    expect(pnpmLockParser.claims('pnpm-lock.yaml')).toBe(true);
    expect(pnpmLockParser.claims('apps/web/pnpm-lock.yaml')).toBe(true);
    expect(pnpmLockParser.claims('pnpm-lock.yml')).toBe(false);
    expect(pnpmLockParser.claims('pnpm-workspace.yaml')).toBe(false);
    expect(pnpmLockParser.claims('docs/pnpm-lock.yaml.md')).toBe(false);
  });

  it('v9: reads importers as direct and packages as transitive', () => {
    const { problems } = parse('pnpm-v9.yaml');
    expect(problems).toEqual([]);
    expect(summary('pnpm-v9.yaml')).toEqual([
      { name: '@sentry/react', line: 11, column: 7, direct: true, dev: false },
      { name: 'posthog-js', line: 14, column: 7, direct: true, dev: false },
      { name: 'react', line: 17, column: 7, direct: true, dev: false },
      { name: 'vitest', line: 21, column: 7, direct: true, dev: true },
      { name: '@sentry/browser', line: 27, column: 3, direct: false, dev: false },
      { name: 'tinyspy', line: 44, column: 3, direct: false, dev: false },
    ]);
  });

  it('v9: packages pulled in by a dependency are transitive', () => {
    expect(parse('pnpm-v9-transitive.yaml').problems).toEqual([]);
    expect(summary('pnpm-v9-transitive.yaml')).toEqual([
      { name: '@acme/tracking', line: 7, column: 7, direct: true, dev: false },
      { name: '@segment/analytics-next', line: 16, column: 3, direct: false, dev: false },
      { name: 'posthog-js', line: 19, column: 3, direct: false, dev: false },
    ]);
  });

  it('v6: reads workspace importers, aliases, optional groups, git entries; skips workspace links', () => {
    const { packages, problems } = parse('pnpm-v6.yaml');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual([
      '@segment/analytics-next',
      '@sentry/react',
      'dset',
      'mixpanel-browser',
      'posthog-js',
      'react',
      'typescript',
    ]);
    expect(byName(packages, 'typescript')).toMatchObject({ line: 11, column: 7, direct: true, dev: true });
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 23, column: 7, direct: true, dev: false });
    expect(byName(packages, '@sentry/react')).toMatchObject({ line: 27, column: 7, direct: true, dev: false });
    expect(byName(packages, 'react')).toMatchObject({ line: 33, column: 7, direct: true });
    expect(byName(packages, 'dset')).toMatchObject({ line: 52, column: 3, direct: false, dev: false });
    // github.com/acme/mixpanel-fork/0a1b2c3 carries its package name in a `name:` field.
    expect(byName(packages, 'mixpanel-browser')).toMatchObject({ line: 70, column: 3, direct: false });
  });

  it('v5: reads top-level groups of a single project and /name/version keys', () => {
    const { problems } = parse('pnpm-v5.yaml');
    expect(problems).toEqual([]);
    expect(summary('pnpm-v5.yaml')).toEqual([
      { name: '@segment/analytics-next', line: 10, column: 3, direct: true, dev: false },
      { name: 'posthog-js', line: 11, column: 3, direct: true, dev: false },
      { name: 'react', line: 12, column: 3, direct: true, dev: false },
      { name: 'vitest', line: 15, column: 3, direct: true, dev: true },
      { name: 'dset', line: 25, column: 3, direct: false, dev: false },
      { name: 'react-dom', line: 34, column: 3, direct: false, dev: false },
      { name: '@sentry/react', line: 48, column: 3, direct: false, dev: true },
    ]);
  });

  it('reads a lockfile with only dev dependencies', () => {
    expect(parse('dev-only.yaml').problems).toEqual([]);
    expect(summary('dev-only.yaml')).toEqual([
      { name: '@sentry/react', line: 7, column: 7, direct: true, dev: true },
    ]);
  });

  it('returns nothing and no problem for an empty file', () => {
    expect(parse('empty.yaml')).toEqual({ packages: [], problems: [] });
  });

  it('reports a truncated file at the broken line and keeps what it read', () => {
    const { packages, problems } = parse('malformed-truncated.yaml');
    expect(problems).toEqual([{ line: 16, column: 3, message: 'unterminated quoted key' }]);
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 7, column: 7, direct: true });
  });

  it('reports a YAML file that is not a pnpm lockfile', () => {
    expect(parse('not-a-lockfile.yaml')).toEqual({
      packages: [],
      problems: [{ line: 1, column: 1, message: 'no lockfileVersion: not a pnpm lockfile' }],
    });
  });

  it('reports lines that are not mapping keys, and tabs', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'packages:',
      '  react@18.3.1',
      '\tposthog-js@1.0.0:',
      '  vitest@1.6.0:',
      '    resolution: {integrity: x}',
      '      continued scalar',
    ].join('\n');
    const { packages, problems } = pnpmLockParser.parse(text, 'pnpm-lock.yaml');
    expect(problems).toEqual([
      { line: 3, column: 3, message: "expected a 'key: value' line" },
      { line: 4, column: 1, message: 'tab in indentation (YAML allows only spaces)' },
    ]);
    expect(names(packages)).toEqual(['vitest']);
  });

  it('reads a file with a second YAML document', () => {
    const text = [
      '---',
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    packageManagerDependencies:',
      '      pnpm:',
      '        specifier: 10.0.0',
      '        version: 10.0.0',
      '---',
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      posthog-js:',
      '        specifier: ^1',
      '        version: 1.130.0',
    ].join('\n');
    const { packages, problems } = pnpmLockParser.parse(text, 'pnpm-lock.yaml');
    expect(problems).toEqual([]);
    expect(packages).toMatchObject([{ name: 'posthog-js', line: 14, direct: true }]);
  });
});
