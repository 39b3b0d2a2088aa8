import { describe, expect, it } from 'vitest';
import { buildKeywordIndex, findKeywordIds, findKeywordIdsInText } from '../../src/matchers/keywords.js';

const names = (index: ReturnType<typeof buildKeywordIndex>, text: string) => findKeywordIdsInText(index, text).map((id) => index.keywords[id]).sort();

describe('keyword prefilter (Aho–Corasick)', () => {
  const index = buildKeywordIndex(['posthog', 'i.posthog.com', 'hog', 'fbq(', 'ze(', 'sentry.io']);

  it('finds overlapping and nested keywords, case-insensitively', () => {
    expect(names(index, "POSTHOG.init(); fetch('https://us.i.PostHog.com')")).toEqual(['hog', 'i.posthog.com', 'posthog']);
    expect(names(index, 'window.fbq("init")')).toEqual(['fbq(']);
  });

  it('finds nothing in unrelated text, and handles non-ASCII bytes', () => {
    expect(names(index, 'const x = "héllo wörld — ✓"; sentryio')).toEqual([]);
    expect(names(index, 'ünïcödé then sentry.io')).toEqual(['sentry.io']);
  });

  it('agrees with a naive search on random text', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHOPST.(/ é';
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 200; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      text += ['posthog', 'hog', 'ze(', 'fbq(', ''][round % 5];
      const expected = index.keywords.filter((keyword) => text.toLowerCase().includes(keyword)).sort();
      expect(names(index, text)).toEqual(expected);
    }
  });

  it('refuses non-ASCII keywords and works with an empty set', () => {
    expect(() => buildKeywordIndex(['café'])).toThrow(/ASCII/);
    expect(findKeywordIds(buildKeywordIndex([]), Buffer.from('anything'))).toEqual([]);
  });
});
