import type { Catalog } from '../catalog/catalog.js';
import { isSwitchedOff, vendorsOfHost, vendorsOfPackage, vendorsOfPlatformKey } from '../catalog/catalog.js';
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
        ...(!pkg.direct && pkg.via ? { via: pkg.via } : {}),
      });
    }
  }
  for (const key of parsed.platformKeys ?? []) {
    for (const vendor of vendorsOfPlatformKey(catalog, key.key)) {
      const off = isSwitchedOff(catalog, vendor, key.key, key.value);
      evidence.push({ vendor, kind: 'platform', path, line: key.line, column: key.column, match: key.key, ...(off ? { switchedOff: true } : {}) });
    }
  }
  for (const host of parsed.hosts ?? []) {
    for (const vendor of vendorsOfHost(catalog, host.host)) {
      evidence.push({ vendor, kind: 'domain', path, line: host.line, column: host.column, match: host.host });
    }
  }
  return evidence;
}
