import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appleParsers,
  cartfileParser,
  entitlementsParser,
  googleServiceInfoPlistParser,
  infoPlistParser,
  packageResolvedParser,
  packageSwiftParser,
  podfileLockParser,
  podfileParser,
  privacyManifestParser,
} from '../../../src/ecosystems/apple/index.js';
import type { FileParser } from '../../../src/types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/ecosystems/apple/${name}`, import.meta.url), 'utf8');

const parse = (parser: FileParser, name: string, path: string) => parser.parse(fixture(name), path);
const names = (result: { packages: { name: string }[] }): string[] => result.packages.map((p) => p.name);
const keys = (result: { platformKeys?: { key: string }[] }): string[] => (result.platformKeys ?? []).map((k) => k.key);
const empty = { packages: [], problems: [] };

describe('appleParsers', () => {
  it.each([
    ['Podfile', 'apple/podfile'],
    ['ios/Podfile', 'apple/podfile'],
    ['ios/Podfile.lock', 'apple/podfile-lock'],
    ['Package.swift', 'apple/package-swift'],
    ['Package@swift-5.9.swift', 'apple/package-swift'],
    ['Package.resolved', 'apple/package-resolved'],
    ['Shop.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved', 'apple/package-resolved'],
    ['Cartfile', 'apple/cartfile'],
    ['Cartfile.private', 'apple/cartfile'],
    ['Cartfile.resolved', 'apple/cartfile'],
    ['Info.plist', 'apple/info-plist'],
    ['Shop/Supporting Files/Info.plist', 'apple/info-plist'],
    ['Shop/GoogleService-Info.plist', 'apple/google-service-info-plist'],
    ['Shop/Config/GoogleService-Info-Staging.plist', 'apple/google-service-info-plist'],
    ['Shop/PrivacyInfo.xcprivacy', 'apple/privacy-manifest'],
    ['WooCommerce/Resources/Woo-Release.entitlements', 'apple/entitlements'],
    ['ios/RocketChatRN/RocketChatRN.entitlements', 'apple/entitlements'],
  ])('claims %s', (path, id) => {
    expect(appleParsers.filter((p) => p.claims(path)).map((p) => p.id)).toEqual([id]);
  });

  it.each([
    'Podfile.bak',
    'docs/Podfile.md',
    'Podfile.lock.orig',
    'Sources/Shop/Package.swift.txt',
    'Sources/Shop/MyPackage.swift',
    'Package.resolved.bak',
    'Cartfile.bak',
    'Other.plist',
    'Shop/Entitlements.plist',
    'InfoPlist.strings',
    'Info.plist.template',
    'PrivacyInfo.xcprivacy.bak',
    '.entitlements',
    'App.entitlements.bak',
  ])('does not claim %s', (path) => {
    expect(appleParsers.filter((p) => p.claims(path))).toEqual([]);
  });
});

describe('Podfile', () => {
  it('reads pods at the position of their name, dev inside test targets', () => {
    const result = parse(podfileParser, 'Podfile-targets', 'Podfile');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'cocoapods', name: 'FBSDKCoreKit', line: 6, column: 8, direct: true, dev: false },
      { ecosystem: 'cocoapods', name: 'Firebase/Analytics', line: 10, column: 8, direct: true, dev: false },
      { ecosystem: 'cocoapods', name: 'FirebaseCrashlytics', line: 11, column: 8, direct: true, dev: false },
      { ecosystem: 'cocoapods', name: 'Mixpanel-swift', line: 16, column: 10, direct: true, dev: true },
      { ecosystem: 'cocoapods', name: 'SnapshotTesting', line: 20, column: 10, direct: true, dev: true },
      { ecosystem: 'cocoapods', name: 'Sentry', line: 25, column: 8, direct: true, dev: false },
    ]);
  });

  it('reads a file with Windows line endings the same way', () => {
    const text = fixture('Podfile-targets');
    expect(podfileParser.parse(text.replace(/\n/g, '\r\n'), 'Podfile')).toEqual(podfileParser.parse(text, 'Podfile'));
  });

  it('returns nothing for an empty file', () => {
    expect(parse(podfileParser, 'Podfile-empty', 'Podfile')).toEqual(empty);
  });

  it('keeps the readable pods of a malformed Podfile and reports the lines', () => {
    const result = parse(podfileParser, 'Podfile-malformed', 'Podfile');
    expect(names(result)).toEqual(['FirebaseAnalytics', 'Sentry']);
    expect(result.problems).toEqual([
      { line: 3, column: 3, message: 'could not read the pod name' },
      { line: 1, column: 1, message: 'block is never closed with `end`' },
    ]);
  });
});

