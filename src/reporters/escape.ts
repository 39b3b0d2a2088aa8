import { createHash } from 'node:crypto';

// One escaping function per medium, for every piece of text that comes from the scanned
// repository or its pull request: paths (a file name can hold a newline and `<!--`), matched code,
// vendor names and purposes from the manifest, suppression reasons. Reporters never interpolate
// such text raw. A pull request is hostile input: a path that opens an HTML comment would hide
// everything after it in the job summary and the PR comment, and a purpose could @mention people
// or show a remote image in the bot's comment.
// Markdown: https://github.github.com/gfm/ (code spans §6.1, tables §4.10, autolinks §6.9).

// Markdown line endings (\r, \n) and the other characters an editor or a browser breaks a line at.
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
const ZERO_WIDTH_SPACE = '&#8203;';

/** One line of text: every line break becomes a visible ␤, so nothing in it starts a new Markdown block. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, '␤');
}

/**
 * Plain text for Markdown prose and table cells: no emphasis, links, images, HTML, code spans or
 * table cells can start in it, and no live @mention, autolinked URL or e-mail address.
 */
export function markdownText(text: string): string {
  return (
    text
      .replace(LINE_BREAKS, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`)
      // GitHub links @user, @org/team and e-mail addresses in text; a zero-width space after the @
      // keeps the words and breaks the link (Renovate does the same).
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      // GFM extended autolinks: `www.`, `http://`, `https://` in text.
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\b(?<www>www)\./gi, `$<www>${ZERO_WIDTH_SPACE}.`)
  );
}

/**
 * A Markdown code span that shows `text` literally, on one line: the fence is longer than any run
 * of backticks inside. `inTable` escapes `|`, which GFM splits table cells at even in code spans.
 */
export function codeSpan(text: string, { inTable = true }: { inTable?: boolean } = {}): string {
  const line = oneLine(text);
  const content = inTable ? line.replace(/\|/g, '\\|') : line;
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space inside each fence is stripped again by the renderer; it keeps a leading or trailing
  // backtick of the content from joining the fence.
  const pad = longest > 0 || content.startsWith(' ') || content.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A fenced code block holding `text` as is: the fence is longer than any backtick run inside. */
export function codeBlock(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/**
 * One URL path segment: everything but unreserved characters percent-encoded, including the
 * `!'()*` that encodeURIComponent leaves, so the URL also ends where a Markdown link expects.
 */
export function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A repo-relative POSIX path for a URL: each segment encoded, the slashes kept. */
export function urlPath(path: string): string {
  return path.split('/').map(urlSegment).join('/');
}

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A workflow command's message (`::error ...::MESSAGE`): a newline cannot start another command. */
// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData, escapeProperty)
export function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`file=...,title=...`). */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The Content-Security-Policy of a self-contained HTML report: nothing from the network, and only
 * the inline style (and script, when there is one) that the report itself carries, by hash.
 * https://www.w3.org/TR/CSP3/#grammardef-hash-source
 */
export function selfContainedCsp(style: string, script?: string): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return `default-src 'none'; style-src ${hash(style)}; ${script === undefined ? '' : `script-src ${hash(script)}; `}img-src data:; base-uri 'none'; form-action 'none'`;
}
