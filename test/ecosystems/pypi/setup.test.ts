import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupCfgParser, setupPyParser } from '../../../src/ecosystems/pypi/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/pypi/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('pypi/setup-cfg', () => {
  it('claims setup.cfg only', () => {
    expect(setupCfgParser.claims('setup.cfg')).toBe(true);
    expect(setupCfgParser.claims('libs/sdk/setup.cfg')).toBe(true);
    for (const path of ['setup.cfg.orig', 'tox.ini', 'docs/setup.cfg.md']) expect(setupCfgParser.claims(path), path).toBe(false);
  });

  it('reads install_requires, tests_require and extras_require (dev extras are dev)', () => {
    const result = setupCfgParser.parse(fixture('setup-cfg-extras.cfg'), 'setup.cfg');
    expect(rows(result)).toEqual([
      ['posthog', 7, 5, true, false],
      ['sentry-sdk', 8, 5, true, false],
      ['stripe', 10, 5, true, false],
      ['pytest', 11, 17, true, true],
      ['segment-analytics-python', 14, 11, true, false],
      ['mixpanel', 16, 5, true, true],
      ['black', 17, 5, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports unreadable lines and keeps the rest', () => {
    const result = setupCfgParser.parse(fixture('setup-cfg-malformed.cfg'), 'setup.cfg');
    expect(rows(result)).toEqual([['posthog', 3, 5, true, false]]);
    expect(result.problems.map(({ line, column }) => [line, column])).toEqual([
      [4, 5],
      [5, 1],
    ]);
  });

  it('reads an empty file as no packages', () => {
    expect(setupCfgParser.parse(fixture('empty.cfg'), 'setup.cfg')).toEqual({ packages: [], problems: [] });
  });
});

describe('pypi/setup-py', () => {
  it('claims setup.py only', () => {
    expect(setupPyParser.claims('setup.py')).toBe(true);
    for (const path of ['setup.py.bak', 'scripts/setup_py.txt', 'my_setup.py']) expect(setupPyParser.claims(path), path).toBe(false);
  });

  it('reads string literals in install_requires, tests_require and extras_require without running the file', () => {
    const result = setupPyParser.parse(fixture('setup-py-literal.py'), 'setup.py');
    expect(rows(result)).toEqual([
      ['posthog', 7, 10, true, false],
      ['sentry-sdk', 8, 10, true, false],
      ['stripe', 9, 10, true, false],
      ['pytest', 11, 21, true, true],
      ['mixpanel', 11, 31, true, true],
      ['segment-analytics-python', 13, 22, true, false],
      ['black', 14, 18, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports an unclosed list at its line and keeps what it read', () => {
    const result = setupPyParser.parse(fixture('setup-py-unclosed.py'), 'setup.py');
    expect(result.packages.map((entry) => entry.name)).toEqual(['posthog', 'sentry-sdk']);
    expect(result.problems).toEqual([{ line: 5, column: 5, message: 'install_requires list is never closed' }]);
  });

  it('reports a computed install_requires instead of guessing', () => {
    const result = setupPyParser.parse(fixture('setup-py-computed.py'), 'setup.py');
    expect(result.packages).toEqual([]);
    expect(result.problems).toEqual([{ line: 6, column: 24, message: expect.stringContaining('not a literal list') }]);
  });

  it('reads an empty file as no packages', () => {
    expect(setupPyParser.parse(fixture('empty.py'), 'setup.py')).toEqual({ packages: [], problems: [] });
  });
});
