import { isMap } from 'yaml';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { mapEntries, parseYamlMap, pubPackage } from './yaml.js';

// pubspec.lock: `packages` maps every resolved package to its `dependency` kind:
// "direct main", "direct dev", "direct overridden" or "transitive". SDK packages
// (`source: sdk`, e.g. flutter) ship with the SDK and are skipped.
// https://dart.dev/tools/pub/glossary#lockfile  (format: dart-lang/pub lib/src/lock_file.dart)

function readPubspecLock(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  const root = parseYamlMap(text, result);
  if (!root) return;
  for (const entry of mapEntries(root.get('packages', true))) {
    if (!isMap(entry.value)) continue;
    if (entry.value.get('source') === 'sdk') continue;
    const kind = String(entry.value.get('dependency') ?? 'transitive');
    const direct = kind.startsWith('direct');
    result.packages.push(pubPackage(entry.key, positionAt(starts, entry.offset), direct, kind === 'direct dev'));
  }
}

export const pubspecLockParser: FileParser = {
  id: 'pub/pubspec-lock',
  ecosystem: 'pub',
  claims: (path, name = baseName(path)) => name === 'pubspec.lock',
  parse: (text) => readSafely((result) => readPubspecLock(text, result)),
};
