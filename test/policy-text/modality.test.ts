import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { readPolicyText } from '../../src/policy-text/index.js';
import { renderPolicyDraft } from '../../src/policy-text/draft.js';
import { renderPolicyText } from '../../src/policy-text/render.js';

// Adversarial sentences, one class each: the reading of a mention is decided by the sentence's
// structure (tense, modality, examples, instructions, who "we" are), not by whole-sentence lists.

const catalog = buildCatalog();

function read(text: string, companyNames?: string[]) {
  return readPolicyText(catalog, { path: 'privacy.md', text, ...(companyNames ? { companyNames } : {}) });
}

/** `modality kind:id` of every mention. */
function readings(text: string, companyNames?: string[]): string[] {
  return read(text, companyNames).mentions.map((mention) => `${mention.modality} ${mention.kind}:${mention.id}`);
}

describe('who "we" are', () => {
  it('the defined term makes the company\'s own name no vendor, and denials about it no promise', () => {
    const text = 'Segment.io, Inc. ("Segment", "we", "us" or "our") respects your privacy.\n\nNeither Segment nor our payment provider resolves your complaint.';
    const policy = read(text);
    expect(policy.controller).toContain('Segment');
    expect(policy.mentions.filter((mention) => mention.id === 'segment').map((mention) => [mention.match, mention.modality])).toEqual([
      ['Segment.io', 'own-company'],
      ['Segment', 'own-company'],
      ['Segment', 'own-company'],
    ]);
    expect(policy.mentions.every((mention) => mention.status !== 'denied' && mention.status !== 'named')).toBe(true);
  });

  it('init --from-policy never declares the policy\'s own company', () => {
    const policy = read('Segment.io, Inc. ("Segment", "we", "us" or "our") respects your privacy.\n\nSegment uses Stripe to process payments.');
    const draft = renderPolicyDraft(policy, catalog, new Date('2026-12-01'), undefined);
    expect(draft).toContain('  - vendor: stripe');
    expect(draft).not.toMatch(/(?:vendor|organization): segment|^prohibited:/m);
  });

  it('the title and settings.company-names name the company too', () => {
    expect(read('# Sentry Privacy Policy\n\nWe collect crash reports.').controller).toContain('Sentry');
    expect(readings('PostHog stores your events in the EU.', ['PostHog Inc.'])).toEqual(['own-company vendor:posthog']);
  });

  it('"This Policy outlines how X uses cookies" names the company too, in any policy kind', () => {
    const text = '# Cookie Policy\n\nThis Policy outlines how Whereby uses Cookies and other tracking\ntechnologies to run and deliver the service.';
    expect(read(text).controller).toContain('Whereby');
    expect(readings(text)).toEqual(['own-company vendor:whereby']);
    expect(read('This Privacy Policy describes how Segment collects and uses your data.').controller).toContain('Segment');
  });

  it.each([
    ['The controller responsible for the processing of your data is Sentry GmbH, Hauptstr. 1, 10115 Berlin.', ['Sentry GmbH', 'Sentry']],
    ['Mixpanel, Inc. is the data controller of your personal data under the GDPR.', ['Mixpanel, Inc.', 'Mixpanel']],
    // The contact block: the first line that is a name with a legal form, as the address starts.
    ['# Privacy\n\n## Contact us\n\nIf you have questions, write to us:\n\nPlausible Insights OÜ\nWesterstr. 2\n10000 Tartu, Estonia\n', ['Plausible Insights OÜ', 'Plausible Insights']],
  ])('the controller sentence and the contact block name the company: %s', (text, names) => {
    expect(read(text).controller).toEqual(names);
  });

  it.each([
    // Another company's controllership, and a statement under a contact heading, are no "we".
    ['For Google Analytics, the controller is Google Ireland Limited.'],
    ['Google is the controller of data collected by Google Analytics.'],
    ['## Contact\n\nWrite to privacy@shop.test.\n\nStripe, Inc. processes card payments for us.\n'],
  ])('no controller from: %s', (text) => {
    expect(read(text).controller).toEqual([]);
    expect(read(text).mentions.some((mention) => mention.modality === 'own-company')).toBe(false);
  });

  it('policy-text shows who it took "we" to be', () => {
    expect(renderPolicyText(read('Acme, Inc. ("Acme", "we") runs acme.test.'))).toContain('We (the policy\'s own company): Acme, Inc., Acme');
  });
});

