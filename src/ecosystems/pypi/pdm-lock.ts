import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { pypiPackage } from './pep508.js';
import { lockedPackages, parseToml } from '../toml.js';

// pdm.lock: one `[[package]]` per resolved package, with the dependency groups that pulled it
// in; a package only in non-default groups is dev-only.
// https://pdm-project.org/latest/usage/lockfile/

function isDevOnly(groups: unknown): boolean {
  if (!Array.isArray(groups) || groups.length === 0) return false;
  return !groups.includes('default');
}

function readPdmLock(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  for (const locked of lockedPackages(doc)) {
    result.packages.push(pypiPackage(locked.name, locked, false, isDevOnly(locked.entry['groups'])));
  }
}

export const pdmLockParser: FileParser = {
  id: 'pypi/pdm-lock',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'pdm.lock',
  parse: (text) => readSafely((result) => readPdmLock(text, result)),
};
