import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { readPolicyText } from '../../src/policy-text/index.js';

// Every vendor and organization mention in the policy-text fixtures, as a careful human reader
// marks them: `line status kind:id`. Written by hand from the texts, not from the tool's output.
// Names the catalog does not know (Maildoso, Mailforge, Supabase, Northwind) are not listed.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'policy-text');

const EXPECTED: Record<string, string[]> = {
  'legal-numbered-sections.txt': [
    '17 named vendor:auth0',
    '19 named vendor:posthog',
    '22 named vendor:stripe',
    '23 named vendor:stripe',
    '23 ignored vendor:stripe', // "see Stripe's Privacy Policy"
    '29 named organization:amazon',
    '30 named vendor:sentry',
    '30 named vendor:intercom',
    '30 named vendor:sendgrid',
    '34 denied organization:meta',
    '34 denied organization:bytedance',
    '34 denied vendor:meta-pixel',
    '35 denied vendor:linkedin-insight',
    '37 named vendor:google-analytics', // "we do not use Google Analytics for advertising purposes"
    '49 ignored organization:google', // Google Chrome
    '50 ignored organization:microsoft', // Microsoft Edge
    '50 ignored vendor:google-analytics', // opt out of Google Analytics
    '50 ignored vendor:google-analytics', // the Opt-out Browser Add-on
    '55 named organization:amazon',
    '55 named vendor:sentry',
    '61 ignored vendor:stripe', // trademark notice
    '61 ignored vendor:stripe',
  ],
  'plain-lowercase-bullets.md': [
    '3 denied vendor:google-analytics',
    '3 denied vendor:meta-pixel',
    '7 named vendor:stripe',
    '8 named vendor:posthog',
    '9 named organization:google', // google workspace
    '10 named vendor:resend',
    '11 named vendor:hubspot',
    '12 named vendor:sentry',
    '17 denied organization:bytedance',
    '17 denied organization:linkedin',
    '18 denied vendor:hotjar',
    '18 denied vendor:fullstory',
    '20 ignored organization:linkedin', // "find us on linkedin"
  ],
  'markdown-tables-anchors.md': [
    '19 named vendor:amplitude',
    '20 named vendor:mixpanel',
    '21 named vendor:segment',
    '22 named vendor:zendesk',
    '23 named vendor:mailgun',
    '24 named organization:google', // Google Cloud Platform
    '26 named vendor:paddle',
    '34 named vendor:amplitude',
    '35 named vendor:stripe',
    '37 denied vendor:hotjar',
    '37 denied organization:meta', // "Facebook pixels are not used"
    '38 denied vendor:google-tag-manager',
    '46 ignored vendor:amplitude', // a link to Amplitude's own processing
  ],
  'html-nav-cookie-banner.html': [
    '18 named vendor:google-analytics', // the cookie banner
    '29 named vendor:mailchimp',
    '30 named vendor:crisp',
    '31 named organization:cloudflare',
    '36 named vendor:vimeo',
    '37 named vendor:calendly',
    '41 denied vendor:meta-pixel',
    '41 denied vendor:tiktok-pixel',
    '41 denied vendor:criteo',
    '47 ignored vendor:google-analytics',
    '47 ignored organization:google',
    '51 ignored vendor:youtube', // "Follow us on Instagram and YouTube"
  ],
  'opt-out-links-only.md': [
    '5 ignored organization:google',
    '5 ignored organization:google',
    '6 ignored organization:google',
    '6 ignored organization:google',
    '6 ignored organization:meta',
    '6 ignored organization:meta',
    '7 ignored organization:linkedin',
    '7 ignored organization:linkedin',
    '8 ignored organization:x-corp',
    '8 ignored organization:x-corp',
    '10 ignored organization:google',
    '12 ignored organization:microsoft',
    '12 ignored organization:microsoft',
  ],
  'faq-style-holdout.md': [
    '4 named vendor:plausible',
    '4 denied vendor:google-analytics',
    '4 denied vendor:mixpanel',
    '4 denied organization:meta',
    '4 denied organization:x-corp',
    '7 named organization:vercel',
    '7 named vendor:supabase', // "our database is hosted by Supabase" (a catalog vendor since the catalog-v2 batch)
    '7 named vendor:postmark',
    '7 named vendor:stripe',
    '7 named vendor:paypal',
    '10 named vendor:openai',
    '10 named vendor:openai', // "we do not send your data to OpenAI for training" presupposes use
    '10 denied vendor:anthropic',
    '13 ignored organization:google', // "we are not affiliated with Google or Meta"
    '13 ignored organization:meta',
    '16 named vendor:google-oauth', // "Sign in with Google": the sign-in product
    '16 named organization:google',
    '16 ignored organization:google', // your Google Account
    '19 denied vendor:google-analytics', // German: "kein Google Analytics"
    '19 denied organization:meta', // "keine Facebook-Pixel"
    '19 named vendor:stripe',
  ],
};

