import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { requiredLiteral } from '../../src/catalog/catalog.js';

// The prefilter keyword of a config rule with a value: the value's longest mandatory literal when
// it is rarer than the key (a Gatsby plugin's `resolve` is spelled by every promise).
describe('requiredLiteral', () => {
  it('reads the literal run outside groups, escapes included', () => {
    expect(requiredLiteral('^gatsby-plugin-google-(?:gtag|analytics)$')).toBe('gatsby-plugin-google-');
    expect(requiredLiteral('^https://plausible\\.io/js/')).toBe('https://plausible.io/js/');
  });
  it('never offers what a match may lack: alternations, optional characters, classes', () => {
    expect(requiredLiteral('^(?:google|ga4)$')).toBe('');
    expect(requiredLiteral('^google$|^ga$')).toBe('');
    expect(requiredLiteral('^colou?r-scheme$')).toBe('r-scheme');
    expect(requiredLiteral('^[a-z]+-tracking$')).toBe('-tracking');
  });
  it('keys the Gatsby plugin rules by their package name, not by `resolve`', () => {
    const catalog = buildCatalog();
    expect(catalog.configByKeyword.has('resolve')).toBe(false);
    expect(catalog.configByKeyword.get('gatsby-plugin-google-')?.map((rule) => rule.vendor)).toContain('google-analytics');
  });
});
