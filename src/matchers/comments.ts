import type { CommentStyle } from './languages.js';

// Comments are blanked (replaced by spaces, newlines kept) before any pattern runs, so a
// commented-out `posthog.init(...)` never counts, and every offset still maps to the same line
// and column of the original file. String contents are kept: SDK keys and URLs live in strings.
//
// A pull request is hostile input: whatever this file takes for a comment is not scanned, so it
// errs toward code. Three rules hold for every syntax:
// - a comment syntax applies only in the file types whose language has it (Jinja `{# #}` in
//   Jinja/Twig/Nunjucks templates, never Svelte's `{#if}`; Razor `@* *@` only in .cshtml/.razor);
// - a comment whose closer is missing is not a comment: its opener is read as code and the scan
//   goes on right after it, so nothing ever blanks to the end of the file;
// - when it is unclear whether a `/` opens a regex or a `'` opens a string, the reading that
//   blanks less wins (a regex or string is skipped, never blanked).

/** `text` with every comment replaced by spaces, same length, same line breaks. */
export function blankComments(text: string, style: CommentStyle): string {
  switch (style) {
    case 'none':
      return text;
    case 'c':
      return blankCode(text, C_SYNTAX);
    case 'js':
      return blankCode(text, JS_SYNTAX);
    case 'php':
      return blankPhp(text);
    case 'hash':
      return blankHashStyle(text, false);
    case 'config-hash':
      return blankHashStyle(text, true);
    case 'python':
      return blankPython(text);
    case 'dash':
    case 'dash-haskell':
    case 'percent':
    case 'semicolon':
      return blankLineComments(text, LINE_SYNTAX[style]);
    case 'css':
      return blankCode(text, CSS_SYNTAX);
    case 'haml':
    case 'slim':
    case 'pug':
      return blankIndented(text, INDENTED[style]);
    default:
      return blankMarkup(text, style);
  }
}

/** Where the line holding `from` ends: its line break, or the end of the text. */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function spaces(source: string): string {
  // Most comments are one line; a block comment keeps its line breaks (\n, and \r of CRLF).
  if (!source.includes('\n') && !source.includes('\r')) return ' '.repeat(source.length);
  return source
    .split('\n')
    .map((line) => (line.includes('\r') ? line.replace(/[^\r]/g, ' ') : ' '.repeat(line.length)))
    .join('\n');
}

/** Replace the ranges [start, end) of `text` by blanks, in one pass. Ranges are in order and disjoint. */
function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + spaces(text.slice(from, end));
    at = end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------
// C-family code: JavaScript and TypeScript, Go, Java, Kotlin, Swift, C#, Dart, Rust, JSONC, CSS, PHP

/** What a C-family language has beyond `/* *\/` and strings. */
interface CodeSyntax {
  /** `//` line comments (CSS has none). */
  lineComments: boolean;
  /** PHP's `#` line comments (`#[` opens an attribute). */
  hashComments: boolean;
  /** JavaScript regex literals, told from division by the token before the `/`. */
  regexLiterals: boolean;
  /** JSX text is not code: a quote right after a word (`<p>Don't</p>`) opens no string. */
  jsxText: boolean;
  /** JavaScript template literals, whose `${…}` may hold other templates. */
  templateSubstitutions: boolean;
  /** `"""` multi-line strings (Kotlin, Swift, Java text blocks, Dart, C# raw strings). */
  tripleQuotes: boolean;
  /** PHP: `?>` ends the code (and a line comment on its way). */
  phpClose: boolean;
  /** Characters where the scanner stops: everything else is skipped by one native regex. */
  special: RegExp;
}

