import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankComments } from '../../src/matchers/comments.js';
import type { CommentStyle } from '../../src/matchers/languages.js';
import { cpuMark, cpuMsSince } from './cpu-time.js';
import { counted, SEED } from './record.js';

// The comment blankers per file type, fed random sequences of well-formed pieces (comments,
// strings, regex literals, template blocks, code), whose contents nest every other syntax's
// openers and closers. Each part of a piece is known to be code (kept byte for byte) or a comment
// (blanked). Properties:
// - blanking never changes the length or where line breaks are;
// - code outside any comment survives (a tracker call placed there is still matched);
// - a comment of the file type's own syntax is blanked;
// - after an unterminated comment opener, the rest of the file is read as code.

/** A run of text that is code (kept) or comment (blanked). */
interface Part {
  text: string;
  blanked: boolean;
}
type Piece = Part[];

const keep = (text: string): Part => ({ text, blanked: false });
const blank = (text: string): Part => ({ text, blanked: true });

/** Text that nests other syntaxes: every opener and closer we know, quotes, slashes, newlines. */
const NOISE = ['//', '/*', '*/', '#', "'", '"', '`', '"""', '<!--', '-->', '--!>', '{#', '#}', '@*', '*@', '{{!--', '--}}', '{{!', '}}', '<%#', '%>', '{%', '%}', '<script>', '</script>', '?>', '<?php', '\\', '/', '*', '-', 'x', 'hj(', ' ', '\n', '\r\n', 'Don\'t', '://', '=begin', '=end'];

let markers = 0;
/** A unique marker, as a tracker call would be: letters and digits only, so it nests in anything. */
const marker = fc.constant(null).map(() => `HJMARK${markers++}Z`);

/** Random nested text without `forbidden` substrings (the closer of the piece it goes in). */
function noise(forbidden: string[], options: { start?: string[]; end?: string[] } = {}): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.constantFrom(...NOISE), { maxLength: 12 }), marker)
    .map(([parts, mark]) => {
      parts.splice(parts.length >> 1, 0, mark);
      return parts.join('');
    })
    .filter((text) => !forbidden.some((bad) => text.includes(bad)) && !(options.start ?? []).some((bad) => text.startsWith(bad)) && !(options.end ?? []).some((bad) => text.endsWith(bad)));
}

/** Text with none of `forbidden` characters (a one-line string body, say). */
function plain(forbidden: string): fc.Arbitrary<string> {
  const alphabet = ['/', '*', '#', '<!--', '-->', '{#', '#}', '@*', '//', '/*', ' ', 'x', "'", '"', '`', '-', '!', '%'];
  return fc
    .tuple(fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }), marker)
    .map(([parts, mark]) => `${parts.join('')}${mark}`)
    .filter((text) => ![...forbidden].some((bad) => text.includes(bad)) && !text.includes('\\'));
}

// --- JavaScript and TypeScript ------------------------------------------------------------------

