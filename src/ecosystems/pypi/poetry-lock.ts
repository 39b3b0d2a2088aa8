import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { baseName, isRecord, readSafely } from '../guard.js';
import { normalizePackageName } from '../normalize.js';
import { pypiPackage } from './pep508.js';
import { lockedPackages, parseToml } from '../toml.js';

// poetry.lock: one `[[package]]` per resolved package; the root project is not listed. Lock
// files written before Poetry 1.5 also say `category = "dev"` for dev-only packages.
// https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock

function readPoetryLock(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  const graph = emptyGraph();
  const locked = lockedPackages(doc);
  // Requirements are written as their authors spell them (`Django`, `typing_extensions`): the
  // graph uses each package's name as locked.
  const lockedName = new Map(locked.map((item) => [normalizePackageName('pypi', item.name), item.name]));
  for (const item of locked) {
    result.packages.push(pypiPackage(item.name, item, false, item.entry['category'] === 'dev'));
    // `[package.dependencies]`: a table of what it requires (the graph's edges).
    const dependencies = item.entry['dependencies'];
    for (const dependency of isRecord(dependencies) ? Object.keys(dependencies) : []) {
      addEdge(graph, item.name, lockedName.get(normalizePackageName('pypi', dependency)) ?? dependency);
    }
  }
  if (hasEdges(graph)) result.graph = graph;
}

export const poetryLockParser: FileParser = {
  id: 'pypi/poetry-lock',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'poetry.lock',
  parse: (text) => readSafely((result) => readPoetryLock(text, result)),
};
