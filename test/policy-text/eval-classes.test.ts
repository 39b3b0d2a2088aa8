import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { readPolicyText } from '../../src/policy-text/index.js';

// The classes of error the real-policy corpus (eval/policies.yaml, `npm run eval:policy`) found,
// one test each, on sentences written for the test (the corpus texts are not committed).

const catalog = buildCatalog();

function read(text: string) {
  return readPolicyText(catalog, { path: 'privacy.md', text });
}

function readings(text: string): string[] {
  return read(text).mentions.map((mention) => `${mention.status} ${mention.modality} ${mention.kind}:${mention.id}`);
}

describe('classes found by the real-policy corpus', () => {
  it('a street name in a postal address is no vendor', () => {
    expect(readings('Acme Labs\n\n123 NE Gemini Dr\n\nPortland, OR 97201')).toEqual(['ignored other vendor:google-gemini']);
    // Without a house number and street word it is still the product.
    expect(readings('We send prompts to Gemini for summaries.')).toEqual(['named used vendor:google-gemini']);
  });

  it('"a cookie that is used to hold the session" is a purpose, not past use', () => {
    expect(readings('| Cookie | Description |\n| --- | --- |\n| sess | Set by Zendesk and used to hold session information. |')).toEqual(['named used vendor:zendesk']);
    expect(readings('This cookie is used to hold your session across Zendesk applications.')).toEqual(['named used vendor:zendesk']);
    // The past habit keeps its reading.
    expect(readings('We used to load Hotjar on the pricing page.')).toEqual(['denied past vendor:hotjar']);
  });

  it('a platform product followed by SDK or API is an integration, not something the user runs', () => {
    expect(readings('Version 2 of the app uses the Microsoft Store Services SDK to log errors.')).toEqual(['named used organization:microsoft']);
    expect(readings('You can download the app from the Microsoft Store.')).toEqual(['ignored other organization:microsoft']);
  });

  it('a common-word name alone as a list item head counts: "[Fathom](url). Analytics."', () => {
    const text = 'The following is a list of subprocessors we use.\n\n* [Fathom](https://usefathom.com/). Privacy-friendly analytics.\n* [Resend](https://resend.com/). Transactional email.\n';
    expect(readings(text)).toEqual(['named used vendor:fathom', 'named used vendor:resend']);
    // Lower case ("resend the e-mail") is still a verb.
    expect(readings('* resend.\n')).toEqual([]);
  });

  it('a fronted "Instead of X," denies X whatever the main clause says', () => {
    expect(readings('Instead of Google Analytics, Plausible Analytics is used.')).toEqual(['denied denied vendor:google-analytics', 'named used vendor:plausible']);
    expect(readings('Rather than Hotjar, we rely on user interviews.')).toEqual(['denied denied vendor:hotjar']);
  });

  it('advice to the reader names no vendor as used', () => {
    expect(readings('Please, stop using Google Analytics.')).toEqual(['ignored instruction vendor:google-analytics']);
    expect(readings('Try Plausible Analytics for your own site.')).toEqual(['ignored instruction vendor:plausible']);
  });

  it('a table row is not cut at a legal-form abbreviation or a full stop inside a cell', () => {
    const text = '| Sub-processor | Activity | Location |\n| --- | --- | --- |\n| Sahyadri Mailworks Pvt. Ltd | Email | EEA |\n| Stripe, Inc. | Payments. Card data stays with Stripe. | US |\n';
    const policy = read(text);
    expect(policy.unknown.map((name) => [name.name, name.purpose, name.location])).toEqual([['Sahyadri Mailworks Pvt. Ltd', 'Email', 'EEA']]);
    expect(policy.mentions.filter((mention) => mention.id === 'stripe').map((mention) => mention.purpose)).toEqual(['Payments. Card data stays with Stripe.', 'Payments. Card data stays with Stripe.']);
  });

  it('legal table headers: "Entity Name", "Purpose of Processing", "Location of Subprocessors"', () => {
    const text = '| Entity Name | Purpose of Processing | Location of Subprocessors |\n| :-- | :-- | :-- |\n| Temporal Technologies, Inc. | Workflow orchestration | United States |\n| Mailgun Technologies Inc. | Sending e-mail | United States |\n';
    const policy = read(text);
    expect(policy.unknown.map((name) => name.name)).toEqual(['Temporal Technologies, Inc.']);
    expect(policy.mentions.find((mention) => mention.id === 'mailgun')).toMatchObject({ status: 'named', purpose: 'Sending e-mail', location: 'United States' });
  });
});

describe('lower-case policies', () => {
  it('a common-word name in lower case as the object of "we use" counts', () => {
    expect(readings('- to count visitors, we use plausible. a cookie-free analytics tool.')).toEqual(['named used vendor:plausible']);
    expect(readings("we're using resend for transactional e-mail.")).toEqual(['named used vendor:resend']);
    // Not when the word goes on as part of a noun phrase.
    expect(readings('we use segment-level data and square footage.')).toEqual([]);
    expect(readings('we use block storage.')).toEqual([]);
  });
});
