import { findNodeAtLocation } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { readJsonTree } from '../json.js';
import { pypiPackage } from './pep508.js';

// Pipfile.lock: JSON whose `default` and `develop` objects hold the full resolved set, so every
// entry is lockfile evidence (direct: false); `develop` entries are dev-only.
// https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock

const SECTIONS = [
  { key: 'default', dev: false },
  { key: 'develop', dev: true },
] as const;

function readPipfileLock(text: string, result: ParseResult): void {
  const { tree: root, starts, problems } = readJsonTree(text);
  result.problems.push(...problems);
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
  claims: (path, name = baseName(path)) => name === 'Pipfile.lock',
  parse: (text) => readSafely((result) => readPipfileLock(text, result)),
};
