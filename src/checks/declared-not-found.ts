import { vendorsOfOrganization } from '../catalog/catalog.js';
import type { Check, RawFinding } from './types.js';

/** A declaration with no footprint in the code: the public list may be out of date. */
export const declaredNotFound: Check = {
  meta: {
    id: 'declared-not-found',
    defaultSeverity: 'warning',
    description: 'A declared subprocessor is not found anywhere in the code.',
    help: 'Remove it from the manifest (and the privacy policy) if it is no longer used, or set `expect-in-code: false` for a subprocessor with no footprint in this repository.',
  },
  run({ catalog, manifest, evidence, partial }) {
    // A scan of one folder of a monorepo sees only that folder's integrations.
    if (!manifest || partial) return [];
    const findings: RawFinding[] = [];
    for (const entry of manifest.subprocessors) {
      if (entry['expect-in-code'] === false) continue;
      if (entry.vendor !== undefined) {
        const vendor = catalog.vendors.get(entry.vendor);
        if (!vendor || evidence.has(entry.vendor)) continue;
        findings.push({ rule: 'declared-not-found', vendor: entry.vendor, args: { name: vendor.name, kind: 'vendor' }, location: { path: manifest.path, ...entry.position }, evidence: [] });
        continue;
      }
      const organization = entry.organization!;
      const products = vendorsOfOrganization(catalog, organization);
      if (products.length === 0 || products.some((id) => evidence.has(id))) continue;
      const name = catalog.organizations.get(organization)?.name ?? organization;
      findings.push({ rule: 'declared-not-found', vendor: organization, args: { name, kind: 'organization' }, location: { path: manifest.path, ...entry.position }, evidence: [] });
    }
    return findings;
  },
};
