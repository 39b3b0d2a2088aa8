import type { DeclaredPackage, Position } from '../../types.js';

export function gemPackage(name: string, position: Position, direct: boolean, dev: boolean): DeclaredPackage {
  return { ecosystem: 'rubygems', name, line: position.line, column: position.column, direct, dev };
}
