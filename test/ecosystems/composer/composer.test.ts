import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composerJsonParser, composerLockParser } from '../../../src/ecosystems/composer/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/composer/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('composer/composer-json', () => {
  it('claims composer.json only', () => {
    for (const path of ['composer.json', 'packages/shop/composer.json']) expect(composerJsonParser.claims(path), path).toBe(true);
    for (const path of ['composer.json.dist', 'composer.lock', 'package.json', 'docs/composer.json.md']) expect(composerJsonParser.claims(path), path).toBe(false);
  });

  it('reads require and require-dev (dev), skipping php and ext-* platform packages', () => {
    const result = composerJsonParser.parse(fixture('composer-require.json'), 'composer.json');
    expect(rows(result)).toEqual([
      ['sentry/sentry-laravel', 7, 10, true, false],
      ['stripe/stripe-php', 8, 10, true, false],
      ['segmentio/analytics-php', 9, 10, true, false],
      ['phpunit/phpunit', 12, 10, true, true],
      ['mixpanel/mixpanel-php', 13, 10, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps what it read from broken JSON and reports where it broke', () => {
    const result = composerJsonParser.parse(fixture('malformed.json'), 'composer.json');
    expect(result.packages.map((entry) => entry.name)).toEqual(['sentry/sentry-laravel', 'stripe/stripe-php']);
    expect(result.problems).toEqual([{ line: 4, column: 29, message: 'not valid JSON: ColonExpected' }]);
  });

  it('reads an empty file as no packages', () => {
    expect(composerJsonParser.parse(fixture('empty.json'), 'composer.json').packages).toEqual([]);
  });
});

describe('composer/composer-lock', () => {
  it('claims composer.lock only', () => {
    expect(composerLockParser.claims('composer.lock')).toBe(true);
    for (const path of ['composer.lock.bak', 'composer.json', 'package-lock.json']) expect(composerLockParser.claims(path), path).toBe(false);
  });

  it('reads packages and packages-dev (dev) as transitive', () => {
    const result = composerLockParser.parse(fixture('composer-lock-packages.lock'), 'composer.lock');
    expect(rows(result)).toEqual([
      ['sentry/sentry', 8, 22, false, false],
      ['sentry/sentry-laravel', 12, 22, false, false],
      ['mixpanel/mixpanel-php', 18, 22, false, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps what it read from a truncated lockfile and reports where it broke', () => {
    const result = composerLockParser.parse(fixture('malformed.lock'), 'composer.lock');
    expect(result.packages.map((entry) => entry.name)).toEqual(['sentry/sentry', 'stripe/stripe-php']);
    expect(result.problems).toMatchObject([{ line: 9, column: 1 }]);
  });

  it('reads an empty file as no packages', () => {
    expect(composerLockParser.parse(fixture('empty.lock'), 'composer.lock').packages).toEqual([]);
  });
});
