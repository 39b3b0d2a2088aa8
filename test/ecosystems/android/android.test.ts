import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { androidManifestParser, androidParsers, googleServicesParser } from '../../../src/ecosystems/android/index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/ecosystems/android/${name}`, import.meta.url), 'utf8');

const keys = (result: { platformKeys?: { key: string }[] }): string[] => (result.platformKeys ?? []).map((k) => k.key);

describe('androidParsers', () => {
  it.each([
    ['AndroidManifest.xml', 'android/manifest'],
    ['app/src/main/AndroidManifest.xml', 'android/manifest'],
    ['app/src/debug/AndroidManifest.xml', 'android/manifest'],
    ['google-services.json', 'android/google-services'],
    ['app/src/release/google-services.json', 'android/google-services'],
  ])('claims %s', (path, id) => {
    expect(androidParsers.filter((p) => p.claims(path)).map((p) => p.id)).toEqual([id]);
  });

  it.each([
    'docs/AndroidManifest.xml.md',
    'AndroidManifest.xml.orig',
    'app/src/main/res/values/strings.xml',
    'google-services.json.example',
    'my-google-services.json',
    'package.json',
  ])('does not claim %s', (path) => {
    expect(androidParsers.filter((p) => p.claims(path))).toEqual([]);
  });
});

describe('AndroidManifest.xml', () => {
  const path = 'app/src/main/AndroidManifest.xml';

  it('reads meta-data names, permissions and fully qualified component names with positions', () => {
    const result = androidManifestParser.parse(fixture('AndroidManifest-facebook.xml'), path);
    expect(result.packages).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(keys(result)).toEqual([
      'android.permission.INTERNET',
      'com.google.android.gms.permission.AD_ID',
      'com.facebook.sdk.ApplicationId',
      'com.facebook.sdk.ClientToken',
      'com.google.android.gms.ads.APPLICATION_ID',
      'com.example.shop.MainActivity',
      'com.facebook.FacebookActivity',
      'com.facebook.CustomTabActivity',
      'com.example.shop.CheckoutService',
      'com.appsflyer.SingleInstallBroadcastReceiver',
      'com.facebook.internal.FacebookInitProvider',
    ]);
    const at = (key: string) => result.platformKeys?.find((k) => k.key === key);
    expect(at('com.google.android.gms.permission.AD_ID')).toEqual({
      platform: 'android',
      key: 'com.google.android.gms.permission.AD_ID',
      line: 6,
      column: 36,
    });
    // A meta-data value is kept as written (a resource reference here): kill switches are read from it.
    expect(at('com.facebook.sdk.ApplicationId')).toEqual({ platform: 'android', key: 'com.facebook.sdk.ApplicationId', line: 9, column: 34, value: '@string/facebook_app_id' });
    expect(at('com.facebook.sdk.ClientToken')).toMatchObject({ line: 11, column: 27 });
    expect(at('com.facebook.FacebookActivity')).toMatchObject({ line: 20, column: 33 });
  });

  it('keeps relative component names as written when the manifest has no package', () => {
    const result = androidManifestParser.parse(fixture('AndroidManifest-sentry-firebase.xml'), 'app/src/debug/AndroidManifest.xml');
    expect(result.problems).toEqual([]);
    expect(result.platformKeys).toEqual([
      { platform: 'android', key: 'io.sentry.dsn', line: 3, column: 30, value: 'https://examplePublicKey@o0.ingest.sentry.io/0' },
      { platform: 'android', key: 'firebase_analytics_collection_enabled', line: 4, column: 30, value: 'false' },
      { platform: 'android', key: 'com.mixpanel.android.MPConfig.EnableDebugLogging', line: 5, column: 30, value: 'false' },
      { platform: 'android', key: '.MainActivity', line: 6, column: 29 },
      { platform: 'android', key: 'com.google.firebase.messaging.FirebaseMessagingService', line: 7, column: 28 },
    ]);
  });

  it('skips entries that tools:node="remove" takes out of the merged manifest', () => {
    const result = androidManifestParser.parse(fixture('AndroidManifest-tools-remove.xml'), path);
    expect(result.problems).toEqual([]);
    expect(result.platformKeys).toEqual([
      { platform: 'android', key: 'google_analytics_adid_collection_enabled', line: 5, column: 34, value: 'false' },
      { platform: 'android', key: 'com.facebook.internal.FacebookInitProvider', line: 7, column: 33 },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(androidManifestParser.parse(fixture('empty.xml'), path)).toEqual({ packages: [], platformKeys: [], problems: [] });
  });

  it('keeps the keys read before malformed XML and reports a problem with a line', () => {
    const result = androidManifestParser.parse(fixture('malformed.xml'), path);
    expect(keys(result).slice(0, 2)).toEqual(['io.sentry.dsn', 'com.facebook.sdk.ApplicationId']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/^not valid XML: /) });
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('never throws on a file that is not XML', () => {
    const result = androidManifestParser.parse('{"manifest": true}', path);
    expect(result.platformKeys).toEqual([]);
    expect(result.problems).toHaveLength(1);
  });
});

describe('google-services.json', () => {
  const path = 'app/google-services.json';

  it('marks the Firebase project at line 1 and names each service once, at its key', () => {
    const result = googleServicesParser.parse(fixture('google-services.json'), path);
    expect(result.packages).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.platformKeys).toEqual([
      { platform: 'android', key: 'google-services.json', line: 1, column: 1 },
      { platform: 'android', key: 'google-services.json:analytics_service', line: 16, column: 10 },
      { platform: 'android', key: 'google-services.json:appinvite_service', line: 17, column: 10 },
      { platform: 'android', key: 'google-services.json:ads_service', line: 18, column: 10 },
    ]);
  });

  it('still marks an empty file: the file itself is the evidence', () => {
    expect(googleServicesParser.parse(fixture('empty.json'), path)).toEqual({
      packages: [],
      platformKeys: [{ platform: 'android', key: 'google-services.json', line: 1, column: 1 }],
      problems: [],
    });
  });

  it('reads the services before malformed JSON and reports the error position', () => {
    const result = googleServicesParser.parse(fixture('google-services-malformed.json'), path);
    expect(keys(result)).toEqual([
      'google-services.json',
      'google-services.json:analytics_service',
      'google-services.json:appinvite_service',
    ]);
    expect(result.problems).toEqual([{ line: 11, column: 3, message: 'not valid JSON: CommaExpected' }]);
  });
});
