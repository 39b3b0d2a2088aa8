import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdmLockParser, poetryLockParser, uvLockParser } from '../../../src/ecosystems/pypi/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/pypi/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('pypi/poetry-lock', () => {
  it('claims poetry.lock only', () => {
    expect(poetryLockParser.claims('poetry.lock')).toBe(true);
    for (const path of ['poetry.lock.bak', 'uv.lock', 'docs/poetry.lock.md']) expect(poetryLockParser.claims(path), path).toBe(false);
  });

  it('reads every [[package]] as transitive, dev for category "dev"', () => {
    const result = poetryLockParser.parse(fixture('poetry-lock-categories.lock'), 'poetry.lock');
    expect(rows(result)).toEqual([
      ['backoff', 4, 9, false, false],
      ['posthog', 11, 9, false, false],
      ['pytest', 21, 9, false, true],
    ]);
  });

  it('reports a TOML error at its line', () => {
    const result = poetryLockParser.parse(fixture('malformed.lock'), 'poetry.lock');
    expect(result.packages).toEqual([]);
    expect(result.problems).toMatchObject([{ line: 3 }]);
  });

  it('reads an empty file as no packages', () => {
    expect(poetryLockParser.parse(fixture('empty.lock'), 'poetry.lock')).toEqual({ packages: [], problems: [] });
  });
});

describe('pypi/uv-lock', () => {
  it('claims uv.lock only', () => {
    expect(uvLockParser.claims('apps/api/uv.lock')).toBe(true);
    for (const path of ['uv.lock.orig', 'poetry.lock', 'uv.toml']) expect(uvLockParser.claims(path), path).toBe(false);
  });

  it('reads what the workspace project depends on as direct, the rest as transitive, and skips the editable project', () => {
    const result = uvLockParser.parse(fixture('uv-lock-workspace.lock'), 'uv.lock');
    expect(rows(result)).toEqual([
      ['certifi', 13, 9, false, false],
      ['sentry-sdk', 18, 9, true, false],
    ]);
    expect(result.graph?.edges.get('sentry-sdk')).toEqual(new Set(['certifi']));
  });

  it('reports a TOML error at its line', () => {
    expect(uvLockParser.parse(fixture('malformed.lock'), 'uv.lock').problems).toMatchObject([{ line: 3 }]);
  });

  it('reads an empty file as no packages', () => {
    expect(uvLockParser.parse(fixture('empty.lock'), 'uv.lock')).toEqual({ packages: [], problems: [] });
  });
});

describe('pypi/pdm-lock', () => {
  it('claims pdm.lock only', () => {
    expect(pdmLockParser.claims('pdm.lock')).toBe(true);
    for (const path of ['pdm.lock.bak', '.pdm.toml']) expect(pdmLockParser.claims(path), path).toBe(false);
  });

  it('reads packages as transitive, dev when no group is default', () => {
    const result = pdmLockParser.parse(fixture('pdm-lock-groups.lock'), 'pdm.lock');
    expect(rows(result)).toEqual([
      ['mixpanel', 10, 9, false, false],
      ['pytest', 15, 9, false, true],
      ['segment-analytics-python', 20, 9, false, false],
    ]);
  });

  it('reports a TOML error at its line', () => {
    expect(pdmLockParser.parse(fixture('malformed.lock'), 'pdm.lock').problems).toMatchObject([{ line: 3 }]);
  });

  it('reads an empty file as no packages', () => {
    expect(pdmLockParser.parse(fixture('empty.lock'), 'pdm.lock')).toEqual({ packages: [], problems: [] });
  });
});
