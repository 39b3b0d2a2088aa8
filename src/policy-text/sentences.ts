import type { PolicySentence, TextBlock } from './types.js';

// Split blocks into sentences. Lower-case policies end sentences with ". we", so a boundary is
// any `.`, `!` or `?` followed by white space, unless the word before is a known abbreviation
// ("Inc.", "e.g.", "Sec.") or a section number ("4.").

const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'llc', 'co', 'corp', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'ab', 'oy', 'pty', 'pbc', 'pvt', 'pte', 'sarl', 'srl', 'spa', 'aps', 'e.g', 'i.e', 'eg', 'ie', 'etc',
  'vs', 'cf', 'no', 'nos', 'sec', 'art', 'para', 'ch', 'fig', 'approx', 'incl', 'mr', 'mrs', 'ms', 'dr', 'st', 'u.s', 'u.k', 'e.u', 'n.v', 'b.v', 's.a', 'l.l.c',
]);

const LEGAL_FORMS = new Set(['inc', 'ltd', 'llc', 'co', 'corp', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'ab', 'oy', 'pty', 'pbc', 'pvt', 'pte', 'sarl', 'srl', 'spa', 'aps', 'l.l.c', 'n.v', 'b.v', 's.a']);

/** A sentence plus where it sits in its block, for locating mentions inside it. */
export interface LocatedSentence extends PolicySentence {
  /** The sentence as it stands in the block (same length as block.text.slice(start, end)). */
  raw: string;
  block: TextBlock;
  start: number;
}

/** The 1-based source position of a character offset in a block. */
export function positionAt(block: TextBlock, offset: number): { line: number; column: number } {
  let anchor = block.anchors[0] ?? { at: 0, line: 1, column: 1 };
  for (const candidate of block.anchors) {
    if (candidate.at > offset) break;
    anchor = candidate;
  }
  let { line, column } = anchor;
  for (let i = anchor.at; i < offset; i++) {
    if (block.text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/** Collapse white space for display. */
export function displayText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

function isBoundary(text: string, start: number, end: number): boolean {
  // `end` is the index just after the punctuation run; `start` the current sentence's start.
  const before = text.slice(start, end).replace(/[.!?"'”’)\]]+$/, '');
  const word = /(?<word>[\p{L}\p{N}.]+)$/u.exec(before)?.groups?.word ?? '';
  if (text[end - 1] === '.' || /\.["'”’)\]]+$/.test(text.slice(start, end))) {
    const abbreviation = word.toLowerCase().replace(/\.$/, '');
    // "Stripe, Inc. We never ..." ends a sentence; "Stripe, Inc. processes ..." does not.
    if (LEGAL_FORMS.has(abbreviation) && /^\s+(?:We|Our|You|Your|They|Their|It|Its|This|These|The|If|When|In|For|All|Each)\b/.test(text.slice(end))) return true;
    if (ABBREVIATIONS.has(abbreviation)) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
    if (/^[\d.]+$/.test(word) && !before.slice(0, before.length - word.length).trim()) return false; // "4. Sharing"
  }
  return true;
}

/**
 * Characters past which a run without a full stop is cut at a space: real sentences are far
 * shorter, and the mention and negation rules look at a whole sentence at a time, so an unbounded
 * one (a minified page, a 200 KB line) would make reading a policy quadratic.
 */
export const MAX_SENTENCE = 2_000;

export function splitSentences(blocks: TextBlock[]): LocatedSentence[] {
  const sentences: LocatedSentence[] = [];
  for (const block of blocks) {
    const text = block.text;
    let start = 0;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (/[\p{L}\p{N}]/u.test(trimmed)) {
        const position = positionAt(block, start + lead);
        sentences.push({ text: displayText(trimmed), line: position.line, column: position.column, raw: trimmed, block, start: start + lead });
      }
      start = end;
    };
    const cutLongRuns = (until: number) => {
      while (until - start > MAX_SENTENCE) {
        const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
        push(space > start ? space : start + MAX_SENTENCE);
      }
    };
    // A table row is one statement about one row: "Zoho Corporation Pvt. Ltd | Email | EEA" or a
    // notes cell with full sentences must not be cut into pieces that lose the row's cells.
    const cells = (text.match(/ \| /g) ?? []).length;
    const tableRow = cells >= 2 || (cells === 1 && !text.includes('\n'));
    for (const match of tableRow ? [] : text.matchAll(/[.!?]+["'”’)\]]*(?=\s|$)/g)) {
      const end = match.index + match[0].length;
      cutLongRuns(match.index);
      if (isBoundary(text, start, end)) push(end);
    }
    cutLongRuns(text.length);
    push(text.length);
  }
  return sentences;
}
