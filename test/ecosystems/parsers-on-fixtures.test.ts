import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { androidParsers } from '../../src/ecosystems/android/index.js';
import { appleParsers } from '../../src/ecosystems/apple/index.js';
import { cargoParsers } from '../../src/ecosystems/cargo/index.js';
import { composerParsers } from '../../src/ecosystems/composer/index.js';
import { goParsers } from '../../src/ecosystems/go/index.js';
import { mavenParsers } from '../../src/ecosystems/maven/index.js';
import { normalizePackageName } from '../../src/ecosystems/normalize.js';
import { npmParsers } from '../../src/ecosystems/npm/index.js';
import { nugetParsers } from '../../src/ecosystems/nuget/index.js';
import { pubParsers } from '../../src/ecosystems/pub/index.js';
import { pypiParsers } from '../../src/ecosystems/pypi/index.js';
import { rubygemsParsers } from '../../src/ecosystems/rubygems/index.js';
import type { FileParser } from '../../src/types.js';

// Every parser of an ecosystem on every fixture of that ecosystem (its own format or not): never
// throws, stays in its ecosystem, locates problems, yields names normalisation is stable on, and
// where `namesAtPositions` holds, points each name at where it is written.

const FOLDERS: { folder: string; parsers: FileParser[]; namesAtPositions: boolean }[] = [
  { folder: 'npm', parsers: npmParsers, namesAtPositions: false },
  { folder: 'pypi', parsers: pypiParsers, namesAtPositions: true },
  { folder: 'rubygems', parsers: rubygemsParsers, namesAtPositions: true },
  { folder: 'go', parsers: goParsers, namesAtPositions: true },
  { folder: 'cargo', parsers: cargoParsers, namesAtPositions: true },
  { folder: 'composer', parsers: composerParsers, namesAtPositions: true },
  { folder: 'pub', parsers: pubParsers, namesAtPositions: true },
  { folder: 'maven', parsers: mavenParsers, namesAtPositions: false },
  { folder: 'android', parsers: androidParsers, namesAtPositions: false },
  { folder: 'apple', parsers: appleParsers, namesAtPositions: false },
  { folder: 'nuget', parsers: nugetParsers, namesAtPositions: false },
];

function fixturesIn(folder: string): { name: string; text: string }[] {
  const root = new URL(`../fixtures/ecosystems/${folder}/`, import.meta.url);
  const out: { name: string; text: string }[] = [];
  const walk = (dir: URL, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const url = new URL(name, dir);
      if (statSync(url).isDirectory()) walk(new URL(`${name}/`, dir), `${prefix}${name}/`);
      else out.push({ name: `${prefix}${name}`, text: readFileSync(url, 'utf8') });
    }
  };
  walk(root, '');
  return out;
}

describe.each(FOLDERS)('$folder parsers on every $folder fixture', ({ folder, parsers, namesAtPositions }) => {
  const fixtures = fixturesIn(folder);

  it.each(parsers.map((parser) => [parser.id, parser] as const))('%s never throws and locates what it reads', (_id, parser) => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const result = parser.parse(fixture.text, fixture.name);
      const lines = fixture.text.split(/\r?\n/);
      for (const entry of result.packages) {
        expect(entry.line, `${fixture.name}: ${entry.name}`).toBeGreaterThanOrEqual(1);
        expect(entry.column, `${fixture.name}: ${entry.name}`).toBeGreaterThanOrEqual(1);
        if (parser.ecosystem !== 'android' && parser.ecosystem !== 'ios') expect(entry.ecosystem, fixture.name).toBe(parser.ecosystem);
        if (namesAtPositions) expect(lines[entry.line - 1]?.slice(entry.column - 1).startsWith(entry.name), `${fixture.name}: ${entry.name}`).toBe(true);
      }
      for (const problem of result.problems) {
        expect(problem.line, fixture.name).toBeGreaterThanOrEqual(1);
        expect(problem.column, fixture.name).toBeGreaterThanOrEqual(1);
        expect(problem.message, fixture.name).not.toBe('');
      }
    }
  });

  it('normalizePackageName is idempotent on every name the parsers produce', () => {
    for (const fixture of fixtures) {
      for (const parser of parsers) {
        for (const entry of parser.parse(fixture.text, fixture.name).packages) {
          const once = normalizePackageName(entry.ecosystem, entry.name);
          expect(normalizePackageName(entry.ecosystem, once), entry.name).toBe(once);
        }
      }
    }
  });

  it('parses garbage and binary-looking text without throwing', () => {
    for (const text of ['\u0000\u0001\u0002', '}{][', '"unterminated', '\uFEFF', '<', 'a'.repeat(10_000)]) {
      for (const parser of parsers) expect(() => parser.parse(text, 'x'), parser.id).not.toThrow();
    }
  });
});
