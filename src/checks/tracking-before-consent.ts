import type { Evidence } from '../types.js';
import type { Check, RawFinding } from './types.js';

/**
 * Categories whose requests need consent before they are sent (ePrivacy art. 5(3): storing or
 * reading information on a visitor's device that is not strictly necessary).
 * https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32002L0058
 */
export const CONSENT_CATEGORIES = new Set(['analytics', 'web-analytics', 'tag-manager', 'advertising', 'session-replay', 'experimentation', 'cdp', 'marketing', 'attribution']);

/**
 * A tracking vendor the browser saw sending requests before the consent banner was answered, or
 * after it was rejected (`disclosed crawl --consent accept|reject`). One finding per vendor, at the
 * first page where it happened; every such request is its evidence.
 */
export const trackingBeforeConsent: Check = {
  meta: {
    id: 'tracking-before-consent',
    defaultSeverity: 'warning',
    description: 'A tracking vendor sends requests before the visitor answered the consent banner, or after they rejected it.',
    help: 'Load the vendor only after consent: gate its tag on the consent platform (Google Consent Mode, the CMP\'s script blocking, or the tag manager\'s consent triggers). The request and the page are named.',
  },
  run({ catalog, evidence }) {
    const findings: RawFinding[] = [];
    for (const [vendor, items] of evidence) {
      const rule = catalog.vendors.get(vendor);
      if (!rule || !rule.categories.some((category) => CONSENT_CATEGORIES.has(category))) continue;
      const early: Evidence[] = items.filter((item) => item.request?.phase === 'before-consent' || item.request?.phase === 'after-reject');
      const first = early[0];
      if (!first?.request) continue;
      findings.push({
        rule: 'tracking-before-consent',
        vendor,
        args: { vendor: rule.name, page: first.request.page, url: first.match, when: first.request.phase === 'after-reject' ? 'after the visitor rejected' : 'before the visitor answered' },
        location: { path: first.path, line: first.line, column: first.column },
        evidence: early.map(({ ...item }) => item),
      });
    }
    return findings;
  },
};
