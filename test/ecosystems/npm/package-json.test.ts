import { describe, expect, it } from 'vitest';
import { packageJsonParser } from '../../../src/ecosystems/npm/package-json.js';
import { byName, names, readFixture } from './fixtures.js';

const parse = (fixture: string) => packageJsonParser.parse(readFixture('package-json', fixture), 'package.json');

describe('npm/package-json', () => {
  it('claims package.json anywhere in the repository, and nothing else', () => {
    expect(packageJsonParser.claims('package.json')).toBe(true);
    expect(packageJsonParser.claims('apps/web/package.json')).toBe(true);
    expect(packageJsonParser.claims('package.json.bak')).toBe(false);
    expect(packageJsonParser.claims('docs/package.json.md')).toBe(false);
    expect(packageJsonParser.claims('my-package.json')).toBe(false);
    expect(packageJsonParser.claims('package-lock.json')).toBe(false);
  });

  it('reads every dependency group with the position of the name', () => {
    const { packages, problems } = parse('normal.json');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual([
      '@amplitude/analytics-browser',
      '@segment/analytics-next',
      '@sentry/react',
      '@types/react',
      'mixpanel-browser',
      'posthog-js',
      'react',
      'react-dom',
      'vitest',
    ]);
    expect(byName(packages, '@segment/analytics-next')).toEqual({
      ecosystem: 'npm',
      name: '@segment/analytics-next',
      line: 11,
      column: 5,
      direct: true,
      dev: false,
    });
    expect(byName(packages, 'react-dom')).toMatchObject({ line: 22, column: 5, direct: true, dev: false });
    expect(byName(packages, '@amplitude/analytics-browser')).toMatchObject({ line: 25, column: 5, dev: false });
    // Listed only in bundleDependencies: the position of the array item.
    expect(byName(packages, 'mixpanel-browser')).toMatchObject({ line: 27, column: 43, direct: true, dev: false });
  });

  it('resolves npm: aliases to the real package', () => {
    const { packages } = parse('normal.json');
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 12, column: 5, direct: true });
    expect(packages.some((pkg) => pkg.name === 'posthog-analytics')).toBe(false);
  });

  it('marks devDependencies as dev, unless the package is also a production dependency', () => {
    const { packages } = parse('normal.json');
    expect(byName(packages, 'vitest')).toMatchObject({ line: 17, dev: true });
    expect(byName(packages, '@types/react')).toMatchObject({ line: 19, dev: true });
    // In dependencies (line 13) and devDependencies (line 18): one entry, first position.
    expect(packages.filter((pkg) => pkg.name === 'react')).toHaveLength(1);
    expect(byName(packages, 'react')).toMatchObject({ line: 13, dev: false });
  });

  it('reads a manifest with only devDependencies', () => {
    const { packages, problems } = parse('dev-only.json');
    expect(problems).toEqual([]);
    expect(packages.map(({ name, dev, direct }) => ({ name, dev, direct }))).toEqual([
      { name: '@sentry/react', dev: true, direct: true },
      { name: 'posthog-js', dev: true, direct: true },
    ]);
  });

  it('does not take overrides, resolutions or workspaces for declarations', () => {
    const { packages, problems } = parse('overrides-only.json');
    expect(problems).toEqual([]);
    expect(packages).toEqual([]);
    expect(names(parse('normal.json').packages)).not.toContain('@amplitude/analytics-core');
  });

  it('returns nothing and no problem for an empty file', () => {
    expect(parse('empty.json')).toEqual({ packages: [], problems: [] });
    expect(packageJsonParser.parse('  \n', 'package.json')).toEqual({ packages: [], problems: [] });
  });

  it('reports a truncated file at its end and keeps what it read', () => {
    const result = parse('malformed-truncated.json');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 5, message: 'invalid JSON: unexpected end of file' });
    expect(byName(result.packages, 'posthog-js')).toMatchObject({ line: 4, column: 5 });
  });

  it('reports a document that is not an object', () => {
    const { packages, problems } = parse('not-an-object.json');
    expect(packages).toEqual([]);
    expect(problems).toEqual([{ line: 1, column: 1, message: 'expected a JSON object at the top level' }]);
  });

  it('reports a dependency group of the wrong type and reads the others', () => {
    const { packages, problems } = parse('wrong-types.json');
    expect(problems).toEqual([
      { line: 3, column: 3, message: '"dependencies" should be an object; it was ignored' },
    ]);
    expect(names(packages)).toEqual(['vitest']);
  });

  it('reports a trailing comma with its line', () => {
    const text = '{\n  "dependencies": {\n    "posthog-js": "^1.0.0",\n  }\n}\n';
    const { packages, problems } = packageJsonParser.parse(text, 'package.json');
    expect(names(packages)).toEqual(['posthog-js']);
    expect(problems).toEqual([
      { line: 4, column: 3, message: 'invalid JSON: expected a property name (a trailing comma?)' },
    ]);
  });

  it('does not mistake keys inherited by every object for dependency groups', () => {
    const text = '{"constructor": {"posthog-js": "1.0.0"}, "toString": {"react": "18.3.1"}}';
    expect(packageJsonParser.parse(text, 'package.json')).toEqual({ packages: [], problems: [] });
  });

  it('never throws, whatever the input', () => {
    for (const text of ['{', '}', '{"dependencies": {"a": }}', '\u0000\u0001', 'null', '{"dependencies": null}']) {
      expect(() => packageJsonParser.parse(text, 'package.json')).not.toThrow();
    }
  });

  // Issue 13, item 16: a dependency under another key is attributed to the package it installs.
  it('attributes registry tarball URLs, npm: aliases and package-CDN URLs to the real package', () => {
    const { packages, problems } = parse('url-and-alias-dependencies.json');
    expect(problems).toEqual([]);
    expect(names(packages)).toEqual(['@acme/pixel', '@hotjar/browser', '@sentry/browser', 'gh', 'local', 'mixpanel-browser', 'other', 'posthog-js']);
    expect(byName(packages, 'posthog-js')).toMatchObject({ line: 5, column: 5, direct: true, dev: false });
    expect(byName(packages, '@hotjar/browser')).toMatchObject({ line: 6, column: 5 });
  });
});