describe('Podfile.lock', () => {
  it('reads DEPENDENCIES as direct and the other PODS as transitive, subspecs kept, versions dropped', () => {
    const result = parse(podfileLockParser, 'Podfile-lock.lock', 'Podfile.lock');
    expect(result.problems).toEqual([]);
    // A pod DEPENDENCIES names is direct, reported once (at its DEPENDENCIES line), never also as transitive.
    expect(result.packages.filter((p) => !p.direct).map((p) => p.name)).toEqual([
      'FBAEMKit',
      'FBSDKCoreKit_Basics',
      'Firebase/CoreOnly',
      'FirebaseAnalytics',
      'GoogleUtilities/AppDelegateSwizzler',
    ]);
    expect(result.packages.filter((p) => p.direct)).toEqual([
      { ecosystem: 'cocoapods', name: 'FBSDKCoreKit', line: 20, column: 5, direct: true, dev: false },
      { ecosystem: 'cocoapods', name: 'Firebase/Analytics', line: 21, column: 5, direct: true, dev: false },
      { ecosystem: 'cocoapods', name: 'Sentry', line: 22, column: 6, direct: true, dev: false },
    ]);
    expect(result.packages.find((p) => p.name === 'GoogleUtilities/AppDelegateSwizzler')).toMatchObject({ line: 14, column: 6 });
    // The requirements indented under each pod are the graph: FBAEMKit comes in through FBSDKCoreKit.
    expect(result.graph?.roots).toEqual(new Set(['FBSDKCoreKit', 'Firebase/Analytics', 'Sentry']));
    expect(result.graph?.edges.get('FBSDKCoreKit')).toEqual(new Set(['FBAEMKit', 'FBSDKCoreKit_Basics']));
  });

  it('returns nothing for an empty file', () => {
    expect(parse(podfileLockParser, 'Podfile-lock-empty.lock', 'Podfile.lock')).toEqual(empty);
  });

  it('reports the lines of a merge conflict and keeps the entries around them', () => {
    const result = parse(podfileLockParser, 'Podfile-lock-malformed.lock', 'Podfile.lock');
    expect(result.problems.map((p) => p.line)).toEqual([3, 5, 7]);
    expect(result.packages.filter((p) => p.direct).map((p) => p.name)).toEqual(['FBSDKCoreKit', 'Sentry']);
  });
});

describe('Package.swift', () => {
  it('names .package(url:) dependencies by URL path, case kept, at the URL', () => {
    const result = parse(packageSwiftParser, 'Package-swift.swift', 'Package.swift');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'swiftpm', name: 'github.com/getsentry/sentry-cocoa', line: 8, column: 24, direct: true, dev: false },
      { ecosystem: 'swiftpm', name: 'github.com/firebase/firebase-ios-sdk', line: 10, column: 19, direct: true, dev: false },
      { ecosystem: 'swiftpm', name: 'github.com/facebook/facebook-ios-sdk', line: 13, column: 42, direct: true, dev: false },
      { ecosystem: 'swiftpm', name: 'segmentio.analytics-swift', line: 16, column: 23, direct: true, dev: false },
    ]);
  });

  it('skips commented-out and local path packages', () => {
    const result = parse(packageSwiftParser, 'Package-swift.swift', 'Package.swift');
    expect(names(result)).not.toContain('github.com/mixpanel/mixpanel-swift');
    expect(names(result)).not.toContain('github.com/amplitude/Amplitude-Swift');
    expect(names(result).some((name) => name.includes('ShopCore'))).toBe(false);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(packageSwiftParser, 'Package-swift-empty.swift', 'Package.swift')).toEqual(empty);
  });

  it('keeps what it read of a malformed manifest and reports where it breaks', () => {
    const result = parse(packageSwiftParser, 'Package-swift-malformed.swift', 'Package.swift');
    expect(names(result)).toEqual(['github.com/getsentry/sentry-cocoa']);
    expect(result.problems).toEqual([
      { line: 8, column: 83, message: 'unterminated string' },
      { line: 8, column: 9, message: '`.package(` is never closed' },
    ]);
  });
});

