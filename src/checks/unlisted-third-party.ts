import { isFirstParty } from '../matchers/third-parties.js';
import type { Check, RawFinding } from './types.js';

/**
 * A third party the catalog does not know, loaded or called from code. One finding per host per
 * file; `vendor` holds the host, since there is no catalog id.
 */
export const unlistedThirdParty: Check = {
  meta: {
    id: 'unlisted-third-party',
    defaultSeverity: 'note',
    description: 'Code loads a script from, or sends data to, a third party the vendor catalog does not know.',
    help: 'If it receives personal data, declare it as a custom vendor in the manifest (name, categories, signatures.domains); if the host is your own, add it to settings.first-party-domains.',
  },
  run({ thirdParties, firstPartyDomains }) {
    const findings: RawFinding[] = [];
    for (const hit of thirdParties ?? []) {
      if (isFirstParty(hit.host, firstPartyDomains)) continue;
      findings.push({
        rule: 'unlisted-third-party',
        vendor: hit.host,
        args: { host: hit.host, entity: hit.entity, category: hit.category },
        location: { path: hit.path, line: hit.line, column: hit.column },
        evidence: [{ kind: 'domain', path: hit.path, line: hit.line, column: hit.column, match: hit.host }],
      });
    }
    return findings;
  },
};
