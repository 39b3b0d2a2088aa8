import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { checkPatternSafety } from '../../src/catalog/regex-safety.js';
import { mentionAt } from '../../src/context/constructs.js';
import { assembledUrls } from '../../src/matchers/assembled-urls.js';
import { matchSource, MAX_CODE_BYTES } from '../../src/matchers/code.js';
import { languageOf } from '../../src/matchers/languages.js';
import { scanFiles } from '../../src/scan.js';
import { cpuMark, cpuMsSince } from './cpu-time.js';

// Catalog and user-supplied patterns (manifest custom vendors, settings.rules-dir) go through
// checkPatternSafety before use; every regex then runs on at most MAX_CODE_BYTES of text.

const KNOWN_BAD = [
  '(a+)+$',
  '(a|aa)+$',
  '(.*a){20}',
  '([a-zA-Z]+)*$',
  '([^b]*a){20}',
  '(\\w+\\s?)*$',
  '(a*)*b',
  '(?:a+){2,}',
  '((ab)*)+$',
  '(x+x+)+y',
  '(?<name>\\d+)+x',
  '(?:[a-z]+\\.)+[a-z]+!',
  'foo.*bar',
  // Polynomial (issue 13): adjacent overlapping repetitions; `^\s*` under the `m` flag.
  'aaaa[a-z0-9]*[a-z]*[0-9]*!x',
  '^\\s*import\\s+x',
  '\\s*import',
  '\\bfoo\\(.+\\)',
];

const KNOWN_GOOD = [
  '\\bposthog\\.init\\(',
  '\\b(?:mixpanel|amplitude)\\.track\\(',
  "\\bSentry\\.init\\(\\s*\\{[^}]{0,400}dsn",
  '[a-z]{1,40}\\.example\\.com',
  '(?:ab){3}',
  '(?:ab){1}',
  '\\b(?:a|b)\\b',
  '_hjSettings\\s*=',
  "gtag\\(\\s*['\"]config['\"]",
  '\\(a+\\)+',
  '[(a+)+]',
];

describe('regex safety', () => {
  it.each(KNOWN_BAD)('refuses the catastrophic pattern %s', (pattern) => {
    expect(checkPatternSafety(pattern)).not.toEqual([]);
  });

  it.each(KNOWN_GOOD)('accepts the bounded pattern %s', (pattern) => {
    expect(checkPatternSafety(pattern)).toEqual([]);
  });

  it('refuses an invalid regular expression with the reason', () => {
    expect(checkPatternSafety('(unclosed')[0]).toMatch(/invalid regular expression/);
  });

  it('every catalog pattern passes the check', () => {
    const catalog = buildCatalog();
    const unsafe: string[] = [];
    for (const rule of catalog.vendors.values()) {
      for (const code of rule.signatures.code ?? []) {
        const problems = checkPatternSafety(code.pattern);
        if (problems.length > 0) unsafe.push(`${rule.id}/${code.id}: ${problems.join('; ')}`);
      }
    }
    expect(unsafe).toEqual([]);
  });

  // Why a per-file byte cap suffices without a line cap: no accepted pattern can backtrack
  // super-linearly per start position, and each starts at a keyword. The worst text for a pattern
  // repeats its keyword with the characters its classes accept (never the closing one), on one line.
  it('every catalog pattern runs in bounded time on 256 KiB of its own keyword, on one line', () => {
    const catalog = buildCatalog();
    const language = languageOf('src/app.ts')!;
    const slow: string[] = [];
    for (const [keyword, patterns] of catalog.patternsByKeyword) {
      if (patterns.length === 0) continue;
      const text = `${keyword}( '${keyword}.`.repeat(Math.ceil((256 * 1024) / (keyword.length * 2 + 4))).slice(0, 256 * 1024);
      const started = cpuMark();
      matchSource(catalog, 'src/app.ts', text, language, new Set([keyword]));
      const elapsed = cpuMsSince(started);
      if (elapsed > 2_000) slow.push(`${keyword}: ${Math.round(elapsed)} ms`);
    }
    expect(slow).toEqual([]);
  });

  it('the constructs that read the code around a match stay linear on hostile lines', () => {
    // Lines of many host-like tokens that fail at their end: a construct regex that can split a token
    // several ways backtracks through every combination (ten tokens took minutes before the fix).
    // The whole line (under 1,000 characters) is read, from its first token to the failing end.
    const tokens = Array.from({ length: 20 }, (_, i) => `https://api${i}.tracker-example.com/v2/collect`).join(' ');
    const hostile = [
      `${tokens} x(`,
      `  connect-src 'self' \\\n${Array.from({ length: 40 }, (_, i) => `  api${i}.example.com/path${i} \\`).join('\n')}\n  oops(`,
      `${'- a.b.c.d.e.f.g.h.i.j.k\n'.repeat(2_000)}- api.mixpanel.com x(`,
      `${'<item>a.b.c.d.e.f.g.h</item>\n'.repeat(2_000)}<item>api.mixpanel.com</item>`,
      `images: {\n  remotePatterns: [\n${'    { hostname: "a.b.c" },\n'.repeat(5_000)}    { hostname: "api.mixpanel.com" },`,
      // One-line entries whose fields fail at their end, and a key after a long run of blanks.
      `images: {\n  remotePatterns: [\n${`    { protocol: 'https', port: '443', ${' '.repeat(2_000)}pathname: '/x' ${' '.repeat(2_000)}\n`.repeat(50)}    { protocol: 'https', hostname: 'api.mixpanel.com', pathname: '/**' },`,
    ];
    const started = cpuMark();
    for (const code of hostile) {
      for (const needle of ['api.mixpanel.com', 'api3.tracker-example.com', 'api39.example.com', 'oops']) {
        const at = code.indexOf(needle);
        if (at !== -1) mentionAt(code, at, false, true);
      }
    }
    expect(cpuMsSince(started)).toBeLessThan(2_000);
  });

  it('assembling URLs from builders stays linear on hostile code', () => {
    const started = cpuMark();
    const hostile = [
      // Thousands of host fields, each with path fields around it.
      'host: "a.example.com", path: "/x", '.repeat(20_000),
      // A host call with a long chain of path segments and no end.
      `.host("a.example.com")${'.addPathSegment("x")'.repeat(20_000)}`,
      // Long dotted names that never become a quoted host.
      `Host = "${'a.'.repeat(50_000)}`,
      `Uri.https('${'a-'.repeat(50_000)}`,
    ];
    for (const code of hostile) assembledUrls(code);
    expect(cpuMsSince(started)).toBeLessThan(2_000);
  });

  it('code matching is skipped above MAX_CODE_BYTES per file, and counted as too large', () => {
    const catalog = buildCatalog();
    const big = Buffer.from(`posthog.init('k');\n${'x'.repeat(MAX_CODE_BYTES)}`);
    const language = languageOf('src/app.ts')!;
    expect(matchSource(catalog, 'src/app.ts', big.toString(), language)).toEqual([]);
    const files = scanFiles([{ path: 'src/app.ts', size: big.length }], () => big, catalog);
    expect(files.stats.skipped.tooLarge).toBe(1);
    expect(files.evidence).toEqual([]);
    const small = Buffer.from("posthog.init('k');\n");
    expect(scanFiles([{ path: 'src/app.ts', size: small.length }], () => small, catalog).evidence.map((e) => e.vendor)).toContain('posthog');
  });
});