const C_SYNTAX: CodeSyntax = { lineComments: true, hashComments: false, regexLiterals: false, templateSubstitutions: false, jsxText: false, tripleQuotes: true, phpClose: false, special: /['"`/]/g };
const JS_SYNTAX: CodeSyntax = { lineComments: true, hashComments: false, regexLiterals: true, templateSubstitutions: true, jsxText: true, tripleQuotes: false, phpClose: false, special: /['"`/()]/g };
const CSS_SYNTAX: CodeSyntax = { lineComments: false, hashComments: false, regexLiterals: false, templateSubstitutions: false, jsxText: false, tripleQuotes: false, phpClose: false, special: /['"/]/g };
const PHP_SYNTAX: CodeSyntax = { lineComments: true, hashComments: true, regexLiterals: false, templateSubstitutions: false, jsxText: false, tripleQuotes: false, phpClose: true, special: /['"`/#?]/g };

/**
 * `indexOf(needle, from)` for calls with growing `from`, remembering the last answer: a thousand
 * unterminated `/*` then cost one search to the end of the file, not a thousand.
 */
function finder(text: string, needle: string): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let foundAt = -1;
  return (from) => {
    if (from >= searchedFrom && (foundAt === -1 || foundAt >= from)) return foundAt;
    searchedFrom = from;
    foundAt = text.indexOf(needle, from);
    return foundAt;
  };
}

/**
 * The closer searches of one text, shared by all its code and markup blocks: a script block per
 * line, each with an unterminated `/*`, then costs one search to the end of the file, not one per block.
 */
type Finders = (needle: string) => (from: number) => number;

function findersOf(text: string): Finders {
  const made = new Map<string, (from: number) => number>();
  return (needle) => {
    let found = made.get(needle);
    if (!found) made.set(needle, (found = finder(text, needle)));
    return found;
  };
}

/** `text` with the comments of a C-family language blanked. */
export function blankCode(text: string, syntax: CodeSyntax = C_SYNTAX): string {
  if (!text.includes('/') && !(syntax.hashComments && text.includes('#'))) return text;
  const ranges: [number, number][] = [];
  scanCode(text, 0, text.length, syntax, ranges);
  return blankRanges(text, ranges);
}

/**
 * The template literals of JavaScript `text` (comments already blanked or not), each as [start, end):
 * where a code sample the product shows its users is written (`\`import { useFlags } from '...'\``).
 */
export function templateLiterals(text: string): [number, number][] {
  if (!text.includes('`')) return [];
  const templates: [number, number][] = [];
  scanCode(text, 0, text.length, JS_SYNTAX, [], findersOf(text), templates);
  return templates;
}

/** Blank the JavaScript in `text` (exported for tests and for script blocks). */
export function blankCStyle(text: string): string {
  return blankCode(text, JS_SYNTAX);
}

/**
 * Scan code in [from, to), pushing comment ranges. Returns where the code ended: `to`, or the
 * index of PHP's closing `?>`.
 */
function scanCode(text: string, from: number, to: number, syntax: CodeSyntax, ranges: [number, number][], finders = findersOf(text), templates?: [number, number][]): number {
  const special = new RegExp(syntax.special.source, 'g');
  const blockEnd = finders('*/');
  const tripleEnd = finders('"""');
  const phpEnd = syntax.phpClose ? finders('?>') : undefined;
  // For `)`: did its `(` follow `if`, `while`, `for` or `with`? Then a `/` after it opens a regex.
  const parens: boolean[] = [];
  let lastParenWasControl = false;
  let i = from;
  while (i < to) {
    special.lastIndex = i;
    const found = special.exec(text);
    if (!found || found.index >= to) break;
    i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === 39 /* ' */ || ch === 34 /* " */) {
      if (syntax.tripleQuotes && ch === 34 && text.startsWith('"""', i)) {
        const end = tripleEnd(i + 3);
        // An unterminated triple quote is read as code, not as a string to the end of the file.
        i = end === -1 || end >= to ? i + 3 : end + 3;
        continue;
      }
      if (syntax.jsxText && isWordBefore(text, i, from) && !EXPRESSION_KEYWORDS.has(wordBefore(text, i, from))) {
        i++;
        continue;
      }
      i = skipString(text, i, ch, to);
      continue;
    }
    if (ch === 96 /* ` */) {
      const start = i;
      i = syntax.templateSubstitutions ? skipTemplate(text, i, to) : skipString(text, i, ch, to);
      templates?.push([start, i]);
      continue;
    }
    if (ch === 40 /* ( */) {
      if (parens.length < 10_000) parens.push(CONTROL_KEYWORDS.has(wordBefore(text, i, from)));
      i++;
      continue;
    }
    if (ch === 41 /* ) */) {
      lastParenWasControl = parens.pop() ?? false;
      i++;
      continue;
    }
    if (ch === 63 /* ? */) {
      if (text.charCodeAt(i + 1) === 62 /* > */) return i;
      i++;
      continue;
    }
    if (ch === 35 /* # */) {
      // PHP 8 attributes `#[...]` are code.
      if (text.charCodeAt(i + 1) === 91) {
        i++;
        continue;
      }
      i = lineComment(text, i, to, phpEnd, ranges);
      continue;
    }
    // `/`
    const next = text.charCodeAt(i + 1);
    if (next === 47 /* / */ && syntax.lineComments) {
      // `://` is a URL (in JSX text, a template, a misread string), never a comment in practice.
      if (i > from && text.charCodeAt(i - 1) === 58 /* : */) {
        i += 2;
        continue;
      }
      i = lineComment(text, i, to, phpEnd, ranges);
      continue;
    }
    if (next === 42 /* * */) {
      const end = blockEnd(i + 2);
      if (end === -1 || end + 2 > to) {
        i += 2;
        continue;
      }
      // JSX text is not code: `<p>Match files with /*</p>` ... `<p>end with */</p>` is no comment.
      if (syntax.jsxText && isJsxTextOpener(text, i, end, from)) {
        i += 2;
        continue;
      }
      ranges.push([i, end + 2]);
      i = end + 2;
      continue;
    }
    if (syntax.regexLiterals && regexMayStart(text, i, from, lastParenWasControl)) {
      i = skipRegex(text, i, to);
      continue;
    }
    i++;
  }
  return to;
}

/**
 * Is the `/*` at `at` text of a JSX element rather than a comment opener? It follows a tag's `>` on
 * its line with only text between (no `=>`, `;`, braces or parentheses), and what it would hide up
 * to the comment's end at `end` closes an element (`</p>`). A comment among JSX children is written
 * inside braces, which the text before it may not hold.
 */
function isJsxTextOpener(text: string, at: number, end: number, from: number): boolean {
  const lineStart = Math.max(from, text.lastIndexOf('\n', at - 1) + 1);
  const before = text.slice(lineStart, at);
  const tagEnd = before.lastIndexOf('>');
  if (tagEnd === -1 || /[=-]$/.test(before.slice(0, tagEnd))) return false;
  if (!/<\/?[A-Za-z][\w.:-]*[^<>]*$/.test(before.slice(0, tagEnd))) return false;
  if (/[;{}()=]/.test(before.slice(tagEnd + 1))) return false;
  return /<\/[A-Za-z][\w.:-]*\s*>/.test(text.slice(at + 2, end));
}

/** Blank a line comment starting at `start`; returns where it ends (a newline, or PHP's `?>`). */
function lineComment(text: string, start: number, to: number, phpEnd: ((from: number) => number) | undefined, ranges: [number, number][]): number {
  const newline = text.indexOf('\n', start);
  let stop = newline === -1 || newline > to ? to : newline;
  if (phpEnd) {
    const close = phpEnd(start);
    if (close !== -1 && close < stop) stop = close;
  }
  ranges.push([start, stop]);
  return stop;
}

/** Words after which an expression starts: a `/` there opens a regex, a quote a string. */
const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);

function isIdentifierChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127;
}

function isWordBefore(text: string, at: number, from: number): boolean {
  return at > from && isIdentifierChar(text.charCodeAt(at - 1));
}

/** The identifier ending just before `at` (whitespace skipped), up to 12 characters, else ''. */
function wordBefore(text: string, at: number, from: number): string {
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && end - start <= 12 && isIdentifierChar(text.charCodeAt(start - 1))) start--;
  if (end - start > 12) return '';
  return text.slice(start, end);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}

/**
 * Can a `/` at `at` open a regex literal? It cannot after a value (an identifier, a number, `)`,
 * `]`, a string); it can after an operator, punctuation, a keyword such as `return`, or the `)` of
 * `if (…)`. An operator such as `++` is taken as "regex": a regex is skipped, never blanked.
 */
function regexMayStart(text: string, at: number, from: number, lastParenWasControl: boolean): boolean {
  let before = at - 1;
  while (before >= from && isSpace(text.charCodeAt(before))) before--;
  if (before < from) return true;
  const code = text.charCodeAt(before);
  if (isIdentifierChar(code)) return EXPRESSION_KEYWORDS.has(wordBefore(text, before + 1, from));
  if (code === 41 /* ) */) return lastParenWasControl;
  return !(code === 93 /* ] */ || code === 39 || code === 34 || code === 96 || code === 46 /* . */);
}

/** Index just past the regex literal at `start`; one that does not close on its line ends there. */
function skipRegex(text: string, start: number, to: number): number {
  let inClass = false;
  let i = start + 1;
  while (i < to) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return i;
    if (ch === 92 /* \ */) {
      if (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13) return i + 1;
      i += 2;
      continue;
    }
    if (ch === 91 /* [ */) inClass = true;
    else if (ch === 93 /* ] */) inClass = false;
    else if (ch === 47 /* / */ && !inClass) {
      i++;
      while (i < to && isIdentifierChar(text.charCodeAt(i))) i++;
      return i;
    }
    i++;
  }
  return to;
}

const STRING_STOP: Record<number, RegExp> = { 39: /['\\\n]/g, 34: /["\\\n]/g, 96: /[`\\]/g };

/** Index just past the string starting at `start` with quote char code `quote`. */
function skipString(text: string, start: number, quote: number, to = text.length): number {
  const stop = new RegExp(STRING_STOP[quote]!.source, 'g');
  let i = start + 1;
  while (i < to) {
    stop.lastIndex = i;
    const found = stop.exec(text);
    if (!found || found.index >= to) return to;
    i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (ch === quote) return i + 1;
    // Only template literals span lines: a stray quote hides nothing past its line.
    if (ch === 10 && quote !== 96) return i;
    i++;
  }
  return to;
}

/**
 * Index just past the JavaScript template literal starting at `start`, its `${…}` substitutions
 * included: a template nested in one (`${`/*`}`) is skipped whole, so its text opens no comment.
 * Inside a substitution only strings, templates and braces are followed; one left open runs to `to`.
 * https://tc39.es/ecma262/#sec-template-literal-lexical-components
 */
function skipTemplate(text: string, start: number, to: number): number {
  const inTemplate = /[`\\$]/g;
  const inSubstitution = /[`'"{}/]/g;
  // Per open level: true for template text, false for a substitution (with its brace depth).
  const levels: { template: boolean; braces: number }[] = [{ template: true, braces: 0 }];
  let i = start + 1;
  while (i < to && levels.length > 0) {
    const level = levels[levels.length - 1]!;
    const stop = level.template ? inTemplate : inSubstitution;
    stop.lastIndex = i;
    const found = stop.exec(text);
    if (!found || found.index >= to) return to;
    i = found.index;
    const ch = text[i];
    if (level.template) {
      if (ch === '\\') i += 2;
      else if (ch === '`') {
        levels.pop();
        i++;
      } else if (text[i + 1] === '{') {
        if (levels.length < 1_000) levels.push({ template: false, braces: 0 });
        i += 2;
      } else i++;
      continue;
    }
    if (ch === '`') {
      if (levels.length < 1_000) levels.push({ template: true, braces: 0 });
      i++;
    } else if (ch === "'" || ch === '"') i = skipString(text, i, ch.charCodeAt(0), to);
    else if (ch === '/') i = skipSlash(text, i, start, to);
    else if (ch === '{') {
      level.braces++;
      i++;
    } else if (level.braces > 0) {
      level.braces--;
      i++;
    } else {
      levels.pop();
      i++;
    }
  }
  return i;
}

/**
 * A `/` inside a template substitution: a comment or a regex literal is read past whole, so a quote
 * in it (`${url.replace(/"/g, '%22')}`) opens no string; a division is one character.
 */
function skipSlash(text: string, at: number, from: number, to: number): number {
  const next = text.charCodeAt(at + 1);
  if (next === 42 /* * */) {
    const end = text.indexOf('*/', at + 2);
    return end === -1 || end + 2 > to ? at + 2 : end + 2;
  }
  if (next === 47 /* / */) {
    const end = text.indexOf('\n', at);
    return end === -1 || end > to ? to : end;
  }
  return regexMayStart(text, at, from, false) ? skipRegex(text, at, to) : at + 1;
}

// ---------------------------------------------------------------------------------------------
// PHP: HTML outside `<?php … ?>`, code inside. https://www.php.net/manual/en/language.basic-syntax.phptags.php

function blankPhp(text: string): string {
  const ranges: [number, number][] = [];
  const finders = findersOf(text);
  let at = 0;
  while (at < text.length) {
    let open = text.indexOf('<?', at);
    // `<?xml` is markup, not a short open tag.
    while (open !== -1 && text.startsWith('<?xml', open)) open = text.indexOf('<?', open + 2);
    scanMarkup(text, at, open === -1 ? text.length : open, ranges, finders);
    if (open === -1) break;
    const codeStart = open + (text.startsWith('<?php', open) ? 5 : text.startsWith('<?=', open) ? 3 : 2);
    const end = scanCode(text, codeStart, text.length, PHP_SYNTAX, ranges, finders);
    at = end + 2;
  }
  return blankRanges(text, ranges);
}

// ---------------------------------------------------------------------------------------------
// Ruby, shell and configuration: `#` to the end of the line.

/**
 * `#` comments of Ruby, shell, YAML, TOML and `.env` files, and Ruby's `=begin`/`=end`. With
 * `afterSpace` (YAML, TOML, INI, shell), `#` opens a comment only at a line start or after
 * whitespace: `url: https://x.test/#/y` is a value.
 */
function blankHashStyle(text: string, afterSpace: boolean): string {
  if (!text.includes('#') && !text.includes('=begin')) return text;
  const ranges: [number, number][] = [];
  const length = text.length;
  const blockEnd = finder(text, '\n=end');
  let i = 0;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (ch === 39 || ch === 34) {
      i = skipString(text, i, ch);
      continue;
    }
    if (ch === 35 /* # */) {
      if (afterSpace && i > 0 && !isSpace(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      const stop = lineEnd(text, i);
      ranges.push([i, stop]);
      i = stop;
      continue;
    }
    // Ruby block comments: `=begin` and `=end` at the start of a line.
    if (!afterSpace && ch === 61 /* = */ && (i === 0 || text.charCodeAt(i - 1) === 10) && text.startsWith('=begin', i)) {
      const end = blockEnd(i);
      if (end !== -1) {
        const stop = lineEnd(text, end + 1);
        ranges.push([i, stop]);
        i = stop;
        continue;
      }
    }
    i++;
  }
  return blankRanges(text, ranges);
}

// ---------------------------------------------------------------------------------------------
// Line comments only: Lua `--`, Haskell and Elm `--`, Erlang `%`, Clojure `;`. Block comments
// (`--[[ ]]`, `{- -}`) are not blanked past their first line: the reading that blanks less.

interface LineSyntax {
  /** What opens a comment that runs to the end of the line. */
  opener: string;
  /** The quotes that open a string (`'` is part of names in Haskell and Elm: `foldl'`). */
  quotes: readonly number[];
  /** Haskell: `-->` or `--|` is an operator, not a comment (dashes followed by a symbol). */
  symbolAfterIsOperator: boolean;
}

const LINE_SYNTAX: Record<'dash' | 'dash-haskell' | 'percent' | 'semicolon', LineSyntax> = {
  dash: { opener: '--', quotes: [34, 39], symbolAfterIsOperator: false },
  'dash-haskell': { opener: '--', quotes: [34], symbolAfterIsOperator: true },
  percent: { opener: '%', quotes: [34, 39], symbolAfterIsOperator: false },
  semicolon: { opener: ';', quotes: [34], symbolAfterIsOperator: false },
};

// https://www.haskell.org/onlinereport/haskell2010/haskellch2.html#x7-160002.2 (symbol characters)
const HASKELL_SYMBOL = /[!#$%&*+./<=>?@\\^|~:]/;

function blankLineComments(text: string, syntax: LineSyntax): string {
  if (!text.includes(syntax.opener)) return text;
  const ranges: [number, number][] = [];
  const length = text.length;
  const first = syntax.opener.charCodeAt(0);
  let i = 0;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (syntax.quotes.includes(ch)) {
      i = skipString(text, i, ch);
      continue;
    }
    if (ch === first && text.startsWith(syntax.opener, i)) {
      let after = i + syntax.opener.length;
      while (syntax.symbolAfterIsOperator && text[after] === '-') after++;
      if (syntax.symbolAfterIsOperator && HASKELL_SYMBOL.test(text[after] ?? '')) {
        i = after;
        continue;
      }
      const stop = lineEnd(text, i);
      ranges.push([i, stop]);
      i = stop;
      continue;
    }
    i++;
  }
  return blankRanges(text, ranges);
}

// ---------------------------------------------------------------------------------------------
// Python: `#` comments and docstrings. https://docs.python.org/3/reference/lexical_analysis.html

/**
 * `#` comments, and docstrings: a triple-quoted string that is a statement on its own (the first
 * statement of a module, class or function, or any bare string statement). A triple-quoted string
 * used as a value (assigned, passed, returned: a Flask inline template) is kept.
 */
function blankPython(text: string): string {
  if (!text.includes('#') && !text.includes('"""') && !text.includes("'''")) return text;
  const ranges: [number, number][] = [];
  const length = text.length;
  let depth = 0;
  // At the start of a statement: after a newline outside brackets, or after `;`.
  let statementStart = true;
  // Past this index no triple-quoted string closes (per quote): keeps unterminated openers linear.
  const noCloseFrom: Record<number, number> = { 34: Number.POSITIVE_INFINITY, 39: Number.POSITIVE_INFINITY };
  let i = 0;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      if (depth === 0) statementStart = true;
      i++;
      continue;
    }
    if (ch === 32 || ch === 9 || ch === 13 || ch === 12) {
      i++;
      continue;
    }
    if (ch === 92 /* \ */ && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) {
      // A line continuation: the statement goes on.
      i += text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
      continue;
    }
    if (ch === 35 /* # */) {
      const stop = lineEnd(text, i);
      ranges.push([i, stop]);
      i = stop;
      continue;
    }
    if (isIdentifierChar(ch) || ch === 39 || ch === 34) {
      let wordEnd = i;
      while (wordEnd < length && isIdentifierChar(text.charCodeAt(wordEnd))) wordEnd++;
      const quote = text.charCodeAt(wordEnd);
      const prefix = text.slice(i, wordEnd);
      if ((quote !== 39 && quote !== 34) || !/^(?:[rRbBuUfF]{1,2})?$/.test(prefix)) {
        statementStart = false;
        i = Math.max(wordEnd, i + 1);
        continue;
      }
      const atStatement = statementStart;
      statementStart = false;
      const triple = text.startsWith(quote === 34 ? '"""' : "'''", wordEnd);
      if (!triple) {
        i = skipPythonString(text, wordEnd, quote);
        continue;
      }
      const end = wordEnd + 3 >= noCloseFrom[quote]! ? -1 : findTripleEnd(text, wordEnd + 3, quote);
      if (end === -1) {
        noCloseFrom[quote] = Math.min(noCloseFrom[quote]!, wordEnd + 3);
        // Unterminated: read the opener as code and go on.
        i = wordEnd + 3;
        continue;
      }
      if (atStatement && !/[bBfF]/.test(prefix) && endsStatement(text, end)) ranges.push([i, end]);
      i = end;
      continue;
    }
    if (ch === 40 || ch === 91 || ch === 123) depth++;
    else if (ch === 41 || ch === 93 || ch === 125) depth = Math.max(0, depth - 1);
    statementStart = ch === 59 /* ; */ && depth === 0;
    i++;
  }
  return blankRanges(text, ranges);
}

/** Index just past the closing triple quote of a string whose body starts at `from`, or -1. */
function findTripleEnd(text: string, from: number, quote: number): number {
  const closer = quote === 34 ? '"""' : "'''";
  let i = from;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 92) {
      i += 2;
      continue;
    }
    if (ch === quote && text.startsWith(closer, i)) return i + 3;
    i++;
  }
  return -1;
}

/** Is the text after `at` (spaces skipped) the end of a statement: newline, `;`, `#` or the end? */
function endsStatement(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= text.length) return true;
  const ch = text.charCodeAt(i);
  return ch === 10 || ch === 13 || ch === 59 || ch === 35;
}

/** Index just past a one-line Python string (a backslash continues it onto the next line). */
function skipPythonString(text: string, start: number, quote: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 92) {
      i += 2;
      continue;
    }
    if (ch === quote) return i + 1;
    if (ch === 10) return i;
    i++;
  }
  return text.length;
}

