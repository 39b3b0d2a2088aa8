import type { ParseProblem } from '../types.js';
import { positionAt } from './position.js';

/** Source text with comments blanked, and a skeleton with string contents blanked too. */
export interface MaskedSource {
  /** Comments replaced by spaces; strings kept. Offsets and newlines match the original. */
  code: string;
  /** Comments and string contents replaced by spaces, for counting braces and parentheses. */
  skeleton: string;
  problems: ParseProblem[];
}

const blank = (part: string): string => part.replace(/[^\n]/g, ' ');

/**
 * Blanks line and block comments in a C-family build script (Groovy, Kotlin, Swift) without
 * touching strings, so regexes never match a commented-out dependency and offsets stay exact.
 * Swift nests block comments; Groovy and Kotlin do not (an inner opener is plain text there).
 * Handles "…", '…' and the triple-quoted forms; an unterminated string or comment is a problem.
 */
export function maskComments(text: string, starts: number[], options: { nestedComments?: boolean } = {}): MaskedSource {
  const code: string[] = [];
  const skeleton: string[] = [];
  const problems: ParseProblem[] = [];
  let i = 0;
  const push = (codePart: string, skeletonPart: string): void => {
    code.push(codePart);
    skeleton.push(skeletonPart);
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      const part = blank(text.slice(i, stop));
      push(part, part);
      i = stop;
      continue;
    }
    if (char === '/' && text[i + 1] === '*') {
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text.startsWith('*/', j)) {
          depth -= 1;
          j += 2;
        } else if (options.nestedComments === true && text.startsWith('/*', j)) {
          depth += 1;
          j += 2;
        } else j += 1;
      }
      if (depth > 0) problems.push({ ...positionAt(starts, i), message: 'unterminated block comment' });
      const part = blank(text.slice(i, j));
      push(part, part);
      i = j;
      continue;
    }
    if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), i);
      const quote = triple ? char.repeat(3) : char;
      let j = i + quote.length;
      let closed = false;
      while (j < text.length) {
        if (text[j] === '\\') {
          j += 2;
          continue;
        }
        if (!triple && text[j] === '\n') break;
        if (text.startsWith(quote, j)) {
          j += quote.length;
          closed = true;
          break;
        }
        j += 1;
      }
      if (!closed) problems.push({ ...positionAt(starts, i), message: 'unterminated string' });
      const part = text.slice(i, j);
      const body = part.slice(quote.length, closed ? part.length - quote.length : part.length);
      push(part, quote + blank(body) + (closed ? quote : ''));
      i = j;
      continue;
    }
    push(char, char);
    i += 1;
  }
  return { code: code.join(''), skeleton: skeleton.join(''), problems };
}

/** A `{ … }` block and the identifier written before it (`dependencies`, `target`, …). */
export interface Block {
  name: string;
  start: number;
  end: number;
}

/**
 * The brace blocks of a skeleton (see `maskComments`), each named after the identifier before
 * its `{`, skipping one parenthesised argument list: `implementation("a:b:1") { … }` is named
 * `implementation`, `commonMain.dependencies { … }` is `dependencies`. An unclosed brace runs to
 * the end of the file and an extra `}` is ignored; both are problems.
 */
export function findBlocks(skeleton: string, starts: number[]): { blocks: Block[]; problems: ParseProblem[] } {
  const blocks: Block[] = [];
  const problems: ParseProblem[] = [];
  const open: Block[] = [];
  for (let i = 0; i < skeleton.length; i += 1) {
    const char = skeleton[i];
    if (char === '{') {
      const block: Block = { name: nameBefore(skeleton, i), start: i, end: skeleton.length };
      open.push(block);
      blocks.push(block);
    } else if (char === '}') {
      const block = open.pop();
      if (block) block.end = i;
      else problems.push({ ...positionAt(starts, i), message: 'unexpected `}` with no open block' });
    }
  }
  const unclosed = open[0];
  if (unclosed) {
    problems.push({ ...positionAt(starts, unclosed.start), message: `\`${unclosed.name || '{'}\` block is never closed` });
  }
  return { blocks, problems };
}

function nameBefore(skeleton: string, brace: number): string {
  let j = brace - 1;
  while (j >= 0 && /\s/.test(skeleton[j]!)) j -= 1;
  if (skeleton[j] === ')') {
    let depth = 0;
    for (; j >= 0; j -= 1) {
      if (skeleton[j] === ')') depth += 1;
      else if (skeleton[j] === '(' && --depth === 0) break;
    }
    j -= 1;
    while (j >= 0 && /\s/.test(skeleton[j]!)) j -= 1;
  }
  const end = j + 1;
  while (j >= 0 && /[\w$]/.test(skeleton[j]!)) j -= 1;
  return skeleton.slice(j + 1, end);
}

/**
 * The blocks that contain an offset (start < offset < end), for offsets visited in increasing
 * order, in amortised constant time: a hostile script has thousands of blocks and words, and a
 * filter of every block per word is quadratic. Outermost first; the array is reused between calls.
 */
export function blockCursor(blocks: Block[]): (offset: number) => readonly Block[] {
  const open: Block[] = [];
  let next = 0;
  return (offset) => {
    for (; next < blocks.length && blocks[next]!.start < offset; next++) {
      const block = blocks[next]!;
      while (open.length > 0 && open.at(-1)!.end <= block.start) open.pop();
      open.push(block);
    }
    while (open.length > 0 && open.at(-1)!.end <= offset) open.pop();
    return open;
  };
}
