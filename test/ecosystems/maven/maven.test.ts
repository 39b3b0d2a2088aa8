import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLogicParser,
  gradleLockfileParser,
  gradleParser,
  mavenParsers,
  pomParser,
  versionCatalogParser,
} from '../../../src/ecosystems/maven/index.js';
import type { FileParser } from '../../../src/types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/ecosystems/maven/${name}`, import.meta.url), 'utf8');

const parse = (parser: FileParser, name: string, path: string) => parser.parse(fixture(name), path);

const names = (result: { packages: { name: string }[] }): string[] => result.packages.map((p) => p.name);

describe('mavenParsers', () => {
  it('lists one parser per format', () => {
    expect(mavenParsers.map((p) => p.id)).toEqual([
      'maven/pom',
      'maven/gradle',
      'maven/version-catalog',
      'maven/gradle-lockfile',
      'maven/build-logic',
    ]);
  });

  it.each([
    ['pom.xml', 'maven/pom'],
    ['services/api/pom.xml', 'maven/pom'],
    ['build.gradle', 'maven/gradle'],
    ['app/build.gradle.kts', 'maven/gradle'],
    ['gradle/libs.versions.toml', 'maven/version-catalog'],
    ['gradle.lockfile', 'maven/gradle-lockfile'],
    ['app/gradle/dependency-locks/releaseRuntimeClasspath.lockfile', 'maven/gradle-lockfile'],
  ])('claims %s', (path, id) => {
    expect(mavenParsers.filter((p) => p.claims(path)).map((p) => p.id)).toEqual([id]);
  });

  it.each([
    'docs/pom.xml.md',
    'pom.xml.bak',
    'my-pom.xml',
    'build.gradle.orig',
    'build.gradle.kts.bak',
    'gradle/libs.toml',
    'Cargo.toml',
    'gradle.lockfile.old',
    'yarn.lock',
    'other.lockfile',
  ])('does not claim %s', (path) => {
    expect(mavenParsers.filter((p) => p.claims(path))).toEqual([]);
  });
});

describe('pom.xml', () => {
  it('reads dependencies at the line and column of their groupId, not plugins', () => {
    const result = parse(pomParser, 'pom-dependencies.xml', 'pom.xml');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'maven', name: 'io.sentry:sentry', line: 12, column: 16, direct: true, dev: false },
      { ecosystem: 'maven', name: 'com.mixpanel:mixpanel-java', line: 17, column: 16, direct: true, dev: false },
      // provided: supplied at run time by the container, so it still runs in production.
      { ecosystem: 'maven', name: 'com.segment.analytics.java:analytics', line: 22, column: 16, direct: true, dev: false },
    ]);
  });

  it('resolves ${property} from <properties> and project.*, and keeps unknown ones as written', () => {
    const result = parse(pomParser, 'pom-with-properties.xml', 'pom.xml');
    expect(result.problems).toEqual([]);
    expect(result.packages.map(({ name, line, column }) => ({ name, line, column }))).toEqual([
      { name: 'io.sentry:sentry-spring-boot-starter', line: 19, column: 16 },
      { name: 'com.example:shop-core', line: 23, column: 16 },
      { name: '${analytics.group}:analytics', line: 27, column: 16 },
    ]);
  });

  it('marks test-scoped dependencies, profiles included, as dev', () => {
    const result = parse(pomParser, 'pom-test-scope.xml', 'pom.xml');
    expect(result.packages.map(({ name, dev, line }) => ({ name, dev, line }))).toEqual([
      { name: 'com.mixpanel:mixpanel-java', dev: true, line: 8 },
      { name: 'io.sentry:sentry', dev: false, line: 13 },
      { name: 'com.segment.analytics.java:analytics', dev: true, line: 23 },
    ]);
  });

  it('reads dependencyManagement entries and BOM imports as managed version pins, and skips plugins', () => {
    const result = parse(pomParser, 'pom-dependency-management.xml', 'pom.xml');
    expect(result.packages).toEqual([
      { ecosystem: 'maven', name: 'io.sentry:sentry-bom', line: 9, column: 18, direct: true, dev: false, managed: true },
      { ecosystem: 'maven', name: 'com.google.firebase:firebase-admin', line: 16, column: 18, direct: true, dev: false, managed: true },
    ]);
  });

  it('skips a dependency without an artifactId, with a problem at the element', () => {
    const result = parse(pomParser, 'pom-missing-artifact.xml', 'pom.xml');
    expect(names(result)).toEqual(['com.mixpanel:mixpanel-java']);
    expect(result.problems).toEqual([{ line: 3, column: 5, message: expect.stringContaining('<artifactId>') }]);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(pomParser, 'empty.xml', 'pom.xml')).toEqual({ packages: [], problems: [] });
  });

  it('keeps what it read before malformed XML and reports the line', () => {
    const result = parse(pomParser, 'malformed.xml', 'pom.xml');
    expect(names(result)).toContain('io.sentry:sentry');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 9, message: expect.stringMatching(/^not valid XML: /) });
  });

  it('reports a file whose root is not <project>', () => {
    const result = parse(pomParser, 'not-a-pom.xml', 'pom.xml');
    expect(result.packages).toEqual([]);
    expect(result.problems).toEqual([{ line: 1, column: 1, message: expect.stringContaining('<settings>') }]);
  });

  it('never throws on text that is not XML at all', () => {
    const result = pomParser.parse('\u0000\u0001{"not": "xml"}', 'pom.xml');
    expect(result.packages).toEqual([]);
    expect(result.problems[0]?.line).toBe(1);
  });
});

