import type { FileParser, ParseResult } from '../../types.js';
import { baseName, problem, readSafely } from '../guard.js';
import { goPackage } from './module.js';

// go.sum: `path version[/go.mod] h1:hash`, usually two lines per module version. It proves a
// module is in the build graph, not that the project imports it: every entry is direct: false,
// reported once per module path.
// https://go.dev/ref/mod#go-sum-files

const LINE = /^(?<path>\S+) (?<version>\S+?)(?:\/go\.mod)? (?<hash>\S+:\S+)$/;

function readGoSum(text: string, result: ParseResult): void {
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line.trim());
    if (!match?.groups?.path) {
      result.problems.push(problem(index + 1, 1, `expected \`module version hash\`: \`${line.trim()}\``));
      continue;
    }
    const { path } = match.groups;
    if (seen.has(path)) continue;
    seen.add(path);
    result.packages.push(goPackage(path, { line: index + 1, column: line.indexOf(path) + 1 }, false));
  }
}

export const goSumParser: FileParser = {
  id: 'go/go-sum',
  ecosystem: 'go',
  claims: (path, name = baseName(path)) => name === 'go.sum',
  parse: (text) => readSafely((result) => readGoSum(text, result)),
};
