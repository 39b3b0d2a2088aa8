import { unknownIds } from '../manifest/load.js';
import type { Check } from './types.js';

/** An id in the manifest that the catalog does not know and the manifest does not define. */
export const unknownVendor: Check = {
  meta: {
    id: 'unknown-vendor',
    defaultSeverity: 'error',
    description: 'The manifest names a vendor, organization or category the catalog does not know.',
    help: 'Fix the id (see `disclosed vendors`), or define the vendor in the manifest with `name`, `categories` and `signatures`.',
  },
  run({ catalog, manifest }) {
    if (!manifest) return [];
    return unknownIds(manifest, catalog).map((unknown) => ({
      rule: 'unknown-vendor',
      vendor: unknown.id,
      args: { kind: unknown.kind, id: unknown.id, suggestions: unknown.suggestions.join(', ') },
      location: { path: manifest.path, ...unknown.position },
      evidence: [],
    }));
  },
};
