import { isAbsolute, relative, sep } from 'node:path';
import type { ScanResult } from '../types.js';

// The scan reports paths relative to the scanned folder; GitHub wants them relative to the
// repository root (annotations, SARIF, links). `path: apps/web` makes the prefix `apps/web/`.

function join(prefix: string, path: string): string {
  return prefix === '' ? path : `${prefix}/${path}`;
}

/** A copy of the result with every path under `prefix` (repo-relative POSIX, no trailing slash). */
export function prefixResult(result: ScanResult, prefix: string): ScanResult {
  if (prefix === '') return result;
  return {
    ...result,
    manifest: result.manifest === null ? null : join(prefix, result.manifest),
    detections: result.detections.map((detection) => ({ ...detection, evidence: detection.evidence.map((item) => ({ ...item, path: join(prefix, item.path) })) })),
    findings: result.findings.map((finding) => ({
      ...finding,
      location: { ...finding.location, path: join(prefix, finding.location.path) },
      evidence: finding.evidence.map((item) => ({ ...item, path: join(prefix, item.path) })),
      ...(finding.suppression?.location ? { suppression: { ...finding.suppression, location: { ...finding.suppression.location, path: join(prefix, finding.suppression.location.path) } } } : {}),
    })),
  };
}

/** The repository-relative POSIX path of `folder` inside the checkout at `top` ('' for the top). */
export function folderPrefix(top: string, folder: string): string {
  const rel = relative(top, folder);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return '';
  return rel.split(sep).join('/');
}

/**
 * A path from a report or a configuration error, repository-relative: relative paths are under
 * the scanned folder; absolute ones (a rules-dir file) are made relative to the checkout, and
 * are undefined when outside it (no file to point at).
 */
export function repoPath(top: string, prefix: string, path: string): string | undefined {
  if (!isAbsolute(path)) return join(prefix, path);
  const rel = relative(top, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
