import type { Position } from '../types.js';

/** Offsets of the start of every line, for turning a character offset into a position. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a character offset, by binary search over `lineStarts`. */
export function positionAt(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * Position of the first occurrence of `needle` at or after `from`, as a quoted or bare token.
 * Used where a syntax library gives structure but no positions (TOML): the name is searched for
 * in the text, so the line is right for every realistic file. Falls back to line 1, column 1.
 */
export function findPosition(text: string, starts: number[], needle: string, from = 0): Position {
  const at = text.indexOf(needle, from);
  return at === -1 ? { line: 1, column: 1 } : positionAt(starts, at);
}
