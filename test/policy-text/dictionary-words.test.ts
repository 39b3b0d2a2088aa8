import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { termIndex } from '../../src/policy-text/mentions.js';
import { COMMON_WORDS, DICTIONARY_WORDS, LOWER_CASE_BRANDS } from '../../src/policy-text/vocabulary.js';
import { readPolicyText } from '../../src/policy-text/index.js';

const catalog = buildCatalog();

function understood(text: string): string[] {
  return readPolicyText(catalog, { path: 'policy.md', text }).mentions.filter((m) => m.status !== 'ignored').map((m) => `${m.status} ${m.kind}:${m.id}`);
}

// The catalog triples; a new vendor named like an English word must not turn "close your
// browser" into a subprocessor. An English word list (the `word-list` package, 274k words)
// decides which one-word aliases are words, so the list cannot silently fall behind.
describe('one-word aliases that are English words', () => {
  const english = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const oneWordAliases = [...termIndex(catalog).terms.keys()].filter((alias) => /^[a-z]+$/.test(alias));

  it('every one the catalog has is listed as a common word, a dictionary word or a lower-case brand', () => {
    const unlisted = oneWordAliases.filter((alias) => english.has(alias) && !COMMON_WORDS.has(alias) && !DICTIONARY_WORDS.has(alias) && !LOWER_CASE_BRANDS.has(alias));
    expect(unlisted, 'add these to DICTIONARY_WORDS in src/policy-text/vocabulary.ts').toEqual([]);
  });

  it('the list names no alias the catalog does not have', () => {
    const aliases = new Set(oneWordAliases);
    expect([...DICTIONARY_WORDS, ...LOWER_CASE_BRANDS].filter((word) => !aliases.has(word))).toEqual([]);
  });
});

describe('a dictionary word in lower case is the word', () => {
  it.each([
    ['We may use session cookies, which expire when you close your browser.', []],
    ['This website uses a simple hit counter on each post to tally an aggregate number of pageviews.', []],
    ['Similar to cookies, this information exists even when you close a browser tab.', []],
    ['We watch for drift in our models.', []],
  ])('%s', (text, expected) => {
    expect(understood(text)).toEqual(expected);
  });
});

describe('a dictionary word still names the company', () => {
  it.each([
    ['Close | Sales CRM and communications management | United States', ['named vendor:close-crm']],
    ['We use Tally for our feedback forms.', ['named vendor:tally']],
    ['Stripe processes your card payments.', ['named vendor:stripe']],
    ['we use stripe for payments.', ['named vendor:stripe']],
    ['This site uses stripe for payments.', ['named vendor:stripe']],
    ['stripe — payment processing', ['named vendor:stripe']],
  ])('%s', (text, expected) => {
    expect(understood(text)).toEqual(expected);
  });
});
