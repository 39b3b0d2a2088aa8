import type { FileParser, ParseResult, Position } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { dictValue, readPlist } from './plist.js';

// PrivacyInfo.xcprivacy: the privacy manifest an app or SDK ships. NSPrivacyTrackingDomains
// lists the domains it contacts for tracking, which iOS blocks until the user allows tracking;
// each one is a host the domain matchers can attribute to a vendor.
// https://developer.apple.com/documentation/bundleresources/privacy_manifest_files

function parsePrivacyManifest(text: string): ParseResult {
  const { root, problems } = readPlist(text);
  const hosts: (Position & { host: string })[] = [];
  const domains = dictValue(root, 'NSPrivacyTrackingDomains');
  for (const domain of domains?.name === 'array' ? domains.children : []) {
    const host = domain.text.trim();
    if (domain.name !== 'string' || host === '') continue;
    hosts.push({ host, ...domain.textPosition });
  }
  return { packages: [], hosts, problems };
}

/** PrivacyInfo.xcprivacy: NSPrivacyTrackingDomains as hosts. */
export const privacyManifestParser: FileParser = {
  id: 'apple/privacy-manifest',
  ecosystem: 'ios',
  claims: (path, name = baseName(path)) => name === 'PrivacyInfo.xcprivacy',
  parse: (text) => readSafely((result) => Object.assign(result, parsePrivacyManifest(text))),
};
