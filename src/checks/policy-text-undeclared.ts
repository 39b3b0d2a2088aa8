import { firstMentions, quote } from '../policy-text/index.js';
import type { Check, RawFinding } from './types.js';

/** A catalog vendor (or organization) the policy text names as used, absent from the manifest. */
export const policyTextUndeclared: Check = {
  meta: {
    id: 'policy-text-undeclared',
    defaultSeverity: 'warning',
    description: 'The privacy-policy text names a vendor that the manifest does not declare.',
    help: 'Declare it under `subprocessors:` (with `expect-in-code: false` if it has no footprint in this repository), or correct the privacy policy.',
  },
  run({ catalog, manifest, policy, declarations }) {
    if (!policy) return [];
    const findings: RawFinding[] = [];
    const declaredOrganizations = new Set<string>();
    for (const vendor of declarations.declared.keys()) {
      const organization = catalog.vendors.get(vendor)?.organization;
      if (organization) declaredOrganizations.add(organization);
    }
    for (const entry of manifest?.subprocessors ?? []) if (entry.organization) declaredOrganizations.add(entry.organization);

    for (const [vendor, mention] of firstMentions(policy, 'vendor', 'named')) {
      if (declarations.declared.has(vendor)) continue;
      findings.push({
        rule: 'policy-text-undeclared',
        vendor,
        args: { name: mention.name, sentence: quote(mention.sentence), policy: policy.path },
        location: { path: policy.path, line: mention.line, column: mention.column },
        evidence: [],
      });
    }
    // A company named only by its legal name ("Google", "Meta"): undeclared when nothing of it is.
    for (const [organization, mention] of firstMentions(policy, 'organization', 'named')) {
      if (declaredOrganizations.has(organization)) continue;
      findings.push({
        rule: 'policy-text-undeclared',
        vendor: organization,
        args: { name: mention.name, sentence: quote(mention.sentence), policy: policy.path },
        location: { path: policy.path, line: mention.line, column: mention.column },
        evidence: [],
      });
    }
    return findings;
  },
};
