import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { readJsonTree } from '../json.js';
import { positionAt } from '../position.js';
import { readSafely } from '../guard.js';

// A Unity project's Packages/manifest.json: the packages the project asks for, by name, with a
// version, a Git URL or a local path as the value:
//   { "dependencies": { "com.google.firebase.analytics": "12.0.0",
//                       "com.appsflyer.sdk": "https://github.com/AppsFlyerSDK/appsflyer-unity-plugin.git#upm" },
//     "scopedRegistries": [ ... ] }
// Every entry is direct. A `file:` path is a package kept beside the project, still the vendor's.
// https://docs.unity3d.com/Manual/upm-manifestPrj.html

/** Is `path` a Unity project's package manifest (not any manifest.json: browser extensions, PWAs)? */
export function isUnityPackagesFile(path: string, name: string): boolean {
  return path === `Packages/${name}` || path.endsWith(`/Packages/${name}`);
}

/**
 * The top-level `dependencies` object of a Unity manifest or lock, with the file's line starts;
 * JSON errors go to `result` (what could be read is kept). Undefined when there is none.
 */
export function unityDependencies(text: string, result: ParseResult): { dependencies: Node; starts: number[] } | undefined {
  const { tree, starts, problems } = readJsonTree(text);
  result.problems.push(...problems);
  const dependencies = tree ? findNodeAtLocation(tree, ['dependencies']) : undefined;
  return dependencies?.type === 'object' ? { dependencies, starts } : undefined;
}

function readUnityManifest(text: string, result: ParseResult): void {
  const read = unityDependencies(text, result);
  if (!read) return;
  const { dependencies, starts } = read;
  for (const property of dependencies.children ?? []) {
    const key = property.children?.[0];
    if (typeof key?.value !== 'string' || key.value === '') continue;
    const at = positionAt(starts, key.offset + 1);
    result.packages.push({ ecosystem: 'upm', name: key.value, line: at.line, column: at.column, direct: true, dev: false });
  }
}

export const unityManifestParser: FileParser = {
  id: 'upm/manifest',
  ecosystem: 'upm',
  claims: (path) => isUnityPackagesFile(path, 'manifest.json'),
  parse: (text) => readSafely((result) => readUnityManifest(text, result)),
};
