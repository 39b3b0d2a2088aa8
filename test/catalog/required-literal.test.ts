import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { patternKeywords, requiredLiteral, requiredLiterals } from '../../src/catalog/catalog.js';

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

// A code pattern's prefilter keyword: a longer literal the pattern requires, when it contains the
// rule's keyword. `segment` alone handed ~870 files of the development corpus to the matcher
// (path segments, SVG segments) for a pattern that needs `Segment::Analytics.new(`.
describe('patternKeywords', () => {
  it('takes a required literal that contains the rule keyword', () => {
    expect(patternKeywords(String.raw`\bSegment::Analytics\.new\(`, ['segment'])).toEqual(['segment::analytics.new(']);
    expect(patternKeywords(String.raw`\byoutube\.com/(?:embed/|iframe_api\b|player_api\b)`, ['youtube'])).toEqual(['youtube.com/']);
    expect(patternKeywords(String.raw`\bHeap\.(?:shared\.)?startRecording\(`, ['heap'])).toEqual(['heap.']);
  });
  it('reads a class of one letter in both cases as that letter', () => {
    expect(requiredLiterals(String.raw`\b[Ss]tripe\.api_key\s*=`)).toEqual(['stripe.api_key', '=']);
    expect(patternKeywords(String.raw`\b[Ss]tripe\.api_key\s*=`, ['stripe'])).toEqual(['stripe.api_key']);
  });
  it('keeps the rule keywords when no required literal contains one', () => {
    // `init` is required too, and longer than `fbq`, but far more common: only a superstring is safe.
    expect(patternKeywords(String.raw`\bfbq\s*\(\s*['"]init['"]`, ['fbq'])).toEqual(['fbq']);
    expect(patternKeywords(String.raw`\bfbq\(\s*['"]init['"]`, ['fbq'])).toEqual(['fbq(']);
    expect(patternKeywords(String.raw`\b(?:new\s+)?deepl\.Translator\(|\bnew\s+DeepLClient\(`, ['deepl'])).toEqual(['deepl']);
    expect(patternKeywords(String.raw`\bzE\s*\(`, ['ze('])).toEqual(['ze(']);
  });
  it('takes escaped and plain signs as literals: `gtag(` is rarer than `gtag` (every `toStringTag`)', () => {
    expect(patternKeywords(String.raw`\bgtag\(\s*['"]config['"]`, ['gtag'])).toEqual(['gtag(']);
    expect(requiredLiterals(String.raw`<script\s+src=`)).toEqual(['<script', 'src=']);
  });
  it('never takes quantifier bounds or what an escape spells for a literal', () => {
    expect(requiredLiterals(String.raw`^G-[A-Z0-9]{4,20}$`)).toEqual(['G-']);
    expect(requiredLiteral(String.raw`^G-[A-Z0-9]{4,20}$`)).toBe('G-');
    expect(requiredLiterals(String.raw`\banalytics\.load\(\s*['"][A-Za-z0-9]{10,64}['"]`)).toEqual(['analytics.load(']);
    expect(requiredLiterals(String.raw`\p{L}{2,}sdk\u{41}x\x41y\k<name>z`)).toEqual(['sdk', 'x', 'y', 'z']);
  });
  it('never takes a literal from inside a group, optional or not', () => {
    expect(requiredLiterals(String.raw`\bfoo(?:bar)?baz`)).toEqual(['foo', 'baz']);
    expect(requiredLiterals(String.raw`\bab(?:cd|ef)+gh`)).toEqual(['ab', 'gh']);
  });
});
