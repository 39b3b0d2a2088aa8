import type { Catalog } from '../catalog/catalog.js';
import { vendorsOfOrganization } from '../catalog/catalog.js';
import type { Manifest } from '../manifest/types.js';
import type { Declarations } from './types.js';

/** Expand the manifest's vendor, organization and category entries to vendor ids. */
export function buildDeclarations(manifest: Manifest | null, catalog: Catalog): Declarations {
  const declarations: Declarations = { declared: new Map(), prohibited: new Map() };
  if (!manifest) return declarations;
  for (const entry of manifest.subprocessors) {
    const vendors = entry.vendor !== undefined ? [entry.vendor] : vendorsOfOrganization(catalog, entry.organization!);
    for (const vendor of vendors) {
      const list = declarations.declared.get(vendor);
      if (list) list.push(entry);
      else declarations.declared.set(vendor, [entry]);
    }
  }
  for (const entry of manifest.prohibited) {
    // The most specific prohibition wins the message: vendor, then organization, then category.
    if (entry.vendor !== undefined) {
      declarations.prohibited.set(entry.vendor, { by: 'vendor', entry });
      continue;
    }
    for (const vendor of catalog.vendors.values()) {
      const hit = entry.organization !== undefined ? vendor.organization === entry.organization : vendor.categories.includes(entry.category!);
      if (!hit) continue;
      const existing = declarations.prohibited.get(vendor.id);
      if (existing && (existing.by === 'vendor' || (existing.by === 'organization' && entry.category !== undefined))) continue;
      declarations.prohibited.set(vendor.id, { by: entry.organization !== undefined ? 'organization' : 'category', entry });
    }
  }
  return declarations;
}
