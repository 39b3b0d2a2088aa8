import type { Node } from 'jsonc-parser';
import type { DeclaredPackage, ParseResult, Position } from '../../types.js';
import { readJsonTree } from '../json.js';

/**
 * Parses JSON with offsets. jsonc-parser recovers from errors, so a damaged file still yields
 * what could be read; the first error becomes a problem.
 */
export function parseJson(text: string, result: ParseResult): Node | undefined {
  const { tree, problems } = readJsonTree(text);
  result.problems.push(...problems);
  return tree;
}

export function composerPackage(name: string, position: Position, direct: boolean, dev: boolean): DeclaredPackage {
  return { ecosystem: 'composer', name, line: position.line, column: position.column, direct, dev };
}
