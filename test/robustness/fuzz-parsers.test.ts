import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { PARSERS } from '../../src/ecosystems/index.js';
import { decodeText } from '../../src/files/filter.js';
import { scanFiles } from '../../src/scan.js';
import type { ParseResult, Position } from '../../src/types.js';
import { mutatedInput, seedsUnder } from './mutate.js';
import { counted, SEED } from './record.js';
import { cpuMark, cpuMsSince } from './cpu-time.js';

// Every file-format parser, fed mutated copies of the fixtures of its ecosystem: it never throws,
// returns well-formed positions, and finishes in bounded time; through scanFiles the same bytes
// never throw either (the parser's problems become parse-warnings downstream).

const RUNS = 200;
/** Far above any honest parse of these inputs (< 200 KB each); a hang or quadratic blow-up exceeds it. */
const TIME_LIMIT_MS = 4_000;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ecosystems');

/** One path each parser claims; a new parser must add its file name here (the test says which). */
const CANDIDATES = [
  'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'requirements.txt', 'pyproject.toml',
  'setup.cfg', 'setup.py', 'Pipfile', 'Pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'Gemfile', 'app.gemspec',
  'Gemfile.lock', 'go.mod', 'go.sum', 'vendor/modules.txt', 'pom.xml', 'app/build.gradle', 'app/build.gradle.kts',
  'gradle/libs.versions.toml', 'gradle.lockfile', 'app/src/main/AndroidManifest.xml', 'app/google-services.json', 'Podfile',
  'Podfile.lock', 'Package.swift', 'Package.resolved', 'Cartfile', 'App/Info.plist', 'App/GoogleService-Info.plist',
  'App/PrivacyInfo.xcprivacy', 'App/App.entitlements', 'src/App.csproj', 'Directory.Packages.props', 'packages.config', 'packages.lock.json',
  'composer.json', 'composer.lock', 'pubspec.yaml', 'pubspec.lock', 'Cargo.toml', 'Cargo.lock', 'App.xcodeproj/project.pbxproj',
  'mix.exs', 'mix.lock', 'build.sbt', 'environment.yml', 'buildSrc/src/main/kotlin/Dependencies.kt', 'Packages/manifest.json',
  'Packages/packages-lock.json', 'supabase/functions/deno.json',
];

const catalog = buildCatalog();

function expectPosition(position: Position, what: string): void {
  expect(Number.isInteger(position.line) && position.line >= 1, `${what} line ${position.line}`).toBe(true);
  expect(Number.isInteger(position.column) && position.column >= 1, `${what} column ${position.column}`).toBe(true);
}

function expectWellFormed(result: ParseResult): void {
  expect(Array.isArray(result.packages)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  for (const item of result.packages) {
    expect(typeof item.name).toBe('string');
    expectPosition(item, `package ${item.name}`);
  }
  for (const item of result.problems) {
    expect(typeof item.message).toBe('string');
    // A stack overflow caught by a library is not a safe outcome: V8 can abort the process when it
    // compiles a regular expression that close to the stack limit. Depth must be bounded first.
    expect(item.message).not.toMatch(/call stack|string length|out of memory/i);
    expectPosition(item, `problem "${item.message}"`);
  }
  for (const item of result.platformKeys ?? []) expectPosition(item, `platform key ${item.key}`);
  for (const item of result.hosts ?? []) expectPosition(item, `host ${item.host}`);
}

describe('fuzz: file-format parsers', () => {
  it('every parser claims one of the candidate paths', () => {
    const unclaimed = PARSERS.filter((parser) => !CANDIDATES.some((path) => parser.claims(path))).map((parser) => parser.id);
    expect(unclaimed).toEqual([]);
  });

  for (const parser of PARSERS) {
    it(`${parser.id} never throws and stays bounded on mutated input`, () => {
      const path = CANDIDATES.find((candidate) => parser.claims(candidate))!;
      const seeds = seedsUnder(join(FIXTURES, parser.id.split('/')[0]!));
      const target = counted(`parser ${parser.id}`, (bytes: Buffer) => {
        const started = cpuMark();
        expectWellFormed(parser.parse(decodeText(bytes), path));
        const files = scanFiles([{ path, size: bytes.length }], () => bytes, catalog);
        for (const { problem } of files.parseProblems) expectPosition(problem, 'scanFiles problem');
        const elapsed = cpuMsSince(started);
        expect(elapsed, `${bytes.length} bytes took ${Math.round(elapsed)} ms`).toBeLessThan(TIME_LIMIT_MS);
      });
      try {
        fc.assert(fc.property(mutatedInput(seeds), target.run), { seed: SEED, numRuns: RUNS, endOnFailure: true });
      } finally {
        target.done();
      }
    });
  }
});
