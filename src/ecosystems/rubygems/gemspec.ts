import type { FileParser, ParseResult } from '../../types.js';
import { baseName, problem, readSafely } from '../guard.js';
import { gemPackage } from './gem.js';

// A .gemspec is Ruby, and is never run: `add_dependency` calls are read as text.
// `add_runtime_dependency` is an alias of `add_dependency`; `add_development_dependency` is dev-only.
// https://guides.rubygems.org/specification-reference/#add_runtime_dependency
// Generated gemspecs quote names as `%q<name>`.

const DEPENDENCY =
  /\.add_(?<kind>runtime_|development_)?dependency\b(?<open>\s*\(?\s*)(?:(?<quote>['"])(?<name>[^'"\s]+)\k<quote>|(?<percent>%q<)(?<qname>[^>\s]+)>)?/g;

function readGemspec(text: string, result: ParseResult): void {
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (/^\s*#/.test(line)) continue;
    for (const match of line.matchAll(DEPENDENCY)) {
      const { kind, open = '', quote, name, percent, qname } = match.groups ?? {};
      const dev = kind === 'development_';
      const written = name ?? qname;
      const head = match.index + match[0].indexOf('dependency') + 'dependency'.length + open.length;
      if (!written) {
        result.problems.push(problem(index + 1, match.index + 2, 'dependency name is not a string literal; this call is not read'));
        continue;
      }
      const column = head + (quote ?? percent ?? '').length + 1;
      result.packages.push(gemPackage(written, { line: index + 1, column }, true, dev));
    }
  }
}

export const gemspecParser: FileParser = {
  id: 'rubygems/gemspec',
  ecosystem: 'rubygems',
  claims: (path, name = baseName(path)) => name.endsWith('.gemspec') && name !== '.gemspec',
  parse: (text) => readSafely((result) => readGemspec(text, result)),
};
