import { describe, expect, it } from 'vitest';
import { addDeclarations, renderDeclaration } from '../../src/manifest/declaration.js';
import { parseManifest } from '../../src/manifest/load.js';

// The text edit behind init --update and declare: only inserted text, in the file's own layout.

const STRIPE = { vendor: 'stripe', name: 'Stripe' };

describe('addDeclarations', () => {
  it('adds a subprocessors: list to a manifest that has none', () => {
    const text = 'version: 1\nrules:\n  declared-not-found: off';
    const after = addDeclarations(text, [STRIPE]);
    expect(after).toBe(`${text}\nsubprocessors:\n${renderDeclaration(STRIPE).join('\n')}\n`);
    expect(parseManifest(after, 'subprocessors.yml').subprocessors.map((entry) => entry.vendor)).toEqual(['stripe']);
  });

  it('follows a list written at the key\'s own column, and CRLF line ends', () => {
    const text = 'version: 1\r\nsubprocessors:\r\n- vendor: posthog\r\n  purpose: Analytics\r\nignore: ["docs/**"]\r\n';
    const after = addDeclarations(text, [STRIPE]);
    expect(after).toBe(`version: 1\r\nsubprocessors:\r\n- vendor: posthog\r\n  purpose: Analytics\r\n${renderDeclaration(STRIPE, 0).join('\r\n')}\r\nignore: ["docs/**"]\r\n`);
    expect(parseManifest(after, 'subprocessors.yml').subprocessors.map((entry) => entry.vendor)).toEqual(['posthog', 'stripe']);
  });

  it('fills a subprocessors: key with no value', () => {
    const after = addDeclarations('version: 1\nsubprocessors:\n', [STRIPE]);
    expect(parseManifest(after, 'subprocessors.yml').subprocessors.map((entry) => entry.vendor)).toEqual(['stripe']);
  });

  it('refuses a non-empty flow list rather than rewrite it', () => {
    expect(() => addDeclarations('version: 1\nsubprocessors: [{vendor: posthog}]\n', [STRIPE])).toThrow(expect.objectContaining({ kind: 'declaration' }));
  });

  it('quotes a purpose YAML would read otherwise', () => {
    expect(renderDeclaration({ ...STRIPE, purpose: 'Payments: cards' })[1]).toBe('    purpose: "Payments: cards"');
    expect(renderDeclaration({ ...STRIPE, purpose: 'Payments' })[1]).toBe('    purpose: Payments');
  });
});
