import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, escapeHtml, markdownText, urlPath } from '../../src/reporters/escape.js';

// One escaping function per medium: what a hostile path, matched text or manifest purpose
// becomes in Markdown, in a URL and in HTML.

describe('codeSpan', () => {
  it('keeps a file name with a newline and <!-- on one line, inside the span', () => {
    expect(codeSpan('src/x\n<!--\n.ts:1')).toBe('`src/x␤<!--␤.ts:1`');
    expect(codeSpan('a\r\nb\u2028c')).toBe('`a␤b␤c`');
  });

  it('a fence longer than any backtick run inside; pipes escaped in table cells only', () => {
    expect(codeSpan('a``b|c')).toBe('``` a``b\\|c ```');
    expect(codeSpan('a|b', { inTable: false })).toBe('`a|b`');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('markdownText', () => {
  it('no live mention, link, image, HTML, autolink or table cell', () => {
    const text = markdownText('@octocat [docs](https://evil.example) ![i](x.png) <img src=x> a|b www.evil.example me@acme.io');
    expect(text).toBe(
      '@&#8203;octocat \\[docs\\](https:&#8203;//evil.example) \\!\\[i\\](x.png) &lt;img src=x&gt; a\\|b www&#8203;.evil.example me@&#8203;acme.io',
    );
  });

  it('line breaks become spaces, so no new block can start', () => {
    expect(markdownText('a\n<!--\nb')).toBe('a &lt;\\!-- b');
  });

  it('stays linear on long runs of word characters', () => {
    const started = performance.now();
    for (let i = 0; i < 2_000; i++) markdownText(`${'x'.repeat(2_000)}:`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('codeBlock, urlPath, escapeHtml', () => {
  it('a code block fence outgrows backtick runs in the text', () => {
    expect(codeBlock('a\n```\nb')).toBe('````text\na\n```\nb\n````');
  });

  it('every URL-significant character of a path segment is percent-encoded; slashes kept', () => {
    expect(urlPath('src/x\n<!--\n.ts')).toBe('src/x%0A%3C%21--%0A.ts');
    expect(urlPath("a (1)/b#c?d*'e")).toBe('a%20%281%29/b%23c%3Fd%2A%27e');
  });

  it('HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;');
  });
});
