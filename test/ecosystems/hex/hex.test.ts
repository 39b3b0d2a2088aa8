import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mixExsParser, mixLockParser } from '../../../src/ecosystems/hex/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/hex/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('hex/mix-exs', () => {
  it('claims mix.exs only', () => {
    expect(mixExsParser.claims('apps/web/mix.exs')).toBe(true);
    for (const path of ['mix.lock', 'lib/mix.ex', 'config/mix.exs.bak']) expect(mixExsParser.claims(path), path).toBe(false);
  });

  it('reads dependency tuples; only: [:dev, :test] is dev; comments, umbrella and path deps are not packages', () => {
    const result = mixExsParser.parse(fixture('mix-exs-dev-only.exs'), 'mix.exs');
    expect(rows(result)).toEqual([
      ['phoenix', 11, 9, true, false],
      ['sentry', 12, 9, true, false],
      ['hackney', 13, 9, true, false],
      ['stripity_stripe', 14, 9, true, false],
      ['credo', 16, 9, true, true],
      ['ex_machina', 17, 9, true, true],
      // :prod among the environments: it ships.
      ['telemetry_poller', 18, 9, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('hex/mix-lock', () => {
  it('claims mix.lock only', () => {
    expect(mixLockParser.claims('mix.lock')).toBe(true);
    expect(mixLockParser.claims('mix.exs')).toBe(false);
  });

  it('reads every locked package as transitive, hex and git entries alike', () => {
    const result = mixLockParser.parse(fixture('mix-lock.lock'), 'mix.lock');
    expect(rows(result)).toEqual([
      ['certifi', 2, 4, false, false],
      ['hackney', 3, 4, false, false],
      ['sentry', 4, 4, false, false],
      ['stripity_stripe', 5, 4, false, false],
    ]);
  });

  it('reports a file that is not a lock map, and reads an empty one quietly', () => {
    expect(mixLockParser.parse(fixture('mix-lock-malformed.lock'), 'mix.lock').problems).toHaveLength(1);
    expect(mixLockParser.parse('', 'mix.lock')).toEqual({ packages: [], problems: [] });
  });
});
