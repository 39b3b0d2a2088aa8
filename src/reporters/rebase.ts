import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Evidence, Location, ScanResult } from '../types.js';

// The scan reports paths relative to the folder it read (repo-relative POSIX, STYLE §6). At the
// edge, each output names them the way its reader opens them: GitHub (annotations, SARIF, links)
// and the Markdown and HTML reports relative to the repository root, the terminal relative to
// the working directory. `check packages/web` then annotates real files. JSON keeps the scan's
// paths and says in `root` which folder they are relative to.

/** A page URL (runtime findings) or an absolute path is no repository path: it is kept as is. */
function isRepositoryPath(path: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(path) && !isAbsolute(path);
}

function join(prefix: string, path: string): string {
  return prefix === '' ? path : `${prefix}/${path}`;
}

/** A copy of the result with every repository path passed through `map`. */
export function rebaseResult(result: ScanResult, map: (path: string) => string): ScanResult {
  const move = (path: string) => (isRepositoryPath(path) ? map(path) : path);
  const moveLocation = <T extends Pick<Location, 'path'>>(location: T): T => ({ ...location, path: move(location.path) });
  const moveEvidence = <T extends Pick<Evidence, 'path'>>(items: T[]): T[] => items.map(moveLocation);
  return {
    ...result,
    manifest: result.manifest === null ? null : move(result.manifest),
    detections: result.detections.map((detection) => ({ ...detection, evidence: moveEvidence(detection.evidence) })),
    findings: result.findings.map((finding) => ({
      ...finding,
      location: moveLocation(finding.location),
      evidence: moveEvidence(finding.evidence),
      ...(finding.suppression?.location ? { suppression: { ...finding.suppression, location: moveLocation(finding.suppression.location) } } : {}),
    })),
  };
}

/** A copy of the result with every path under `prefix` (repo-relative POSIX, no trailing slash). */
export function prefixResult(result: ScanResult, prefix: string): ScanResult {
  if (prefix === '') return result;
  return rebaseResult(result, (path) => join(prefix, path));
}

/** A copy of the result with every path relative to `cwd` (`../` where it lies outside), for a terminal. */
export function cwdRelativeResult(result: ScanResult, root: string, cwd: string): ScanResult {
  if (resolve(root) === resolve(cwd)) return result;
  return rebaseResult(result, (path) => relative(cwd, resolve(root, path)).split(sep).join('/') || '.');
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
