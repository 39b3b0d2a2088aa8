import { isIntegrated } from '../context/index.js';
import type { Check } from './types.js';
import { primary, usedByPath } from './group.js';

/** A vendor integrated in the code (runtime evidence) that the manifest neither declares nor prohibits. */
export const undeclaredVendor: Check = {
  meta: {
    id: 'undeclared-vendor',
    defaultSeverity: 'error',
    description: 'A vendor is used in the code but not declared as a subprocessor.',
    help: 'Declare it under `subprocessors:` in the policy manifest (and in the published privacy policy), or remove the integration.',
  },
  run({ catalog, evidence, declarations, countAsUsed }) {
    const findings = [];
    for (const [vendor, items] of evidence) {
      if (declarations.declared.has(vendor) || declarations.prohibited.has(vendor)) continue;
      if (!isIntegrated(items, countAsUsed)) continue;
      const name = catalog.vendors.get(vendor)?.name ?? vendor;
      for (const [path, list] of usedByPath(items, countAsUsed)) {
        const first = primary(list);
        findings.push({ rule: 'undeclared-vendor', vendor, args: { name, match: first.match }, location: { path, line: first.line, column: first.column }, evidence: list });
      }
    }
    return findings;
  },
};
