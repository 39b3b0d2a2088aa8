import type { DeclaredPackage, Position } from '../../types.js';

export function cratePackage(name: string, position: Position, direct: boolean, dev: boolean): DeclaredPackage {
  return { ecosystem: 'cargo', name, line: position.line, column: position.column, direct, dev };
}
