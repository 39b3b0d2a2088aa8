import { describe, expect, it } from 'vitest';
import { blankComments } from '../../src/matchers/comments.js';
import type { CommentStyle } from '../../src/matchers/languages.js';

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

  it('blanks HTML comments, and JS comments inside script blocks only', () => {
    const html = [
      '<!-- <script src="https://static.hotjar.com/c/hotjar-1.js"></script> -->',
      '<p>See http://example.com // not a comment in HTML text</p>',
      '<script>// posthog.init("hidden")',
      'posthog.init("shown")</script>',
    ].join('\n');
    const out = blankComments(html, 'html');
    expect(out).not.toContain('hotjar');
    expect(out).toContain('// not a comment in HTML text');
    expect(out).not.toContain('hidden');
    expect(out).toContain('posthog.init("shown")');
    expect(out.length).toBe(html.length);
  });

  it('blanks each template language\'s comments only in its own files', () => {
    const cases: [CommentStyle, string][] = [
      ['jinja', '{# fbq("init", "1") #}'],
      ['erb', '<%# fbq("init", "1") %>'],
      ['handlebars', '{{!-- fbq("init", "1") --}}'],
      ['handlebars', '{{! fbq("init", "1") }}'],
      ['razor', '@* fbq("init", "1") *@'],
      ['jsp', '<%-- fbq("init", "1") --%>'],
      ['go-template', '{{/* fbq("init", "1") */}}'],
      ['blade', '{{-- fbq("init", "1") --}}'],
      ['liquid', '{% comment %} fbq("init", "1") {% endcomment %}'],
      ['astro', '{/* fbq("init", "1") */}'],
      ['eex', '<%!-- fbq("init", "1") %> --%>'],
      ['eex', '<%# fbq("init", "1") %>'],
      ['mdx', '{/* fbq("init", "1") */}'],
      ['haml', '-# fbq("init", "1")'],
      ['haml', '/ fbq("init", "1")'],
      ['slim', '/ fbq("init", "1")'],
      ['slim', '/! fbq("init", "1")'],
      ['pug', '//- fbq("init", "1")'],
      ['pug', '// fbq("init", "1")'],
    ];
    for (const [style, text] of cases) {
      expect(blankComments(text, style).trim(), style).toBe('');
      // In plain HTML (and Svelte, Vue) the same text is content.
      expect(blankComments(text, 'html'), style).toBe(text);
    }
  });

  it('treats Astro front matter as TypeScript', () => {
    const out = blankComments('---\n// posthog.init("a")\nconst k = 1;\n---\n<div/>', 'astro');
    expect(out).not.toContain('posthog');
    expect(out).toContain('const k = 1;');
  });
});

describe('PHP comments', () => {
  it('blanks #, // and /* */ but keeps #[ attributes', () => {
    const out = blankComments("<?php\n# \\Sentry\\init(['dsn' => 'x']);\n#[Route('/x')]\n// x\n\\Sentry\\init([]);\n", 'php');
    expect(out).not.toContain("init(['dsn'");
    expect(out).toContain("#[Route('/x')]");
    expect(out).toContain('\\Sentry\\init([]);');
  });
});

describe('nothing blanks to the end of the file', () => {
  const tail = "\nposthog.init('phc_tail')\n";
  it.each([
    ['js', 'a = 1; /* never closed'],
    ['c', 'x := 1 /* never closed'],
    ['c', 'val s = """never closed'],
    ['python', 'x = """never closed'],
    ['html', '<!-- never closed'],
    ['jinja', '{# never closed'],
    ['razor', '@* never closed'],
    ['handlebars', '{{!-- never closed'],
    ['erb', '<%# never closed'],
    ['hash', '=begin never closed'],
  ] as [CommentStyle, string][])('%s: %s', (style, opener) => {
    const out = blankComments(opener + tail, style);
    expect(out).toContain("posthog.init('phc_tail')");
    expect(out.length).toBe(opener.length + tail.length);
  });
});

