import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, problem, readSafely } from '../guard.js';
import { isDevGroup, pypiPackage, requirementName } from './pep508.js';

// setup.py is a program and is never run: only string literals written directly inside
// `install_requires=[...]`, `tests_require=[...]` and `extras_require={...}` are read. A list
// built in code (`install_requires=read_requirements()`) is reported, not guessed at.
// https://setuptools.pypa.io/en/latest/userguide/dependency_management.html

const LIST_KEYWORD = /\b(?<keyword>install_requires|tests_require)\s*=\s*/g;
const EXTRAS_KEYWORD = /\bextras_require\s*=\s*/g;
const STRING = /(?<quote>['"])(?<value>(?:(?!\k<quote>)[^\\\n]|\\.)*)\k<quote>/g;
const EXTRA_GROUP = /(?<quote>['"])(?<group>[^'"\n]+)\k<quote>\s*:\s*[[(]/g;

/** Offset of the bracket closing the one at `open`, skipping strings and comments; -1 if unclosed. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const char = text[at];
    if (char === '#') {
      const end = text.indexOf('\n', at);
      if (end === -1) return -1;
      at = end;
      continue;
    }
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, at + 1);
      if (end === -1) return -1;
      at = end;
      continue;
    }
    if (char === '[' || char === '(' || char === '{') depth++;
    if (char === ']' || char === ')' || char === '}') depth--;
    if (depth === 0) return at;
  }
  return -1;
}

function readStrings(text: string, starts: number[], from: number, to: number, dev: boolean, result: ParseResult): void {
  const body = text.slice(from, to);
  for (const match of body.matchAll(STRING)) {
    const value = match.groups?.value ?? '';
    const requirement = requirementName(value);
    if (!requirement) continue;
    const at = from + match.index + 1 + requirement.offset;
    result.packages.push(pypiPackage(requirement.name, positionAt(starts, at), true, dev));
  }
}

function readSetupPy(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  for (const match of text.matchAll(LIST_KEYWORD)) {
    const open = match.index + match[0].length;
    const dev = match.groups?.keyword === 'tests_require';
    const { line, column } = positionAt(starts, match.index);
    if (text[open] !== '[' && text[open] !== '(') {
      result.problems.push(problem(line, column, `${match.groups?.keyword} is not a literal list; its packages are not read (list them in requirements.txt or pyproject.toml)`));
      continue;
    }
    const close = closingBracket(text, open);
    if (close === -1) {
      result.problems.push(problem(line, column, `${match.groups?.keyword} list is never closed`));
      readStrings(text, starts, open, text.length, dev, result);
      continue;
    }
    readStrings(text, starts, open, close, dev, result);
  }
  for (const match of text.matchAll(EXTRAS_KEYWORD)) {
    const open = match.index + match[0].length;
    const { line, column } = positionAt(starts, match.index);
    if (text[open] !== '{') {
      result.problems.push(problem(line, column, 'extras_require is not a literal dict; its packages are not read'));
      continue;
    }
    const close = closingBracket(text, open);
    if (close === -1) {
      result.problems.push(problem(line, column, 'extras_require dict is never closed'));
      continue;
    }
    const body = text.slice(open, close);
    for (const group of body.matchAll(EXTRA_GROUP)) {
      const listOpen = open + group.index + group[0].length - 1;
      const listClose = closingBracket(text, listOpen);
      if (listClose === -1) continue;
      readStrings(text, starts, listOpen, listClose, isDevGroup(group.groups?.group ?? ''), result);
    }
  }
}

export const setupPyParser: FileParser = {
  id: 'pypi/setup-py',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'setup.py',
  parse: (text) => readSafely((result) => readSetupPy(text, result)),
};
