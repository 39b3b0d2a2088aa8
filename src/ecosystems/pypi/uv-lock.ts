import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { baseName, isRecord, readSafely } from '../guard.js';
import { pypiPackage } from './pep508.js';
import { lockedPackages, parseToml } from '../toml.js';

// uv.lock: one `[[package]]` per resolved package. The workspace's own projects are listed
// too, with `source = { editable = "." }` or `{ virtual = "." }`; they are skipped.
// https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile

function isWorkspaceMember(source: unknown): boolean {
  return isRecord(source) && ('editable' in source || 'virtual' in source);
}

function readUvLock(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  const graph = emptyGraph();
  for (const locked of lockedPackages(doc)) {
    const member = isWorkspaceMember(locked.entry['source']);
    // `dependencies = [{ name = "httpx" }, ...]`: a workspace member's are direct.
    for (const dependency of Array.isArray(locked.entry['dependencies']) ? locked.entry['dependencies'] : []) {
      if (!isRecord(dependency) || typeof dependency['name'] !== 'string') continue;
      if (member) graph.roots.add(dependency['name']);
      else addEdge(graph, locked.name, dependency['name']);
    }
    if (member) continue;
    result.packages.push(pypiPackage(locked.name, locked, false, false));
  }
  for (const pkg of result.packages) if (graph.roots.has(pkg.name)) pkg.direct = true;
  if (hasEdges(graph)) result.graph = graph;
}

export const uvLockParser: FileParser = {
  id: 'pypi/uv-lock',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'uv.lock',
  parse: (text) => readSafely((result) => readUvLock(text, result)),
};
