import type { Evidence, VendorEvidence } from '../types.js';

/** Evidence of one vendor grouped by file, in path order: one finding per vendor per file. */
export function byPath(evidence: VendorEvidence[]): [string, Evidence[]][] {
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const { vendor: _vendor, ...rest } = item;
    const list = groups.get(item.path);
    if (list) list.push(rest);
    else groups.set(item.path, [rest]);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The evidence a finding points at first: direct code before a transitive lockfile entry, so
 * the annotation lands on the line a developer wrote.
 */
export function primary(evidence: Evidence[]): Evidence {
  const rank = (item: Evidence) => (item.transitive ? 2 : 0) + (item.dev ? 1 : 0);
  return [...evidence].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column)[0]!;
}
