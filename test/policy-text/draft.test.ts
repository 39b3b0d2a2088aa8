import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { guessPurpose } from '../../src/policy-text/draft.js';
import { readPolicyText } from '../../src/policy-text/index.js';

const catalog = buildCatalog();

function purposeOf(text: string): string | undefined {
  const mention = readPolicyText(catalog, { path: 'p.md', text }).mentions.find((item) => item.status === 'named');
  return mention && guessPurpose(mention);
}

describe('guessPurpose', () => {
  it.each([
    ['- stripe — payment processing', 'Payment processing'],
    ['- maildoso / mailforge / google workspace — inbox hosting', 'Inbox hosting'],
    ['| Mixpanel | Funnel analysis |', 'Funnel analysis'],
    ['Errors go to Sentry (error monitoring).', 'Error monitoring'],
    ['We use Posthog for product analytics and Hubspot for our website chat.', 'Product analytics'],
    ['We use Intercom to provide customer support.', 'Customer support'],
  ])('%s → %s', (text, purpose) => {
    expect(purposeOf(text)).toBe(purpose);
  });

  it('does not take a denied purpose for the purpose: "we do not use X for advertising"', () => {
    expect(purposeOf('We do not use Google Analytics for advertising purposes.')).toBeUndefined();
    expect(purposeOf('Payments are processed by Stripe.')).toBeUndefined();
  });
});
