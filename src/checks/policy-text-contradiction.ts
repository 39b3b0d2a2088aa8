import type { PolicyMention } from '../policy-text/index.js';
import { quote } from '../policy-text/index.js';
import { primary } from './group.js';
import type { Check, RawFinding } from './types.js';

const SPECIFICITY = { vendor: 0, organization: 1, category: 2 } as const;

/**
 * A vendor detected in the code that the policy text says is not used: by name, by its
 * organization, or by its primary category. Precision first: a vendor the text also names as
 * used anywhere is left alone (the text contradicts itself, not the code), so is an organization
 * denial when the text names that organization as used elsewhere, and a category denial
 * reaches only a vendor's primary category ("we don't record sessions" says nothing about
 * Amplitude, whose replay add-on may be off).
 */
export const policyTextContradiction: Check = {
  meta: {
    id: 'policy-text-contradiction',
    defaultSeverity: 'error',
    description: 'The privacy-policy text says a vendor (or its organization or category) is not used, and the code uses it.',
    help: 'Remove the integration, or correct the privacy policy: it promises something the code does not keep.',
  },
  run({ catalog, policy, evidence }) {
    if (!policy) return [];
    const denials = policy.mentions.filter((mention) => mention.status === 'denied');
    if (denials.length === 0) return [];
    const named = policy.mentions.filter((mention) => mention.status === 'named' && mention.kind !== 'category');
    const namedVendors = new Set(named.filter((mention) => mention.kind === 'vendor').map((mention) => mention.id));
    const namedOrganizations = new Set(named.map((mention) => (mention.kind === 'vendor' ? mention.organization : mention.id)));
    const findings: RawFinding[] = [];
    for (const [vendor, items] of evidence) {
      if (namedVendors.has(vendor)) continue;
      const rule = catalog.vendors.get(vendor);
      if (!rule) continue;
      const denies = (mention: PolicyMention) =>
        (mention.kind === 'vendor' && mention.id === vendor) ||
        (mention.kind === 'organization' && mention.id === rule.organization && !namedOrganizations.has(mention.id)) ||
        (mention.kind === 'category' && rule.categories[0] !== undefined && (mention.categories ?? [mention.id]).includes(rule.categories[0]));
      const denial = denials.filter(denies).sort((a, b) => SPECIFICITY[a.kind] - SPECIFICITY[b.kind] || a.line - b.line)[0];
      if (!denial) continue;
      const first = primary(items);
      const target = denial.kind === 'category' ? `${denial.match} (${denial.name})` : denial.match;
      findings.push({
        rule: 'policy-text-contradiction',
        vendor,
        args: { name: rule.name, target, claim: denial.modality === 'past' ? 'no longer used' : 'not used', sentence: quote(denial.sentence), evidence: `${first.path}:${first.line}`, policy: policy.path },
        location: { path: policy.path, line: denial.line, column: denial.column },
        evidence: items.map(({ vendor: _vendor, ...rest }) => rest),
      });
    }
    return findings;
  },
};
