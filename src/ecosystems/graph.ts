// The dependency graph a lockfile records, by package name: who depends on whom, and which
// packages the project asks for itself (the roots). From it a transitive package gets `via`,
// the chain from a direct dependency to it. Names, not versions: two versions of one package
// are one node, which is what a reader of "pulled in by a → b" means.

/** package name → the names it depends on; `roots` are the direct dependencies, when known. */
export interface DependencyGraph {
  edges: Map<string, Set<string>>;
  roots: Set<string>;
}

export function emptyGraph(): DependencyGraph {
  return { edges: new Map(), roots: new Set() };
}

export function addEdge(graph: DependencyGraph, from: string, to: string): void {
  if (from === to || from === '' || to === '') return;
  const targets = graph.edges.get(from);
  if (targets) targets.add(to);
  else graph.edges.set(from, new Set([to]));
}

/** Longest chain reported; a deeper package keeps the first links and its own name. */
const MAX_CHAIN = 12;

/**
 * A function from a package name to the shortest chain `[direct, ..., name]` that reaches it,
 * or undefined when nothing does. The roots are the graph's own, or, when the lockfile does not
 * record them (yarn.lock v1, composer.lock, poetry.lock), the packages no other package requires.
 * One breadth-first pass, on first use; a cycle is visited once and never loops.
 */
export function chainsOf(graph: DependencyGraph): (name: string) => string[] | undefined {
  let parent: Map<string, string | null> | undefined;
  const build = (): Map<string, string | null> => {
    const found = new Map<string, string | null>();
    let roots = [...graph.roots];
    if (roots.length === 0) {
      const required = new Set<string>();
      for (const targets of graph.edges.values()) for (const target of targets) required.add(target);
      roots = [...graph.edges.keys()].filter((name) => !required.has(name));
    }
    const queue: string[] = [];
    for (const root of roots.sort()) {
      if (found.has(root)) continue;
      found.set(root, null);
      queue.push(root);
    }
    for (let head = 0; head < queue.length; head++) {
      const name = queue[head]!;
      for (const next of [...(graph.edges.get(name) ?? [])].sort()) {
        if (found.has(next)) continue;
        found.set(next, name);
        queue.push(next);
      }
    }
    return found;
  };
  return (name: string) => {
    parent ??= build();
    if (!parent.has(name)) return undefined;
    const chain = [name];
    for (let at = parent.get(name); at != null && chain.length <= graph.edges.size + 1; at = parent.get(at)) chain.push(at);
    chain.reverse();
    return chain.length > MAX_CHAIN ? [...chain.slice(0, MAX_CHAIN - 2), '…', name] : chain;
  };
}

/** Whether a graph holds anything worth computing chains from. */
export function hasEdges(graph: DependencyGraph | undefined): graph is DependencyGraph {
  return graph !== undefined && graph.edges.size > 0;
}
