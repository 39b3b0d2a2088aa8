import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gemfileLockParser, gemfileParser, gemspecParser } from '../../../src/ecosystems/rubygems/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/rubygems/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('rubygems/gemfile', () => {
  it('claims Gemfile and gems.rb only', () => {
    for (const path of ['Gemfile', 'apps/web/Gemfile', 'gems.rb']) expect(gemfileParser.claims(path), path).toBe(true);
    for (const path of ['Gemfile.bak', 'Gemfile.lock', 'docs/Gemfile.md', 'MyGemfile']) expect(gemfileParser.claims(path), path).toBe(false);
  });

  it('reads gem lines; development/test groups (blocks and inline) are dev', () => {
    const result = gemfileParser.parse(fixture('gemfile-groups.rb'), 'Gemfile');
    expect(rows(result)).toEqual([
      ['rails', 6, 6, true, false],
      ['sentry-ruby', 7, 6, true, false],
      ['sentry-rails', 8, 6, true, false],
      ['stripe', 9, 6, true, false],
      ['rspec-rails', 12, 8, true, true],
      ['mixpanel-ruby', 13, 8, true, true],
      ['posthog-ruby', 17, 8, true, false],
      ['analytics-ruby', 20, 6, true, true],
      // In a production group as well: not dev-only.
      ['amplitude-api', 21, 6, true, false],
      ['activerecord-jdbc-adapter', 24, 8, true, false],
      ['segment-analytics', 28, 8, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a non-literal gem name and an unclosed block, keeping the rest', () => {
    const result = gemfileParser.parse(fixture('gemfile-unclosed-block.rb'), 'Gemfile');
    expect(rows(result)).toEqual([
      ['sentry-ruby', 3, 6, true, false],
      ['mixpanel-ruby', 7, 8, true, true],
    ]);
    expect(result.problems).toEqual([
      { line: 4, column: 1, message: expect.stringContaining('not a string literal') },
      { line: 6, column: 1, message: expect.stringContaining('never closed') },
    ]);
  });

  it('reads an empty file as no packages', () => {
    expect(gemfileParser.parse(fixture('empty.rb'), 'Gemfile')).toEqual({ packages: [], problems: [] });
  });
});

describe('rubygems/gemspec', () => {
  it('claims *.gemspec only', () => {
    for (const path of ['acme-sdk.gemspec', 'gems/acme/acme.gemspec']) expect(gemspecParser.claims(path), path).toBe(true);
    for (const path of ['acme.gemspec.bak', 'gemspec', 'docs/gemspec.md', '.gemspec']) expect(gemspecParser.claims(path), path).toBe(false);
  });

  it('reads add_dependency, its runtime alias, %q<> names, and development dependencies as dev', () => {
    const result = gemspecParser.parse(fixture('acme-sdk.gemspec'), 'acme-sdk.gemspec');
    expect(rows(result)).toEqual([
      ['sentry-ruby', 7, 24, true, false],
      ['stripe', 8, 32, true, false],
      ['posthog-ruby', 9, 26, true, false],
      ['rspec', 10, 36, true, true],
      ['mixpanel-ruby', 11, 36, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a dependency whose name is computed', () => {
    const result = gemspecParser.parse(fixture('computed-names.gemspec'), 'acme.gemspec');
    expect(rows(result)).toEqual([['posthog-ruby', 4, 21, true, false]]);
    expect(result.problems).toMatchObject([{ line: 3, message: expect.stringContaining('not a string literal') }]);
  });

  it('reads an empty file as no packages', () => {
    expect(gemspecParser.parse(fixture('empty.gemspec'), 'acme.gemspec')).toEqual({ packages: [], problems: [] });
  });
});

describe('rubygems/gemfile-lock', () => {
  it('claims Gemfile.lock and gems.locked only', () => {
    for (const path of ['Gemfile.lock', 'apps/web/Gemfile.lock', 'gems.locked']) expect(gemfileLockParser.claims(path), path).toBe(true);
    for (const path of ['Gemfile', 'Gemfile.lock.bak', 'Gemfile.lock.orig']) expect(gemfileLockParser.claims(path), path).toBe(false);
  });

  it('reads DEPENDENCIES as direct (once, at that line) and the other specs as transitive (once per gem), skipping the PATH . gem', () => {
    const result = gemfileLockParser.parse(fixture('gemfile-lock-sources.lock'), 'Gemfile.lock');
    expect(rows(result)).toEqual([
      ['concurrent-ruby', 18, 5, false, false],
      ['nokogiri', 19, 5, false, false],
      ['sentry-ruby', 21, 5, false, false],
      ['sentry-rails', 31, 3, true, false],
      ['stripe', 32, 3, true, false],
    ]);
    expect(result.problems).toEqual([]);
    // The gems indented under each spec are the graph; the PATH . gem's own dependencies are direct too.
    expect(result.graph?.edges.get('sentry-rails')).toEqual(new Set(['railties', 'sentry-ruby']));
    expect(result.graph?.roots).toEqual(new Set(['sentry-rails', 'stripe']));
  });

  it('reports merge conflict markers and broken spec lines', () => {
    const result = gemfileLockParser.parse(fixture('gemfile-lock-conflict.lock'), 'Gemfile.lock');
    expect(result.problems.map((entry) => entry.line)).toEqual([4, 6, 8, 9]);
    expect(result.problems[0]?.message).toBe('unresolved merge conflict marker');
    expect(rows(result)).toEqual([['sentry-ruby', 12, 3, true, false]]);
  });

  it('reads an empty file as no packages', () => {
    expect(gemfileLockParser.parse(fixture('empty.lock'), 'Gemfile.lock')).toEqual({ packages: [], problems: [] });
  });
});
