import { parse } from 'yaml';
import type { VendorEvidence } from '../types.js';
import { folderOf } from './paths.js';
import type { SourceTree } from './unreachable.js';

// A Dart pub workspace (https://dart.dev/tools/pub/workspaces) resolves every member package into one
// pubspec.lock at its root, and that lockfile marks the members' own dependencies `transitive`: only the
// root package's are `direct`. A member's pubspec.yaml declaring a plugin (`in_app_purchase`) therefore
// leaves the plugin's platform implementations (`in_app_purchase_android`, `in_app_purchase_storekit`)
// transitive in the lockfile, although they build into the app. A federated plugin's implementation takes
// the kind of the app-facing plugin a pubspec.yaml under the lockfile's folder declares
// (https://docs.flutter.dev/packages-and-plugins/developing-packages#federated-plugins).

// The same platform suffixes as the pubspec.lock parser's.
const PLATFORM_SUFFIX = /_(?:android|ios|storekit|darwin|foundation|macos|web|windows|linux)$/;

type Declared = 'main' | 'dev' | undefined;

/** The plugins each pubspec.yaml declares, `main` or `dev`, read once per file. */
function declarationsOf(text: string | undefined): Map<string, Declared> {
  const declared = new Map<string, Declared>();
  if (!text) return declared;
  let document: unknown;
  try {
    document = parse(text);
  } catch {
    return declared;
  }
  if (typeof document !== 'object' || document === null) return declared;
  const sections = document as { dependencies?: unknown; dev_dependencies?: unknown };
  for (const [section, kind] of [['dev_dependencies', 'dev'], ['dependencies', 'main']] as const) {
    const block = sections[section];
    if (typeof block !== 'object' || block === null) continue;
    for (const name of Object.keys(block)) declared.set(name, kind);
  }
  return declared;
}

/**
 * Give the transitive platform implementations in a workspace's pubspec.lock the kind their app-facing
 * plugin has in a member's pubspec.yaml: `main` makes them direct, `dev` makes them dev.
 */
export function markWorkspaceImplementations(byVendor: ReadonlyMap<string, readonly VendorEvidence[]>, tree: SourceTree): void {
  let manifests: string[] | undefined;
  const declarations = new Map<string, Map<string, Declared>>();
  const declaredIn = (path: string) => {
    let found = declarations.get(path);
    if (!found) declarations.set(path, (found = declarationsOf(tree.read(path))));
    return found;
  };
  for (const items of byVendor.values()) {
    for (const item of items) {
      if (item.kind !== 'package' || item.ecosystem !== 'pub' || !item.transitive) continue;
      if (!item.path.endsWith('pubspec.lock') || !PLATFORM_SUFFIX.test(item.match)) continue;
      const plugin = item.match.replace(PLATFORM_SUFFIX, '');
      const folder = folderOf(item.path);
      manifests ??= tree.paths().filter((path) => path === 'pubspec.yaml' || path.endsWith('/pubspec.yaml'));
      const kinds = manifests.filter((path) => folder === '' || path.startsWith(`${folder}/`)).map((path) => declaredIn(path).get(plugin)).filter((kind) => kind !== undefined);
      if (kinds.length === 0) continue;
      delete item.transitive;
      delete item.via;
      // One member that ships the plugin makes it shipped.
      if (kinds.every((kind) => kind === 'dev')) item.dev = true;
      else delete item.dev;
    }
  }
}
