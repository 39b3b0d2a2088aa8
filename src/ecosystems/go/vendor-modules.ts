import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { problem, readSafely } from '../guard.js';
import { goPackage, isLocalPath } from './module.js';

// vendor/modules.txt, written by `go mod vendor`: `# path version` per module (or
// `# path [version] => replacement [version]`), then `## explicit` when go.mod requires it,
// then the vendored package paths. Modules are direct: false unless marked explicit.
// https://go.dev/ref/mod#vendoring  (format: cmd/go/internal/modload/vendor.go)

const MODULE = /^# (?<path>\S+)(?: (?<version>[^\s=]\S*))?(?: => (?<replacement>\S+)(?: \S+)?)?$/;

function readVendorModules(text: string, result: ParseResult): void {
  let current: DeclaredPackage[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (line.startsWith('## ')) {
      if (/^## explicit\b/.test(line)) for (const module of current) module.direct = true;
      continue;
    }
    if (!line.startsWith('# ')) continue;
    const match = MODULE.exec(line);
    if (!match?.groups?.path) {
      result.problems.push(problem(lineNumber, 1, `expected \`# module version\`: \`${line}\``));
      current = [];
      continue;
    }
    const { path, replacement } = match.groups;
    current = [goPackage(path, { line: lineNumber, column: 3 }, false)];
    if (replacement && !isLocalPath(replacement)) {
      current.push(goPackage(replacement, { line: lineNumber, column: line.lastIndexOf(replacement) + 1 }, false));
    }
    result.packages.push(...current);
  }
}

export const vendorModulesParser: FileParser = {
  id: 'go/vendor-modules',
  ecosystem: 'go',
  claims: (path) => path === 'vendor/modules.txt' || path.endsWith('/vendor/modules.txt'),
  parse: (text) => readSafely((result) => readVendorModules(text, result)),
};
