import { describe, expect, it } from 'vitest';
import { builtinRulesDir, loadCatalog } from '../../src/catalog/load.js';

// A code rule with `requires-package: E` says its match needs one of the vendor's own packages of
// ecosystem E; without any listed, every such match would read as configuration of a library not
// installed, and the vendor would never be found through that rule.
describe('requires-package', () => {
  it('is only set on vendors that list packages of that ecosystem', () => {
    const catalog = loadCatalog([builtinRulesDir()]);
    const orphans: string[] = [];
    let rules = 0;
    for (const vendor of catalog.vendors.values()) {
      for (const rule of vendor.signatures.code ?? []) {
        const ecosystem = rule['requires-package'];
        if (!ecosystem) continue;
        rules++;
        if ((vendor.signatures.packages?.[ecosystem] ?? []).length === 0) orphans.push(`${vendor.id}/${rule.id}: no ${ecosystem} packages`);
      }
    }
    expect(rules).toBeGreaterThan(0);
    expect(orphans).toEqual([]);
  });
});