describe('Package.resolved', () => {
  it('reads version 1 object.pins[].repositoryURL as transitive', () => {
    const result = parse(packageResolvedParser, 'Package-resolved-v1.json', 'Package.resolved');
    expect(result).toEqual({
      packages: [
        { ecosystem: 'swiftpm', name: 'github.com/getsentry/sentry-cocoa', line: 6, column: 27, direct: false, dev: false },
        { ecosystem: 'swiftpm', name: 'github.com/facebook/facebook-ios-sdk', line: 11, column: 27, direct: false, dev: false },
      ],
      problems: [],
    });
  });

  it('reads version 2 pins[].location', () => {
    const result = parse(packageResolvedParser, 'Package-resolved-v2.json', 'Package.resolved');
    expect(result).toEqual({
      packages: [
        { ecosystem: 'swiftpm', name: 'github.com/firebase/firebase-ios-sdk', line: 6, column: 21, direct: false, dev: false },
        { ecosystem: 'swiftpm', name: 'github.com/google/GoogleAppMeasurement', line: 15, column: 21, direct: false, dev: false },
      ],
      problems: [],
    });
  });

  it('reads version 3 pins[].location', () => {
    const result = parse(packageResolvedParser, 'Package-resolved-v3.json', 'Package.resolved');
    expect(result.packages).toEqual([
      { ecosystem: 'swiftpm', name: 'github.com/getsentry/sentry-cocoa', line: 7, column: 21, direct: false, dev: false },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(packageResolvedParser, 'Package-resolved-empty.json', 'Package.resolved')).toEqual(empty);
  });

  it('reads what it can of malformed JSON and reports the error position', () => {
    const result = parse(packageResolvedParser, 'Package-resolved-malformed.json', 'Package.resolved');
    expect(names(result)[0]).toBe('github.com/getsentry/sentry-cocoa');
    expect(result.problems).toEqual([{ line: 9, column: 7, message: 'not valid JSON: CommaExpected' }]);
  });

  it('reports an unknown version and still reads the pins', () => {
    const result = packageResolvedParser.parse('{\n  "version": 9,\n  "pins": [{ "location": "https://github.com/getsentry/sentry-cocoa" }]\n}', 'Package.resolved');
    expect(names(result)).toEqual(['github.com/getsentry/sentry-cocoa']);
    expect(result.problems).toEqual([{ line: 2, column: 14, message: expect.stringContaining('version 9') }]);
  });
});

describe('Cartfile', () => {
  it('reads github, git and binary origins as host paths at the source string', () => {
    const result = parse(cartfileParser, 'Cartfile-origins', 'Cartfile');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([
      { ecosystem: 'carthage', name: 'github.com/mixpanel/mixpanel-swift', line: 2, column: 9, direct: true, dev: false },
      { ecosystem: 'carthage', name: 'github.com/getsentry/sentry-cocoa', line: 3, column: 6, direct: true, dev: false },
      {
        ecosystem: 'carthage',
        name: 'dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json',
        line: 4,
        column: 9,
        direct: true,
        dev: false,
      },
      { ecosystem: 'carthage', name: 'ghe.example.com/shop/tracking', line: 5, column: 9, direct: true, dev: false },
    ]);
  });

  it('reads a file with Windows line endings the same way', () => {
    const text = fixture('Cartfile-origins');
    expect(cartfileParser.parse(text.replace(/\n/g, '\r\n'), 'Cartfile')).toEqual(cartfileParser.parse(text, 'Cartfile'));
  });

  it('marks Cartfile.private entries as dev', () => {
    const result = parse(cartfileParser, 'Cartfile-private', 'Cartfile.private');
    expect(result.packages.map(({ name, dev, direct }) => ({ name, dev, direct }))).toEqual([
      { name: 'github.com/Quick/Nimble', dev: true, direct: true },
      { name: 'github.com/pointfreeco/swift-snapshot-testing', dev: true, direct: true },
    ]);
  });

  it('marks Cartfile.resolved entries as transitive', () => {
    const result = parse(cartfileParser, 'Cartfile-resolved', 'Cartfile.resolved');
    expect(result.problems).toEqual([]);
    expect(result.packages.map(({ name, direct, line }) => ({ name, direct, line }))).toEqual([
      { name: 'dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json', direct: false, line: 1 },
      { name: 'github.com/getsentry/sentry-cocoa', direct: false, line: 2 },
      { name: 'github.com/mixpanel/mixpanel-swift', direct: false, line: 3 },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parse(cartfileParser, 'Cartfile-empty', 'Cartfile')).toEqual(empty);
  });

  it('reports lines it cannot read and keeps the others', () => {
    const result = parse(cartfileParser, 'Cartfile-malformed', 'Cartfile');
    expect(names(result)).toEqual(['github.com/mixpanel/mixpanel-swift']);
    expect(result.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 2, column: 1 },
      { line: 3, column: 1 },
    ]);
  });
});

