import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { pypiPackage } from './pep508.js';
import { lockedPackages, parseToml } from '../toml.js';

// poetry.lock: one `[[package]]` per resolved package; the root project is not listed. Lock
// files written before Poetry 1.5 also say `category = "dev"` for dev-only packages.
// https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock

function readPoetryLock(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  for (const locked of lockedPackages(doc)) {
    result.packages.push(pypiPackage(locked.name, locked, false, locked.entry['category'] === 'dev'));
  }
}

export const poetryLockParser: FileParser = {
  id: 'pypi/poetry-lock',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'poetry.lock',
  parse: (text) => readSafely((result) => readPoetryLock(text, result)),
};