// ---------------------------------------------------------------------------------------------
// HTML and server templates

/**
 * Comment delimiters of each template language (opener and closer, as regex sources). A third
 * element `'skip'` marks an expression or tag that is not a comment but is read past whole, so a
 * comment opener in one of its strings (`{{ "{#" }}`) opens nothing; comment pairs come first, so
 * `{{!` wins over `{{` at the same place.
 */
const TEMPLATE_COMMENTS: Partial<Record<CommentStyle, ([string, string] | [string, string, 'skip'])[]>> = {
  html: [],
  // JSX-style expression comments in the component body.
  astro: [[String.raw`\{\/\*`, String.raw`\*\/\}`]],
  // https://jinja.palletsprojects.com/en/stable/templates/#comments, Twig, Nunjucks, Django.
  jinja: [
    [String.raw`\{#`, '#\\}'],
    [String.raw`\{%-?[ \t]{0,20}comment\b[^%\n]{0,100}%\}`, String.raw`\{%-?[ \t]{0,20}endcomment[ \t]{0,20}-?%\}`],
    ['\\{\\{', '\\}\\}', 'skip'],
    ['\\{%', '%\\}', 'skip'],
  ],
  // https://shopify.github.io/liquid/tags/template/#comment
  liquid: [
    [String.raw`\{%-?[ \t]{0,20}comment[ \t]{0,20}-?%\}`, String.raw`\{%-?[ \t]{0,20}endcomment[ \t]{0,20}-?%\}`],
    [String.raw`\{%-?[ \t]{0,20}#`, '%\\}'],
    ['\\{\\{', '\\}\\}', 'skip'],
    ['\\{%', '%\\}', 'skip'],
  ],
  // https://handlebarsjs.com/guide/#template-comments, Mustache.
  handlebars: [
    [String.raw`\{\{~?!--`, String.raw`--~?\}\}`],
    [String.raw`\{\{~?!`, String.raw`\}\}`],
    ['\\{\\{', '\\}\\}', 'skip'],
  ],
  // ERB and EJS.
  erb: [['<%-?#', '%>']],
  // EEx, LEEx and HEEx: `<%!-- --%>` (may hold `%>`), and `<%# %>`.
  // https://hexdocs.pm/phoenix_live_view/syntax.html, https://hexdocs.pm/eex/EEx.html
  eex: [
    ['<%!--', '--%>'],
    ['<%#', '%>'],
  ],
  // MDX has no HTML comments of its own (MDX 2 rejects `<!--`; MDX 1 read them as HTML), only
  // JavaScript comments in an expression. https://mdxjs.com/docs/what-is-mdx/#expressions
  mdx: [[String.raw`\{\/\*`, String.raw`\*\/\}`]],
  // JSP and ASP.NET Web Forms.
  jsp: [['<%--', '--%>']],
  // https://learn.microsoft.com/aspnet/core/mvc/views/razor#comments
  // An `@` right after a letter or digit is an e-mail address to Razor (`me@*.com`).
  razor: [[String.raw`(?<![A-Za-z0-9])@\*`, String.raw`\*@`]],
  // https://pkg.go.dev/text/template#hdr-Text_and_spaces
  'go-template': [[String.raw`\{\{-?[ \t]{0,20}\/\*`, String.raw`\*\/[ \t]{0,20}-?\}\}`]],
  // https://www.smarty.net/docs/en/language.basic.syntax.comments.tpl, https://latte.nette.org/en/syntax#toc-comments
  smarty: [[String.raw`\{\*`, String.raw`\*\}`]],
  // https://freemarker.apache.org/docs/dgui_template_overallstructure.html
  freemarker: [['<#--', '-->']],
  // https://velocity.apache.org/engine/2.3/vtl-reference.html#comments
  velocity: [
    ['#\\*', '\\*#'],
    ['##', '(?=\\n)|$'],
  ],
  // https://docs.makotemplates.org/en/latest/syntax.html#comments
  mako: [
    ['<%doc>', '</%doc>'],
    ['(?<=^|\\n)[ \\t]*##', '(?=\\n)|$'],
  ],
  // https://grails.apache.org/docs/latest/guide/theWebLayer.html (GSP comments)
  gsp: [
    ['<%--', '--%>'],
    ['%\\{--', '--\\}%'],
  ],
  // https://laravel.com/docs/blade#comments
  blade: [
    ['\\{\\{--', '--\\}\\}'],
    ['\\{\\{', '\\}\\}', 'skip'],
    ['\\{!!', '!!\\}', 'skip'],
  ],
};

