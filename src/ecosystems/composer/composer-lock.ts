import { findNodeAtLocation } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { composerPackage, parseJson } from './json.js';

// composer.lock: `packages` and `packages-dev` arrays of every installed package, each with a
// `name`. It lists the resolved set, so entries are lockfile evidence (direct: false).
// https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control

const SECTIONS = [
  { key: 'packages', dev: false },
  { key: 'packages-dev', dev: true },
] as const;

function readComposerLock(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  const root = parseJson(text, result);
  if (!root) return;
  for (const { key, dev } of SECTIONS) {
    const section = findNodeAtLocation(root, [key]);
    if (section?.type !== 'array') continue;
    for (const entry of section.children ?? []) {
      const name = findNodeAtLocation(entry, ['name']);
      if (typeof name?.value !== 'string') continue;
      result.packages.push(composerPackage(name.value, positionAt(starts, name.offset + 1), false, dev));
    }
  }
}

export const composerLockParser: FileParser = {
  id: 'composer/composer-lock',
  ecosystem: 'composer',
  claims: (path, name = baseName(path)) => name === 'composer.lock',
  parse: (text) => readSafely((result) => readComposerLock(text, result)),
};
