import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { ParseProblem } from '../types.js';
import { tooDeepJson } from './guard.js';
import { lineStarts, positionAt } from './position.js';

/** A JSON document as far as it could be read. */
export interface JsonTree {
  /** The tree jsonc-parser recovered; undefined when nothing could be read. */
  tree: Node | undefined;
  starts: number[];
  /** The first syntax error (or the nesting refusal), located. */
  problems: ParseProblem[];
}

/**
 * Read JSON with offsets, leniently: jsonc-parser recovers from errors, so a damaged lockfile
 * still yields what it could read, and the first error becomes a problem. A document nested
 * deeper than the parser's recursion can take is refused first (see tooDeepJson).
 */
export function readJsonTree(text: string): JsonTree {
  const starts = lineStarts(text);
  const tooDeep = tooDeepJson(text);
  if (tooDeep) return { tree: undefined, starts, problems: [tooDeep] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true });
  const problems = errors.slice(0, 1).map((error) => ({ ...positionAt(starts, error.offset), message: `not valid JSON: ${printParseErrorCode(error.error)}` }));
  return { tree, starts, problems };
}
