import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { isTableHeader } from './tables.js';
import type { PolicyFormat, TextBlock } from './types.js';

// Turn a policy file into blocks of visible text that no sentence crosses. Markdown and plain
// text are read line by line (markup is blanked to spaces so columns stay exact); HTML is
// parsed by parse5, the WHATWG-conformant parser, so implied end tags decide correctly what
// sits inside a hidden element (https://html.spec.whatwg.org/multipage/parsing.html).

/** The format of a policy file: by extension, else by its first bytes. */
export function detectFormat(path: string, text: string): PolicyFormat {
  const lower = path.toLowerCase();
  if (/\.(?:md|markdown|mdx|mdown)$/.test(lower)) return 'markdown';
  if (/\.(?:html?|xhtml)$/.test(lower)) return 'html';
  if (/\.txt$/.test(lower)) return 'text';
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 512)) ? 'html' : 'text';
}

export function readBlocks(text: string, format: PolicyFormat): TextBlock[] {
  return format === 'html' ? htmlBlocks(text) : lineBlocks(text, format === 'markdown');
}

// ---------------------------------------------------------------------------------------------
// Markdown and plain text

const FENCE = /^\s{0,3}(?<fence>`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-{2,})\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
// `- item`, `* item`, `• item`, `1. item`, `a) item`, `3.2 Section`, `(iv) item`
const LIST_ITEM = /^(?<marker>\s*(?:[-*+•–—]|\(?(?:\d+|[a-z]|[ivxlc]+)[.)]|\d+(?:\.\d+)+\.?)\s+)/i;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Blank Markdown inline markup so that only the visible words remain, at their columns. */
function stripInlineMarkdown(line: string): string {
  return (
    line
      // [text](url "title") and ![alt](url): keep the text, blank the target
      .replace(/(!?\[)([^\]]*)(\]\([^)]*\))/g, (_m, open: string, label: string, target: string) => `${blank(open)}${label}${blank(target)}`)
      // [text][ref]
      .replace(/\[([^\]]*)\](\[[^\]]*\])/g, (_m, label: string, ref: string) => ` ${label} ${blank(ref).slice(1)}`)
      // {#anchor} heading attributes and inline HTML tags (<a id="x"></a>, <br>)
      .replace(/\{#[^}]*\}|<\/?[a-z][^>]*>/gi, (m) => blank(m))
      // emphasis and code markers next to a word edge
      .replace(/[*`~]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, (m) => blank(m))
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, ' $1')
  );
}

// A plain-text table aligned with spaces: cells are runs of text separated by two or more spaces
// or a tab. Only a run of lines under a subprocessor header ("Subprocessor  Purpose  Location") is
// read as one, since prose typed with two spaces after a full stop has the same shape.
const ALIGNED_CELL = /\S(?:\S| (?=\S))*/g;
const ALIGNED_RULE = /^[\s=+|-]+$/;

/** The text runs of a line, with their 0-based columns. */
function alignedCells(line: string): { text: string; column: number }[] {
  return [...line.matchAll(ALIGNED_CELL)].map((match) => ({ text: match[0], column: match.index }));
}

/**
 * A row of an aligned table as one block: its cells under the header's columns, joined by " | "
 * (as a Markdown row reads), with an anchor at each cell so columns stay exact.
 */
function alignedRow(line: string, number: number, columns: number[]): TextBlock {
  const cells: { text: string; column: number }[][] = columns.map(() => []);
  for (const run of alignedCells(line)) {
    // A run belongs to the last column that starts at or before it (a little slack for ragged rows).
    let index = 0;
    for (const [k, start] of columns.entries()) if (run.column >= start - 1) index = k;
    cells[index]!.push(run);
  }
  const block: TextBlock = { text: '', anchors: [] };
  for (const [k, runs] of cells.entries()) {
    if (k > 0) block.text += ' | ';
    block.anchors.push({ at: block.text.length, line: number, column: (runs[0]?.column ?? columns[k]!) + 1 });
    block.text += runs.map((run) => run.text).join(' ');
  }
  return block;
}

