// package.json: the dependency groups a project declares.
// https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies
// `overrides` (npm), `resolutions` (yarn) and `pnpm.overrides` only pin versions of packages
// something else declares, and `workspaces` lists folders with their own package.json, so
// none of them is read.

import type { Node } from 'jsonc-parser';
import type { FileParser, ParseProblem } from '../../types.js';
import { baseName } from '../guard.js';
import { positionAt } from '../position.js';
import {
  DEPENDENCY_GROUPS,
  npmRangePackage,
  parseJsonObjectTree,
  parseSafely,
  type Occurrence,
} from './common.js';

/** Arrays of names that are packed into the tarball; both spellings are accepted by npm. */
const BUNDLED_LISTS = new Set(['bundledDependencies', 'bundleDependencies']);

function readPackageJson(raw: string, found: Occurrence[], problems: ParseProblem[]): void {
  // Strict JSON, as npm reads it.
  const parsed = parseJsonObjectTree(raw, problems, false);
  if (!parsed) return;
  const { root, starts } = parsed;

  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type !== 'string' || !value) continue;
    const group = key.value as string;
    const dev = DEPENDENCY_GROUPS.get(group);
    if (dev !== undefined) {
      if (value.type !== 'object') {
        problems.push(wrongType(starts, key, group, 'an object'));
        continue;
      }
      readDependencyMap(value, dev, starts, found, group === 'peerDependencies');
      continue;
    }
    if (!BUNDLED_LISTS.has(group)) continue;
    // `true` means "bundle every dependency", which names nothing new.
    if (value.type === 'boolean') continue;
    if (value.type !== 'array') {
      problems.push(wrongType(starts, key, group, 'an array of package names'));
      continue;
    }
    for (const item of value.children ?? []) {
      if (item.type !== 'string' || item.value === '') continue;
      found.push({ name: item.value as string, ...positionAt(starts, item.offset), direct: true, dev: false });
    }
  }
}

function readDependencyMap(map: Node, dev: boolean, starts: number[], found: Occurrence[], peer: boolean): void {
  for (const entry of map.children ?? []) {
    const [key, value] = entry.children ?? [];
    if (key?.type !== 'string' || key.value === '') continue;
    // "my-alias": "npm:posthog-js@^1" installs posthog-js under another folder name.
    const alias = value?.type === 'string' ? npmRangePackage(value.value as string, true) : undefined;
    const name = alias ?? (key.value as string);
    found.push({ name, ...positionAt(starts, key.offset), direct: true, dev, ...(peer ? { peer } : {}) });
  }
}

function wrongType(starts: number[], key: Node, group: string, expected: string): ParseProblem {
  return { ...positionAt(starts, key.offset), message: `"${group}" should be ${expected}; it was ignored` };
}

/** package.json manifests (the root one and every workspace's). */
export const packageJsonParser: FileParser = {
  id: 'npm/package-json',
  ecosystem: 'npm',
  claims: (path, name = baseName(path)) => name === 'package.json',
  parse: (text) => parseSafely(text, readPackageJson),
};