interface CompiledComments {
  openers: RegExp;
  closers: RegExp[];
  /** Per pair: read past, not blanked. */
  skips: boolean[];
}

const COMPILED = new Map<CommentStyle, CompiledComments>();

function compiledComments(style: CommentStyle): CompiledComments | undefined {
  const pairs = TEMPLATE_COMMENTS[style];
  if (!pairs || pairs.length === 0) return undefined;
  let compiled = COMPILED.get(style);
  if (!compiled) {
    // One alternative per opener, longest first, so `{{!--` wins over `{{!` at the same place.
    compiled = { openers: new RegExp(pairs.map(([open], i) => `(?<p${i}>${open})`).join('|'), 'g'), closers: pairs.map(([, close]) => new RegExp(close, 'g')), skips: pairs.map((pair) => pair[2] === 'skip') };
    COMPILED.set(style, compiled);
  }
  return compiled;
}

/**
 * HTML-family files: the template language's own comments anywhere (the template engine runs
 * before the browser, so they hide script blocks too), then HTML comments outside `<script>` and
 * `<style>`, JavaScript comments inside scripts, CSS comments inside styles.
 */
function blankMarkup(text: string, style: CommentStyle): string {
  const templated = blankTemplateComments(text, style);
  const ranges: [number, number][] = [];
  const finders = findersOf(templated);
  let from = 0;
  // Astro components open with a `---` fenced block of TypeScript.
  if (style === 'astro' && (templated.startsWith('---\n') || templated.startsWith('---\r\n'))) {
    const end = templated.indexOf('\n---', 3);
    if (end !== -1) {
      scanCode(templated, 3, end, JS_SYNTAX, ranges, finders);
      from = end + 4;
    }
  }
  scanMarkup(templated, from, templated.length, ranges, finders);
  return blankRanges(templated, ranges);
}

