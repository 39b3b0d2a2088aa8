import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding our package.json, schema/ and the catalog (rules/ in a checkout,
 * dist/catalog.json in the published package): found by walking up from this module, which is
 * `src/` in development and `dist/` once bundled.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    // The published package ships dist/catalog.json, not the rule files it is built from.
    const catalog = existsSync(join(dir, 'rules')) || existsSync(join(dir, 'dist', 'catalog.json'));
    if (catalog && existsSync(join(dir, 'schema')) && existsSync(join(dir, 'package.json'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('cannot find the disclosed package root (schema/ and rules/ or dist/catalog.json next to package.json)');
}