describe('tense and modality', () => {
  it.each([
    ['We previously used Mixpanel for product analytics.', ['past vendor:mixpanel']],
    ['We stopped loading the Facebook Pixel in 2023.', ['past vendor:meta-pixel']],
    ['We no longer use Hotjar.', ['past vendor:hotjar']],
    ['Until 2024, we used Hotjar to record sessions.', ['past vendor:hotjar']],
    ['We replaced Google Analytics with Plausible.', ['past vendor:google-analytics', 'used vendor:plausible']],
    ['Intercom was removed from our website in 2022.', ['past vendor:intercom']],
    // A past statement with a preposition is no replacement: Meta is not the new tool.
    ['We no longer share conversion data with Meta.', ['past organization:meta']],
    ['We stopped sending events to Mixpanel in 2024.', ['past vendor:mixpanel']],
  ])('past: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    ['In the future we may use Amplitude to understand feature usage.', ['conditional vendor:amplitude']],
    ['We might use Hotjar if we redesign the site.', ['conditional vendor:hotjar']],
    ['We are considering Mixpanel for funnel analysis.', ['conditional vendor:mixpanel']],
    // The time of the plan can come after the name.
    ['We may use Sentry in the future.', ['conditional vendor:sentry']],
    ['We might add Intercom at a later date.', ['conditional vendor:intercom']],
    // "your Slack account" is a product the user runs; the rest of the sentence is the user's integration.
    ['If you connect your Slack account, messages are sent to Slack.', ['other vendor:slack', 'conditional vendor:slack']],
  ])('conditional: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('legal "may" with a statement of use is use', () => {
    expect(readings('We may share your email address with Mailchimp to send our newsletter.')).toEqual(['used vendor:mailchimp']);
  });

  it.each([
    ['Third-party tools such as Google Analytics may set cookies on other websites you visit.', ['example vendor:google-analytics']],
    ['You can block trackers with browser extensions, e.g. Privacy Badger, or tools like Ghostery.', []],
    // Every name of the example list, not only the first.
    ['Tools such as Google Analytics, Mixpanel and Hotjar help websites understand visitors.', ['example vendor:google-analytics', 'example vendor:mixpanel', 'example vendor:hotjar']],
  ])('example: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('an example under a statement of use is use', () => {
    expect(readings('We use analytics providers such as PostHog to improve the product.')).toEqual(['used vendor:posthog']);
  });

  it.each([
    ['To opt out, follow the instructions provided by Google.', ['instruction organization:google']],
    ['You can reset your Google Advertising ID settings on your device.', ['instruction organization:google']],
  ])('instruction: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    // "neither" over a list after the verb, and opening the clause with a predicate of presence.
    ['We use neither Google Analytics nor Hotjar.', ['denied vendor:google-analytics', 'denied vendor:hotjar']],
    ['Neither Google Analytics nor Hotjar is used on this site.', ['denied vendor:google-analytics', 'denied vendor:hotjar']],
    ['We record nothing, but neither the Hotjar script nor FullStory is installed.', ['denied vendor:hotjar', 'denied vendor:fullstory']],
    // The predicate says what they do not do, not that they are absent: both are in use.
    ['Neither Stripe nor PayPal sees your full card number.', ['used vendor:stripe', 'used vendor:paypal']],
    ['If a charge is disputed, neither Stripe nor PayPal decides it: your bank does.', ['used vendor:stripe', 'used vendor:paypal']],
  ])('neither/nor: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    ['Wir verwenden kein Google Analytics.', ['denied vendor:google-analytics']],
    ['Wij gebruiken geen Google Analytics.', ['denied vendor:google-analytics']],
    ["Nous n'utilisons aucun cookie Google Analytics.", ['denied vendor:google-analytics']],
    ['No usamos ningún Google Analytics.', ['denied vendor:google-analytics']],
  ])('German, Dutch, French and Spanish negations keep working: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('an opt-out aside does not hide the use in the same sentence', () => {
    expect(readings('We use Google Analytics (you can opt out in your browser settings) to count visits.')).toEqual(['used vendor:google-analytics']);
  });

  it('a past statement with the vendor in the code is a contradiction that says "no longer used"', () => {
    const policy = read('We stopped loading the Facebook Pixel in 2023.');
    expect(policy.mentions[0]).toMatchObject({ status: 'denied', modality: 'past' });
  });
});

