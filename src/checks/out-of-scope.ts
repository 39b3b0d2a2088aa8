import picomatch from 'picomatch';
import { isIntegrated } from '../context/index.js';
import type { Evidence } from '../types.js';
import type { Check } from './types.js';
import { byPath, primary } from './group.js';

/**
 * A dependency manifest declares packages for its folder and everything below it, so it is in
 * scope when that folder holds one of the allowed paths: the root `package.json` of a repository
 * may well be the one that installs the SDK for `apps/web/**`. Code, scripts and hosts are in
 * scope only where the globs match.
 */
function inScope(evidence: Evidence, allowed: (path: string) => boolean, bases: string[]): boolean {
  if (allowed(evidence.path)) return true;
  if (evidence.kind !== 'package') return false;
  const folder = evidence.path.includes('/') ? evidence.path.slice(0, evidence.path.lastIndexOf('/')) : '';
  return bases.some((base) => folder === '' || base === folder || base.startsWith(`${folder}/`));
}

/** A declared, integrated vendor used (counted evidence) outside every `paths:` its declarations allow. */
export const outOfScope: Check = {
  meta: {
    id: 'out-of-scope',
    defaultSeverity: 'error',
    description: 'A declared vendor is used outside the paths its declaration allows.',
    help: 'Move the integration into the declared paths, or widen `paths:` of its subprocessor entry after privacy review.',
  },
  run({ catalog, evidence, declarations, countAsUsed }) {
    const findings = [];
    for (const [vendor, items] of evidence) {
      const entries = declarations.declared.get(vendor);
      if (!entries || declarations.prohibited.has(vendor)) continue;
      if (!isIntegrated(items, countAsUsed)) continue;
      // An entry without `paths` allows the vendor everywhere.
      if (entries.some((entry) => !entry.paths || entry.paths.length === 0)) continue;
      const globs = entries.flatMap((entry) => entry.paths ?? []);
      const allowed = picomatch(globs, { dot: true });
      const bases = globs.map((glob) => picomatch.scan(glob).base);
      const name = catalog.vendors.get(vendor)?.name ?? vendor;
      for (const [path, list] of byPath(items)) {
        const outside = list.filter((item) => countAsUsed.includes(item.context ?? 'runtime') && !inScope(item, allowed, bases));
        if (outside.length === 0) continue;
        const first = primary(outside);
        findings.push({ rule: 'out-of-scope', vendor, args: { name, match: first.match, paths: globs.join(', ') }, location: { path, line: first.line, column: first.column }, evidence: outside });
      }
    }
    return findings;
  },
};
