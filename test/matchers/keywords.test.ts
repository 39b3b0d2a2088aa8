import { describe, expect, it } from 'vitest';
import { buildKeywordIndex, findKeywordIds, findKeywordIdsInText, keywordIndexFromShared, shareKeywordIndex } from '../../src/matchers/keywords.js';
import { compileSources, builtinCatalogSource } from '../../src/catalog/load.js';

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

  it('long keywords: past the automaton\u2019s prefix the rest is compared, case folded, to the end of the text', () => {
    // Keywords sharing their first eight characters, one a prefix of another, one ending the text.
    const long = buildKeywordIndex(['firebase-analytics', 'firebase-crashlytics', 'firebase', 'firebaseapp.com', 'github.com/login/oauth', 'ithub.com/login']);
    const found = (text: string) => findKeywordIdsInText(long, text).map((id) => long.keywords[id]).sort();
    expect(found('import "FIREBASE-Analytics"')).toEqual(['firebase', 'firebase-analytics']);
    expect(found('firebase-crashlytic')).toEqual(['firebase']);
    expect(found('see https://GitHub.com/login/oauth')).toEqual(['github.com/login/oauth', 'ithub.com/login']);
    expect(found('x.firebaseapp.co')).toEqual(['firebase']);
    const alphabet = 'firebasecomloginthuFIREBASE.-/ aly';
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 120; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      text += ['firebase-analytics', 'FIREBASEAPP.COM', 'github.com/login/oaut', ''][round % 4];
      expect(found(text)).toEqual(long.keywords.filter((keyword) => text.toLowerCase().includes(keyword)).sort());
    }
  });

  it('refuses non-ASCII keywords and works with an empty set', () => {
    expect(() => buildKeywordIndex(['café'])).toThrow(/ASCII/);
    expect(findKeywordIds(buildKeywordIndex([]), Buffer.from('anything'))).toEqual([]);
  });
});

describe('the automaton shared with worker threads', () => {
  it('an index rebuilt over shared tables finds exactly what the original finds', () => {
    const catalog = compileSources([builtinCatalogSource()]);
    const shared = shareKeywordIndex(catalog.keywordIndex);
    expect(shared.table).toBeInstanceOf(SharedArrayBuffer);
    const copy = keywordIndexFromShared(structuredClone(shared));
    const texts = [
      "import posthog from 'posthog-js';\nposthog.init('phc_x', { api_host: 'https://eu.i.posthog.com' });",
      '<script async src="https://www.googletagmanager.com/gtag/js?id=G-XYZ"></script><script>gtag("config")</script>',
      'implementation("io.sentry:sentry-android:7.0.0")\nSentry.init { dsn = "https://k@o1.ingest.sentry.io/1" }',
      'nothing to see here, just ordinary words and size(3)',
    ];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8');
      expect(findKeywordIds(copy, bytes).sort()).toEqual(findKeywordIds(catalog.keywordIndex, bytes).sort());
    }
  });

  it('a catalog handed an automaton built for other keywords builds its own', () => {
    const other = buildKeywordIndex(['only-this-keyword']);
    const catalog = compileSources([builtinCatalogSource()], [], other);
    expect(catalog.keywordIndex).not.toBe(other);
    expect(catalog.keywordIndex.keywords.length).toBeGreaterThan(1000);
    const same = compileSources([builtinCatalogSource()], [], catalog.keywordIndex);
    expect(same.keywordIndex).toBe(catalog.keywordIndex);
  });
});
