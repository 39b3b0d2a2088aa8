import type { Catalog } from '../catalog/catalog.js';
import { installsSdk, isSwitchedOff, vendorsOfGradlePlugin, vendorsOfHost, vendorsOfPackage, vendorsOfPlatformKey } from '../catalog/catalog.js';
import { chainsOf, hasEdges } from '../ecosystems/graph.js';
import type { ParseResult, VendorEvidence } from '../types.js';

/** Evidence from what a manifest, lockfile or platform file declares. */
export function matchParsed(catalog: Catalog, path: string, parsed: ParseResult): VendorEvidence[] {
  const evidence: VendorEvidence[] = [];
  // Chains are computed on the first transitive vendor package only: most lockfiles have none.
  const chainOf = hasEdges(parsed.graph) ? chainsOf(parsed.graph) : undefined;
  for (const pkg of parsed.packages) {
    const vendors = vendorsOfPackage(catalog, pkg.ecosystem, pkg.name);
    if (vendors.length === 0) continue;
    let via = pkg.via;
    if (!pkg.direct && !via && chainOf) {
      try {
        via = chainOf(pkg.name);
      } catch {
        via = undefined;
      }
    }
    for (const vendor of vendors) {
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
        ...(pkg.peer ? { peer: true } : {}),
        ...(pkg.managed ? { managed: true } : {}),
        ...(!pkg.direct && via && via.length > 1 ? { via } : {}),
      });
    }
  }
  for (const key of parsed.platformKeys ?? []) {
    for (const vendor of vendorsOfPlatformKey(catalog, key.key)) {
      const off = isSwitchedOff(catalog, vendor, key.key, key.value);
      evidence.push({ vendor, kind: 'platform', path, line: key.line, column: key.column, match: key.key, ...(off ? { switchedOff: true } : {}) });
    }
  }
  // A vendor's Gradle plugin (Crashlytics', Sentry's) is evidence of its SDK in the app; whether it
  // is runtime or build tooling alone is decided once all of the vendor's evidence is in (src/context/).
  for (const plugin of parsed.gradlePlugins ?? []) {
    for (const vendor of vendorsOfGradlePlugin(catalog, plugin.id)) {
      // A plugin that installs the SDK itself (Sentry's) is the SDK's dependency as much as a build plugin.
      const sdk = installsSdk(catalog, vendor, plugin.id);
      evidence.push({ vendor, kind: 'package', path, line: plugin.line, column: plugin.column, match: plugin.id, ecosystem: 'maven', ...(sdk ? {} : { buildPlugin: true }) });
    }
  }
  for (const host of parsed.hosts ?? []) {
    for (const vendor of vendorsOfHost(catalog, host.host)) {
      evidence.push({ vendor, kind: 'domain', path, line: host.line, column: host.column, match: host.host });
    }
  }
  return evidence;
}
