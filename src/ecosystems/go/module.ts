import type { DeclaredPackage, Position } from '../../types.js';

export function goPackage(name: string, position: Position, direct: boolean): DeclaredPackage {
  // Go has no dev-only dependencies: test-only modules are required like any other.
  return { ecosystem: 'go', name, line: position.line, column: position.column, direct, dev: false };
}

/** A filesystem path, not a module path: `./lib`, `../fork`, `/abs`, `C:\src`. https://go.dev/ref/mod#go-mod-file-replace */
export function isLocalPath(path: string): boolean {
  return /^(?:\.{1,2}(?:[/\\]|$)|\/|[A-Za-z]:[/\\])/.test(path);
}
