import { describe, expect, it } from 'vitest';
import { isConfigErrorList } from '../../src/config-errors.js';
import type { ConfigError } from '../../src/config-errors.js';
import { parseManifest } from '../../src/manifest/load.js';

function errorsOf(text: string): ConfigError[] {
  try {
    parseManifest(text, 'subprocessors.yml');
  } catch (error) {
    if (isConfigErrorList(error)) return error.errors;
    throw error;
  }
  throw new Error('expected the manifest to be rejected');
}

describe('parseManifest', () => {
  it('reads a full manifest with positions', () => {
    const manifest = parseManifest(
      [
        'version: 1',
        'privacy-policy: docs/privacy.md',
        'subprocessors:',
        '  - vendor: posthog',
        '    purpose: Product analytics',
        '    paths: ["apps/web/**"]',
        '  - organization: google',
        '    purpose: Ads',
        'prohibited:',
        '  - category: advertising',
        'exceptions:',
        '  - rule: undeclared-vendor',
        '    vendor: sentry',
        '    reason: Internal tooling',
        '    expires: 2027-06-30',
        'ignore: ["examples/**"]',
        'rules:',
        '  declared-not-found: warning',
        'settings:',
        '  first-party-domains: [example.com]',
      ].join('\n'),
      'subprocessors.yml',
    );
    expect(manifest.subprocessors.map((entry) => [entry.vendor ?? entry.organization, entry.position.line, entry.position.column])).toEqual([
      ['posthog', 4, 13],
      ['google', 7, 19],
    ]);
    expect(manifest.exceptions[0]).toMatchObject({ expires: '2027-06-30', position: { line: 12 } });
    expect(manifest.privacyPolicy).toBe('docs/privacy.md');
  });

  it('an unknown key names line, column, key and the closest valid key', () => {
    const errors = errorsOf('version: 1\nsubprocessors:\n  - vendr: posthog\n    purpose: x\n');
    expect(errors).toEqual([
      { file: 'subprocessors.yml', line: 3, column: 5, key: 'subprocessors[0].vendr', message: 'unknown key "vendr" in subprocessors[0]', suggestion: 'did you mean "vendor"?' },
    ]);
  });

  it('a wrong type says what was expected', () => {
    const errors = errorsOf('version: 1\nsubprocessors:\n  - vendor: posthog\n    paths: apps/web\n');
    expect(errors[0]).toMatchObject({ line: 4, column: 12, key: 'subprocessors[0].paths' });
    expect(errors[0]!.message).toContain('must be array');
  });

  it('a bad enum value lists the allowed values', () => {
    const errors = errorsOf('version: 1\nrules:\n  undeclared-vendor: fatal\n');
    expect(errors[0]).toMatchObject({ line: 3, column: 22 });
    expect(errors[0]!.message).toContain('error, warning, note, off');
  });

  it('a YAML syntax error is located', () => {
    const errors = errorsOf('version: 1\nsubprocessors:\n  - vendor: posthog\n   purpose: bad indent\n');
    expect(errors[0]!.line).toBe(4);
    expect(errors[0]!.message).toMatch(/^invalid YAML/);
  });

  it('an unclosed quote is located where it opened, past apostrophes, comments and quotes that span lines', () => {
    const at = (text: string) => errorsOf(text).map((error) => `${error.line}:${error.column} ${error.message.slice(0, 40)}`);
    expect(at("version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Acme's analytics\n  - vendor: stripe\n    purpose: 'Payments\n")).toEqual([
      "6:14 the ' quote opened here is never closed,",
    ]);
    const spanning = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: "long\n      text"\n  # a note: "x\n  - vendor: stripe\n    purpose: "Pay \\" ments\n';
    expect(at(spanning)).toEqual(['8:14 the " quote opened here is never closed,']);
  });

  it('an unknown rule id under rules: names the key and the closest id', () => {
    const [error] = errorsOf("version: 1\nrules:\n  undeclared-vendro: 'off'\n");
    expect(error!.message).toMatch(/^a key of rules must be one of: undeclared-vendor, .*, not "undeclared-vendro"$/);
    expect(error!.suggestion).toBe('did you mean "undeclared-vendor"?');
  });

  it('an empty manifest and a missing version are explained', () => {
    expect(errorsOf('')[0]!.message).toBe('the manifest is empty');
    expect(errorsOf('subprocessors: []\n')[0]!.message).toContain('"version"');
  });

  it('an exception needs a reason', () => {
    const errors = errorsOf('version: 1\nexceptions:\n  - rule: undeclared-vendor\n    vendor: sentry\n');
    expect(errors[0]).toMatchObject({ line: 3, key: 'exceptions[0]' });
    expect(errors[0]!.message).toContain('"reason"');
  });

  it('an entry with both vendor and organization is refused', () => {
    const errors = errorsOf('version: 1\nsubprocessors:\n  - vendor: posthog\n    organization: google\n');
    expect(errors[0]!.message).toContain('exactly one of');
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const errors = errorsOf(bomb);
    expect(errors[0]!.message).toMatch(/invalid YAML|alias/i);
  });

  it('a custom vendor with an unsafe pattern is refused', () => {
    const text = ['version: 1', 'subprocessors:', '  - vendor: acme', '    categories: [analytics]', '    signatures:', '      code:', '        - id: x', '          keywords: [acme]', "          pattern: '(a+)+acme'"].join('\n');
    expect(errorsOf(text)[0]!.message).toContain('catastrophic');
  });
});
