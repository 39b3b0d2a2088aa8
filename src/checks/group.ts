import { isIntegrated, strongest } from '../context/index.js';
import type { Evidence, EvidenceContext, VendorEvidence } from '../types.js';

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
 * The files where a vendor is used: grouped as byPath, keeping only files whose evidence counts
 * as integration (a lockfile that merely lists the SDK beside the code that calls it raises nothing).
 */
export function usedByPath(evidence: VendorEvidence[], countAsUsed: readonly EvidenceContext[]): [string, Evidence[]][] {
  return byPath(evidence).filter(([, list]) => isIntegrated(list, countAsUsed));
}

/**
 * The evidence a finding points at first: the strongest (runtime code before a manifest before
 * a lockfile; tests last), so the annotation lands on the line a developer wrote.
 */
export function primary(evidence: Evidence[]): Evidence {
  return strongest(evidence);
}
