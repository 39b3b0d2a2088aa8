import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xcodeProjectParser } from '../../../src/ecosystems/apple/index.js';
import type { ParseResult } from '../../../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ecosystems/apple/${name}`, import.meta.url), 'utf8');
const rows = (result: ParseResult) => result.packages.map(({ ecosystem, name, line, column, direct, dev }) => [ecosystem, name, line, column, direct, dev]);

describe('apple/xcodeproj', () => {
  it('claims project.pbxproj inside an .xcodeproj bundle only', () => {
    for (const path of ['Lichess.xcodeproj/project.pbxproj', 'ios/Runner.xcodeproj/project.pbxproj']) expect(xcodeProjectParser.claims(path), path).toBe(true);
    for (const path of ['project.pbxproj', 'ios/Runner.xcworkspace/contents.xcworkspacedata', 'Lichess.xcodeproj/project.pbxproj.orig']) {
      expect(xcodeProjectParser.claims(path), path).toBe(false);
    }
  });

  it('reads the package repositories and the products targets link, so two Firebase products of one package are told apart', () => {
    const result = xcodeProjectParser.parse(fixture('project-two-firebase-products.pbxproj'), 'Lichess.xcodeproj/project.pbxproj');
    expect(rows(result)).toEqual([
      ['swiftpm', 'github.com/firebase/firebase-ios-sdk', 48, 21, true, false],
      ['swiftpm', 'github.com/getsentry/sentry-cocoa', 56, 21, true, false],
      ['swiftpm', 'github.com/firebase/firebase-ios-sdk:FirebaseCrashlytics', 68, 18, true, false],
      ['swiftpm', 'github.com/firebase/firebase-ios-sdk:FirebaseMessaging', 73, 18, true, false],
      // FirebaseAnalytics is a product dependency no target links; CoreKit comes from a local package.
      ['swiftpm', 'github.com/getsentry/sentry-cocoa:Sentry', 83, 18, true, false],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads nothing from a project without Swift packages', () => {
    expect(xcodeProjectParser.parse(fixture('project-no-packages.pbxproj'), 'App.xcodeproj/project.pbxproj')).toEqual({ packages: [], problems: [] });
  });

  it('names a package reference without a repositoryURL', () => {
    const text = '{ objects = {\n\t\tAA00000000000000000000B1 = {\n\t\t\tisa = XCRemoteSwiftPackageReference;\n\t\t};\n}; }';
    const result = xcodeProjectParser.parse(text, 'App.xcodeproj/project.pbxproj');
    expect(result.packages).toEqual([]);
    expect(result.problems).toEqual([{ line: 2, column: 31, message: 'Swift package reference AA00000000000000000000B1 has no repositoryURL' }]);
  });
});
