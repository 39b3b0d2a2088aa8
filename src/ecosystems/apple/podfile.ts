import type { DeclaredPackage, FileParser, ParseProblem, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';

// Podfile: CocoaPods' Ruby DSL. Pods are declared with `pod 'Name'` (subspecs as
// 'Firebase/Analytics'), at the top level, inside `target … do … end` blocks or inside `def`
// helpers that targets call. A pod declared under a test target (by Xcode's convention a name
// ending in Tests) only links into the test bundle, so it is dev.
// https://guides.cocoapods.org/syntax/podfile.html

const POD = /^\s*pod\s*\(?\s*(?<quote>["'])(?<name>[^"'\s]+)\k<quote>/;
const POD_START = /^\s*pod\b/;
const TARGET = /^\s*(?:abstract_)?target\s*\(?\s*(?:(?<quote>["'])(?<name>[^"']+)\k<quote>|:(?<symbol>\w+))[^#]*\bdo\b/;
// Ruby keywords that open a block closed by `end` when they start a statement.
const BLOCK_KEYWORD = /^\s*(?:def|if|unless|case|while|until|begin|class|module)\b/;
const DO_BLOCK = /\bdo\s*(?:\|[^|]*\|)?\s*$/;
const END = /^\s*end\b/;

interface Block {
  target: string | undefined;
  line: number;
}

const isTestTarget = (name: string | undefined): boolean => name !== undefined && /Tests?$/.test(name);

/** The line without its comment: a `#` outside a string starts one. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (const [index, char] of [...line].entries()) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return line.slice(0, index);
  }
  return line;
}

function parsePodfile(text: string): ParseResult {
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  const blocks: Block[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = stripComment(raw.replace(/^\uFEFF/, ''));
    const lineNumber = index + 1;
    if (line.trim() === '') continue;
    if (END.test(line)) {
      if (blocks.pop() === undefined) problems.push({ line: lineNumber, column: 1, message: '`end` without an open block' });
      continue;
    }
    const target = TARGET.exec(line)?.groups;
    if (target) {
      blocks.push({ target: target.name ?? target.symbol, line: lineNumber });
      continue;
    }
    if (BLOCK_KEYWORD.test(line) || DO_BLOCK.test(line)) {
      blocks.push({ target: undefined, line: lineNumber });
      continue;
    }
    if (!POD_START.test(line)) continue;
    const pod = POD.exec(line);
    const name = pod?.groups?.name;
    if (!pod || !name) {
      problems.push({ line: lineNumber, column: line.search(/\S/) + 1, message: 'could not read the pod name' });
      continue;
    }
    packages.push({
      ecosystem: 'cocoapods',
      name,
      line: lineNumber,
      column: pod[0].length - name.length,
      direct: true,
      dev: blocks.some((block) => isTestTarget(block.target)),
    });
  }
  const unclosed = blocks[0];
  if (unclosed) problems.push({ line: unclosed.line, column: 1, message: 'block is never closed with `end`' });
  return { packages, problems };
}

/** Podfile: `pod` declarations, dev inside test targets. */
export const podfileParser: FileParser = {
  id: 'apple/podfile',
  ecosystem: 'cocoapods',
  claims: (path, name = baseName(path)) => name === 'Podfile',
  parse: (text) => readSafely((result) => Object.assign(result, parsePodfile(text))),
};
