import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { lockedPackages, parseToml } from '../toml.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { baseName, readSafely } from '../guard.js';
import { cratePackage } from './crate.js';

// Cargo.lock: one `[[package]]` per resolved crate, with the crates it depends on. The
// workspace's own crates have no `source`: what they depend on is direct, the rest transitive.
// https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html

function readCargoLock(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  const graph = emptyGraph();
  const locked = lockedPackages(doc);
  for (const { name, entry } of locked) {
    const local = typeof entry['source'] !== 'string';
    // `dependencies = ["serde", "serde_json 1.0.1", "rand 0.8.5 (registry+...)"]`: name first.
    for (const dependency of Array.isArray(entry['dependencies']) ? entry['dependencies'] : []) {
      if (typeof dependency !== 'string') continue;
      const target = dependency.split(' ')[0]!;
      // The workspace's own crates depend on the direct dependencies.
      if (local) graph.roots.add(target);
      else addEdge(graph, name, target);
    }
  }
  const own = new Set(locked.filter(({ entry }) => typeof entry['source'] !== 'string').map(({ name }) => name));
  for (const root of own) graph.roots.delete(root);
  for (const item of locked) {
    if (own.has(item.name)) continue;
    result.packages.push(cratePackage(item.name, item, graph.roots.has(item.name), false));
  }
  if (hasEdges(graph)) result.graph = graph;
}

export const cargoLockParser: FileParser = {
  id: 'cargo/cargo-lock',
  ecosystem: 'cargo',
  claims: (path, name = baseName(path)) => name === 'Cargo.lock',
  parse: (text) => readSafely((result) => readCargoLock(text, result)),
};
