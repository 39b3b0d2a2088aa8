import type { CommentStyle } from './languages.js';

// Comments are blanked (replaced by spaces, newlines kept) before any pattern runs, so a
// commented-out `posthog.init(...)` never counts, and every offset still maps to the same line
// and column of the original file. String contents are kept: SDK keys and URLs live in strings.

/** `text` with every comment replaced by spaces, same length, same line breaks. */
export function blankComments(text: string, style: CommentStyle): string {
  switch (style) {
    case 'c':
      return blankCStyle(text);
    case 'php':
      return blankCStyle(text, true);
    case 'hash':
      return blankHashStyle(text, false);
    case 'python':
      return blankHashStyle(text, true);
    case 'html':
      return blankHtml(text);
    case 'none':
      return text;
  }
}

function spaces(source: string): string {
  // Most comments are one line; a block comment keeps its line breaks (\n, and \r of CRLF).
  if (!source.includes('\n') && !source.includes('\r')) return ' '.repeat(source.length);
  return source
    .split('\n')
    .map((line) => (line.includes('\r') ? line.replace(/[^\r]/g, ' ') : ' '.repeat(line.length)))
    .join('\n');
}

/** Replace the ranges [start, end) of `text` by blanks, in one pass. */
function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + spaces(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/**
 * `//` and `/* *\/` comments of JavaScript, TypeScript, Go, Java, Kotlin, Swift, C#, Dart, PHP,
 * Rust and JSONC (and PHP's `#`, with `hashComments`). Quote-aware so `"https://..."` is not a comment; `'` and `"` strings end at a
 * newline so one stray quote (a regex literal, an apostrophe) cannot hide the rest of the file.
 */
export function blankCStyle(text: string, hashComments = false): string {
  if (!text.includes('//') && !text.includes('/*') && !(hashComments && text.includes('#'))) return text;
  const ranges: [number, number][] = [];
  const length = text.length;
  // Jump from one character that can open a string or a comment to the next: a native regex
  // scan skips ordinary code far faster than a loop over every character.
  const special = hashComments ? C_SPECIAL_HASH : C_SPECIAL;
  let i = 0;
  while (i < length) {
    special.lastIndex = i;
    const found = special.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text.charCodeAt(i);
    // ' " `
    if (ch === 39 || ch === 34 || ch === 96) {
      i = skipString(text, i, ch);
      continue;
    }
    // PHP also takes `#` line comments; `#[` opens a PHP 8 attribute, which is code.
    if (hashComments && ch === 35 /* # */ && text.charCodeAt(i + 1) !== 91 /* [ */) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? length : end;
      ranges.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = text.indexOf('\n', i);
        const stop = end === -1 ? length : end;
        ranges.push([i, stop]);
        i = stop;
        continue;
      }
      if (next === 42) {
        const end = text.indexOf('*/', i + 2);
        const stop = end === -1 ? length : end + 2;
        ranges.push([i, stop]);
        i = stop;
        continue;
      }
    }
    i++;
  }
  return blankRanges(text, ranges);
}

const C_SPECIAL = /['"`/]/g;
const C_SPECIAL_HASH = /['"`/#]/g;
const STRING_STOP: Record<number, RegExp> = { 39: /['\\\n]/g, 34: /["\\\n]/g, 96: /[`\\]/g };

/** Index just past the string starting at `start` with quote char code `quote`. */
function skipString(text: string, start: number, quote: number): number {
  const length = text.length;
  const stop = STRING_STOP[quote]!;
  let i = start + 1;
  while (i < length) {
    stop.lastIndex = i;
    const found = stop.exec(text);
    if (!found) return length;
    i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (ch === quote) return i + 1;
    // Only template literals span lines.
    if (ch === 10 && quote !== 96) return i;
    i++;
  }
  return length;
}

/**
 * `#` comments of Python, Ruby, shell, YAML, TOML and `.env` files; with `docstrings`, Python's
 * triple-quoted strings are blanked too (they are documentation, and mention SDKs in prose).
 */
function blankHashStyle(text: string, docstrings: boolean): string {
  if (!text.includes('#') && !(docstrings && (text.includes('"""') || text.includes("'''")))) return text;
  const ranges: [number, number][] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (ch === 39 || ch === 34) {
      const triple = text.startsWith(ch === 34 ? '"""' : "'''", i);
      if (triple) {
        const end = text.indexOf(ch === 34 ? '"""' : "'''", i + 3);
        const stop = end === -1 ? length : end + 3;
        if (docstrings) ranges.push([i, stop]);
        i = stop;
        continue;
      }
      i = skipString(text, i, ch);
      continue;
    }
    if (ch === 35 /* # */) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? length : end;
      ranges.push([i, stop]);
      i = stop;
      continue;
    }
    i++;
  }
  return blankRanges(text, ranges);
}

/** Comment delimiters of HTML and the server-template languages we read. */
const TEMPLATE_COMMENTS: [string, string][] = [
  ['<!--', '-->'], // HTML, XML, plist
  ['{{!--', '--}}'], // Handlebars block comment
  ['{{!', '}}'], // Handlebars, Mustache
  ['{{--', '--}}'], // Blade
  ['{#', '#}'], // Jinja, Twig, Nunjucks, Django
  ['<%#', '%>'], // ERB, EJS
  ['<%--', '--%>'], // JSP, ASP.NET
  ['@*', '*@'], // Razor
  ['{% comment %}', '{% endcomment %}'], // Liquid, Django
];

/**
 * HTML-family files: template comments anywhere, then `//` and `/* *\/` comments inside
 * `<script>` blocks and Astro front matter, which hold JavaScript.
 */
function blankHtml(text: string): string {
  const ranges: [number, number][] = [];
  for (const [open, close] of TEMPLATE_COMMENTS) {
    let from = 0;
    for (let start = text.indexOf(open, from); start !== -1; start = text.indexOf(open, from)) {
      const end = text.indexOf(close, start + open.length);
      const stop = end === -1 ? text.length : end + close.length;
      ranges.push([start, stop]);
      from = stop;
    }
  }
  const blanked = blankRanges(text, mergeRanges(ranges));
  return blankScriptBlocks(blanked);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

const SCRIPT_OPEN = /<script\b[^>]{0,500}>/gi;

function blankScriptBlocks(text: string): string {
  const parts: string[] = [];
  let at = 0;
  // Astro components open with a `---` fenced block of TypeScript.
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    const end = text.indexOf('\n---', 3);
    if (end !== -1) {
      parts.push(blankCStyle(text.slice(0, end)));
      at = end;
    }
  }
  if (!/<script/i.test(text)) return parts.join('') + text.slice(at);
  const lower = text.toLowerCase();
  SCRIPT_OPEN.lastIndex = at;
  for (let open = SCRIPT_OPEN.exec(text); open; open = SCRIPT_OPEN.exec(text)) {
    const bodyStart = open.index + open[0].length;
    const close = lower.indexOf('</script', bodyStart);
    const bodyEnd = close === -1 ? text.length : close;
    parts.push(text.slice(at, bodyStart), blankCStyle(text.slice(bodyStart, bodyEnd)));
    at = bodyEnd;
    SCRIPT_OPEN.lastIndex = bodyEnd;
  }
  return parts.join('') + text.slice(at);
}