function blankTemplateComments(text: string, style: CommentStyle): string {
  const compiled = compiledComments(style);
  if (!compiled) return text;
  const ranges: [number, number][] = [];
  const { openers, closers, skips } = compiled;
  // Where each closer was last looked for and found (-1: nowhere after that point).
  const searched = closers.map(() => ({ from: Number.POSITIVE_INFINITY, at: -1, length: 0 }));
  openers.lastIndex = 0;
  for (let open = openers.exec(text); open; open = openers.exec(text)) {
    const which = Number(Object.entries(open.groups ?? {}).find(([, value]) => value !== undefined)?.[0].slice(1) ?? 0);
    const closer = closers[which]!;
    const memo = searched[which]!;
    const afterOpener = open.index + open[0].length;
    if (!(afterOpener >= memo.from && (memo.at === -1 || memo.at >= afterOpener))) {
      closer.lastIndex = afterOpener;
      const close = closer.exec(text);
      memo.from = afterOpener;
      memo.at = close ? close.index : -1;
      memo.length = close ? close[0].length : 0;
    }
    // Unterminated: not a comment; the scan goes on after the opener.
    if (memo.at === -1) {
      openers.lastIndex = afterOpener;
      continue;
    }
    const stop = memo.at + memo.length;
    if (!skips[which]) ranges.push([open.index, stop]);
    openers.lastIndex = stop;
  }
  return blankRanges(text, ranges);
}

