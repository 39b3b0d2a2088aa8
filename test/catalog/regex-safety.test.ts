import { describe, expect, it } from 'vitest';
import { checkPatternSafety } from '../../src/catalog/regex-safety.js';
import { isConfigErrorList } from '../../src/config-errors.js';
import { parseManifest } from '../../src/manifest/load.js';

// Polynomial backtracking (issue 13): a leading unbounded repetition, `^` followed by one that
// crosses line breaks, and two adjacent unbounded repetitions that can take the same characters.

describe('polynomial backtracking', () => {
  it.each([
    // The custom pattern that ran > 60 s on a 30 KB file.
    'aaaa[a-z0-9]*[a-z]*[0-9]*!x',
    String.raw`^\s*import\s+datadog\.trace\.api\.`,
    String.raw`\s*import\s+x`,
    String.raw`[a-z]+\.example\.com`,
    String.raw`\bfoo\(\s*\s*x`,
    String.raw`\bfoo\(\s*(?:,)?\s*x`,
    String.raw`\bfoo(?:x\s*)\s*y`,
    String.raw`\bsrc\s*[=:]\s*\{?\s*["']`,
    String.raw`\bfoo\(\w+\d*!`,
    String.raw`(?:\bfoo|\s+bar)`,
    // The same shapes with long bounds: cubic on a run of the keyword (6-10 s on 2 KB).
    'aaaa[a-z]*[a-z0-9]{0,1000}!x',
    'aaaa[a-z]{0,5000}[a-z]{0,5000}!x',
    String.raw`[a-z]{0,5000}\.example\.com`,
    // A repetition that can run over the pattern's own start: quadratic on a run repeating it
    // (aaaa[a-z]*! took 1.6 s on 30 KB of "a", hours on 2 MiB).
    'aaaa[a-z]*!x',
    String.raw`\bSentry\.init\([^)]*dsn`,
  ])('refuses %s', (pattern) => {
    expect(checkPatternSafety(pattern)).not.toEqual([]);
  });

  it.each([
    String.raw`^[ \t]*import\s+FirebaseAnalytics\b`,
    String.raw`^[ \t]{0,8}(?:from\s+elasticapm[a-z_.]{0,60}\s+import\b|import\s+elasticapm\b)`,
    String.raw`\bhotjar\.initialize\(\s*(?:\{\s*)?[A-Za-z0-9_]`,
    String.raw`\bSentry\.init\(\s*\{[^}]{0,400}dsn`,
    String.raw`\bfoo\s*\(\s*['"]`,
    String.raw`\bfoo\(\s*[^\s,]*,`,
    String.raw`[a-z]{1,40}\.example\.com`,
    String.raw`\bAdjust\.onCreate\s*\(\s*\w{1,40}\s*\)`,
    String.raw`\bSentry\.init\([^()]*dsn`,
    'aaaa![a-z]*x',
  ])('accepts %s', (pattern) => {
    expect(checkPatternSafety(pattern)).toEqual([]);
  });

  it('a manifest whose custom vendor carries such a pattern is refused with the reason', () => {
    const manifest = [
      'version: 1',
      'subprocessors:',
      '  - vendor: acme',
      '    name: Acme',
      '    purpose: analytics',
      '    categories: [analytics]',
      '    signatures:',
      "      code: [{ id: slow, keywords: [aaaa], pattern: 'aaaa[a-z0-9]*[a-z]*[0-9]*!x' }]",
      '',
    ].join('\n');
    let error: unknown;
    try {
      parseManifest(manifest, 'subprocessors.yml');
    } catch (caught) {
      error = caught;
    }
    if (!isConfigErrorList(error)) throw new Error(`expected a config error list, got ${String(error)}`);
    expect(error.errors.map((item) => item.message).join('\n')).toMatch(/adjacent unbounded repetitions/);
  });

  it('the check itself is fast on a long pattern', () => {
    const started = performance.now();
    checkPatternSafety(`\\bx${'(?:a|b)?\\s{0,3}'.repeat(30)}y`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