describe('build.gradle and build.gradle.kts', () => {
  it('reads string, map, platform and multi-notation declarations in Groovy', () => {
    const result = parse(gradleParser, 'build-gradle-groovy.gradle', 'app/build.gradle');
    expect(result.problems).toEqual([]);
    expect(names(result)).toEqual([
      'com.google.firebase:firebase-bom',
      'com.google.firebase:firebase-analytics',
      'com.facebook.android:facebook-android-sdk',
      'io.sentry:sentry-android',
      'com.mixpanel.android:mixpanel-android',
      'com.squareup.okhttp3:okhttp',
      'com.google.dagger:hilt-compiler',
      'com.appsflyer:af-android-sdk',
      'com.squareup.leakcanary:leakcanary-android',
    ]);
    const at = (name: string) => result.packages.find((p) => p.name === name);
    expect(at('com.google.firebase:firebase-analytics')).toEqual({
      ecosystem: 'maven',
      name: 'com.google.firebase:firebase-analytics',
      line: 13,
      column: 21,
      direct: true,
      dev: false,
    });
    // Map notation: the position of the group value.
    expect(at('com.facebook.android:facebook-android-sdk')).toMatchObject({ line: 14, column: 28 });
    expect(at('io.sentry:sentry-android')).toMatchObject({ line: 15, column: 10 });
    expect(at('com.squareup.okhttp3:okhttp')).toMatchObject({ line: 18, column: 68 });
    // debugImplementation ships in debug builds: not a test configuration.
    expect(at('com.squareup.leakcanary:leakcanary-android')?.dev).toBe(false);
  });

  it('ignores commented-out declarations and strings that only look like one', () => {
    const result = parse(gradleParser, 'build-gradle-groovy.gradle', 'app/build.gradle');
    expect(names(result)).not.toContain('com.amplitude:analytics-android');
    expect(names(result)).not.toContain('com.adjust.sdk:adjust-android');
    expect(names(result)).not.toContain('com.example:not-a-dependency');
  });

  it('reads Kotlin DSL platform(), enforcedPlatform(), named arguments, add() and quoted configurations', () => {
    const result = parse(gradleParser, 'build-gradle-kts-platform.kts', 'app/build.gradle.kts');
    expect(result.problems).toEqual([]);
    expect(result.packages.map(({ name, line, column }) => ({ name, line, column }))).toEqual([
      { name: 'com.google.firebase:firebase-bom', line: 2, column: 30 },
      { name: 'io.sentry:sentry-bom', line: 3, column: 38 },
      { name: 'com.google.firebase:firebase-analytics', line: 4, column: 21 },
      { name: 'com.mixpanel.android:mixpanel-android', line: 5, column: 29 },
      { name: 'com.facebook.android:facebook-android-sdk', line: 6, column: 28 },
      { name: 'com.google.dagger:hilt-compiler', line: 7, column: 13 },
      { name: 'com.segment.analytics.kotlin:android', line: 14, column: 29 },
    ]);
  });

  it('leaves version-catalog accessors to the libs.versions.toml parser', () => {
    const result = parse(gradleParser, 'build-gradle-kts-version-catalog.kts', 'app/build.gradle.kts');
    expect(result).toEqual({
      packages: [{ ecosystem: 'maven', name: 'io.sentry:sentry-android', line: 10, column: 21, direct: true, dev: false }],
      problems: [],
    });
  });

  it('marks test*, androidTest*, *Test configurations as dev, and debugImplementation not', () => {
    const result = parse(gradleParser, 'build-gradle-test-configurations.gradle', 'build.gradle');
    expect(result.packages.map(({ name, dev }) => [name, dev])).toEqual([
      ['io.sentry:sentry-android', false],
      ['com.mixpanel.android:mixpanel-android', true],
      ['com.google.firebase:firebase-analytics', true],
      ['com.google.dagger:hilt-compiler', true],
      ['com.facebook.android:facebook-android-sdk', true],
      ['com.squareup.leakcanary:leakcanary-android', false],
      ['io.sentry:sentry', true],
    ]);
  });

  it('reads buildscript classpath plugins as build-time (dev) entries, and skips exclude rules and dependency constraints', () => {
    const result = parse(gradleParser, 'build-gradle-buildscript.gradle', 'build.gradle');
    expect(result.packages).toEqual([
      { ecosystem: 'maven', name: 'com.google.gms:google-services', line: 6, column: 20, direct: true, dev: true },
      { ecosystem: 'maven', name: 'com.google.firebase:firebase-crashlytics-gradle', line: 7, column: 20, direct: true, dev: true },
      { ecosystem: 'maven', name: 'io.sentry:sentry-android', line: 19, column: 21, direct: true, dev: false },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(gradleParser, 'empty.gradle', 'build.gradle')).toEqual({ packages: [], problems: [] });
  });

  it('keeps the readable declarations of a malformed script and reports where it breaks', () => {
    const result = parse(gradleParser, 'malformed.gradle', 'build.gradle');
    expect(names(result)).toEqual(['io.sentry:sentry-android', 'com.google.firebase:firebase-analytics']);
    expect(result.problems).toEqual([
      { line: 3, column: 20, message: 'unterminated string' },
      { line: 1, column: 14, message: '`dependencies` block is never closed' },
    ]);
  });
});

describe('libs.versions.toml', () => {
  it('declares every [libraries] entry at the line of its coordinates', () => {
    const result = parse(versionCatalogParser, 'libs-versions.toml', 'gradle/libs.versions.toml');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'maven', name: 'com.google.firebase:firebase-bom', line: 6, column: 28, direct: true, dev: false },
      { ecosystem: 'maven', name: 'com.google.firebase:firebase-analytics', line: 7, column: 34, direct: true, dev: false },
      { ecosystem: 'maven', name: 'io.sentry:sentry-android', line: 8, column: 29, direct: true, dev: false },
      { ecosystem: 'maven', name: 'com.mixpanel.android:mixpanel-android', line: 9, column: 13, direct: true, dev: false },
      { ecosystem: 'maven', name: 'com.facebook.android:facebook-android-sdk', line: 10, column: 30, direct: true, dev: false },
      { ecosystem: 'maven', name: 'junit:junit', line: 13, column: 11, direct: true, dev: false },
    ]);
  });

  it('does not declare [plugins] or [bundles]', () => {
    const result = parse(versionCatalogParser, 'libs-versions.toml', 'gradle/libs.versions.toml');
    expect(names(result)).not.toContain('com.google.gms.google-services');
    expect(names(result)).not.toContain('tracking');
  });

  it('reports a library without coordinates and keeps the others', () => {
    const result = parse(versionCatalogParser, 'libs-versions-no-module.toml', 'gradle/libs.versions.toml');
    expect(names(result)).toEqual(['io.sentry:sentry-android']);
    expect(result.problems).toEqual([{ line: 3, column: 1, message: expect.stringContaining('`broken`') }]);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(versionCatalogParser, 'empty.toml', 'gradle/libs.versions.toml')).toEqual({ packages: [], problems: [] });
  });

  it('reads the lines before malformed TOML and reports the error line', () => {
    const result = parse(versionCatalogParser, 'libs-versions-malformed.toml', 'gradle/libs.versions.toml');
    expect(names(result)).toEqual(expect.arrayContaining(['com.google.firebase:firebase-analytics', 'io.sentry:sentry-android']));
    expect(names(result)).not.toContain('com.facebook.android:facebook-android-sdk');
    expect(result.packages[1]).toMatchObject({ line: 3, column: 19 });
    expect(result.problems).toEqual([{ line: 5, column: 1, message: expect.stringMatching(/^not valid TOML: /) }]);
  });
});

