import { findNodeAtLocation } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { composerPackage, parseJson } from './json.js';

// composer.json `require` and `require-dev` map package names to constraints.
// https://getcomposer.org/doc/04-schema.md#require
// Platform packages (`php`, `ext-*`, `lib-*`, `composer-plugin-api`, ...) have no vendor
// prefix; every installable package is `vendor/name`.
// https://getcomposer.org/doc/01-basic-usage.md#platform-packages

const SECTIONS = [
  { key: 'require', dev: false },
  { key: 'require-dev', dev: true },
] as const;

function readComposerJson(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  const root = parseJson(text, result);
  if (!root) return;
  const self = findNodeAtLocation(root, ['name'])?.value;
  for (const { key, dev } of SECTIONS) {
    const section = findNodeAtLocation(root, [key]);
    if (section?.type !== 'object') continue;
    for (const property of section.children ?? []) {
      const name = property.children?.[0];
      if (typeof name?.value !== 'string' || !name.value.includes('/') || name.value === self) continue;
      result.packages.push(composerPackage(name.value, positionAt(starts, name.offset + 1), true, dev));
    }
  }
}

export const composerJsonParser: FileParser = {
  id: 'composer/composer-json',
  ecosystem: 'composer',
  claims: (path, name = baseName(path)) => name === 'composer.json',
  parse: (text) => readSafely((result) => readComposerJson(text, result)),
};
