import type { FileParser, ParseResult, PlatformKey } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { dictEntries, readPlist } from './plist.js';

// GoogleService-Info.plist: the Firebase iOS configuration. Its presence marks a Firebase
// project; IS_ANALYTICS_ENABLED, IS_ADS_ENABLED, IS_GCM_ENABLED, … switch services on, so a key
// counts only when its value is <true/>. Projects often keep one per environment
// (GoogleService-Info-Staging.plist), which are claimed too.
// https://firebase.google.com/docs/ios/setup#add-config-file

const FILE_KEY = 'GoogleService-Info.plist';

function parseGoogleServiceInfo(text: string): ParseResult {
  // The file itself is the evidence, even when it is binary or cannot be read.
  const platformKeys: PlatformKey[] = [{ platform: 'ios', key: FILE_KEY, line: 1, column: 1 }];
  const { root, problems } = readPlist(text);
  for (const entry of dictEntries(root)) {
    if (entry.value?.name !== 'true') continue;
    platformKeys.push({ platform: 'ios', key: `${FILE_KEY}:${entry.name}`, ...entry.key.textPosition });
  }
  return { packages: [], platformKeys, problems };
}

/** GoogleService-Info.plist: the Firebase marker plus every key set to <true/>. */
export const googleServiceInfoPlistParser: FileParser = {
  id: 'apple/google-service-info-plist',
  ecosystem: 'ios',
  claims: (path, name = baseName(path)) => /^GoogleService-Info(?:[-_.][\w.-]+)?\.plist$/.test(name),
  parse: (text) => readSafely((result) => Object.assign(result, parseGoogleServiceInfo(text))),
};
