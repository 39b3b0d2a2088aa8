import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentYmlParser } from '../../../src/ecosystems/conda/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/conda/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ ecosystem, name, line, column, direct, dev }) => [ecosystem, name, line, column, direct, dev]);

describe('conda/environment-yml', () => {
  it('claims conda environment files', () => {
    for (const path of ['environment.yml', 'envs/environment-dev.yaml', 'conda.yaml']) expect(environmentYmlParser.claims(path), path).toBe(true);
    for (const path of ['docker-compose.yml', 'environments.yml', '.github/workflows/env.yml']) expect(environmentYmlParser.claims(path), path).toBe(false);
  });

  it('reads conda specs (channel prefixes dropped) and the pip list as PyPI names; python and pip are not packages', () => {
    const result = environmentYmlParser.parse(fixture('environment-pip.yml'), 'environment.yml');
    expect(rows(result)).toEqual([
      ['pypi', 'numpy', 8, 5, true, false],
      ['pypi', 'sentry-sdk', 9, 18, true, false],
      ['pypi', 'posthog', 11, 9, true, false],
      ['pypi', 'openai', 12, 10, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports invalid YAML at its line and keeps going', () => {
    const result = environmentYmlParser.parse(fixture('environment-malformed.yml'), 'environment.yml');
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });
});
