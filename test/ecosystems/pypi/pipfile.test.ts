import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pipfileLockParser, pipfileParser } from '../../../src/ecosystems/pypi/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/pypi/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('pypi/pipfile', () => {
  it('claims Pipfile only', () => {
    expect(pipfileParser.claims('Pipfile')).toBe(true);
    expect(pipfileParser.claims('backend/Pipfile')).toBe(true);
    for (const path of ['Pipfile.lock', 'Pipfile.bak', 'docs/Pipfile.md', 'pipfile']) expect(pipfileParser.claims(path), path).toBe(false);
  });

  it('reads [packages] and [dev-packages], skipping the editable project itself', () => {
    const result = pipfileParser.parse(fixture('pipfile-dev-packages.toml'), 'Pipfile');
    expect(rows(result)).toEqual([
      ['posthog', 7, 1, true, false],
      ['sentry-sdk', 8, 1, true, false],
      ['pytest', 12, 1, true, true],
      ['mixpanel', 13, 1, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a TOML syntax error at its line', () => {
    const result = pipfileParser.parse(fixture('malformed.toml'), 'Pipfile');
    expect(result.problems[0]?.line).toBe(6);
  });

  it('reads an empty file as no packages', () => {
    expect(pipfileParser.parse(fixture('empty.toml'), 'Pipfile')).toEqual({ packages: [], problems: [] });
  });
});

describe('pypi/pipfile-lock', () => {
  it('claims Pipfile.lock only', () => {
    expect(pipfileLockParser.claims('Pipfile.lock')).toBe(true);
    for (const path of ['Pipfile', 'Pipfile.lock.orig', 'pipfile.lock.json']) expect(pipfileLockParser.claims(path), path).toBe(false);
  });

  it('reads default and develop as the resolved (transitive) set', () => {
    const result = pipfileLockParser.parse(fixture('pipfile-lock-default-develop.json'), 'Pipfile.lock');
    expect(rows(result)).toEqual([
      ['posthog', 9, 10, false, false],
      ['sentry-sdk', 13, 10, false, false],
      ['mixpanel', 18, 10, false, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps what it read from truncated JSON and reports where it broke', () => {
    const result = pipfileLockParser.parse(fixture('pipfile-lock-truncated.json'), 'Pipfile.lock');
    expect(result.packages.map((entry) => entry.name)).toEqual(['posthog', 'sentry-sdk']);
    expect(result.problems).toEqual([{ line: 8, column: 1, message: 'not valid JSON: CloseBraceExpected' }]);
  });

  it('reads an empty file as a problem-free nothing', () => {
    expect(pipfileLockParser.parse(fixture('empty.json'), 'Pipfile.lock').packages).toEqual([]);
  });
});
