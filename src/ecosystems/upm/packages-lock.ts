import { findNodeAtLocation } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { positionAt } from '../position.js';
import { readSafely } from '../guard.js';
import { isUnityPackagesFile, unityDependencies } from './manifest.js';

// A Unity project's Packages/packages-lock.json: every resolved package with its `depth` (0: the
// manifest asks for it), `source` and `dependencies`, which are the graph's edges:
//   "com.google.firebase.analytics": { "version": "12.0.0", "depth": 0, "source": "registry",
//                                      "dependencies": { "com.google.firebase.app": "12.0.0" } }
// `builtin` packages are the engine's own modules (com.unity.modules.*), not packages anyone adds.
// https://docs.unity3d.com/Manual/upm-conflicts-auto.html (the lock file), https://docs.unity3d.com/Manual/upm-manifestPkg.html

function readUnityLock(text: string, result: ParseResult): void {
  const read = unityDependencies(text, result);
  if (!read) return;
  const { dependencies, starts } = read;
  const graph = emptyGraph();
  for (const property of dependencies.children ?? []) {
    const [key, entry] = property.children ?? [];
    if (typeof key?.value !== 'string' || key.value === '' || entry?.type !== 'object') continue;
    if (findNodeAtLocation(entry, ['source'])?.value === 'builtin') continue;
    const direct = findNodeAtLocation(entry, ['depth'])?.value === 0;
    if (direct) graph.roots.add(key.value);
    const at = positionAt(starts, key.offset + 1);
    result.packages.push({ ecosystem: 'upm', name: key.value, line: at.line, column: at.column, direct, dev: false });
    const requires = findNodeAtLocation(entry, ['dependencies']);
    for (const dependency of requires?.type === 'object' ? (requires.children ?? []) : []) {
      const name = dependency.children?.[0]?.value;
      if (typeof name === 'string') addEdge(graph, key.value, name);
    }
  }
  if (hasEdges(graph)) result.graph = graph;
}

export const unityLockParser: FileParser = {
  id: 'upm/packages-lock',
  ecosystem: 'upm',
  claims: (path) => isUnityPackagesFile(path, 'packages-lock.json'),
  parse: (text) => readSafely((result) => readUnityLock(text, result)),
};
