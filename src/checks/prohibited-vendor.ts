import { isIntegrated, strongest } from '../context/index.js';
import type { Check, RawFinding } from './types.js';
import { primary, usedByPath } from './group.js';
import { indirectArgs } from './indirect-vendor.js';

/**
 * A detected vendor that the manifest prohibits, by id, organization or category. Integrated:
 * one finding per file that uses it. Only indirect (transitive, dev, test, off, mentioned): one
 * finding at its strongest evidence, a warning by default, since a prohibited SDK shipped
 * transitively is still worth a look.
 */
export const prohibitedVendor: Check = {
  meta: {
    id: 'prohibited-vendor',
    defaultSeverity: 'error',
    description: 'A vendor the policy manifest prohibits is used in the code (a warning when it is only present indirectly).',
    help: 'Remove the integration: the privacy policy promises this vendor (or its organization or category) is not used.',
  },
  run({ catalog, evidence, declarations, countAsUsed }) {
    const findings: RawFinding[] = [];
    for (const [vendor, items] of evidence) {
      const prohibition = declarations.prohibited.get(vendor);
      if (!prohibition) continue;
      const name = catalog.vendors.get(vendor)?.name ?? vendor;
      const target = prohibition.entry.vendor ?? prohibition.entry.organization ?? prohibition.entry.category ?? vendor;
      const base = { name, by: prohibition.by, target, reason: prohibition.entry.reason ?? '' };
      if (!isIntegrated(items, countAsUsed)) {
        const first = strongest(items);
        const { vendor: _vendor, ...rest } = first;
        findings.push({
          rule: 'prohibited-vendor',
          vendor,
          args: { ...base, match: first.match, ...indirectArgs(items) },
          location: { path: first.path, line: first.line, column: first.column },
          evidence: [rest],
          defaultSeverity: 'warning',
        });
        continue;
      }
      for (const [path, list] of usedByPath(items, countAsUsed)) {
        const first = primary(list);
        findings.push({ rule: 'prohibited-vendor', vendor, args: { ...base, match: first.match }, location: { path, line: first.line, column: first.column }, evidence: list });
      }
    }
    return findings;
  },
};
