import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readBlocks } from '../../src/policy-text/read.js';
import { splitSentences } from '../../src/policy-text/sentences.js';
import type { PolicyFormat } from '../../src/policy-text/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'policy-text');

function sentences(text: string, format: PolicyFormat) {
  return splitSentences(readBlocks(text, format)).map(({ text: sentence, line, column }) => ({ text: sentence, line, column }));
}

describe('detectFormat', () => {
  it('goes by extension, then sniffs HTML', () => {
    expect(detectFormat('docs/privacy.md', '')).toBe('markdown');
    expect(detectFormat('public/privacy.html', '')).toBe('html');
    expect(detectFormat('PRIVACY.txt', '<html>')).toBe('text');
    expect(detectFormat('privacy', '<!DOCTYPE html><html></html>')).toBe('html');
    expect(detectFormat('privacy', 'We use Stripe.')).toBe('text');
  });
});

describe('Markdown and plain text', () => {
  it('skips front matter, code fences, comments and link targets; keeps line and column', () => {
    const text = ['---', 'title: Uses Google Analytics', '---', '', '# Privacy {#top}', '', 'We use [Stripe](https://stripe.com) for payments.', '<!-- Hotjar removed -->', '```', 'posthog.init()', '```', 'Errors go to **Sentry**.'].join('\n');
    expect(sentences(text, 'markdown')).toEqual([
      { text: 'Privacy', line: 5, column: 3 },
      { text: 'We use Stripe for payments.', line: 7, column: 1 },
      { text: 'Errors go to Sentry .', line: 12, column: 1 },
    ]);
  });

  it('reads each list item and table row as its own block', () => {
    const text = ['- stripe — payment processing', '- posthog — product analytics', '  (self-hosted)', '', '| Vendor | Purpose |', '| --- | --- |', '| Mixpanel | Funnels |'].join('\n');
    expect(sentences(text, 'markdown').map((sentence) => `${sentence.line}: ${sentence.text}`)).toEqual([
      '1: stripe — payment processing',
      '2: posthog — product analytics (self-hosted)',
      '5: Vendor | Purpose',
      '7: Mixpanel | Funnels',
    ]);
  });

  it('splits lower-case sentences, but not after abbreviations; section numbers are list markers', () => {
    expect(sentences('no ads. no google analytics. Stripe, Inc. processes payments, e.g. cards.', 'text').map((s) => s.text)).toEqual([
      'no ads.',
      'no google analytics.',
      'Stripe, Inc. processes payments, e.g. cards.',
    ]);
    expect(sentences('4. Sharing\n4.1 We share data with Sentry.', 'text').map((s) => s.text)).toEqual(['Sharing', 'We share data with Sentry.']);
  });
});

describe('HTML', () => {
  const html = readFileSync(join(FIXTURES, 'html-nav-cookie-banner.html'), 'utf8');
  const read = sentences(html, 'html');
  const all = read.map((sentence) => sentence.text).join('\n');

  it('keeps visible text with its source line: main content and the cookie banner', () => {
    expect(read).toContainEqual({ text: 'We use cookies for Google Analytics to count visits.', line: 18, column: 8 });
    expect(read).toContainEqual({ text: 'Crisp, for the support chat on this site.', line: 30, column: 11 });
    expect(all).toContain('Vimeo | Embedded product videos');
  });

  it('drops head, scripts, styles, navigation, hidden elements and noscript', () => {
    for (const hidden of ['Birchwood uses Google Analytics', 'fbevents', 'hotjar-banner', 'Pricing', 'Twitter', 'Intercom', 'Hotjar heatmaps', 'Segment', 'facebook.com/tr']) {
      expect(all).not.toContain(hidden);
    }
  });

  it('does not throw on broken markup', () => {
    expect(sentences('<p>We use <b>Stripe<p>and <div hidden>Hotjar', 'html').map((s) => s.text)).toEqual(['We use Stripe', 'and']);
  });
});
