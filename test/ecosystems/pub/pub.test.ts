import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pubspecLockParser, pubspecParser } from '../../../src/ecosystems/pub/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/pub/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, dev }) => [name, line, column, direct, dev]);

describe('pub/pubspec', () => {
  it('claims pubspec.yaml only', () => {
    for (const path of ['pubspec.yaml', 'apps/mobile/pubspec.yaml']) expect(pubspecParser.claims(path), path).toBe(true);
    for (const path of ['pubspec.yaml.bak', 'pubspec.lock', 'pubspec_overrides.yaml', 'docs/pubspec.yaml.md']) expect(pubspecParser.claims(path), path).toBe(false);
  });

  it('reads dependencies and dev_dependencies (dev), skipping SDK packages and overrides', () => {
    const result = pubspecParser.parse(fixture('pubspec-sdk-and-dev.yaml'), 'pubspec.yaml');
    expect(rows(result)).toEqual([
      ['posthog_flutter', 13, 3, true, false],
      ['sentry_flutter', 14, 3, true, false],
      ['mixpanel_flutter', 15, 3, true, false],
      ['flutter_lints', 22, 3, true, true],
      ['sentry_dart_plugin', 23, 3, true, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a YAML error at its line and keeps what it read', () => {
    const result = pubspecParser.parse(fixture('malformed.yaml'), 'pubspec.yaml');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 5, message: expect.stringMatching(/^not valid YAML: /) });
    expect(result.packages.map((entry) => entry.name)).toContain('posthog_flutter');
  });

  it('reads an empty file as no packages', () => {
    expect(pubspecParser.parse(fixture('empty.yaml'), 'pubspec.yaml')).toEqual({ packages: [], problems: [] });
  });
});

describe('pub/pubspec-lock', () => {
  it('claims pubspec.lock only', () => {
    expect(pubspecLockParser.claims('pubspec.lock')).toBe(true);
    for (const path of ['pubspec.lock.orig', 'pubspec.yaml', 'docs/pubspec.lock.md']) expect(pubspecLockParser.claims(path), path).toBe(false);
  });

  it('reads direct main, direct dev, overridden and transitive kinds, skipping SDK packages', () => {
    const result = pubspecLockParser.parse(fixture('pubspec-lock-kinds.lock'), 'pubspec.lock');
    expect(rows(result)).toEqual([
      ['posthog_flutter', 9, 3, true, false],
      ['sentry', 17, 3, false, false],
      ['sentry_dart_plugin', 24, 3, true, true],
      ['segment_analytics', 31, 3, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it("reads a federated plugin's platform implementations as the direct plugin's own: in_app_purchase brings in_app_purchase_android and _storekit", () => {
    const result = pubspecLockParser.parse(fixture('pubspec-lock-federated-plugin.lock'), 'pubspec.lock');
    expect(rows(result)).toEqual([
      ['in_app_purchase', 4, 3, true, false],
      ['in_app_purchase_android', 11, 3, true, false],
      ['in_app_purchase_platform_interface', 18, 3, false, false],
      ['in_app_purchase_storekit', 25, 3, true, false],
      // sqflite is not a direct dependency here: its Android implementation stays transitive.
      ['sqflite_android', 32, 3, false, false],
    ]);
  });

  it('reports a YAML error at its line', () => {
    const result = pubspecLockParser.parse(fixture('malformed.lock'), 'pubspec.lock');
    expect(result.problems).toMatchObject([{ line: 4, message: expect.stringMatching(/^not valid YAML: /) }]);
  });

  it('reads an empty file as no packages', () => {
    expect(pubspecLockParser.parse(fixture('empty.lock'), 'pubspec.lock')).toEqual({ packages: [], problems: [] });
  });
});
