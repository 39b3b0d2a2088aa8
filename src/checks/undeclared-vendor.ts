import type { Check } from './types.js';
import { byPath, primary } from './group.js';

/** A detected vendor that the manifest neither declares nor prohibits. */
export const undeclaredVendor: Check = {
  meta: {
    id: 'undeclared-vendor',
    defaultSeverity: 'error',
    description: 'A vendor is used in the code but not declared as a subprocessor.',
    help: 'Declare it under `subprocessors:` in the policy manifest (and in the published privacy policy), or remove the integration.',
  },
  run({ catalog, evidence, declarations }) {
    const findings = [];
    for (const [vendor, items] of evidence) {
      if (declarations.declared.has(vendor) || declarations.prohibited.has(vendor)) continue;
      const name = catalog.vendors.get(vendor)?.name ?? vendor;
      for (const [path, list] of byPath(items)) {
        const first = primary(list);
        findings.push({ rule: 'undeclared-vendor', vendor, args: { name, match: first.match }, location: { path, line: first.line, column: first.column }, evidence: list });
      }
    }
    return findings;
  },
};
