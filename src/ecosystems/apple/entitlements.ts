import type { FileParser, ParseResult, PlatformKey } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { dictEntries, readPlist } from './plist.js';
import type { XmlElement } from '../xml.js';

// `<Target>.entitlements`: the capabilities an Apple app is signed with, a plist whose top-level
// keys name them (`com.apple.developer.applesignin` = Sign in with Apple, `aps-environment` =
// push notifications). Each capability that is switched on is a platform key; the rules decide
// which ones mean a vendor.
// https://developer.apple.com/documentation/bundleresources/entitlements
// https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.applesignin

/**
 * Whether an entitlement's value turns its capability on: Xcode writes `<array/>` (or
 * `<false/>`) for a capability that is listed but off, and `<array><string>Default</string></array>`
 * when Sign in with Apple is on.
 */
function switchedOn(value: XmlElement | undefined): boolean {
  if (!value) return false;
  if (value.name === 'false') return false;
  if (value.name === 'array') return value.children.length > 0;
  if (value.name === 'string') return value.text.trim() !== '';
  return true;
}

function parseEntitlements(text: string): ParseResult {
  const { root, problems } = readPlist(text);
  const platformKeys: PlatformKey[] = [];
  for (const entry of dictEntries(root)) {
    if (entry.name === '' || !switchedOn(entry.value)) continue;
    platformKeys.push({ platform: 'ios', key: entry.name, ...entry.key.textPosition });
  }
  return { packages: [], platformKeys, problems };
}

/** `*.entitlements` (Xcode's code-signing entitlements): every capability switched on, as a platform key. */
export const entitlementsParser: FileParser = {
  id: 'apple/entitlements',
  ecosystem: 'ios',
  claims: (path, name = baseName(path)) => name.endsWith('.entitlements') && name.length > '.entitlements'.length,
  parse: (text) => readSafely((result) => Object.assign(result, parseEntitlements(text))),
};