describe('JavaScript regex literals', () => {
  it('are not comment openers, after an operator, a keyword or the ) of if (…)', () => {
    for (const code of ['const r = /\\/*/;', 'f(/[/*]/)', 'return /\\/*/.test(s)', 'if (x) /[/*]/.test(s)', 'a = b ? /\\/\\// : c']) {
      const text = `${code}\nposthog.init('k') /* done */`;
      const out = blankComments(text, 'js');
      expect(out, code).toContain("posthog.init('k')");
      expect(out, code).not.toContain('done');
    }
  });

  it('a division is still a division: the comment after it is blanked', () => {
    const out = blankComments("const half = total / 2; // posthog.init('old')\nx = (a) / b /* fbq('init') */", 'js');
    expect(out).not.toContain('posthog');
    expect(out).not.toContain('fbq');
  });
});

describe('Python docstrings', () => {
  it('only a string that is a statement on its own is blanked', () => {
    const text = [
      '"""Module: posthog.init in prose."""',
      'TEMPLATE = """<script src="https://static.hotjar.com/c/hotjar-1.js"></script>"""',
      'render("""static.hotjar.com/x""")',
      'def f():',
      '    """Doc: sentry_sdk.init() example."""',
      '    return """vars.hotjar.com"""',
      'x = 1; """bare: amplitude.init"""',
      '"""not alone""".format("in.hotjar.com")',
    ].join('\n');
    const out = blankComments(text, 'python');
    expect(out).not.toContain('posthog');
    expect(out).not.toContain('sentry_sdk');
    expect(out).not.toContain('amplitude');
    for (const kept of ['static.hotjar.com/c/hotjar-1.js', 'static.hotjar.com/x', 'vars.hotjar.com', '"""not alone"""']) expect(out).toContain(kept);
    expect(out.length).toBe(text.length);
  });
});

describe('indentation-based templates (HAML, Slim, Pug)', () => {
  it('a comment line hides the lines indented below it, and ends at the first line indented no deeper', () => {
    const cases: [CommentStyle, string][] = [
      ['haml', '  -#\n    %script{src: "HIDDEN"}\n\n    %p HIDDEN\n  %script{src: "SHOWN"}\n'],
      ['slim', '  /\n    script src="HIDDEN"\n  script src="SHOWN"\n'],
      ['pug', '  //-\n    script(src="HIDDEN")\n  script(src="SHOWN")\n'],
    ];
    for (const [style, text] of cases) {
      const out = blankComments(text, style);
      expect(out, style).not.toContain('HIDDEN');
      expect(out, style).toContain('SHOWN');
      expect(out.length).toBe(text.length);
      expect(out.split('\n').length).toBe(text.split('\n').length);
    }
  });

  it('conditional comments are code; JavaScript blocks keep their code and lose their comments; text blocks hold no comments', () => {
    expect(blankComments('/[if IE]\n  %script{src: "SHOWN"}\n', 'haml')).toContain('SHOWN');
    expect(blankComments('/[if IE]\n  script src="SHOWN"\n', 'slim')).toContain('SHOWN');
    for (const [style, opener] of [['haml', ':javascript'], ['slim', 'javascript:'], ['pug', 'script.']] as const) {
      const out = blankComments(`${opener}\n  // hj('HIDDEN')\n  hj('SHOWN')\n`, style);
      expect(out, style).not.toContain('HIDDEN');
      expect(out, style).toContain("hj('SHOWN')");
    }
    expect(blankComments('p.\n  // SHOWN text\n', 'pug')).toContain('SHOWN');
    expect(blankComments('|\n  / SHOWN text\n', 'slim')).toContain('SHOWN');
    expect(blankComments(':plain\n  -# SHOWN text\n', 'haml')).toContain('SHOWN');
  });

  it('HTML written inline is read as HTML', () => {
    const out = blankComments('%head\n  <!-- <script src="HIDDEN"></script> -->\n  <script>// HIDDEN\nhj("SHOWN")</script>\n', 'haml');
    expect(out).not.toContain('HIDDEN');
    expect(out).toContain('hj("SHOWN")');
  });
});
