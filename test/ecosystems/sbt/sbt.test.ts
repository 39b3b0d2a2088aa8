import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSbtParser } from '../../../src/ecosystems/sbt/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/sbt/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ ecosystem, name, line, column, direct, dev }) => [ecosystem, name, line, column, direct, dev]);

describe('sbt/build-sbt', () => {
  it('claims .sbt files and Scala build definitions under project/', () => {
    for (const path of ['build.sbt', 'project/plugins.sbt', 'project/Dependencies.scala', 'modules/api/project/Deps.scala']) expect(buildSbtParser.claims(path), path).toBe(true);
    for (const path of ['src/main/scala/App.scala', 'build.sbt.bak', 'project/build.properties']) expect(buildSbtParser.claims(path), path).toBe(false);
  });

  it('reads module IDs as Maven coordinates; Test and "test" scopes are dev; comments are not read', () => {
    const result = buildSbtParser.parse(fixture('build-sbt-scopes.sbt'), 'build.sbt');
    expect(rows(result)).toEqual([
      ['maven', 'io.sentry:sentry-logback', 7, 8, true, false],
      ['maven', 'com.segment.analytics.java:analytics', 8, 8, true, false],
      ['maven', 'org.scalatest:scalatest', 10, 8, true, true],
      ['maven', 'com.stripe:stripe-java', 11, 8, true, true],
      ['maven', 'com.amplitude:java-sdk', 13, 29, true, false],
    ]);
  });

  it('reads sbt plugins as build-only', () => {
    expect(rows(buildSbtParser.parse(fixture('plugins.sbt'), 'project/plugins.sbt'))).toEqual([['maven', 'io.sentry:sbt-sentry', 1, 15, true, true]]);
  });
});