const MARKUP_SPECIAL = /<!--|<(?<tag>[a-z][a-z0-9-]*)/gi;
const SCRIPT_CLOSE = /<\/script/gi;
const STYLE_CLOSE = /<\/style/gi;
/**
 * Elements whose content is text to a browser, never markup: a `<!--` inside one opens no comment.
 * https://html.spec.whatwg.org/#parsing-html-fragments (RCDATA and RAWTEXT elements)
 */
const TEXT_ELEMENTS = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * Where the start tag opened at `start` ends (just past its `>`), skipping quoted attribute values
 * (`<div title="<!--">`: the `<!--` is a value, not a comment). A quote that never closes is not
 * honoured (the tag ends at the next `>`), so nothing is skipped further than a browser would; -1
 * when the tag has no `>`.
 */
function startTagEnd(text: string, from: number, to: number, finders: Finders): number {
  const gtAfter = finders('>');
  const eqAfter = finders('=');
  let i = from;
  for (;;) {
    const gt = gtAfter(i);
    if (gt === -1 || gt >= to) return -1;
    const eq = eqAfter(i);
    if (eq === -1 || eq > gt) return gt + 1;
    let value = eq + 1;
    while (value < to && isSpace(text.charCodeAt(value))) value++;
    const quote = text[value];
    if (quote !== '"' && quote !== "'") {
      i = value;
      continue;
    }
    const close = finders(quote)(value + 1);
    if (close === -1 || close >= to) return gt + 1;
    i = close + 1;
  }
}

