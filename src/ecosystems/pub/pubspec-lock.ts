import { isMap } from 'yaml';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { mapEntries, parseYamlMap, pubPackage } from './yaml.js';

// pubspec.lock: `packages` maps every resolved package to its `dependency` kind:
// "direct main", "direct dev", "direct overridden" or "transitive". SDK packages
// (`source: sdk`, e.g. flutter) ship with the SDK and are skipped.
// https://dart.dev/tools/pub/glossary#lockfile  (format: dart-lang/pub lib/src/lock_file.dart)

// A federated plugin's platform implementations (`in_app_purchase_android`, `in_app_purchase_storekit`,
// `firebase_analytics_web`) are transitive in the lockfile, yet the endorsed ones build into the app with the
// app-facing plugin it declares (`in_app_purchase`): they are that dependency's own code for each platform.
// https://docs.flutter.dev/packages-and-plugins/developing-packages#federated-plugins
const PLATFORM_SUFFIX = /_(?:android|ios|storekit|darwin|foundation|macos|web|windows|linux)$/;

function readPubspecLock(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  const root = parseYamlMap(text, result);
  if (!root) return;
  const entries: { name: string; offset: number; kind: string }[] = [];
  for (const entry of mapEntries(root.get('packages', true))) {
    if (!isMap(entry.value)) continue;
    if (entry.value.get('source') === 'sdk') continue;
    entries.push({ name: entry.key, offset: entry.offset, kind: String(entry.value.get('dependency') ?? 'transitive') });
  }
  const directKinds = new Map(entries.filter((entry) => entry.kind.startsWith('direct')).map((entry) => [entry.name, entry.kind]));
  for (const { name, offset, kind } of entries) {
    const plugin = kind.startsWith('direct') ? undefined : directKinds.get(name.replace(PLATFORM_SUFFIX, ''));
    const effective = PLATFORM_SUFFIX.test(name) && plugin ? plugin : kind;
    result.packages.push(pubPackage(name, positionAt(starts, offset), effective.startsWith('direct'), effective === 'direct dev'));
  }
}

export const pubspecLockParser: FileParser = {
  id: 'pub/pubspec-lock',
  ecosystem: 'pub',
  claims: (path, name = baseName(path)) => name === 'pubspec.lock',
  parse: (text) => readSafely((result) => readPubspecLock(text, result)),
};
