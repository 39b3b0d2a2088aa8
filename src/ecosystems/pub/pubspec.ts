import { isMap } from 'yaml';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { mapEntries, parseYamlMap, pubPackage } from './yaml.js';

// pubspec.yaml `dependencies` and `dev_dependencies` maps. `dependency_overrides` only pins
// versions of packages declared elsewhere, so it adds nothing. SDK packages (`flutter`,
// `flutter_test`, `flutter_localizations: { sdk: flutter }`) ship with the SDK.
// https://dart.dev/tools/pub/dependencies
// https://dart.dev/tools/pub/dependencies#sdk

const SECTIONS = [
  { key: 'dependencies', dev: false },
  { key: 'dev_dependencies', dev: true },
] as const;

function readPubspec(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  const root = parseYamlMap(text, result);
  if (!root) return;
  const self = root.get('name');
  for (const { key, dev } of SECTIONS) {
    for (const entry of mapEntries(root.get(key, true))) {
      if (entry.key === self) continue;
      if (isMap(entry.value) && entry.value.has('sdk')) continue;
      result.packages.push(pubPackage(entry.key, positionAt(starts, entry.offset), true, dev));
    }
  }
}

export const pubspecParser: FileParser = {
  id: 'pub/pubspec',
  ecosystem: 'pub',
  claims: (path, name = baseName(path)) => name === 'pubspec.yaml',
  parse: (text) => readSafely((result) => readPubspec(text, result)),
};
