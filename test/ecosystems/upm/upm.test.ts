import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unityLockParser, unityManifestParser } from '../../../src/ecosystems/upm/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/upm/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ name, line, column, direct, via }) => [name, line, column, direct, ...(via ? [via] : [])]);

describe('upm/manifest', () => {
  it('reads every dependency of a Unity project, registry versions, Git URLs and local tarballs alike, as direct', () => {
    const result = unityManifestParser.parse(fixture('manifest.json'), 'Packages/manifest.json');
    expect(rows(result)).toEqual([
      ['com.google.external-dependency-manager', 3, 6, true],
      ['com.google.firebase.analytics', 4, 6, true],
      ['com.google.firebase.crashlytics', 5, 6, true],
      ['com.appsflyer.sdk', 6, 6, true],
      ['com.unity.textmeshpro', 7, 6, true],
      ['com.unity.ugui', 8, 6, true],
      ['com.unity.modules.audio', 9, 6, true],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports broken JSON with its place and keeps what it could read', () => {
    const result = unityManifestParser.parse('{\n  "dependencies": {\n    "com.google.ads.mobile": "9.2.0",\n    "com.unity.ugui": \n', 'Packages/manifest.json');
    expect(result.packages.map((item) => item.name)).toContain('com.google.ads.mobile');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBeGreaterThan(1);
  });
});

describe('upm/packages-lock', () => {
  it('depth 0 is direct, deeper is transitive with its chain; the engine\'s builtin modules are not packages', () => {
    const result = unityLockParser.parse(fixture('packages-lock.json'), 'Packages/packages-lock.json');
    expect(rows(result)).toEqual([
      ['com.google.external-dependency-manager', 3, 6, false],
      ['com.google.firebase.analytics', 10, 6, true],
      ['com.google.firebase.app', 19, 6, false],
    ]);
    expect([...(result.graph?.edges.get('com.google.firebase.analytics') ?? [])]).toEqual(['com.google.firebase.app']);
    expect([...(result.graph?.roots ?? [])]).toEqual(['com.google.firebase.analytics']);
  });

  it('reads an empty or unexpected lock quietly, and never throws on odd shapes', () => {
    expect(unityLockParser.parse('{}', 'Packages/packages-lock.json')).toEqual({ packages: [], problems: [] });
    expect(unityLockParser.parse('{"dependencies": {"a": 1, "b": {"depth": "0"}}}', 'Packages/packages-lock.json').packages.map((item) => [item.name, item.direct])).toEqual([['b', false]]);
  });
});