const jsRegexBody = fc
  .array(fc.constantFrom('\\/', '[/*]', '[//]', '\\/*', 'a*', '[^/]', '\\[', "'", '"', '`', '#', 'x'), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((body) => !body.startsWith('*'));

const jsPieces: fc.Arbitrary<Piece>[] = [
  noise(['\n', '\r']).map((text) => [blank(`//${text}`), keep('\n')]),
  noise(['*/'], { start: ['/'] }).map((text) => [blank(`/*${text}*/`)]),
  plain("'\n\r").map((text) => [keep(`s = '${text}';`)]),
  plain('"\n\r').map((text) => [keep(`s = "${text}";`)]),
  plain('`').map((text) => [keep(`s = \`${text}\`;`)]),
  // A template nested in a substitution: its text (any opener) is kept.
  noise(['`', '\\', '${']).map((text) => [keep(`s = \`a\${ b ? \`${text}\` : '' }c\`;`)]),
  fc.tuple(jsRegexBody, fc.constantFrom('x = ', 'f(', 'return ', 'if (a) ', 'a = b ? ', '[', '{ k: ', '!')).map(([body, before]) => [keep(`${before}/${body}/g.test(y);`)]),
  marker.map((mark) => [keep(`hj('${mark}', 1);`)]),
  marker.map((mark) => [keep(`const half = ${mark} / 2;`), keep('\n')]),
  marker.map((mark) => [keep(`(a) / ${mark} / c;`)]),
  fc.constantFrom(' ', '\n', '\r\n', ';').map((text) => [keep(text)]),
];

// --- C family (Go, Java, Kotlin, Swift, C#, Rust) -------------------------------------------------

const cPieces: fc.Arbitrary<Piece>[] = [
  noise(['\n', '\r']).map((text) => [blank(`//${text}`), keep('\n')]),
  noise(['*/'], { start: ['/'] }).map((text) => [blank(`/*${text}*/`)]),
  plain('"\n\r').map((text) => [keep(`s := "${text}"`)]),
  plain('`').map((text) => [keep(`s := \`${text}\``)]),
  plain('"').map((text) => [keep(`val t = """${text}"""`)]),
  marker.map((mark) => [keep(`hj("${mark}", a / b)`)]),
  fc.constantFrom(' ', '\n', ';').map((text) => [keep(text)]),
];

// --- Python ---------------------------------------------------------------------------------------

const pyPieces: fc.Arbitrary<Piece>[] = [
  noise(['\n', '\r']).map((text) => [blank(`#${text}`), keep('\n')]),
  // A docstring: a string statement on its own line.
  noise(['"""', '\\'], { end: ['"'] }).map((text) => [blank(`"""${text}"""`), keep('\n')]),
  noise(["'''", '\\'], { end: ["'"] }).map((text) => [keep('    '), blank(`'''${text}'''`), keep('\n')]),
  // Triple-quoted strings used as values: kept (a Flask inline template).
  noise(['"""', '\\'], { end: ['"'] }).map((text) => [keep(`PAGE = """${text}"""\n`)]),
  noise(['"""', '\\'], { end: ['"'] }).map((text) => [keep(`render(\n    """${text}"""\n)\n`)]),
  noise(['"""', '\\'], { end: ['"'] }).map((text) => [keep(`return """${text}""".strip()\n`)]),
  plain("'\n\r").map((text) => [keep(`s = '${text}'`), keep('  '), blank('# note'), keep('\n')]),
  marker.map((mark) => [keep(`hj("${mark}")\n`)]),
];

// --- PHP ------------------------------------------------------------------------------------------

const phpPieces: fc.Arbitrary<Piece>[] = [
  noise(['\n', '\r', '?>']).map((text) => [blank(`//${text}`), keep('\n')]),
  noise(['\n', '\r', '?>'], { start: ['['] }).map((text) => [blank(`#${text}`), keep('\n')]),
  noise(['*/'], { start: ['/'] }).map((text) => [blank(`/*${text}*/`)]),
  plain("'\n\r").map((text) => [keep(`$s = '${text}';`)]),
  marker.map((mark) => [keep(`hj('${mark}');`)]),
  marker.map((mark) => [keep(`#[Attr('${mark}')]\n`)]),
  // Leaving PHP: HTML, whose text may hold `#` and `//`, then back.
  fc.tuple(noise(['-->', '--!>', '<?'], { start: ['>', '->'] }), marker).map(([text, mark]) => [keep('?>\n'), blank(`<!--${text}-->`), keep(`<p>#1 // ${mark}</p>\n<?php `)]),
  fc.constantFrom(' ', '\n', ';').map((text) => [keep(text)]),
];

// --- Ruby and configuration ---------------------------------------------------------------------

const rubyPieces: fc.Arbitrary<Piece>[] = [
  noise(['\n', '\r']).map((text) => [blank(`#${text}`), keep('\n')]),
  noise(['\n=end'], { start: ['=end'] }).map((text) => [blank(`=begin\n${text}\n=end`), keep('\n')]),
  plain('"\n\r').map((text) => [keep(`s = "${text}"\n`)]),
  marker.map((mark) => [keep(`hj("${mark}")\n`)]),
];

/**
 * A language with line comments only (Lua and Haskell `--`, Erlang `%`, Clojure `;`): the opener to the end of
 * the line is blanked, a string holding it is kept. `notAfter`: what may not follow the opener for it to open a
 * comment (Haskell's `-->` is an operator).
 */
function linePieces(opener: string, quotes: string[], notAfter: string[] = []): fc.Arbitrary<Piece>[] {
  return [
    noise(['\n', '\r'], { start: notAfter }).map((text) => [keep('x = 1 '), blank(`${opener}${text}`), keep('\n')]),
    ...quotes.map((quote) => plain(`${quote}\n\r`).map((text): Piece => [keep(`s = ${quote}${text}${quote}\n`)])),
    marker.map((mark) => [keep(`hj("${mark}")\n`)]),
  ];
}

const HASKELL_SYMBOLS = ['-', '!', '#', '$', '%', '&', '*', '+', '.', '/', '<', '=', '>', '?', '@', '\\', '^', '|', '~', ':'];

const configPieces: fc.Arbitrary<Piece>[] = [
  noise(['\n', '\r']).map((text) => [keep('key: value '), blank(`#${text}`), keep('\n')]),
  marker.map((mark) => [keep(`url: https://static.hotjar.com/#/${mark}\n`)]),
  marker.map((mark) => [keep(`csp: default-src 'self';#${mark}\n`)]),
];

// --- Markup ---------------------------------------------------------------------------------------

/** JavaScript in a script block: JS pieces whose text cannot end the block. */
const scriptBlock = fc
  .array(fc.oneof(...jsPieces), { maxLength: 5 })
  .filter((pieces) => !pieces.flat().some((part) => /<\/script/i.test(part.text)))
  .map((pieces): Piece => [keep('<script>'), keep('<!--\n'), ...pieces.flat(), keep('\n'), blank('//-->'), keep('\n'), keep('</script>')]);

const styleBlock = fc
  .tuple(noise(['*/', '</style'], { start: ['/'] }), marker)
  .map(([text, mark]): Piece => [keep('<style>'), keep('<!-- '), blank(`/*${text}*/`), keep(` a::after { content: "<!--${mark}" } `), keep('</style>')]);

const htmlComment = noise(['-->', '--!>'], { start: ['>', '->'] }).map((text): Piece => [blank(`<!--${text}-->`)]);

/** Template syntaxes of other languages: code (text) in a file type that does not have them. */
const foreign: Record<string, string[]> = {
  jinja: ['{#if consent}', '{/if}', '{#each items as item}', '{/each}'],
  razor: ['@*', '*@'],
  handlebars: ['{{!', '}}'],
  erb: ['<%#', '%>'],
};

/**
 * `expressions`: the template language's expression openers (`{{`, `{%`), read past whole; random
 * text holds none (a stray one is a syntax error to the engine, and only makes us blank less).
 */
function markupPieces(own: [string, string][], foreignKeys: string[], expressions: string[] = []): fc.Arbitrary<Piece>[] {
  // The template engine runs first: its comment openers are comments anywhere, even in a JS string.
  // A closer without its opener before it ends nothing. HTML's own `-->` (FreeMarker's `<#-- -->` shares it) stays
  // allowed: every HTML comment holds it, and filtering it out would leave no HTML comment to generate.
  const marks = own.flatMap(([open, close]) => (close === '-->' ? [open] : [open, close]));
  const free = (arbitrary: fc.Arbitrary<Piece>) => arbitrary.filter((piece) => !piece.some((part) => marks.some((mark) => part.text.includes(mark)) || expressions.some((open) => part.text.includes(open))));
  const pieces: fc.Arbitrary<Piece>[] = [
    free(htmlComment),
    free(scriptBlock),
    free(styleBlock),
    marker.map((mark) => [keep(`<p>${mark}</p>\n`)]),
    // Attribute values and text elements hold text, never comment openers.
    free(noise(['"', '\n', '\r']).map((text): Piece => [keep(`<div title="${text}">`)])),
    free(noise(["'", '\n', '\r']).map((text): Piece => [keep(`<meta content='${text}'>`)])),
    free(noise(['</textarea', '</title']).map((text): Piece => [keep(`<textarea>${text}</textarea><title>${text}</title>`)])),
    fc.constantFrom('{{ name }}', '{% if x %}', '{% endif %}', '\n', ' ').map((text) => [keep(text)]),
  ];
  // A string in an expression holds text, any comment opener included: `{{ "{#" }}`.
  const EXPRESSION_CLOSE: Record<string, string> = { '{{': '}}', '{%': '%}' };
  for (const open of expressions) {
    const close = EXPRESSION_CLOSE[open]!;
    // The rendered string lands in the HTML: it holds no markup (no `<`).
    pieces.push(noise(['"', '\\', '}}', '%}', '\n', '\r', '<']).map((text): Piece => [keep(`${open} "${text}" ${close}`)]));
  }
  const closers = own.map(([, close]) => close);
  for (const [open, close] of own) pieces.push(noise(closers, { start: ['--', '~'], end: ['}', '-', '%', '*', '#'] }).map((text) => [blank(`${open}${text}${close}`)]));
  for (const key of foreignKeys) {
    const syntaxes = foreign[key]!.filter((syntax) => !expressions.some((open) => syntax.includes(open)));
    if (syntaxes.length > 0) pieces.push(fc.tuple(fc.constantFrom(...syntaxes), marker).map(([syntax, mark]) => [keep(`${syntax} <b>${mark}</b> `)]));
  }
  return pieces;
}

interface Language {
  style: CommentStyle;
  pieces: fc.Arbitrary<Piece>[];
  prefix?: string;
  /** Comment openers of this language, for the unterminated-opener property. */
  openers: string[];
}

const LANGUAGES: Language[] = [
  { style: 'js', pieces: jsPieces, openers: ['/*'] },
  { style: 'c', pieces: cPieces, openers: ['/*', '"""'] },
  { style: 'python', pieces: pyPieces, openers: ['"""', "'''"] },
  { style: 'php', pieces: phpPieces, prefix: '<?php\n', openers: ['/*'] },
  { style: 'hash', pieces: rubyPieces, openers: ['=begin'] },
  { style: 'config-hash', pieces: configPieces, openers: [] },
  { style: 'dash', pieces: linePieces('--', ['"', "'"]), openers: [] },
  { style: 'dash-haskell', pieces: linePieces('--', ['"'], HASKELL_SYMBOLS), openers: [] },
  { style: 'percent', pieces: linePieces('%', ['"', "'"]), openers: [] },
  { style: 'semicolon', pieces: linePieces(';', ['"']), openers: [] },
  { style: 'html', pieces: markupPieces([], ['jinja', 'razor', 'handlebars', 'erb']), openers: ['<!--', '{#', '@*', '{{!--'] },
  { style: 'jinja', pieces: markupPieces([['{#', '#}']], ['razor', 'handlebars', 'erb'], ['{{', '{%']), openers: ['<!--', '{#'] },
  { style: 'razor', pieces: markupPieces([['@*', '*@']], ['jinja', 'handlebars', 'erb']), openers: ['<!--', '@*'] },
  { style: 'handlebars', pieces: markupPieces([['{{!--', '--}}'], ['{{!', '}}']], ['jinja', 'razor', 'erb'], ['{{']), openers: ['<!--', '{{!--'] },
  { style: 'erb', pieces: markupPieces([['<%#', '%>']], ['jinja', 'razor', 'handlebars']), openers: ['<!--', '<%#'] },
  { style: 'eex', pieces: markupPieces([['<%!--', '--%>'], ['<%#', '%>']], ['jinja', 'razor', 'handlebars']), openers: ['<!--', '<%!--', '<%#'] },
  { style: 'jsp', pieces: markupPieces([['<%--', '--%>']], ['jinja', 'razor', 'handlebars', 'erb']), openers: ['<!--', '<%--'] },
  { style: 'mdx', pieces: markupPieces([['{/*', '*/}']], ['jinja', 'razor', 'handlebars', 'erb']), openers: ['<!--', '{/*'] },
  { style: 'smarty', pieces: markupPieces([['{*', '*}']], ['jinja', 'razor', 'handlebars', 'erb']), openers: ['<!--', '{*'] },
  { style: 'freemarker', pieces: markupPieces([['<#--', '-->']], ['jinja', 'razor', 'handlebars', 'erb']), openers: ['<!--', '<#--'] },
  { style: 'gsp', pieces: markupPieces([['<%--', '--%>'], ['%{--', '--}%']], ['jinja', 'razor', 'handlebars', 'erb']), openers: ['<!--', '<%--', '%{--'] },
];

/** Closers that would end an opener: the tail after an unterminated opener must hold none. */
const CLOSERS: Record<string, string[]> = {
  '/*': ['*/'],
  '"""': ['"""'],
  "'''": ["'''"],
  '=begin': ['\n=end'],
  '<!--': ['-->', '--!>'],
  '{#': ['#}'],
  '@*': ['*@'],
  '{{!--': ['--}}', '}}'],
  '<%#': ['%>'],
  '<%!--': ['--%>'],
  '<%--': ['--%>'],
  '{/*': ['*/}'],
  '{*': ['*}'],
  '<#--': ['-->'],
  '%{--': ['--}%'],
};

function assemble(prefix: string, pieces: Piece[]): { text: string; parts: (Part & { at: number })[] } {
  const parts: (Part & { at: number })[] = [];
  let text = prefix;
  for (const part of pieces.flat()) {
    parts.push({ ...part, at: text.length });
    text += part.text;
  }
  return { text, parts };
}

function checkShape(text: string, out: string): void {
  expect(out.length).toBe(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') expect(out[i]).toBe(ch);
    else if (out[i] !== ch) expect(out[i]).toBe(' ');
  }
}

/** Blank the assembled pieces: same shape, each code part kept byte for byte, each comment part blanked. */
function checkBlanked(prefix: string, pieces: Piece[], style: CommentStyle): void {
  const { text, parts } = assemble(prefix, pieces);
  const out = blankComments(text, style);
  checkShape(text, out);
  for (const part of parts) {
    const got = out.slice(part.at, part.at + part.text.length);
    if (part.blanked) expect(got.trim(), JSON.stringify({ text, part: part.text })).toBe('');
    else expect(got, JSON.stringify({ text, part: part.text })).toBe(part.text);
  }
}

describe('fuzz: comment blankers per file type', () => {
  for (const language of LANGUAGES) {
    it(`${language.style}: same shape, code kept, own comments blanked`, () => {
      const target = counted(`comments ${language.style}`, (pieces: Piece[]) => {
        checkBlanked(language.prefix ?? '', pieces, language.style);
      });
      try {
        fc.assert(fc.property(fc.array(fc.oneof(...language.pieces), { maxLength: 14 }), target.run), { seed: SEED, numRuns: 400, endOnFailure: true });
      } finally {
        target.done();
      }
    });

    if (language.openers.length === 0) continue;
    it(`${language.style}: after an unterminated comment opener, the rest is read as code`, () => {
      // The pieces that hold no comment (each kind of piece always or never does).
      const codeOnly = language.pieces.filter((arbitrary) => fc.sample(arbitrary, { seed: SEED, numRuns: 1 })[0]!.every((part) => !part.blanked));
      const input = fc
        .tuple(fc.array(fc.oneof(...language.pieces), { maxLength: 8 }), fc.constantFrom(...language.openers), fc.array(fc.oneof(...codeOnly), { minLength: 1, maxLength: 6 }))
        .map(([before, opener, after]) => {
          // In Python an opener must stand where a string can; elsewhere anywhere in code.
          const openerText = language.style === 'python' ? `\nx = ${opener}` : ` ${opener} `;
          const tail = after.flat().map((part) => part.text).join('');
          return { before: assemble(language.prefix ?? '', before).text, opener, rest: openerText + tail, from: openerText.indexOf(opener) + 1 };
        })
        // No closer anywhere after the opener (one that overlaps it does not close it).
        .filter(({ opener, rest, from }) => !(CLOSERS[opener] ?? []).some((closer) => rest.includes(closer, from)));
      const target = counted(`comments ${language.style} unterminated`, ({ before, rest }: { before: string; rest: string }) => {
        const text = before + rest;
        const out = blankComments(text, language.style);
        checkShape(text, out);
        expect(out.slice(before.length), JSON.stringify(text)).toBe(rest);
      });
      try {
        fc.assert(fc.property(input, target.run), { seed: SEED, numRuns: 300, endOnFailure: true });
      } finally {
        target.done();
      }
    });
  }
});

// --- Indentation-based templates (HAML, Slim, Pug) ----------------------------------------------
// A piece is a block of lines at the file's base indentation: a code line, a comment line with
// lines nested below it (all blanked), a JavaScript block (its code kept, its comments blanked) or
// a text block (kept: no comment markers in text). Properties as above; and a comment always ends
// at the next line indented no deeper, so a tracker there is kept.

interface Indented {
  style: 'haml' | 'slim' | 'pug';
  comments: string[];
  script: string;
  text: string;
  code: (mark: string) => string;
}

const INDENTED_LANGUAGES: Indented[] = [
  { style: 'haml', comments: ['-#', '/', '/ '], script: ':javascript', text: ':plain', code: (mark) => `%script{src: "https://static.hotjar.com/${mark}.js"}` },
  { style: 'slim', comments: ['/', '/!', '/ '], script: 'javascript:', text: '|', code: (mark) => `script src="https://static.hotjar.com/${mark}.js"` },
  { style: 'pug', comments: ['//-', '//', '// '], script: 'script.', text: 'p.', code: (mark) => `script(src="https://static.hotjar.com/${mark}.js")` },
];

/** One-line text for inside a comment: any syntax, no line break. */
const lineNoise = noise(['\n', '\r']);

function indentedPieces(language: Indented, base: string): fc.Arbitrary<Piece>[] {
  const deeper = fc.constantFrom('  ', '    ', '\t', '   ');
  const nested = fc.array(fc.tuple(deeper, lineNoise), { maxLength: 3 }).map((lines) => lines.map(([indent, text]) => `${base}${indent}${text}\n`).join(''));
  return [
    marker.map((mark) => [keep(`${base}${language.code(mark)}\n`)]),
    fc.tuple(fc.constantFrom(...language.comments), lineNoise, nested).map(([opener, text, below]) => [keep(base), blank(`${opener}${text.startsWith('[') ? ` ${text}` : text}\n${below}`)]),
    fc.array(fc.tuple(marker, lineNoise.filter((text) => !/<\/script/i.test(text))), { minLength: 1, maxLength: 3 }).map((lines): Piece => [
      keep(`${base}${language.script}\n`),
      ...lines.flatMap(([mark, text]) => [keep(`${base}  hj('${mark}');\n${base}  `), blank(`//${text}`), keep('\n')]),
    ]),
    fc.array(marker, { minLength: 1, maxLength: 3 }).map((marks): Piece => [keep(`${base}${language.text}\n`), ...marks.map((mark) => keep(`${base}  ${language.comments[0]} ${mark} text\n`))]),
    fc.constantFrom('\n', `${base}\n`).map((text) => [keep(text)]),
  ];
}

describe('fuzz: indentation-based template comments', () => {
  for (const language of INDENTED_LANGUAGES) {
    it(`${language.style}: same shape, code kept, comment blocks blanked, each ends at the next line indented no deeper`, () => {
      const target = counted(`comments ${language.style}`, (pieces: Piece[]) => {
        checkBlanked('', pieces, language.style);
      });
      const input = fc.constantFrom('', '  ', '\t').chain((base) => fc.array(fc.oneof(...indentedPieces(language, base)), { maxLength: 12 }));
      try {
        fc.assert(fc.property(input, target.run), { seed: SEED, numRuns: 400, endOnFailure: true });
      } finally {
        target.done();
      }
    });
  }
});

describe('pathological files: one search per closer, not one per block', () => {
  // A script block per line, each opening a `/*` that never closes: each block once searched the
  // rest of the file for `*/`, quadratic in the file's size (a minute on 2 MB).
  const cases: [CommentStyle, string][] = [
    ['html', '<script>/* x</script>\n'],
    ['php', '<script>/* x</script><?php /* y ?>\n'],
    ['haml', ':javascript\n  /* x\n'],
    ['slim', 'javascript:\n  /* x\n'],
    ['pug', 'script.\n  /* x\n'],
  ];
  it.each(cases)('%s: 2 MB of unterminated comments in script blocks is blanked in linear time', (style, unit) => {
    const text = unit.repeat(Math.floor(2_000_000 / unit.length));
    const started = cpuMark();
    const out = blankComments(text, style);
    expect(out.length).toBe(text.length);
    expect(cpuMsSince(started)).toBeLessThan(2_000);
  });
});
