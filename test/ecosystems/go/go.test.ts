import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goModParser, goSumParser, vendorModulesParser } from '../../../src/ecosystems/go/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/go/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('go/go-mod', () => {
  it('claims go.mod only', () => {
    for (const path of ['go.mod', 'services/api/go.mod']) expect(goModParser.claims(path), path).toBe(true);
    for (const path of ['go.mod.orig', 'go.sum', 'docs/go.mod.md', 'vendor/modules.txt']) expect(goModParser.claims(path), path).toBe(false);
  });

  it('reads single-line and block requires; // indirect is not direct; exclude is ignored', () => {
    const result = goModParser.parse(fixture('go-mod-indirect.mod'), 'go.mod');
    expect(rows(result)).toEqual([
      ['github.com/getsentry/sentry-go', 7, 9, true, false],
      ['github.com/posthog/posthog-go', 10, 2, true, false],
      ['github.com/stripe/stripe-go/v76', 11, 3, true, false],
      ['github.com/google/uuid', 12, 2, false, false],
      ['github.com/stretchr/testify', 13, 2, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('counts a non-local replacement as declared, as direct as the module it replaces', () => {
    const result = goModParser.parse(fixture('go-mod-replace.mod'), 'go.mod');
    expect(rows(result)).toEqual([
      ['github.com/segmentio/analytics-go/v3', 6, 2, true, false],
      ['github.com/google/uuid', 7, 2, false, false],
      ['github.com/acme/shared', 8, 2, true, false],
      ['github.com/acme/analytics-go/v3', 11, 49, true, false],
      ['github.com/acme/uuid', 14, 35, false, false],
    ]);
  });

  it('reports a require without version and an unclosed block, keeping the rest', () => {
    const result = goModParser.parse(fixture('go-mod-unclosed.mod'), 'go.mod');
    expect(rows(result)).toEqual([['github.com/posthog/posthog-go', 6, 2, true, false]]);
    expect(result.problems).toEqual([
      { line: 3, column: 9, message: expect.stringContaining('module/path version') },
      { line: 5, column: 1, message: '`require (` block is never closed' },
    ]);
  });

  it('reads an empty file as no packages', () => {
    expect(goModParser.parse(fixture('empty.mod'), 'go.mod')).toEqual({ packages: [], problems: [] });
  });
});

describe('go/go-sum', () => {
  it('claims go.sum only', () => {
    expect(goSumParser.claims('go.sum')).toBe(true);
    for (const path of ['go.sum.orig', 'go.mod', 'go.work.sum.md']) expect(goSumParser.claims(path), path).toBe(false);
  });

  it('reads each module once as transitive evidence, /go.mod lines included', () => {
    const result = goSumParser.parse(fixture('go-sum-transitive.sum'), 'go.sum');
    expect(rows(result)).toEqual([
      ['github.com/getsentry/sentry-go', 1, 1, false, false],
      ['github.com/google/uuid', 3, 1, false, false],
      ['github.com/posthog/posthog-go', 5, 1, false, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a line without a hash and keeps the rest', () => {
    const result = goSumParser.parse(fixture('go-sum-malformed.sum'), 'go.sum');
    expect(result.packages.map((entry) => entry.name)).toEqual(['github.com/getsentry/sentry-go', 'github.com/posthog/posthog-go']);
    expect(result.problems).toMatchObject([{ line: 2, column: 1 }]);
  });

  it('reads an empty file as no packages', () => {
    expect(goSumParser.parse(fixture('empty.sum'), 'go.sum')).toEqual({ packages: [], problems: [] });
  });
});

describe('go/vendor-modules', () => {
  it('claims vendor/modules.txt only', () => {
    for (const path of ['vendor/modules.txt', 'services/api/vendor/modules.txt']) expect(vendorModulesParser.claims(path), path).toBe(true);
    for (const path of ['modules.txt', 'vendor/modules.txt.orig', 'notvendor/modules.txt', 'vendor/github.com/x/modules.txt.md']) {
      expect(vendorModulesParser.claims(path), path).toBe(false);
    }
  });

  it('reads modules as transitive unless ## explicit, with non-local replacements', () => {
    const result = vendorModulesParser.parse(fixture('vendor-modules-explicit.txt'), 'vendor/modules.txt');
    expect(rows(result)).toEqual([
      ['github.com/getsentry/sentry-go', 1, 3, true, false],
      ['github.com/google/uuid', 5, 3, false, false],
      ['github.com/segmentio/analytics-go/v3', 7, 3, true, false],
      ['github.com/acme/analytics-go/v3', 7, 50, true, false],
      ['github.com/acme/shared', 10, 3, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a module line without a path', () => {
    const result = vendorModulesParser.parse(fixture('vendor-modules-malformed.txt'), 'vendor/modules.txt');
    expect(rows(result)).toEqual([['github.com/getsentry/sentry-go', 1, 3, true, false]]);
    expect(result.problems).toMatchObject([{ line: 4, column: 1 }]);
  });

  it('reads an empty file as no packages', () => {
    expect(vendorModulesParser.parse(fixture('empty.txt'), 'vendor/modules.txt')).toEqual({ packages: [], problems: [] });
  });
});
