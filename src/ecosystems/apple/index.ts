import type { FileParser } from '../../types.js';
import { cartfileParser } from './cartfile.js';
import { entitlementsParser } from './entitlements.js';
import { googleServiceInfoPlistParser } from './google-service-info-plist.js';
import { infoPlistParser } from './info-plist.js';
import { packageResolvedParser } from './package-resolved.js';
import { packageSwiftParser } from './package-swift.js';
import { podfileParser } from './podfile.js';
import { podfileLockParser } from './podfile-lock.js';
import { privacyManifestParser } from './privacy-manifest.js';
import { xcodeProjectParser } from './xcodeproj.js';

export {
  cartfileParser,
  entitlementsParser,
  googleServiceInfoPlistParser,
  infoPlistParser,
  packageResolvedParser,
  packageSwiftParser,
  podfileLockParser,
  podfileParser,
  privacyManifestParser,
  xcodeProjectParser,
};

/** Every Apple-platform parser: CocoaPods, SwiftPM, Carthage and the plist platform files. */
export const appleParsers: FileParser[] = [
  podfileParser,
  podfileLockParser,
  packageSwiftParser,
  packageResolvedParser,
  cartfileParser,
  infoPlistParser,
  entitlementsParser,
  googleServiceInfoPlistParser,
  privacyManifestParser,
  xcodeProjectParser,
];
