import picomatch from 'picomatch';
import { locate } from '../config-errors.js';
import type { Manifest } from '../manifest/types.js';
import type { Check, CheckContext, RawFinding } from './types.js';

// A manifest that validates can still say something its author did not mean: a vendor declared
// and prohibited at once, the same vendor declared twice, a `paths:` glob that points out of the
// repository or matches none of its files (a typo, or a folder since renamed). None of these stops
// the scan; each is a warning at the line to edit.

/** A `paths:` list of the manifest and where it stands (`subprocessors[i]` or `exceptions[i]`). */
interface PathList {
  section: 'subprocessors' | 'exceptions';
  index: number;
  vendor?: string;
  globs: string[];
}

function pathLists(manifest: Manifest): PathList[] {
  const lists: PathList[] = [];
  for (const [index, entry] of manifest.subprocessors.entries()) {
    if (entry.paths) lists.push({ section: 'subprocessors', index, ...(entry.vendor !== undefined ? { vendor: entry.vendor } : {}), globs: entry.paths });
  }
  for (const [index, entry] of manifest.exceptions.entries()) {
    if (entry.paths) lists.push({ section: 'exceptions', index, ...(entry.vendor !== undefined ? { vendor: entry.vendor } : {}), globs: entry.paths });
  }
  return lists;
}

/**
 * A glob that can only name paths outside the repository: absolute (`/etc/**`, `C:/x`), or with a
 * `..` segment. Paths inside the tool are repo-relative POSIX, so such a glob matches nothing.
 */
function leavesRepository(glob: string): boolean {
  const pattern = glob.replace(/^!/, '');
  return pattern.startsWith('/') || pattern.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(pattern) || pattern.split(/[\\/]/).includes('..');
}

function declaredTwice(manifest: Manifest): RawFinding[] {
  const findings: RawFinding[] = [];
  const first = new Map<string, number>();
  for (const entry of manifest.subprocessors) {
    const id = entry.vendor !== undefined ? `vendor:${entry.vendor}` : `organization:${entry.organization}`;
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, entry.position.line);
      continue;
    }
    const name = entry.vendor ?? entry.organization!;
    findings.push({ rule: 'manifest-warning', vendor: name, args: { problem: 'declared-twice', kind: entry.vendor !== undefined ? 'vendor' : 'organization', id: name, first: seen }, location: { path: manifest.path, ...entry.position }, evidence: [] });
  }
  return findings;
}

function declaredAndProhibited(manifest: Manifest, context: CheckContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const entry of manifest.subprocessors) {
    // A vendor entry against any prohibition that covers it; an organization entry against a
    // prohibition of that same organization (a category prohibition only covers some of its products).
    const prohibition =
      entry.vendor !== undefined ? context.declarations.prohibited.get(entry.vendor)?.entry : manifest.prohibited.find((item) => item.organization !== undefined && item.organization === entry.organization);
    if (!prohibition) continue;
    const name = entry.vendor ?? entry.organization!;
    const by = prohibition.vendor !== undefined ? 'vendor' : prohibition.organization !== undefined ? 'organization' : 'category';
    const target = prohibition.vendor ?? prohibition.organization ?? prohibition.category!;
    findings.push({ rule: 'manifest-warning', vendor: name, args: { problem: 'declared-and-prohibited', id: name, by, target, prohibitedAt: prohibition.position.line }, location: { path: manifest.path, ...entry.position }, evidence: [] });
  }
  return findings;
}

function badGlobs(manifest: Manifest, repositoryPaths: (() => string[]) | undefined): RawFinding[] {
  const findings: RawFinding[] = [];
  let paths: string[] | undefined;
  for (const list of pathLists(manifest)) {
    for (const [j, glob] of list.globs.entries()) {
      const location = { path: manifest.path, ...locate(manifest.yaml, [list.section, list.index, 'paths', j]) };
      const base = { rule: 'manifest-warning', ...(list.vendor !== undefined ? { vendor: list.vendor } : {}), location, evidence: [] };
      if (leavesRepository(glob)) {
        findings.push({ ...base, args: { problem: 'path-outside', glob, section: list.section } });
        continue;
      }
      if (!repositoryPaths || glob.startsWith('!')) continue;
      paths ??= repositoryPaths();
      const matches = picomatch(glob, { dot: true });
      if (!paths.some((path) => matches(path))) findings.push({ ...base, args: { problem: 'path-matches-nothing', glob, section: list.section } });
    }
  }
  return findings;
}

/** Declarations that contradict each other, repeat, or name paths no file can have. */
export const manifestWarning: Check = {
  meta: {
    id: 'manifest-warning',
    defaultSeverity: 'warning',
    description: 'The manifest is valid but says something it cannot mean: a vendor both declared and prohibited, the same vendor declared twice, or a `paths` glob that leaves the repository or matches none of its files.',
    help: 'Edit the manifest at the reported line: keep one of the declaration and the prohibition, merge the repeated entries, and write `paths` relative to the repository root (the folder the scan reads).',
  },
  run(context) {
    const manifest = context.manifest;
    if (!manifest) return [];
    return [...declaredAndProhibited(manifest, context), ...declaredTwice(manifest), ...badGlobs(manifest, context.repositoryPaths)];
  },
};
