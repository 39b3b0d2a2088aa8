import type { FileParser, ParseResult, Position } from '../../types.js';
import { baseName, problem, readSafely } from '../guard.js';
import { goPackage, isLocalPath } from './module.js';

// go.mod: directives one per line, or grouped in `verb ( ... )` blocks.
// https://go.dev/ref/mod#go-mod-file
// `require path version` (with `// indirect` for modules only other modules need) and
// `replace old [version] => new [version]`; a non-local replacement is what actually builds, so
// its path counts as declared too. exclude, retract, tool, godebug and the rest name no dependency.

// Module paths may be quoted: https://go.dev/ref/mod#go-mod-file-lexical
const REQUIRE = /^(?<quote>"?)(?<path>[^\s"]+)\k<quote>\s+(?<version>\S+)$/;
const REPLACE = /^(?<old>"?[^\s"]+"?)(?:\s+\S+)?\s*=>\s*(?<quote>"?)(?<path>[^\s"]+)\k<quote>(?:\s+(?<version>\S+))?$/d;
const DIRECTIVE = /^(?<verb>[a-z]+)\b\s*(?<rest>.*)$/;

interface Replacement extends Position {
  old: string;
  path: string;
}

function readGoMod(text: string, result: ParseResult): void {
  const required = new Map<string, boolean>();
  const replacements: Replacement[] = [];
  let self = '';
  let block: { verb: string; line: number } | undefined;

  const readEntry = (verb: string, rest: string, line: string, lineNumber: number, comment: string): void => {
    // The entry's offset in the line, so columns point at the module path.
    const offset = line.indexOf(rest);
    if (verb === 'module') {
      self = rest.replace(/"/g, '');
      return;
    }
    if (verb === 'require') {
      const match = REQUIRE.exec(rest);
      if (!match?.groups?.path) {
        result.problems.push(problem(lineNumber, offset + 1, `expected \`module/path version\` in require: \`${rest}\``));
        return;
      }
      const direct = !/^\s*indirect\b/.test(comment);
      const { path, quote = '' } = match.groups;
      required.set(path, direct || required.get(path) === true);
      result.packages.push(goPackage(path, { line: lineNumber, column: offset + quote.length + 1 }, direct));
      return;
    }
    if (verb === 'replace') {
      const match = REPLACE.exec(rest);
      if (!match?.groups?.path || !match.groups.old) {
        result.problems.push(problem(lineNumber, offset + 1, `expected \`old => new version\` in replace: \`${rest}\``));
        return;
      }
      const { path, old } = match.groups;
      if (isLocalPath(path)) return;
      const column = offset + (match.indices?.groups?.['path']?.[0] ?? 0) + 1;
      replacements.push({ old: old.replace(/"/g, ''), path, line: lineNumber, column });
    }
  };

  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const commentAt = line.indexOf('//');
    const code = (commentAt === -1 ? line : line.slice(0, commentAt)).trim();
    const comment = commentAt === -1 ? '' : line.slice(commentAt + 2);
    if (code === '') continue;
    if (block) {
      if (code === ')') {
        block = undefined;
        continue;
      }
      readEntry(block.verb, code, line, lineNumber, comment);
      continue;
    }
    const directive = DIRECTIVE.exec(code);
    if (!directive?.groups?.verb) {
      result.problems.push(problem(lineNumber, line.search(/\S/) + 1, `not a go.mod directive: \`${code}\``));
      continue;
    }
    const { verb, rest = '' } = directive.groups;
    if (rest === '(') {
      block = { verb, line: lineNumber };
      continue;
    }
    readEntry(verb, rest, line, lineNumber, comment);
  }
  if (block) result.problems.push(problem(block.line, 1, `\`${block.verb} (\` block is never closed`));

  for (const replacement of replacements) {
    if (replacement.path === self) continue;
    // The replacement is as direct as the module it stands in for.
    result.packages.push(goPackage(replacement.path, replacement, required.get(replacement.old) === true));
  }
}

export const goModParser: FileParser = {
  id: 'go/go-mod',
  ecosystem: 'go',
  claims: (path, name = baseName(path)) => name === 'go.mod',
  parse: (text) => readSafely((result) => readGoMod(text, result)),
};
