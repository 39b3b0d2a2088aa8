import type { Check } from './types.js';
import { byPath, primary } from './group.js';

/** A detected vendor that the manifest prohibits, by id, organization or category. */
export const prohibitedVendor: Check = {
  meta: {
    id: 'prohibited-vendor',
    defaultSeverity: 'error',
    description: 'A vendor the policy manifest prohibits is used in the code.',
    help: 'Remove the integration: the privacy policy promises this vendor (or its organization or category) is not used.',
  },
  run({ catalog, evidence, declarations }) {
    const findings = [];
    for (const [vendor, items] of evidence) {
      const prohibition = declarations.prohibited.get(vendor);
      if (!prohibition) continue;
      const name = catalog.vendors.get(vendor)?.name ?? vendor;
      const target = prohibition.entry.vendor ?? prohibition.entry.organization ?? prohibition.entry.category ?? vendor;
      for (const [path, list] of byPath(items)) {
        const first = primary(list);
        findings.push({
          rule: 'prohibited-vendor',
          vendor,
          args: { name, match: first.match, by: prohibition.by, target, reason: prohibition.entry.reason ?? '' },
          location: { path, line: first.line, column: first.column },
          evidence: list,
        });
      }
    }
    return findings;
  },
};
