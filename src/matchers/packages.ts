import type { Catalog } from '../catalog/catalog.js';
import { vendorsOfGradlePlugin, vendorsOfHost, vendorsOfPackage, vendorsOfPlatformKey } from '../catalog/catalog.js';
import type { ParseResult, VendorEvidence } from '../types.js';

/** Evidence from what a manifest, lockfile or platform file declares. */
export function matchParsed(catalog: Catalog, path: string, parsed: ParseResult): VendorEvidence[] {
  const evidence: VendorEvidence[] = [];
  for (const pkg of parsed.packages) {
    for (const vendor of vendorsOfPackage(catalog, pkg.ecosystem, pkg.name)) {
      evidence.push({
        vendor,
        kind: 'package',
        path,
        line: pkg.line,
        column: pkg.column,
        match: pkg.name,
        ecosystem: pkg.ecosystem,
        ...(pkg.direct ? {} : { transitive: true }),
        ...(pkg.dev ? { dev: true } : {}),
      });
    }
  }
  for (const key of parsed.platformKeys ?? []) {
    for (const vendor of vendorsOfPlatformKey(catalog, key.key)) {
      evidence.push({ vendor, kind: 'platform', path, line: key.line, column: key.column, match: key.key });
    }
  }
  // A Gradle plugin such as Crashlytics' or Sentry's builds the SDK into the app: runtime evidence, not a build tool.
  for (const plugin of parsed.gradlePlugins ?? []) {
    for (const vendor of vendorsOfGradlePlugin(catalog, plugin.id)) {
      evidence.push({ vendor, kind: 'package', path, line: plugin.line, column: plugin.column, match: plugin.id, ecosystem: 'maven' });
    }
  }
  for (const host of parsed.hosts ?? []) {
    for (const vendor of vendorsOfHost(catalog, host.host)) {
      evidence.push({ vendor, kind: 'domain', path, line: host.line, column: host.column, match: host.host });
    }
  }
  return evidence;
}
