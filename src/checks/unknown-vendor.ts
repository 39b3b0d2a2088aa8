import { unknownIds } from '../manifest/load.js';
import type { Check } from './types.js';

/** An id in the manifest that the catalog does not know and the manifest does not define. */
export const unknownVendor: Check = {
  meta: {
    id: 'unknown-vendor',
    defaultSeverity: 'error',
    description: 'The manifest names an organization or category the catalog does not know, or defines a vendor whose definition cannot be used (an unknown catalog vendor id is a manifest error, exit 2).',
    help: 'Fix the id (see `disclosed vendors`), or define the vendor in the manifest with `name`, `categories` and `signatures`.',
  },
  run({ catalog, manifest }) {
    if (!manifest) return [];
    // A catalog vendor id that does not exist stopped the run already (unknownCatalogVendors):
    // what is left is organizations, categories, and vendors the manifest defines but that
    // could not be compiled.
    const defined = new Set(manifest.customVendors.map((vendor) => vendor.id));
    return unknownIds(manifest, catalog)
      .filter((unknown) => unknown.kind !== 'vendor' || defined.has(unknown.id))
      .map((unknown) => ({
      rule: 'unknown-vendor',
      vendor: unknown.id,
      args: { kind: unknown.kind, id: unknown.id, suggestions: unknown.suggestions.join(', ') },
      location: { path: manifest.path, ...unknown.position },
      evidence: [],
    }));
  },
};
