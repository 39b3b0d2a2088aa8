import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pyprojectParser } from '../../../src/ecosystems/pypi/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/pypi/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('pypi/pyproject', () => {
  it('claims pyproject.toml anywhere and nothing else', () => {
    expect(pyprojectParser.claims('pyproject.toml')).toBe(true);
    expect(pyprojectParser.claims('services/api/pyproject.toml')).toBe(true);
    for (const path of ['pyproject.toml.example', 'docs/pyproject.md', 'my-pyproject.toml', 'Cargo.toml']) {
      expect(pyprojectParser.claims(path), path).toBe(false);
    }
  });

  it('reads PEP 621 dependencies and optional groups, dev for test/docs, skipping the project itself', () => {
    const result = pyprojectParser.parse(fixture('pyproject-pep621.toml'), 'pyproject.toml');
    expect(rows(result)).toEqual([
      ['posthog', 9, 4, true, false],
      ['sentry-sdk', 10, 4, true, false],
      ['stripe', 11, 4, true, false],
      ['segment-analytics-python', 15, 15, true, false],
      ['mixpanel', 15, 48, true, false],
      ['pytest', 16, 10, true, true],
      ['mkdocs', 17, 10, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads Poetry dependencies and groups: dev unless the group is main; skips python and path deps', () => {
    const result = pyprojectParser.parse(fixture('pyproject-poetry-groups.toml'), 'pyproject.toml');
    expect(rows(result)).toEqual([
      ['posthog', 7, 1, true, false],
      ['sentry-sdk', 8, 1, true, false],
      ['mixpanel', 19, 1, true, true],
      ['stripe', 12, 1, true, false],
      ['pytest', 15, 1, true, true],
      // The same name in another table is found in that table, not the first one.
      ['posthog', 16, 1, true, true],
    ]);
  });

  it('reads PEP 735 groups, PDM, uv and Hatch tables as dev-only', () => {
    const result = pyprojectParser.parse(fixture('pyproject-dev-tables.toml'), 'pyproject.toml');
    expect(rows(result)).toEqual([
      ['sentry-sdk', 3, 18, true, false],
      ['posthog', 10, 15, true, true],
      ['mixpanel', 13, 22, true, true],
      ['pytest', 6, 10, true, true],
      ['ruff', 7, 10, true, true],
      ['coverage', 16, 18, true, true],
      ['mkdocs-material', 19, 24, true, true],
    ]);
  });

  it('reports a TOML syntax error at its line without throwing', () => {
    const result = pyprojectParser.parse(fixture('malformed.toml'), 'pyproject.toml');
    expect(result.packages).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 6, column: 1, message: expect.stringMatching(/^not valid TOML: /) });
  });

  it('reads an empty file as no packages', () => {
    expect(pyprojectParser.parse(fixture('empty.toml'), 'pyproject.toml')).toEqual({ packages: [], problems: [] });
  });
});
