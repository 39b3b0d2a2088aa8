// Deno configuration and import maps: the packages a Deno project (a Supabase Edge Function, a
// Fresh site) or a browser import map declares without a package.json.
// https://docs.deno.com/runtime/fundamentals/configuration/#dependencies
// https://html.spec.whatwg.org/multipage/webappapis.html#import-maps
// `imports` maps a bare name to a specifier, `scopes` holds more such maps per URL prefix. Only
// values that name an npm package are read: `npm:resend@4`, `jsr:@supabase/supabase-js@2`, and
// package CDN URLs (`https://esm.sh/stripe@14`); a local path or a `deno.land/x` module names none.

import type { Node } from 'jsonc-parser';
import type { FileParser, ParseProblem } from '../../types.js';
import { baseName } from '../guard.js';
import { positionAt } from '../position.js';
import { parseJsonObjectTree, parseSafely, specifierPackage, type Occurrence } from './common.js';

/** deno.json and deno.jsonc, and import maps under their usual names (deno.json's `importMap` names one). */
const FILES = new Set(['deno.json', 'deno.jsonc', 'import_map.json', 'import-map.json', 'importmap.json']);

function readDenoJson(raw: string, found: Occurrence[], problems: ParseProblem[]): void {
  // Deno reads deno.json as JSONC (comments, trailing commas).
  const parsed = parseJsonObjectTree(raw, problems, true);
  if (!parsed) return;
  const { root, starts } = parsed;
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type !== 'string' || value?.type !== 'object') continue;
    if (key.value === 'imports') readImportMap(value, starts, found);
    if (key.value !== 'scopes') continue;
    for (const scope of value.children ?? []) {
      const map = scope.children?.[1];
      if (map?.type === 'object') readImportMap(map, starts, found);
    }
  }
}

function readImportMap(map: Node, starts: number[], found: Occurrence[]): void {
  for (const entry of map.children ?? []) {
    const value = entry.children?.[1];
    if (value?.type !== 'string') continue;
    const name = specifierPackage(value.value as string);
    if (name) found.push({ name, ...positionAt(starts, value.offset + 1), direct: true, dev: false });
  }
}

/** deno.json / deno.jsonc and import maps. */
export const denoJsonParser: FileParser = {
  id: 'npm/deno-json',
  ecosystem: 'npm',
  claims: (path, name = baseName(path)) => FILES.has(name),
  parse: (text) => parseSafely(text, readDenoJson),
};
