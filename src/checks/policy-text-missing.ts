import { namesOrganization, namesVendor } from '../policy-text/index.js';
import type { Check, RawFinding } from './types.js';

/** A declared subprocessor that the published privacy-policy text does not name. */
export const policyTextMissing: Check = {
  meta: {
    id: 'policy-text-missing',
    defaultSeverity: 'warning',
    description: 'A declared subprocessor is not named in the published privacy-policy text.',
    help: 'Name it in the privacy policy (its company or product name), or remove it from the manifest if it is no longer used. Run `disclosed policy-text FILE` to see what the tool read.',
  },
  run({ catalog, manifest, policy }) {
    if (!manifest || !policy) return [];
    const findings: RawFinding[] = [];
    for (const entry of manifest.subprocessors) {
      const location = { path: manifest.path, ...entry.position };
      if (entry.vendor !== undefined) {
        const vendor = catalog.vendors.get(entry.vendor);
        if (!vendor || namesVendor(policy, vendor.id, vendor.organization)) continue;
        findings.push({ rule: 'policy-text-missing', vendor: vendor.id, args: { name: vendor.name, policy: policy.path }, location, evidence: [] });
        continue;
      }
      const organization = catalog.organizations.get(entry.organization!);
      if (!organization || namesOrganization(policy, organization.id)) continue;
      findings.push({ rule: 'policy-text-missing', vendor: organization.id, args: { name: organization.name, policy: policy.path }, location, evidence: [] });
    }
    return findings;
  },
};
