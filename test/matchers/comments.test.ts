import { describe, expect, it } from 'vitest';
import { blankComments } from '../../src/matchers/comments.js';

describe('blankComments', () => {
  it('blanks // and /* */ comments in C-style code but keeps strings with //', () => {
    const text = "const u = 'https://us.i.posthog.com'; // posthog.init(x)\n/* fbq('init') */ go()";
    const out = blankComments(text, 'c');
    expect(out).toContain("'https://us.i.posthog.com'");
    expect(out).not.toContain('posthog.init');
    expect(out).not.toContain('fbq');
    expect(out).toContain('go()');
    expect(out.length).toBe(text.length);
    expect(out.split('\n').length).toBe(text.split('\n').length);
  });

  it('a stray quote in a regex literal cannot hide the next line', () => {
    const out = blankComments("const re = /'/;\nposthog.init('x') // note", 'c');
    expect(out).toContain("posthog.init('x')");
    expect(out).not.toContain('note');
  });

  it('blanks # comments but not # inside strings, and Python docstrings', () => {
    const out = blankComments('color = "#fff"  # sentry_sdk.init()\n"""\nsentry_sdk.init(dsn)\n"""\nx = 1', 'python');
    expect(out).toContain('"#fff"');
    expect(out).not.toContain('sentry_sdk');
    expect(out).toContain('x = 1');
  });

  it('blanks HTML and template comments, and JS comments inside script blocks only', () => {
    const html = [
      '<!-- <script src="https://static.hotjar.com/c/hotjar-1.js"></script> -->',
      '{# fbq("init", "1") #}',
      '<%# posthog.init("x") %>',
      '{{!-- Intercom("boot") --}}',
      '<p>See http://example.com // not a comment in HTML text</p>',
      '<script>// posthog.init("hidden")',
      'posthog.init("shown")</script>',
    ].join('\n');
    const out = blankComments(html, 'html');
    expect(out).not.toContain('hotjar');
    expect(out).not.toContain('fbq');
    expect(out).not.toContain('posthog.init("x")');
    expect(out).not.toContain('Intercom');
    expect(out).toContain('// not a comment in HTML text');
    expect(out).not.toContain('hidden');
    expect(out).toContain('posthog.init("shown")');
    expect(out.length).toBe(html.length);
  });

  it('treats Astro front matter as TypeScript', () => {
    const out = blankComments('---\n// posthog.init("a")\nconst k = 1;\n---\n<div/>', 'html');
    expect(out).not.toContain('posthog');
    expect(out).toContain('const k = 1;');
  });
});

describe('PHP comments', () => {
  it('blanks #, // and /* */ but keeps #[ attributes', () => {
    const out = blankComments("# \\Sentry\\init(['dsn' => 'x']);\n#[Route('/x')]\n// x\n\\Sentry\\init([]);\n", 'php');
    expect(out).not.toContain("init(['dsn'");
    expect(out).toContain("#[Route('/x')]");
    expect(out).toContain('\\Sentry\\init([]);');
  });
});