describe('products over companies', () => {
  it('"Google Workspace" is a product of Google, not all of Google', () => {
    const policy = read('We use Google Workspace for email and documents.');
    expect(policy.mentions.map((mention) => [mention.kind, mention.id, mention.product])).toEqual([['organization', 'google', 'Workspace']]);
    expect(read('maildoso / mailforge / google workspace — inbox hosting').mentions[0]?.product).toBe('workspace');
    // The legal entity is the company itself.
    expect(read('Data is processed by Google Ireland Limited.').mentions[0]?.product).toBeUndefined();
  });

  it('init --from-policy declares the product as a custom vendor and keeps the Google Ads denial', () => {
    const policy = read('We use Google Workspace for email and documents.\n\nWe do not use Google Ads trackers.');
    const draft = renderPolicyDraft(policy, catalog, new Date('2026-12-01'), undefined);
    expect(draft).not.toContain('organization: google');
    expect(draft).toContain('  - vendor: google-workspace   # Google Workspace: named in the policy, not in the catalog');
    expect(draft).toContain('  - vendor: google-ads');
    expect(draft).toMatch(/prohibited:\n {2}- vendor: google-ads/);
  });

  it('an organization-wide denial stays organization-wide, minus the products the text names', () => {
    const policy = read('We use Google Maps to show store locations.\n\nWe do not use any Google trackers.');
    const draft = renderPolicyDraft(policy, catalog, new Date('2026-12-01'), undefined);
    expect(draft).toContain('  - vendor: google-maps');
    expect(draft).toMatch(/prohibited:\n {2}- vendor: /);
    expect(draft.split('prohibited:')[1]).not.toContain('google-maps');
    expect(draft.split('prohibited:')[1]).toContain('google-analytics');
  });
});

describe('subprocessor tables and unknown names', () => {
  const table = [
    '## Subprocessors',
    '',
    '| Subprocessor | Purpose | Location |',
    '| --- | --- | --- |',
    '| Stripe | Payment processing | United States |',
    '| [Postmark](https://postmarkapp.com) | Transactional email | United States |',
    '| Maildoso | Inbox hosting | European Union |',
    '',
  ].join('\n');

  it('rows give purpose and location; names the catalog does not know are listed', () => {
    const policy = read(table);
    const stripe = policy.mentions.find((mention) => mention.id === 'stripe');
    expect(stripe).toMatchObject({ modality: 'used', purpose: 'Payment processing', location: 'United States' });
    expect(policy.unknown.map((unknown) => [unknown.name, unknown.purpose, unknown.location, unknown.line])).toEqual([['Maildoso', 'Inbox hosting', 'European Union', 7]]);
    expect(renderPolicyText(policy)).toContain('Named but not in the catalog:\n  7:3  Maildoso (Inbox hosting)');
  });

  it('init --from-policy takes purpose and location from the row and declares unknown names as custom vendors', () => {
    const draft = renderPolicyDraft(read(table), catalog, new Date('2026-12-01'), undefined);
    expect(draft).toContain('  - vendor: stripe   # Stripe\n    purpose: Payment processing\n    location: [US]');
    expect(draft).toContain('  - vendor: maildoso   # Maildoso: named in the policy, not in the catalog\n    name: Maildoso\n    categories: [other]');
    expect(draft).toContain("    signatures: {}   # TODO: its domains or packages, so that `check` can find it in the code");
  });
});

describe('subprocessor lists: names the catalog does not know', () => {
  it('the head of each item under a subprocessor introduction, in the styles policies use', () => {
    const text = [
      'The following is a list of subprocessors we use.',
      '',
      '* [Convex](https://convex.dev/). Data storage.',
      '* [Resend](https://resend.com/). Transactional email.',
      '* Github Pages - for hosting',
      '* Backend: Hetzner',
      '* Notion (internal notes)',
      '',
    ].join('\n');
    const policy = read(text);
    expect(policy.unknown.map((name) => `${name.line}:${name.column} ${name.name}`)).toEqual(['3:4 Convex', '6:12 Hetzner', '7:3 Notion']);
    expect(renderPolicyText(policy)).toContain('Named but not in the catalog:\n  3:4  Convex');
    const draft = renderPolicyDraft(policy, catalog, new Date('2026-12-01'), undefined);
    expect(draft).toContain('  - vendor: convex   # Convex: named in the policy, not in the catalog');
    expect(draft).toContain('  - vendor: hetzner   # Hetzner: named in the policy, not in the catalog');
  });

  it('HTML list items count as list items', () => {
    const html = '<h2>Subprocessors</h2><ul><li><p>Hetzner Online GmbH - hosting</p></li><li>Amazon Web Services - storage</li></ul>';
    expect(readPolicyText(catalog, { path: 'subprocessors.html', text: html }).unknown.map((name) => name.name)).toEqual(['Hetzner Online GmbH']);
  });

  it.each([
    // Kinds of data shared with providers, not providers.
    ['We share the following with our service providers:\n\n- Names\n- Email addresses\n- Stripe for payments\n'],
    // A list that names no catalog vendor is not known to list services.
    ['We share the following with our service providers:\n\n- Account details\n- Support tickets\n- Invoices\n'],
    // A list under another heading.
    ['## Your rights\n\n- Access\n- Stripe\n- Erasure\n'],
  ])('no unknown names from: %s', (text) => {
    expect(read(text).unknown).toEqual([]);
  });
});

