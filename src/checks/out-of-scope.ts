import picomatch from 'picomatch';
import type { Check } from './types.js';
import { byPath, primary } from './group.js';

/** A declared vendor found outside every `paths:` its declarations allow. */
export const outOfScope: Check = {
  meta: {
    id: 'out-of-scope',
    defaultSeverity: 'error',
    description: 'A declared vendor is used outside the paths its declaration allows.',
    help: 'Move the integration into the declared paths, or widen `paths:` of its subprocessor entry after privacy review.',
  },
  run({ catalog, evidence, declarations }) {
    const findings = [];
    for (const [vendor, items] of evidence) {
      const entries = declarations.declared.get(vendor);
      if (!entries || declarations.prohibited.has(vendor)) continue;
      // An entry without `paths` allows the vendor everywhere.
      if (entries.some((entry) => !entry.paths || entry.paths.length === 0)) continue;
      const globs = entries.flatMap((entry) => entry.paths ?? []);
      const allowed = picomatch(globs, { dot: true });
      const name = catalog.vendors.get(vendor)?.name ?? vendor;
      for (const [path, list] of byPath(items)) {
        if (allowed(path)) continue;
        const first = primary(list);
        findings.push({ rule: 'out-of-scope', vendor, args: { name, match: first.match, paths: globs.join(', ') }, location: { path, line: first.line, column: first.column }, evidence: list });
      }
    }
    return findings;
  },
};