/** Blocks of Markdown or plain text: paragraphs, list items, headings and table rows. */
export function lineBlocks(text: string, markdown: boolean): TextBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const flush = () => {
    if (current && current.text.trim()) blocks.push(current);
    current = null;
  };
  const add = (content: string, line: number, startsBlock: boolean, listItem = false) => {
    if (startsBlock) flush();
    if (!current) current = { text: '', anchors: [], ...(listItem ? { listItem } : {}) };
    else current.text += '\n';
    current.anchors.push({ at: current.text.length, line, column: 1 });
    current.text += content;
  };

  let index = 0;
  // YAML (---) or TOML (+++) front matter at the very top: metadata, not policy text.
  if (markdown && /^(?:---|\+\+\+)\s*$/.test(lines[0] ?? '')) {
    const close = lines[0]!.trim() === '+++' ? /^\+\+\+\s*$/ : /^(?:---|\.\.\.)\s*$/;
    const end = lines.findIndex((line, i) => i > 0 && close.test(line));
    if (end > 0) index = end + 1;
  }
  let fence: string | null = null;
  let inComment = false;
  /** The header's column starts while inside an aligned plain-text table. */
  let aligned: number[] | null = null;
  for (; index < lines.length; index++) {
    let line = lines[index]!;
    const number = index + 1;
    if (!markdown) {
      if (!line.trim()) aligned = null;
      else if (aligned) {
        if (!ALIGNED_RULE.test(line)) blocks.push(alignedRow(line, number, aligned));
        continue;
      } else {
        const header = alignedCells(line);
        if (header.length >= 2 && /\S(?: {2,}|\t)\S/.test(line.trim()) && isTableHeader(header.map((cell) => cell.text))) {
          flush();
          aligned = header.map((cell) => cell.column);
          blocks.push(alignedRow(line, number, aligned));
          continue;
        }
      }
    }
    if (markdown) {
      if (fence !== null) {
        if (line.trim().startsWith(fence)) fence = null;
        continue;
      }
      const opened = FENCE.exec(line);
      if (opened) {
        flush();
        fence = opened.groups!.fence!;
        continue;
      }
      // HTML comments, possibly over several lines
      line = line.replace(/<!--.*?-->/g, (m) => blank(m));
      if (inComment) {
        const end = line.indexOf('-->');
        if (end === -1) continue;
        line = blank(line.slice(0, end + 3)) + line.slice(end + 3);
        inComment = false;
      }
      const open = line.indexOf('<!--');
      if (open !== -1) {
        line = line.slice(0, open) + blank(line.slice(open));
        inComment = true;
      }
      if (REFERENCE_DEFINITION.test(line)) continue;
      if (TABLE_SEPARATOR.test(line) && line.includes('|')) continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (markdown && SETEXT_UNDERLINE.test(line) && current) {
      flush();
      continue;
    }
    if (markdown && HEADING.test(line)) {
      add(stripInlineMarkdown(line).replace(/^(\s{0,3})(#{1,6})/, (_m, indent: string, hashes: string) => indent + blank(hashes)).replace(/\s#+\s*$/, (m) => blank(m)), number, true);
      flush();
      continue;
    }
    if (TABLE_ROW.test(line)) {
      // One row, one block: its cells read as one sentence ("Stripe | Payment processing").
      const row = line.replace(/^(\s*)\|/, '$1 ').replace(/\|(\s*)$/, ' $1');
      add(markdown ? stripInlineMarkdown(row) : row, number, true);
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const marker = item.groups!.marker!;
      const rest = line.slice(marker.length);
      add(blank(marker) + (markdown ? stripInlineMarkdown(rest) : rest), number, true, true);
      continue;
    }
    if (markdown && /^\s{0,3}>/.test(line)) line = line.replace(/^(\s{0,3})(>+)/, (_m, s: string, q: string) => s + blank(q));
    add(markdown ? stripInlineMarkdown(line) : line, number, false);
  }
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// HTML

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * Elements whose text a reader does not see as policy text: code, metadata, fallback content,
 * and site navigation (link labels such as "Twitter · LinkedIn" are not statements of use).
 * A cookie banner is kept: it is visible text that tells the visitor what the site loads.
 */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'datalist']);

/** Elements that start and end a block of text (https://html.spec.whatwg.org/#flow-content). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'button', 'label', 'legend',
]);

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Hidden by markup: `hidden`, `aria-hidden="true"`, an inline display:none / visibility:hidden. */
function isHidden(element: Element): boolean {
  if (attribute(element, 'hidden') !== undefined) return true;
  if (attribute(element, 'aria-hidden') === 'true') return true;
  if (attribute(element, 'role') === 'navigation') return true;
  if (element.tagName === 'input' && attribute(element, 'type') === 'hidden') return true;
  const style = (attribute(element, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(?:^|;)(?:display:none|visibility:hidden)/.test(style);
}

export function htmlBlocks(html: string): TextBlock[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', anchors: [] };
  const flush = () => {
    // An empty block passes its list-item mark on: `<li><p>Convex</p></li>`.
    const listItem = !current.text.trim() && current.listItem === true;
    if (current.text.trim()) blocks.push(current);
    current = { text: '', anchors: [], ...(listItem ? { listItem } : {}) };
  };
  const visit = (node: Node) => {
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterTypes.TextNode;
      const location = text.sourceCodeLocation;
      if (location) current.anchors.push({ at: current.text.length, line: location.startLine, column: location.startCol });
      current.text += text.value;
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child);
      return;
    }
    const element = node;
    if (SKIPPED.has(element.tagName) || isHidden(element)) return;
    const block = BLOCKS.has(element.tagName);
    if (block) flush();
    if (element.tagName === 'li') current.listItem = true;
    // Table cells of one row read as one sentence: "Stripe | Payment processing".
    if ((element.tagName === 'td' || element.tagName === 'th') && current.text.trim()) current.text += ' | ';
    const children = element.tagName === 'template' ? [] : element.childNodes;
    for (const child of children) visit(child);
    if (block) flush();
    if (element.tagName === 'li') delete current.listItem;
  };
  visit(document);
  flush();
  return blocks;
}
