import type { FileParser, ParseProblem, ParseResult, PlatformKey } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { descendants, isBlank, parseXml, type XmlElement } from '../xml.js';

// AndroidManifest.xml: SDKs announce themselves through <meta-data> keys (their app ids, DSNs,
// collection switches) and through the components they add (activities, services, receivers,
// providers), which manifest merging copies into the app's manifest.
// https://developer.android.com/guide/topics/manifest/manifest-intro
// https://developer.android.com/guide/topics/manifest/meta-data-element
// Permissions are read too: com.google.android.gms.permission.AD_ID marks advertising-id use.
// An element marked tools:node="remove" takes that entry out of the merged manifest (the
// documented way to drop AD_ID), so it is evidence of absence and is skipped.
// https://developer.android.com/build/manage-manifests#node_markers

const COMPONENTS = new Set(['activity', 'activity-alias', 'service', 'receiver', 'provider']);

/**
 * A component class name, fully qualified: `.MainActivity` and `MainActivity` are relative to
 * the manifest's `package`. Without a package (AGP 7+ sets `namespace` in the build script)
 * a relative name is kept as written.
 * https://developer.android.com/guide/topics/manifest/activity-element#nm
 */
function qualify(name: string, packageName: string | undefined): string {
  if (!packageName) return name;
  if (name.startsWith('.')) return `${packageName}${name}`;
  return name.includes('.') ? name : `${packageName}.${name}`;
}

function keyOf(element: XmlElement, packageName: string | undefined): PlatformKey | undefined {
  const marker = element.attributes.get('tools:node')?.value.trim();
  if (marker === 'remove' || marker === 'removeAll') return undefined;
  const attribute = element.attributes.get('android:name');
  const value = attribute?.value.trim();
  if (!attribute || !value) return undefined;
  const position = { line: attribute.line, column: attribute.column };
  if (element.name === 'meta-data') {
    // The value a switch is set to (`false`); a resource reference (`@bool/x`) is kept as written.
    const setting = element.attributes.get('android:value')?.value.trim();
    return { platform: 'android', key: value, ...position, ...(setting !== undefined ? { value: setting } : {}) };
  }
  if (element.name === 'uses-permission') return { platform: 'android', key: value, ...position };
  if (COMPONENTS.has(element.name)) return { platform: 'android', key: qualify(value, packageName), ...position };
  return undefined;
}

function parseManifest(text: string): ParseResult {
  if (isBlank(text)) return { packages: [], platformKeys: [], problems: [] };
  const { root, problems } = parseXml(text);
  const platformKeys: PlatformKey[] = [];
  const notes: ParseProblem[] = [];
  if (root && root.name !== 'manifest') {
    notes.push({ line: root.line, column: root.column, message: `expected a <manifest> root element, found <${root.name}>` });
  }
  const packageName = root?.attributes.get('package')?.value.trim() || undefined;
  for (const element of descendants(root)) {
    const key = keyOf(element, packageName);
    if (key) platformKeys.push(key);
  }
  return { packages: [], platformKeys, problems: [...problems, ...notes] };
}

/** Any AndroidManifest.xml (src/main, src/debug, library modules): meta-data, components, permissions. */
export const androidManifestParser: FileParser = {
  id: 'android/manifest',
  ecosystem: 'android',
  claims: (path, name = baseName(path)) => name === 'AndroidManifest.xml',
  parse: (text) => readSafely((result) => Object.assign(result, parseManifest(text))),
};