describe('Info.plist', () => {
  it('reads every top-level key and the Facebook URL scheme, with positions', () => {
    const result = parse(infoPlistParser, 'Info-facebook.plist', 'Shop/Info.plist');
    expect(result.problems).toEqual([]);
    expect(result.packages).toEqual([]);
    expect(keys(result)).toEqual([
      'CFBundleIdentifier',
      'CFBundleURLTypes',
      'CFBundleURLSchemes:fb',
      'FacebookAppID',
      'FacebookClientToken',
      'GADApplicationIdentifier',
      'NSUserTrackingUsageDescription',
      'LSApplicationQueriesSchemes',
      'SKAdNetworkItems',
    ]);
    const at = (key: string) => result.platformKeys?.find((k) => k.key === key);
    expect(at('FacebookAppID')).toEqual({ platform: 'ios', key: 'FacebookAppID', line: 17, column: 7, value: '1234567890' });
    expect(at('GADApplicationIdentifier')).toEqual({ platform: 'ios', key: 'GADApplicationIdentifier', line: 21, column: 7, value: 'ca-app-pub-3940256099942544~1458002511' });
    expect(at('CFBundleURLSchemes:fb')).toEqual({ platform: 'ios', key: 'CFBundleURLSchemes:fb', line: 13, column: 13 });
  });

  it('does not read nested keys as top-level ones', () => {
    const result = parse(infoPlistParser, 'Info-facebook.plist', 'Info.plist');
    expect(keys(result)).not.toContain('CFBundleURLSchemes');
    expect(keys(result)).not.toContain('SKAdNetworkIdentifier');
  });

  it('returns nothing for an empty file', () => {
    expect(parse(infoPlistParser, 'Info-empty.plist', 'Info.plist')).toEqual({ ...empty, platformKeys: [] });
  });

  it('keeps the keys before malformed XML and reports the line', () => {
    const result = parse(infoPlistParser, 'Info-malformed.plist', 'Info.plist');
    expect(keys(result)).toEqual(['FacebookAppID', 'GADApplicationIdentifier']);
    expect(result.problems).toEqual([{ line: 7, column: 55, message: 'not valid XML: unexpected close tag' }]);
  });

  it('reports a binary plist instead of crashing', () => {
    const result = parse(infoPlistParser, 'binary.plist', 'Info.plist');
    expect(result.platformKeys).toEqual([]);
    expect(result.problems).toEqual([{ line: 1, column: 1, message: expect.stringContaining('binary plist not read') }]);
  });
});

