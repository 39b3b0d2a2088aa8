import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, problem, readSafely, tooDeepJson } from '../guard.js';
import { pypiPackage } from './pep508.js';

// Pipfile.lock: JSON whose `default` and `develop` objects hold the full resolved set, so every
// entry is lockfile evidence (direct: false); `develop` entries are dev-only.
// https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock

const SECTIONS = [
  { key: 'default', dev: false },
  { key: 'develop', dev: true },
] as const;

function readPipfileLock(text: string, result: ParseResult): void {
  const tooDeep = tooDeepJson(text);
  if (tooDeep) {
    result.problems.push(tooDeep);
    return;
  }
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  // jsonc-parser recovers from errors, so a damaged lockfile still yields what it could read.
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const [first] = errors;
  if (first) {
    const { line, column } = positionAt(starts, first.offset);
    result.problems.push(problem(line, column, `not valid JSON: ${printParseErrorCode(first.error)}`));
  }
  if (!root) return;
  for (const { key, dev } of SECTIONS) {
    const section = findNodeAtLocation(root, [key]);
    if (section?.type !== 'object') continue;
    for (const property of section.children ?? []) {
      const name = property.children?.[0];
      if (typeof name?.value !== 'string') continue;
      result.packages.push(pypiPackage(name.value, positionAt(starts, name.offset + 1), false, dev));
    }
  }
}

export const pipfileLockParser: FileParser = {
  id: 'pypi/pipfile-lock',
  ecosystem: 'pypi',
  claims: (path) => baseName(path) === 'Pipfile.lock',
  parse: (text) => readSafely((result) => readPipfileLock(text, result)),
};