describe('Windows line endings', () => {
  it.each([
    [gradleParser, 'build-gradle-groovy.gradle', 'build.gradle'],
    [versionCatalogParser, 'libs-versions-malformed.toml', 'gradle/libs.versions.toml'],
    [gradleLockfileParser, 'gradle-lockfile.lockfile', 'gradle.lockfile'],
    [pomParser, 'pom-dependencies.xml', 'pom.xml'],
  ] as const)('%#: reads CRLF text as LF text', (parser, name, path) => {
    const text = fixture(name);
    expect(parser.parse(text.replace(/\n/g, '\r\n'), path)).toEqual(parser.parse(text, path));
  });
});

describe('gradle.lockfile', () => {
  it('reads every module as transitive, dev only when every configuration is a test one', () => {
    const result = parse(gradleLockfileParser, 'gradle-lockfile.lockfile', 'gradle.lockfile');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'maven', name: 'com.google.firebase:firebase-analytics', line: 4, column: 1, direct: false, dev: false },
      { ecosystem: 'maven', name: 'com.google.android.gms:play-services-measurement', line: 5, column: 1, direct: false, dev: false },
      { ecosystem: 'maven', name: 'com.mixpanel.android:mixpanel-android', line: 6, column: 1, direct: false, dev: true },
      { ecosystem: 'maven', name: 'io.sentry:sentry-android', line: 7, column: 1, direct: false, dev: false },
    ]);
  });

  it('takes the configuration of a legacy per-configuration lockfile from its name', () => {
    const test = parse(gradleLockfileParser, 'gradle-lockfile-legacy.lockfile', 'gradle/dependency-locks/testCompileClasspath.lockfile');
    expect(test.packages.map(({ name, line, dev }) => ({ name, line, dev }))).toEqual([
      { name: 'com.google.firebase:firebase-analytics', line: 2, dev: true },
      { name: 'io.sentry:sentry-android', line: 3, dev: true },
    ]);
    const release = parse(gradleLockfileParser, 'gradle-lockfile-legacy.lockfile', 'gradle/dependency-locks/releaseRuntimeClasspath.lockfile');
    expect(release.packages.every((p) => !p.dev)).toBe(true);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(gradleLockfileParser, 'empty.lockfile', 'gradle.lockfile')).toEqual({ packages: [], problems: [] });
  });

  it('reports a line it cannot read and keeps the rest', () => {
    const result = parse(gradleLockfileParser, 'malformed.lockfile', 'gradle.lockfile');
    expect(names(result)).toEqual(['com.google.firebase:firebase-analytics', 'io.sentry:sentry-android']);
    expect(result.problems).toEqual([{ line: 3, column: 1, message: expect.stringContaining('<<<<<<< HEAD') }]);
  });
});

