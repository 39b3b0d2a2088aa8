import { isIntegrated, strongest } from '../context/index.js';
import type { VendorEvidence } from '../types.js';
import type { Check, RawFinding } from './types.js';

/**
 * Why a detection is indirect, as message arguments: the context of its strongest evidence, the
 * dependency chain when a lockfile records one, where, and the construct of a mention.
 */
export function indirectArgs(items: VendorEvidence[]): Record<string, string> {
  const first = strongest(items);
  const withVia = items.find((item) => item.context === first.context && item.via && item.via.length > 0);
  return {
    context: first.context ?? 'runtime',
    where: `${first.path}:${first.line}`,
    ...(withVia?.via ? { via: withVia.via.join(' → ') } : {}),
    ...(first.mention ? { construct: first.mention } : {}),
  };
}

/**
 * An undeclared vendor detected only indirectly: pulled in by another package, a dev or build
 * dependency, only in tests, switched off, or only mentioned. Reported once per vendor, at its
 * strongest evidence, with the reason; it does not fail a build by default.
 */
export const indirectVendor: Check = {
  meta: {
    id: 'indirect-vendor',
    defaultSeverity: 'note',
    description: 'An undeclared vendor is present only indirectly: transitive, dev-only, in tests, switched off, or mentioned.',
    help: 'Nothing to declare while it stays indirect. If the product does send it data, declare it; to count such contexts as use, list them in settings.count-as-used.',
  },
  run({ catalog, evidence, declarations, countAsUsed }) {
    const findings: RawFinding[] = [];
    for (const [vendor, items] of evidence) {
      if (declarations.declared.has(vendor) || declarations.prohibited.has(vendor)) continue;
      if (items.length === 0 || isIntegrated(items, countAsUsed)) continue;
      const first = strongest(items);
      findings.push({
        rule: 'indirect-vendor',
        vendor,
        args: { name: catalog.vendors.get(vendor)?.name ?? vendor, match: first.match, ...indirectArgs(items) },
        location: { path: first.path, line: first.line, column: first.column },
        evidence: items.map(({ vendor: _vendor, ...rest }) => rest),
      });
    }
    return findings;
  },
};
