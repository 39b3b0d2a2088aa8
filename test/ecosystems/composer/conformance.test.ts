import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composerParsers } from '../../../src/ecosystems/composer/index.js';
import { normalizePackageName } from '../../../src/ecosystems/normalize.js';

// Every composer parser on every composer fixture (its own format or not): never throws, stays in its
// ecosystem, points each name at where it is written, and yields names normalisation is stable on.
const folder = new URL('../../fixtures/ecosystems/composer/', import.meta.url);
const fixtures = readdirSync(folder).map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));

describe('composer parsers: conformance', () => {
  for (const parser of composerParsers) {
    it(`${parser.id} reads every fixture without throwing, with positions at the names`, () => {
      for (const fixture of fixtures) {
        const result = parser.parse(fixture.text, fixture.name);
        const lines = fixture.text.split(/\r?\n/);
        for (const entry of result.packages) {
          expect(entry.ecosystem, fixture.name).toBe('composer');
          expect(lines[entry.line - 1]?.slice(entry.column - 1).startsWith(entry.name), `${fixture.name}: ${entry.name}`).toBe(true);
        }
        for (const problem of result.problems) {
          expect(problem.line, fixture.name).toBeGreaterThanOrEqual(1);
          expect(problem.column, fixture.name).toBeGreaterThanOrEqual(1);
          expect(problem.message, fixture.name).not.toBe('');
        }
      }
    });
  }

  it('has unique parser ids', () => {
    const ids = composerParsers.map((parser) => parser.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('normalizePackageName is idempotent on every name the parsers produce', () => {
    const names = fixtures.flatMap((fixture) => composerParsers.flatMap((parser) => parser.parse(fixture.text, fixture.name).packages.map((entry) => entry.name)));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const once = normalizePackageName('composer', name);
      expect(normalizePackageName('composer', once), name).toBe(once);
    }
  });

  it('parses garbage and binary-looking text without throwing', () => {
    for (const text of ['\u0000\u0001\u0002', '}{][', '"unterminated', '\uFEFF', 'a'.repeat(10_000)]) {
      for (const parser of composerParsers) expect(() => parser.parse(text, 'x'), parser.id).not.toThrow();
    }
  });
});
