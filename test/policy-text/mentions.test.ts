import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { readPolicyText } from '../../src/policy-text/index.js';

const catalog = buildCatalog();

/** `status kind:id` for every mention of a one-sentence text. */
function understood(text: string, path = 'policy.txt'): string[] {
  return readPolicyText(catalog, { path, text }).mentions.map((mention) => `${mention.status} ${mention.kind}:${mention.id}`);
}

describe('named mentions', () => {
  it.each([
    ['We use Posthog for product analytics and Hubspot for our website chat.', ['named vendor:posthog', 'named vendor:hubspot']],
    ['We use PostHog and HubSpot.', ['named vendor:posthog', 'named vendor:hubspot']],
    ['stripe — payment processing', ['named vendor:stripe']],
    ['maildoso / mailforge / google workspace — inbox hosting', ['named organization:google']],
    ['Card payments are processed by Stripe, Inc. and receipts are sent by SendGrid.', ['named vendor:stripe', 'named vendor:sendgrid']],
    ['Events are routed through Segment to our warehouse.', ['named vendor:segment']],
    ['Crisp, for the support chat on this site.', ['named vendor:crisp']],
    ['resend — transactional email', ['named vendor:resend']],
  ])('%s', (text, expected) => {
    expect(understood(text)).toEqual(expected);
  });

  it('a restriction presupposes use: "we do not use X for Y" names X', () => {
    expect(understood('We do not use Google Analytics for advertising purposes.')).toEqual(['named vendor:google-analytics']);
    expect(understood('We do not send your data to OpenAI for training.')).toEqual(['named vendor:openai']);
  });

  it('an exception after a negation names what it excepts', () => {
    expect(understood('We do not use cookies except for Stripe fraud prevention.')).toEqual(['named vendor:stripe']);
    expect(understood('We do not share data with third parties other than Sentry.')).toEqual(['named vendor:sentry']);
  });

  it('a negation does not reach a new clause', () => {
    expect(understood('We use no cookies and Stripe handles payments.')).toEqual(['named vendor:stripe']);
    expect(understood("We don't track you; Plausible counts page views without cookies.")).toEqual(['named vendor:plausible']);
    expect(understood('There is no guarantee that Google Maps is available in every country.')).toEqual(['named vendor:google-maps']);
  });

  it('a denial made conditional on consent denies nothing', () => {
    expect(understood('We do not load the Meta Pixel unless you accept marketing cookies.')).toEqual(['named vendor:meta-pixel']);
    expect(understood('We do not use advertising cookies without your consent.')).toEqual([]);
  });
});

describe('denied mentions', () => {
  it.each([
    ["We don't run ad retargeting pixels (no Facebook, LinkedIn, Google Ads trackers).", ['denied category:advertising', 'denied organization:meta', 'denied organization:linkedin', 'denied vendor:google-ads']],
    ['We do not run Hotjar or any session recording tools.', ['denied vendor:hotjar', 'denied category:session-replay']],
    ['We never share your personal data with Google.', ['denied organization:google']],
    ['Facebook pixels are not used on this site.', ['denied organization:meta']],
    ['We use Plausible, not Google Analytics.', ['named vendor:plausible', 'denied vendor:google-analytics']],
    ['no ads. no google analytics. no facebook pixel.', ['denied vendor:google-analytics', 'denied vendor:meta-pixel']],
    ["we don't use hotjar, fullstory or any session recording.", ['denied vendor:hotjar', 'denied vendor:fullstory', 'denied category:session-replay']],
    ['Wir verwenden kein Google Analytics und keine Facebook-Pixel.', ['denied vendor:google-analytics', 'denied organization:meta']],
    ['We do not use ad trackers.', ['denied category:advertising']],
  ])('%s', (text, expected) => {
    expect(understood(text)).toEqual(expected);
  });

  it('a restricted category is not denied: "trackers that follow you", "cookie-based analytics"', () => {
    expect(understood('We do not use trackers that follow you across sites.')).toEqual([]);
    expect(understood('We do not use cookie-based analytics.')).toEqual([]);
    expect(understood('We do not use analytics cookies.')).toEqual([]);
  });
});

describe('ignored mentions', () => {
  it.each([
    ["You can opt out via Google's settings at adssettings.google.com or facebook.com/about/ads.", 'opt-out'],
    ['Manage LinkedIn ad preferences in your LinkedIn account settings.', 'settings'],
    ['You can block cookies in Google Chrome or Microsoft Edge.', 'platform products'],
    ['Follow us on Twitter and LinkedIn.', 'social links'],
    ['Stripe is a trademark of Stripe, Inc.', 'trademark notice'],
    ['Unlike Google, we do not profile you.', 'comparison'],
    ['See https://stripe.com/privacy.', 'URL'],
    ['Write to privacy@hubspot-example.com.', 'e-mail address'],
  ])('%s (%s)', (text) => {
    expect(understood(text).every((mention) => mention.startsWith('ignored'))).toBe(true);
  });

  it('names inside other words are not mentions', () => {
    expect(understood('Our segmentation, stripes and posthoc analysis mention no vendor; neither does heapsort or Googleplex.')).toEqual([]);
    expect(understood('Our market segment is small and we block spam.')).toEqual([]);
    expect(understood('non-Google search engines and Stripe-like checkouts')).toEqual([]);
  });

  it('common-word names need their capitalisation and not the head of a sentence', () => {
    expect(understood('Block cookies in your browser.')).toEqual([]);
    expect(understood('How to Block Tracking')).toEqual([]);
  });
});

describe('positions', () => {
  it('each mention carries its line, column and sentence', () => {
    const policy = readPolicyText(catalog, { path: 'p.md', text: '# Title\n\nIntro text.\nWe use\nPostHog for analytics.\n' });
    expect(policy.mentions).toEqual([
      expect.objectContaining({ kind: 'vendor', id: 'posthog', line: 5, column: 1, sentence: 'We use PostHog for analytics.', status: 'named' }),
    ]);
  });
});
