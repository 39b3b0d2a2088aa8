import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requirementsParser } from '../../../src/ecosystems/pypi/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/pypi/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('pypi/requirements', () => {
  it('claims requirement files and folders of them', () => {
    for (const path of [
      'requirements.txt',
      'services/api/requirements.txt',
      'requirements-dev.txt',
      'requirements_test.txt',
      'dev-requirements.txt',
      'requirements.in',
      'requirements/base.txt',
      'requirements/prod.in',
      'requirements-docker/ci.txt',
    ]) {
      expect(requirementsParser.claims(path), path).toBe(true);
    }
  });

  it('does not claim look-alikes', () => {
    for (const path of ['docs/requirements.md', 'requirements.txt.bak', 'notes/setup.txt', 'requirements/README.md', 'myrequirements.txt', 'requirements']) {
      expect(requirementsParser.claims(path), path).toBe(false);
    }
  });

  it('reads names with extras, markers and comments, and ignores -r/-c and options', () => {
    const result = requirementsParser.parse(fixture('requirements-basic.txt'), 'requirements.txt');
    expect(rows(result)).toEqual([
      ['posthog', 6, 1, true, false],
      ['sentry-sdk', 7, 1, true, false],
      ['mixpanel', 8, 1, true, false],
      ['stripe', 9, 3, true, false],
      ['segment-analytics-python', 10, 1, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads pip-compile output with --hash continuation lines', () => {
    const result = requirementsParser.parse(fixture('requirements-with-hashes.txt'), 'requirements.txt');
    expect(rows(result)).toEqual([
      ['posthog', 4, 1, true, false],
      ['sentry-sdk', 8, 1, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('names URL and editable requirements by `name @`, #egg= or wheel file name, and skips local paths', () => {
    const result = requirementsParser.parse(fixture('requirements-urls-and-editables.txt'), 'requirements.txt');
    expect(rows(result)).toEqual([
      ['sentry-sdk', 1, 65, true, false],
      ['mixpanel', 4, 1, true, false],
      ['posthog', 5, 55, true, false],
      ['segment-analytics-python', 6, 59, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('marks packages of a dev requirements file as dev', () => {
    const text = fixture('requirements-dev.txt');
    for (const path of ['requirements-dev.txt', 'requirements/test.txt', 'dev-requirements.in']) {
      expect(requirementsParser.parse(text, path).packages.every((entry) => entry.dev), path).toBe(true);
    }
    expect(requirementsParser.parse(text, 'requirements/base.txt').packages.some((entry) => entry.dev)).toBe(false);
  });

  it('reports unreadable lines with their line and keeps the rest', () => {
    const result = requirementsParser.parse(fixture('requirements-malformed.txt'), 'requirements.txt');
    expect(rows(result)).toEqual([
      ['posthog', 1, 1, true, false],
      ['stripe', 4, 1, true, false],
    ]);
    expect(result.problems).toEqual([
      { line: 2, column: 1, message: 'not a requirement pip can read: `==2.0`' },
      { line: 3, column: 1, message: expect.stringContaining('#egg=') },
    ]);
  });

  it('reads an empty file as no packages', () => {
    expect(requirementsParser.parse(fixture('empty.txt'), 'requirements.txt')).toEqual({ packages: [], problems: [] });
  });
});
