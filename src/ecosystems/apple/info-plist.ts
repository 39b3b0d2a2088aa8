import type { FileParser, ParseResult, PlatformKey } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { dictEntries, dictValue, readPlist } from './plist.js';
import type { XmlElement } from '../xml.js';

// Info.plist: iOS SDKs are configured through top-level keys (FacebookAppID,
// FacebookClientToken, GADApplicationIdentifier, NSUserTrackingUsageDescription, …), so every
// top-level key is a platform key; the rules decide which ones mean a vendor.
// https://developer.apple.com/documentation/bundleresources/information-property-list
// Facebook Login also registers the URL scheme fb<app id>, reported as `CFBundleURLSchemes:fb`.
// https://developers.facebook.com/docs/ios/getting-started#configure-your-project

// fb followed by the app id, or by a build setting that holds it: fb$(FACEBOOK_APP_ID).
const FACEBOOK_SCHEME = /^fb(?:\d|\$[({])/;

/** A scalar plist value as text (`<false/>` → `false`, `<string>NO</string>` → `NO`); undefined for arrays and dicts. */
function scalarValue(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  if (element.name === 'true' || element.name === 'false') return element.name;
  if (element.name === 'string' || element.name === 'integer' || element.name === 'real') return element.text.trim();
  return undefined;
}

function parseInfoPlist(text: string): ParseResult {
  const { root, problems } = readPlist(text);
  const platformKeys: PlatformKey[] = [];
  for (const entry of dictEntries(root)) {
    if (entry.name === '') continue;
    const value = scalarValue(entry.value);
    platformKeys.push({ platform: 'ios', key: entry.name, ...entry.key.textPosition, ...(value !== undefined ? { value } : {}) });
    if (entry.name !== 'CFBundleURLTypes' || entry.value?.name !== 'array') continue;
    for (const urlType of entry.value.children) {
      const schemes = dictValue(urlType, 'CFBundleURLSchemes');
      for (const scheme of schemes?.name === 'array' ? schemes.children : []) {
        if (!FACEBOOK_SCHEME.test(scheme.text.trim())) continue;
        platformKeys.push({ platform: 'ios', key: 'CFBundleURLSchemes:fb', ...scheme.textPosition });
      }
    }
  }
  return { packages: [], platformKeys, problems };
}

/** Info.plist (any folder, that exact name): top-level keys and the Facebook URL scheme. */
export const infoPlistParser: FileParser = {
  id: 'apple/info-plist',
  ecosystem: 'ios',
  // Older Xcode projects name it `<Target>-Info.plist`; GoogleService-Info.plist is another format.
  claims: (path, base = baseName(path)) => {
    return base === 'Info.plist' || (base.endsWith('-Info.plist') && base !== 'GoogleService-Info.plist' && !base.startsWith('GoogleService-Info'));
  },
  parse: (text) => readSafely((result) => Object.assign(result, parseInfoPlist(text))),
};