/**
 * Scan HTML in [from, to): HTML comments, and the code in `<script>` and `<style>` blocks. Start
 * tags are read with their attributes, and text elements (`<textarea>`, `<title>`) skipped.
 */
function scanMarkup(text: string, from: number, to: number, ranges: [number, number][], finders = findersOf(text)): void {
  const special = new RegExp(MARKUP_SPECIAL.source, 'gi');
  const dashes = finders('-->');
  const bang = finders('--!>');
  special.lastIndex = from;
  for (let found = special.exec(text); found && found.index < to; found = special.exec(text)) {
    const start = found.index;
    if (found[0] === '<!--') {
      // A comment ends at the first `-->` or `--!>`, which may overlap its opener: `<!-->` is a
      // whole (empty) comment to a browser. https://html.spec.whatwg.org/#comments
      const end = commentEnd(dashes(start + 2), bang(start + 2), to);
      if (end === -1) {
        special.lastIndex = start + 4;
        continue;
      }
      ranges.push([start, end]);
      special.lastIndex = end;
      continue;
    }
    const name = found.groups!.tag!.toLowerCase();
    const tagEnd = startTagEnd(text, start + found[0].length, to, finders);
    if (tagEnd === -1) {
      if (name === 'script' || name === 'style') return;
      continue;
    }
    if (TEXT_ELEMENTS.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tagEnd;
      const closing = close.exec(text);
      // Unclosed, it is text to the end: nothing more is blanked (and nothing searched again).
      special.lastIndex = closing && closing.index < to ? closing.index : to;
      continue;
    }
    if (name !== 'script' && name !== 'style') {
      special.lastIndex = tagEnd;
      continue;
    }
    const isScript = name === 'script';
    const close = new RegExp((isScript ? SCRIPT_CLOSE : STYLE_CLOSE).source, 'gi');
    close.lastIndex = tagEnd;
    const closing = close.exec(text);
    const bodyEnd = closing && closing.index < to ? closing.index : to;
    if (!isScript) scanCode(text, tagEnd, bodyEnd, CSS_SYNTAX, ranges, finders);
    else {
      const type = /\btype\s{0,5}=\s{0,5}["']?(?<type>[^"'\s>]{1,100})/i.exec(text.slice(start, tagEnd))?.groups?.type?.toLowerCase() ?? '';
      // Client-side templates hold markup; everything else (module, text/babel, text/partytown,
      // consent-gated text/plain) runs as JavaScript sooner or later.
      if (/template|html|handlebars|mustache|x-tmpl/.test(type)) scanMarkup(text, tagEnd, bodyEnd, ranges, finders);
      else if (type.includes('json')) scanCode(text, tagEnd, bodyEnd, C_SYNTAX, ranges, finders);
      else scanCode(text, tagEnd, bodyEnd, JS_SYNTAX, ranges, finders);
    }
    special.lastIndex = bodyEnd;
  }
}

/** End (exclusive) of an HTML comment, given where the next `-->` (a) and `--!>` (b) are, or -1. */
function commentEnd(a: number, b: number, to: number): number {
  const first = a === -1 ? b : b === -1 ? a : Math.min(a, b);
  if (first === -1) return -1;
  const end = first + (first === b ? 4 : 3);
  return end > to ? -1 : end;
}

// ---------------------------------------------------------------------------------------------
// Indentation-based templates: HAML, Slim, Pug. A comment is a line that opens with the comment
// marker; everything indented deeper below it belongs to it. Such a comment always ends (at the
// first line indented no deeper, or at the end of the file only when the file is indented under
// it), so it cannot open and never close. Lines of a JavaScript block (HAML `:javascript`, Slim
// `javascript:`, Pug `script.`) are JavaScript, with its comments; lines of a text block (other
// filters, Pug's `tag.`, Slim's `|`) are text, never comment markers. HTML written inline (an
// `<!-- -->`, a `<script>` element) is read as in HTML.

/** What opens a block in an indentation-based template, tested on a line after its indentation. */
interface IndentedSyntax {
  /** A comment: the line and every deeper line are blanked. */
  comment: RegExp;
  /** A block of JavaScript below the line. */
  script: RegExp;
  /** A block of text below the line: no comment markers inside. */
  text: RegExp;
}

const INDENTED: Record<'haml' | 'slim' | 'pug', IndentedSyntax> = {
  // `-#` silent comment, `/` HTML comment (sent as `<!-- -->`, never run); `/[if IE]` is a
  // conditional comment whose content old browsers run: code. https://haml.info/docs/yardoc/file.REFERENCE.html#comments
  haml: { comment: /^(?:-#|\/(?!\[))/, script: /^:javascript\b/, text: /^:[\w-]+/ },
  // `/` code comment, `/!` HTML comment (sent as `<!-- -->`); `/[if IE]` conditional: code.
  // https://github.com/slim-template/slim#comments
  slim: { comment: /^\/(?![[])/, script: /^javascript:/, text: /^(?:[|']|(?:css|scss|sass|less|markdown|textile|rdoc|ruby|coffee|erb|plain):)/ },
  // `//-` unbuffered comment, `//` buffered comment (sent as `<!-- -->`, never run).
  // https://pugjs.org/language/comments.html, https://pugjs.org/language/plain-text.html#block-in-a-tag
  pug: { comment: /^\/\//, script: /^script\b.*\.[ \t]*\r?$/, text: /^(?:[\w#.:-]+(?:\(.*\))?\.[ \t]*\r?$|:[\w-]+)/ },
};

/** Leading spaces and tabs of the line starting at `start`. */
function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - start;
}

function blankIndented(text: string, syntax: IndentedSyntax): string {
  const ranges: [number, number][] = [];
  const finders = findersOf(text);
  /**
   * The open block: its kind, the indentation of the line that opened it, where its body starts,
   * and where its last line that is not blank ends (blank lines after it are not the block's).
   */
  let block: { kind: 'comment' | 'script' | 'text'; indent: number; start: number; end: number } | undefined;
  const close = () => {
    if (!block) return;
    if (block.kind === 'comment') ranges.push([block.start, block.end]);
    else if (block.kind === 'script') scanCode(text, block.start, block.end, JS_SYNTAX, ranges, finders);
    block = undefined;
  };
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const indent = indentOf(text, start, end);
    const blank = start + indent === end || (text.charCodeAt(start + indent) === 13 && start + indent + 1 === end);
    if (block && (blank || indent > block.indent)) {
      if (!blank) block.end = end;
      start = end + 1;
      continue;
    }
    close();
    if (!blank) {
      const line = text.slice(start + indent, end);
      if (syntax.comment.test(line)) block = { kind: 'comment', indent, start: start + indent, end };
      else if (syntax.script.test(line)) block = { kind: 'script', indent, start: end, end };
      else if (syntax.text.test(line)) block = { kind: 'text', indent, start: end, end };
    }
    start = end + 1;
  }
  close();
  const templated = blankRanges(text, ranges);
  const markup: [number, number][] = [];
  scanMarkup(templated, 0, templated.length, markup);
  return blankRanges(templated, markup);
}