describe('Gradle plugins', () => {
  const plugins = (result: { gradlePlugins?: { id: string }[] }): string[] => (result.gradlePlugins ?? []).map((p) => p.id);

  it('reads plugins { id } blocks and apply plugin: in Groovy, not comments or strings', () => {
    const result = parse(gradleParser, 'build-gradle-plugins-groovy.gradle', 'app/build.gradle');
    expect(plugins(result)).toEqual(['com.android.application', 'com.google.firebase.crashlytics', 'com.google.firebase.firebase-perf', 'newrelic']);
    expect(result.gradlePlugins?.[1]).toMatchObject({ line: 3, column: 9 });
  });

  it('reads id("x") and apply(plugin = "x") in Kotlin DSL; alias() is left to the version catalog', () => {
    const result = parse(gradleParser, 'build-gradle-plugins.kts', 'app/build.gradle.kts');
    expect(plugins(result)).toEqual(['io.sentry.android.gradle', 'com.google.gms.google-services']);
    expect(names(result)).toEqual(['io.sentry:sentry-android']);
  });

  it('reads [plugins] of a version catalog', () => {
    const result = parse(versionCatalogParser, 'libs-versions-plugins.toml', 'gradle/libs.versions.toml');
    expect(plugins(result)).toEqual(['com.google.firebase.crashlytics', 'com.google.firebase.firebase-perf', 'com.android.application']);
    expect(result.gradlePlugins?.[0]).toMatchObject({ line: 8 });
  });

  it('reads pluginManager.apply and apply(plugin =) in a build-logic convention plugin', () => {
    const result = parse(buildLogicParser, 'build-logic-convention-plugin.kt', 'build-logic/convention/src/main/kotlin/AndroidApplicationFirebaseConventionPlugin.kt');
    expect(plugins(result)).toEqual(['com.google.gms.google-services', 'com.google.firebase.crashlytics', 'com.google.firebase.firebase-perf']);
    expect(result.problems).toEqual([]);
  });

  it('declares full group:artifact:version constants of buildSrc, not prose or comments', () => {
    const result = parse(buildLogicParser, 'build-src-dependencies.kt', 'buildSrc/src/main/java/FocusDependencies.kt');
    expect(names(result)).toEqual(['io.sentry:sentry-android', 'com.squareup.leakcanary:leakcanary-android']);
    expect(result.packages[0]).toMatchObject({ line: 6, direct: true, dev: false });
  });
});
