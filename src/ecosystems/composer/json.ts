import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { DeclaredPackage, ParseResult, Position } from '../../types.js';
import { positionAt } from '../position.js';
import { problem, tooDeepJson } from '../guard.js';

/**
 * Parses JSON with offsets. jsonc-parser recovers from errors, so a damaged file still yields
 * what could be read; the first error becomes a problem.
 */
export function parseJson(text: string, starts: number[], result: ParseResult): Node | undefined {
  const tooDeep = tooDeepJson(text);
  if (tooDeep) {
    result.problems.push(tooDeep);
    return undefined;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const [first] = errors;
  if (first) {
    const { line, column } = positionAt(starts, first.offset);
    result.problems.push(problem(line, column, `not valid JSON: ${printParseErrorCode(first.error)}`));
  }
  return root;
}

export function composerPackage(name: string, position: Position, direct: boolean, dev: boolean): DeclaredPackage {
  return { ecosystem: 'composer', name, line: position.line, column: position.column, direct, dev };
}