describe('GoogleService-Info.plist', () => {
  it('marks the Firebase project and names the keys set to true', () => {
    const result = parse(googleServiceInfoPlistParser, 'GoogleService-Info.plist', 'Shop/GoogleService-Info.plist');
    expect(result.problems).toEqual([]);
    expect(result.platformKeys).toEqual([
      { platform: 'ios', key: 'GoogleService-Info.plist', line: 1, column: 1 },
      { platform: 'ios', key: 'GoogleService-Info.plist:IS_ANALYTICS_ENABLED', line: 15, column: 7 },
      { platform: 'ios', key: 'GoogleService-Info.plist:IS_APPINVITE_ENABLED', line: 17, column: 7 },
      { platform: 'ios', key: 'GoogleService-Info.plist:IS_GCM_ENABLED', line: 19, column: 7 },
    ]);
    expect(keys(result)).not.toContain('GoogleService-Info.plist:IS_ADS_ENABLED');
  });

  it('still marks an empty file', () => {
    expect(parse(googleServiceInfoPlistParser, 'GoogleService-Info-empty.plist', 'GoogleService-Info.plist')).toEqual({
      ...empty,
      platformKeys: [{ platform: 'ios', key: 'GoogleService-Info.plist', line: 1, column: 1 }],
    });
  });

  it('keeps what it read of malformed XML and reports the line', () => {
    const result = parse(googleServiceInfoPlistParser, 'GoogleService-Info-malformed.plist', 'GoogleService-Info.plist');
    expect(keys(result)).toEqual(['GoogleService-Info.plist', 'GoogleService-Info.plist:IS_ANALYTICS_ENABLED']);
    expect(result.problems).toEqual([{ line: 7, column: 2, message: expect.stringMatching(/^not valid XML: /) }]);
  });

  it('marks a binary file and reports that it was not read', () => {
    const result = parse(googleServiceInfoPlistParser, 'binary.plist', 'GoogleService-Info.plist');
    expect(keys(result)).toEqual(['GoogleService-Info.plist']);
    expect(result.problems).toHaveLength(1);
  });
});

describe('PrivacyInfo.xcprivacy', () => {
  it('reads NSPrivacyTrackingDomains as hosts with positions', () => {
    const result = parse(privacyManifestParser, 'PrivacyInfo.xcprivacy', 'Shop/PrivacyInfo.xcprivacy');
    expect(result).toEqual({
      packages: [],
      hosts: [
        { host: 'app-measurement.com', line: 9, column: 11 },
        { host: 'graph.facebook.com', line: 10, column: 11 },
        { host: 'api.mixpanel.com', line: 11, column: 13 },
      ],
      problems: [],
    });
  });

  it('returns no hosts for a manifest without tracking domains', () => {
    expect(parse(privacyManifestParser, 'PrivacyInfo-no-tracking.xcprivacy', 'PrivacyInfo.xcprivacy')).toEqual({ ...empty, hosts: [] });
  });

  it('returns nothing for an empty file', () => {
    expect(parse(privacyManifestParser, 'PrivacyInfo-empty.xcprivacy', 'PrivacyInfo.xcprivacy')).toEqual({ ...empty, hosts: [] });
  });

  it('keeps the domains before malformed XML and reports the line', () => {
    const result = parse(privacyManifestParser, 'PrivacyInfo-malformed.xcprivacy', 'PrivacyInfo.xcprivacy');
    expect(result.hosts?.[0]).toEqual({ host: 'app-measurement.com', line: 6, column: 11 });
    expect(result.problems).toEqual([{ line: 8, column: 9, message: 'not valid XML: unexpected close tag' }]);
  });

  it('reports a binary manifest instead of crashing', () => {
    const result = parse(privacyManifestParser, 'binary.plist', 'PrivacyInfo.xcprivacy');
    expect(result.hosts).toEqual([]);
    expect(result.problems[0]?.message).toContain('binary plist');
  });
});

describe('*.entitlements', () => {
  it('reads every capability switched on as a platform key, with its position', () => {
    const result = parse(entitlementsParser, 'App-sign-in-with-apple.entitlements', 'Shop/Shop.entitlements');
    expect(result).toEqual({
      packages: [],
      platformKeys: [
        { platform: 'ios', key: 'aps-environment', line: 5, column: 7 },
        { platform: 'ios', key: 'com.apple.developer.applesignin', line: 7, column: 7 },
      ],
      problems: [],
    });
  });

  it('leaves out a capability listed with an empty array (switched off in Xcode)', () => {
    expect(keys(parse(entitlementsParser, 'App-capability-off.entitlements', 'App.entitlements'))).toEqual([]);
  });

  it('keeps the capabilities before malformed XML and reports the line', () => {
    const result = parse(entitlementsParser, 'App-malformed.entitlements', 'App.entitlements');
    expect(keys(result)).toContain('com.apple.developer.applesignin');
    expect(result.problems[0]?.line).toBe(9);
  });

  it('reports a binary plist instead of crashing', () => {
    const result = parse(entitlementsParser, 'binary.plist', 'App.entitlements');
    expect(result.platformKeys).toEqual([]);
    expect(result.problems[0]?.message).toContain('binary plist');
  });
});
