import type { Catalog } from '../catalog/catalog.js';
import { vendorsOfImport } from '../catalog/catalog.js';
import type { Position, VendorEvidence } from '../types.js';
import { findImports, importGroupOf } from './imports.js';
import type { ImportGroup } from './imports.js';
import type { Language } from './languages.js';

// Import statements → evidence. The prefilter's keywords include every `imports` namespace, so
// a file's statements are read only when one of them occurs in its bytes: one regex pass per
// such file, however many vendors list imports.

/** The import family to read in this file, when one of its namespaces is among the prefilter hits. */
export function wantsImports(catalog: Catalog, language: Language, hits: Set<string>): ImportGroup | undefined {
  const group = importGroupOf(language);
  if (!group || catalog.importKeywords.size === 0) return undefined;
  for (const keyword of hits) if (catalog.importKeywords.get(keyword)?.has(group)) return group;
  return undefined;
}

/** Evidence for every import statement of `code` (comments blanked) that names a vendor's namespace. */
export function matchImports(catalog: Catalog, group: ImportGroup, path: string, code: string, at: (offset: number) => Position): VendorEvidence[] {
  const evidence: VendorEvidence[] = [];
  const seen = new Set<string>();
  for (const { module, index } of findImports(group, code)) {
    for (const vendor of vendorsOfImport(catalog, group, module)) {
      // One item per vendor and module: a file importing ten classes of one package says it once per class, which adds nothing.
      const key = `${vendor}\0${module}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({ vendor, kind: 'import', path, ...at(index), match: module });
    }
  }
  return evidence;
}
