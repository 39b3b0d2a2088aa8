import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cargoLockParser, cargoTomlParser } from '../../../src/ecosystems/cargo/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/cargo/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('cargo/cargo-toml', () => {
  it('claims Cargo.toml only', () => {
    for (const path of ['Cargo.toml', 'crates/server/Cargo.toml']) expect(cargoTomlParser.claims(path), path).toBe(true);
    for (const path of ['Cargo.toml.example', 'Cargo.lock', 'cargo.toml', 'docs/Cargo.toml.md']) expect(cargoTomlParser.claims(path), path).toBe(false);
  });

  it('reads every dependency table; dev and build tables are dev; renames report the real crate; path crates are skipped', () => {
    const result = cargoTomlParser.parse(fixture('cargo-toml-tables.toml'), 'Cargo.toml');
    expect(rows(result)).toEqual([
      ['sentry', 7, 1, true, false],
      ['posthog-rs', 8, 2, true, false],
      ['async-stripe', 9, 27, true, false],
      ['tokio', 11, 1, true, false],
      ['segment', 13, 15, true, false],
      ['mockito', 17, 1, true, true],
      // Same crate in [dev-dependencies]: found in that table, not in [dependencies].
      ['sentry', 18, 1, true, true],
      ['cc', 21, 1, true, true],
      ['mixpanel', 24, 1, true, false],
      ['winapi', 27, 1, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads [workspace.dependencies]', () => {
    const result = cargoTomlParser.parse(fixture('cargo-toml-workspace.toml'), 'Cargo.toml');
    expect(rows(result)).toEqual([
      ['sentry', 6, 1, true, false],
      ['tokio', 7, 1, true, false],
    ]);
  });

  it('reports a TOML error (a duplicate key) at its line and column', () => {
    const result = cargoTomlParser.parse(fixture('malformed.toml'), 'Cargo.toml');
    expect(result.packages).toEqual([]);
    expect(result.problems).toEqual([{ line: 6, column: 1, message: expect.stringMatching(/^not valid TOML: /) }]);
  });

  it('reads an empty file as no packages', () => {
    expect(cargoTomlParser.parse(fixture('empty.toml'), 'Cargo.toml')).toEqual({ packages: [], problems: [] });
  });
});

describe('cargo/cargo-lock', () => {
  it('claims Cargo.lock only', () => {
    expect(cargoLockParser.claims('Cargo.lock')).toBe(true);
    for (const path of ['Cargo.lock.orig', 'Cargo.toml', 'cargo.lock']) expect(cargoLockParser.claims(path), path).toBe(false);
  });

  it('reads what the workspace crates depend on as direct, the other sourced packages as transitive, and skips the workspace crates', () => {
    const result = cargoLockParser.parse(fixture('cargo-lock-transitive.lock'), 'Cargo.lock');
    expect(rows(result)).toEqual([
      ['sentry', 13, 9, true, false],
      ['sentry-core', 22, 9, false, false],
      ['posthog-rs', 27, 9, false, false],
    ]);
    expect(result.graph?.edges.get('sentry')).toEqual(new Set(['sentry-core']));
  });

  it('reports a TOML error at its line', () => {
    const result = cargoLockParser.parse(fixture('malformed.lock'), 'Cargo.lock');
    expect(result.problems).toMatchObject([{ line: 3, message: expect.stringMatching(/^not valid TOML: /) }]);
  });

  it('reads an empty file as no packages', () => {
    expect(cargoLockParser.parse(fixture('empty.lock'), 'Cargo.lock')).toEqual({ packages: [], problems: [] });
  });
});