const catalog = buildCatalog();

interface Figures {
  expected: number;
  found: number;
  missed: string[];
  wronglyFound: string[];
  wrongDenials: number;
  ignoredExpected: number;
  ignoredFound: number;
}

/** Multiset comparison of `line status kind:id` entries. */
function compare(expected: string[], actual: string[]): Figures {
  const statements = (list: string[]) => list.filter((entry) => !entry.includes(' ignored '));
  const remaining = [...actual];
  const figures: Figures = { expected: statements(expected).length, found: 0, missed: [], wronglyFound: [], wrongDenials: 0, ignoredExpected: 0, ignoredFound: 0 };
  for (const entry of expected) {
    const index = remaining.indexOf(entry);
    const ignored = entry.includes(' ignored ');
    if (ignored) figures.ignoredExpected++;
    if (index === -1) {
      if (!ignored) figures.missed.push(entry);
      continue;
    }
    remaining.splice(index, 1);
    if (ignored) figures.ignoredFound++;
    else figures.found++;
  }
  figures.wronglyFound = statements(remaining);
  figures.wrongDenials = figures.wronglyFound.filter((entry) => entry.includes(' denied ')).length;
  return figures;
}

describe('vendor mentions in the policy-text fixtures', () => {
  const totals = { expected: 0, found: 0, missed: 0, wronglyFound: 0, wrongDenials: 0, ignoredExpected: 0, ignoredFound: 0 };
  const rows: string[] = [];

  for (const [fixture, expected] of Object.entries(EXPECTED)) {
    it(fixture, () => {
      const policy = readPolicyText(catalog, { path: fixture, text: readFileSync(join(FIXTURES, fixture), 'utf8') });
      const actual = policy.mentions.filter((mention) => mention.kind !== 'category').map((mention) => `${mention.line} ${mention.status} ${mention.kind}:${mention.id}`);
      const figures = compare(expected, actual);
      totals.expected += figures.expected;
      totals.found += figures.found;
      totals.missed += figures.missed.length;
      totals.wronglyFound += figures.wronglyFound.length;
      totals.wrongDenials += figures.wrongDenials;
      totals.ignoredExpected += figures.ignoredExpected;
      totals.ignoredFound += figures.ignoredFound;
      rows.push(`${fixture.padEnd(30)} expected ${String(figures.expected).padStart(2)}  found ${String(figures.found).padStart(2)}  missed ${figures.missed.length}  wrongly found ${figures.wronglyFound.length} (wrong denials ${figures.wrongDenials})  ignored ${figures.ignoredFound}/${figures.ignoredExpected}`);
      expect(figures.wrongDenials).toBe(0);
      expect({ missed: figures.missed, wronglyFound: figures.wronglyFound }).toEqual({ missed: [], wronglyFound: [] });
      expect(figures.ignoredFound).toBe(figures.ignoredExpected);
    });
  }

  it('prints found / missed / wrongly-found figures over all fixtures', () => {
    const precision = totals.found / Math.max(1, totals.found + totals.wronglyFound);
    const recall = totals.found / Math.max(1, totals.expected);
    console.log(
      [
        'policy-text vendor mentions (named or denied), hand-written expectations:',
        ...rows.map((row) => `  ${row}`),
        `  total: expected ${totals.expected}, found ${totals.found}, missed ${totals.missed}, wrongly found ${totals.wronglyFound} (wrong denials ${totals.wrongDenials}); ` +
          `precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%; ignored mentions recognised ${totals.ignoredFound}/${totals.ignoredExpected}`,
      ].join('\n'),
    );
    expect(totals.wrongDenials).toBe(0);
  });
});
