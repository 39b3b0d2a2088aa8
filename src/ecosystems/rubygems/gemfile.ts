import type { FileParser, ParseResult } from '../../types.js';
import { baseName, problem, readSafely } from '../guard.js';
import { gemPackage } from './gem.js';

// A Gemfile is Ruby, and is never run: `gem "name"` lines are read as text, and `do ... end`
// blocks are tracked so that `group :development, :test do` blocks mark their gems dev-only.
// https://bundler.io/guides/gemfile.html
// https://bundler.io/man/gemfile.5.html#GROUPS

const GEM = /^(?<indent>\s*)gem\b(?<open>\s*\(?\s*)(?:(?<quote>['"])(?<name>[^'"\s]+)\k<quote>)?(?<rest>.*)$/;
const GROUP_BLOCK = /^\s*group\b\s*\(?(?<groups>.*?)\)?\s+do\b/;
// `group: :test`, `groups: [:development, :test]`, `:group => "test"`.
const INLINE_GROUPS = /(?:\bgroups?:|:groups?\s*=>)\s*(?<groups>\[[^\]]*\]|:\w+|['"]\w+['"])/;
const OPENS_BLOCK = /\bdo\s*(?:\|[^|]*\|)?\s*$/;
const OPENS_STATEMENT = /^\s*(?:if|unless|case|begin|while|until|def|class|module)\b/;
const CLOSES_BLOCK = /^\s*end\b/;
const DEV_GROUPS = new Set(['development', 'test']);

interface Block {
  line: number;
  /** Bundler groups of this block and the blocks around it. */
  groups: string[];
}

function groupNames(text: string): string[] {
  return [...text.matchAll(/:(?<symbol>\w+)|(?<quote>['"])(?<string>\w+)\k<quote>/g)].map(
    (match) => match.groups?.symbol ?? match.groups?.string ?? '',
  );
}

/** Bundler puts a gem in every group around it; it is dev-only when all of them are dev groups. */
function isDevOnly(groups: string[]): boolean {
  return groups.length > 0 && groups.every((group) => DEV_GROUPS.has(group));
}

/** Drops a trailing `# comment` that is outside any string (gem names never hold `#`). */
function stripComment(line: string): string {
  // The first `#` after the last quote, found without a regex: `/\s*#[^'"]*$/` backtracks over
  // every blank of a long run of spaces (quadratic on a hostile line).
  const hash = line.indexOf('#', Math.max(line.lastIndexOf("'"), line.lastIndexOf('"')) + 1);
  return hash === -1 ? line : line.slice(0, hash).trimEnd();
}

function readGemfile(text: string, result: ParseResult): void {
  const stack: Block[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    if (/^\s*#/.test(raw)) continue;
    const line = stripComment(raw);
    if (line.trim() === '') continue;
    const enclosing = stack.at(-1)?.groups ?? [];

    if (CLOSES_BLOCK.test(line)) {
      if (!stack.pop()) result.problems.push(problem(lineNumber, line.search(/\S/) + 1, '`end` without a block to close'));
      continue;
    }
    const group = GROUP_BLOCK.exec(line);
    if (group) {
      stack.push({ line: lineNumber, groups: [...enclosing, ...groupNames(group.groups?.groups ?? '')] });
      continue;
    }

    const gem = GEM.exec(line);
    if (gem?.groups) {
      const { indent = '', open = '', quote, name, rest = '' } = gem.groups;
      if (!quote || !name) {
        result.problems.push(problem(lineNumber, indent.length + 1, 'gem name is not a string literal; this line is not read'));
      } else {
        const inline = INLINE_GROUPS.exec(rest)?.groups?.groups;
        const groups = inline === undefined ? enclosing : [...enclosing, ...groupNames(inline)];
        const column = indent.length + 'gem'.length + open.length + 2;
        result.packages.push(gemPackage(name, { line: lineNumber, column }, true, isDevOnly(groups)));
      }
      if (OPENS_BLOCK.test(line)) stack.push({ line: lineNumber, groups: enclosing });
      continue;
    }

    if (OPENS_BLOCK.test(line) || OPENS_STATEMENT.test(line)) stack.push({ line: lineNumber, groups: enclosing });
  }
  for (const block of stack) {
    result.problems.push(problem(block.line, 1, 'block opened here is never closed (missing `end`)'));
  }
}

export const gemfileParser: FileParser = {
  id: 'rubygems/gemfile',
  ecosystem: 'rubygems',
  // `gems.rb` is Bundler's alternative name for a Gemfile.
  claims: (path, name = baseName(path)) => ['Gemfile', 'gems.rb'].includes(name),
  parse: (text) => readSafely((result) => readGemfile(text, result)),
};