describe('tables in plain text and HTML', () => {
  it('a plain-text table aligned with spaces is read row by row under its header', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'policy-text', 'plain-text-aligned-table.txt'), 'utf8');
    const policy = readPolicyText(catalog, { path: 'plain-text-aligned-table.txt', text });
    expect(policy.mentions.filter((mention) => mention.status === 'named').map((mention) => [mention.id, `${mention.line}:${mention.column}`, mention.purpose, mention.location])).toEqual([
      ['stripe', '9:1', 'Payment processing', 'United States'],
      ['postmark', '10:1', 'Transactional email', 'United States'],
      ['activecampaign', '10:11', 'Transactional email', 'United States'],
      ['zoho', '12:1', 'Customer support mailbox', 'India'],
    ]);
    expect(policy.unknown.map((unknown) => [unknown.name, unknown.purpose, unknown.location, `${unknown.line}:${unknown.column}`])).toEqual([['Hetzner Online GmbH', 'Server hosting', 'Germany', '11:1']]);
    // Prose typed with two spaces after a full stop is no table.
    expect(policy.sentences.map((sentence) => sentence.text)).toContain('We answer within 30 days.');
    const draft = renderPolicyDraft(policy, catalog, new Date('2026-12-01'), undefined);
    expect(draft).toContain('  - vendor: stripe   # Stripe\n    purpose: Payment processing\n    location: [US]');
  });

  it('an HTML table row gives its purpose and location; an unknown name cell is listed', () => {
    const html = '<table><tr><th>Service provider</th><th>Purpose</th><th>Country</th></tr><tr><td><a href="https://www.intercom.com">Intercom</a></td><td>Support chat</td><td>Ireland</td></tr><tr><td>Sahyadri Mailworks</td><td>Newsletter delivery</td><td>India</td></tr></table>';
    const policy = readPolicyText(catalog, { path: 'subprocessors.html', text: html });
    expect(policy.mentions.find((mention) => mention.id === 'intercom')).toMatchObject({ status: 'named', purpose: 'Support chat', location: 'Ireland' });
    expect(policy.unknown.map((unknown) => [unknown.name, unknown.purpose, unknown.location])).toEqual([['Sahyadri Mailworks', 'Newsletter delivery', 'India']]);
  });
});

describe('false alarms the new readings must not raise', () => {
  it.each([
    ['We store your user account data with Amazon Web Services.'],
    // "your account data" is data, not the user's account settings.
    ['Intercom stores your account data in the United States.'],
    ['Stripe processes payments; we never see your card number.'],
    ['We use Sentry to find errors and have used it since 2019.'],
  ])('%s', (text) => {
    expect(read(text).mentions.filter((mention) => mention.kind !== 'category').every((mention) => mention.modality === 'used')).toBe(true);
  });
});

describe('a place the reader is sent to, or a certification, is no statement of use', () => {
  it.each([
    ['If you have any questions, please create an issue on our GitHub repository at the address below.'],
    ['For everything else, please use GitHub issues.'],
    ['Bugs are tracked in GitHub Issues.'],
    ['You can view a history of the changes to our policies on GitHub.'],
    ['Use of open source code made available on GitHub is governed by its own terms.'],
    ['We built the app with the help of the Github Notepads App community.'],
    ['If you know a better service, create an issue on GitHub or send us an e-mail.'],
    ['Algolia services are GDPR compliant and TRUSTe Certified.'],
  ])('%s', (text) => {
    expect(read(text).mentions.filter((mention) => mention.status === 'named' && mention.id !== 'algolia')).toEqual([]);
  });

  it('hosting on it is still a use', () => {
    expect(readings('This site is hosted on GitHub Pages.')).toContain('used organization:github');
    expect(readings('We store our source code and issues on GitHub.')).toContain('used organization:github');
  });
});
