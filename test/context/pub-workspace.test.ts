import { describe, expect, it } from 'vitest';
import { markWorkspaceImplementations } from '../../src/context/pub-workspace.js';
import type { VendorEvidence } from '../../src/types.js';

// A pub workspace's root lockfile marks the members' dependencies transitive; the members'
// pubspec.yaml files say what each plugin is. In-memory trees, one case each.

function implementation(name: string, lockfile = 'pubspec.lock'): VendorEvidence {
  return { vendor: 'google-play-billing', kind: 'package', ecosystem: 'pub', path: lockfile, line: 12, column: 3, match: name, transitive: true, via: ['in_app_purchase', name] };
}

function mark(files: Record<string, string>, item: VendorEvidence): VendorEvidence {
  markWorkspaceImplementations(new Map([[item.vendor, [item]]]), { paths: () => Object.keys(files), read: (path) => files[path] });
  return item;
}

const ROOT = 'name: workspace\nworkspace:\n  - app\n';

describe('federated plugins in a pub workspace', () => {
  it("a member's dependency makes its platform implementation direct", () => {
    const item = mark({ 'pubspec.yaml': ROOT, 'app/pubspec.yaml': 'name: app\ndependencies:\n  in_app_purchase: 3.3.0\n' }, implementation('in_app_purchase_android'));
    expect(item.transitive).toBeUndefined();
    expect(item.via).toBeUndefined();
    expect(item.dev).toBeUndefined();
  });

  it('a dev dependency in every member that declares the plugin makes it dev; one member shipping it makes it shipped', () => {
    const dev = mark({ 'pubspec.yaml': ROOT, 'app/pubspec.yaml': 'name: app\ndev_dependencies:\n  in_app_purchase: 3.3.0\n' }, implementation('in_app_purchase_storekit'));
    expect(dev.transitive).toBeUndefined();
    expect(dev.dev).toBe(true);
    const shipped = mark({ 'pubspec.yaml': ROOT, 'tools/pubspec.yaml': 'name: tools\ndev_dependencies:\n  in_app_purchase: 3.3.0\n', 'app/pubspec.yaml': 'name: app\ndependencies:\n  in_app_purchase: 3.3.0\n' }, implementation('in_app_purchase_storekit'));
    expect(shipped.dev).toBeUndefined();
  });

  it("stays transitive when no member declares the plugin, when the manifest sits outside the lockfile's folder, or when a manifest cannot be read", () => {
    expect(mark({ 'pubspec.yaml': ROOT, 'app/pubspec.yaml': 'name: app\ndependencies:\n  purchases_flutter: 8.0.0\n' }, implementation('in_app_purchase_android')).transitive).toBe(true);
    expect(mark({ 'mobile/pubspec.yaml': ROOT, 'web/pubspec.yaml': 'name: web\ndependencies:\n  in_app_purchase: 3.3.0\n' }, implementation('in_app_purchase_android', 'mobile/pubspec.lock')).transitive).toBe(true);
    expect(mark({ 'pubspec.yaml': ROOT, 'app/pubspec.yaml': 'dependencies: [in_app_purchase\n  : : :' }, implementation('in_app_purchase_android')).transitive).toBe(true);
  });
});
