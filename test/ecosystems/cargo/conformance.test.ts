import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cargoParsers } from '../../../src/ecosystems/cargo/index.js';
import { normalizePackageName } from '../../../src/ecosystems/normalize.js';

// Every cargo parser on every cargo fixture (its own format or not): never throws, stays in its
// ecosystem, points each name at where it is written, and yields names normalisation is stable on.
const folder = new URL('../../fixtures/ecosystems/cargo/', import.meta.url);
const fixtures = readdirSync(folder).map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));

describe('cargo parsers: conformance', () => {
  for (const parser of cargoParsers) {
    it(`${parser.id} reads every fixture without throwing, with positions at the names`, () => {
      for (const fixture of fixtures) {
        const result = parser.parse(fixture.text, fixture.name);
        const lines = fixture.text.split(/\r?\n/);
        for (const entry of result.packages) {
          expect(entry.ecosystem, fixture.name).toBe('cargo');
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
    const ids = cargoParsers.map((parser) => parser.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('normalizePackageName is idempotent on every name the parsers produce', () => {
    const names = fixtures.flatMap((fixture) => cargoParsers.flatMap((parser) => parser.parse(fixture.text, fixture.name).packages.map((entry) => entry.name)));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const once = normalizePackageName('cargo', name);
      expect(normalizePackageName('cargo', once), name).toBe(once);
    }
  });

  it('parses garbage and binary-looking text without throwing', () => {
    for (const text of ['\u0000\u0001\u0002', '}{][', '"unterminated', '\uFEFF', 'a'.repeat(10_000)]) {
      for (const parser of cargoParsers) expect(() => parser.parse(text, 'x'), parser.id).not.toThrow();
    }
  });
});
