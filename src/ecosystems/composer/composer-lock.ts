import { findNodeAtLocation } from 'jsonc-parser';
import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { baseName, readSafely } from '../guard.js';
import { composerPackage, parseJson } from './json.js';

// composer.lock: `packages` and `packages-dev` arrays of every installed package, each with a
// `name` and the `require`s that are the graph's edges. It does not say which the project asked
// for: entries are direct: false, and composer.json beside it names the direct ones (src/context/).
// https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control

const SECTIONS = [
  { key: 'packages', dev: false },
  { key: 'packages-dev', dev: true },
] as const;

function readComposerLock(text: string, result: ParseResult): void {
  const starts = lineStarts(text);
  const root = parseJson(text, result);
  if (!root) return;
  const graph = emptyGraph();
  for (const { key, dev } of SECTIONS) {
    const section = findNodeAtLocation(root, [key]);
    if (section?.type !== 'array') continue;
    for (const entry of section.children ?? []) {
      const name = findNodeAtLocation(entry, ['name']);
      if (typeof name?.value !== 'string') continue;
      result.packages.push(composerPackage(name.value, positionAt(starts, name.offset + 1), false, dev));
      // `require` names what it installs; platform packages (php, ext-*, lib-*) are not packages.
      const requires = findNodeAtLocation(entry, ['require']);
      for (const property of requires?.type === 'object' ? (requires.children ?? []) : []) {
        const dependency = property.children?.[0]?.value;
        if (typeof dependency === 'string' && dependency.includes('/')) addEdge(graph, name.value, dependency);
      }
    }
  }
  if (hasEdges(graph)) result.graph = graph;
}

export const composerLockParser: FileParser = {
  id: 'composer/composer-lock',
  ecosystem: 'composer',
  claims: (path, name = baseName(path)) => name === 'composer.lock',
  parse: (text) => readSafely((result) => readComposerLock(text, result)),
};
