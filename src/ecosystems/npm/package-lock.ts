// package-lock.json and npm-shrinkwrap.json (same format).
// https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
//
// lockfileVersion 1 nests installs: `dependencies.<name>.dependencies.<name>...`.
// lockfileVersion 2 and 3 list installs flat in `packages`, keyed by folder
// (`node_modules/a/node_modules/b`); `packages[""]` is the root project and `packages["apps/web"]`
// a workspace, each with the dependency groups of its package.json. Version 2 also keeps the
// version 1 `dependencies` tree for old npm; it repeats `packages`, so it is skipped.
//
// Lockfiles of large monorepos reach tens of megabytes, so the text is streamed through
// jsonc-parser's `visit` (no tree is built) and objects we do not need are skipped unvisited.

import { visit } from 'jsonc-parser';
import type { FileParser, ParseProblem } from '../../types.js';
import { addEdge, type DependencyGraph } from '../graph.js';
import { baseName } from '../guard.js';
import { positionAt } from '../position.js';
import {
  DEPENDENCY_GROUPS,
  openJsonObject,
  jsonProblem,
  npmRangePackage,
  parseSafely,
  type JsonError,
  type Occurrence,
} from './common.js';

const NODE_MODULES = 'node_modules/';

/** An install in `packages` (v2, v3): its folder key and the fields we need. */
interface PackagesEntry {
  key: string;
  offset: number;
  /** Set for aliases: the real package name when it differs from the folder. */
  name?: string;
  dev: boolean;
  link: boolean;
}

/** An install in the nested `dependencies` tree (v1). */
interface TreeEntry {
  key: string;
  offset: number;
  /** `npm:posthog-js@1.2.3` for an alias. */
  version?: string;
  dev: boolean;
}

/** A dependency a root or workspace entry declares. */
interface Declared {
  folder: string;
  name: string;
  range: unknown;
  offset: number;
  dev: boolean;
}

/** Open containers while streaming; `kind` says which of them carries an entry. */
type Container = { key: string; kind: 'entry' | 'tree-entry' | 'other' };

/** Groups of an installed package (v2, v3) or `requires` (v1) that name what it installs. */
const INSTALLED = new Set(['dependencies', 'optionalDependencies']);

/** The package name of a `packages` key: the part after the last `node_modules/`. */
function installedName(key: string): string {
  const at = key.lastIndexOf(NODE_MODULES);
  return at === -1 ? '' : key.slice(at + NODE_MODULES.length);
}

function readPackageLock(raw: string, found: Occurrence[], problems: ParseProblem[], graph: DependencyGraph): void {
  const opened = openJsonObject(raw);
  if ('problem' in opened) {
    problems.push(opened.problem);
    return;
  }
  const { text, starts } = opened;

  const entries: PackagesEntry[] = [];
  const treeEntries: TreeEntry[] = [];
  const declared: Declared[] = [];
  const stack: Container[] = [];
  const openTreeEntries: TreeEntry[] = [];
  let entry: PackagesEntry | undefined;
  let hasPackages = false;
  let key: string | undefined;
  let keyOffset = 0;
  let firstError: JsonError | undefined;

  /** Decides what an object that just opened is; false skips everything inside it. */
  const openObject = (name: string, offset: number): boolean => {
    if (stack.length === 0) {
      stack.push({ key: '', kind: 'other' });
      return true;
    }
    // Depth below the top-level object, and the top-level section we are in.
    const depth = stack.length - 1;
    const section = stack[1]?.key;
    if (depth === 0) {
      stack.push({ key: name, kind: 'other' });
      if (name === 'packages') hasPackages = true;
      // The v1 tree of a v2 file repeats `packages`; npm writes `packages` first.
      return name === 'packages' || (name === 'dependencies' && !hasPackages);
    }
    if (section === 'packages' && depth === 1) {
      entry = { key: name, offset, dev: false, link: false };
      stack.push({ key: name, kind: 'entry' });
      return true;
    }
    if (section === 'packages' && depth === 2) {
      stack.push({ key: name, kind: 'other' });
      // The root and workspace folders declare the direct dependencies; an install's own
      // dependencies are the edges of the graph.
      return stack[2]!.key.includes(NODE_MODULES) ? INSTALLED.has(name) : DEPENDENCY_GROUPS.has(name);
    }
    if (section === 'dependencies') {
      // Odd depths are names of installs, even depths the `dependencies` key inside one.
      if (depth % 2 === 1) {
        openTreeEntries.push({ key: name, offset, dev: false });
        stack.push({ key: name, kind: 'tree-entry' });
        return true;
      }
      stack.push({ key: name, kind: 'other' });
      return name === 'dependencies' || name === 'requires';
    }
    stack.push({ key: name, kind: 'other' });
    return false;
  };

  const closeObject = (): void => {
    const closed = stack.pop();
    key = undefined;
    if (closed?.kind === 'entry' && entry) {
      entries.push(entry);
      entry = undefined;
    }
    if (closed?.kind === 'tree-entry') {
      const treeEntry = openTreeEntries.pop();
      if (treeEntry) treeEntries.push(treeEntry);
    }
  };

  const readValue = (field: string, value: unknown, offset: number): void => {
    const depth = stack.length - 1;
    const section = stack[1]?.key;
    if (section === 'packages' && depth === 2 && entry) {
      if (field === 'name' && typeof value === 'string') entry.name = value;
      // `devOptional`: only reachable through dev dependencies, optionally.
      if ((field === 'dev' || field === 'devOptional') && value === true) entry.dev = true;
      if (field === 'link' && value === true) entry.link = true;
      return;
    }
    if (section === 'packages' && depth === 3) {
      const folder = stack[2]!.key;
      if (folder.includes(NODE_MODULES)) {
        addEdge(graph, entry?.name ?? installedName(folder), field);
        return;
      }
      const dev = DEPENDENCY_GROUPS.get(stack[3]!.key);
      if (dev === undefined) return;
      declared.push({ folder: stack[2]!.key, name: field, range: value, offset, dev });
      return;
    }
    if (section === 'dependencies' && stack[depth]?.key === 'requires' && stack[depth - 1]?.kind === 'tree-entry') {
      addEdge(graph, stack[depth - 1]!.key, field);
      return;
    }
    if (section === 'dependencies' && stack[depth]?.kind === 'tree-entry') {
      const treeEntry = openTreeEntries[openTreeEntries.length - 1];
      if (!treeEntry) return;
      if (field === 'version' && typeof value === 'string') treeEntry.version = value;
      if (field === 'dev' && value === true) treeEntry.dev = true;
    }
  };

  visit(
    text,
    {
      onObjectProperty: (property, offset) => {
        key = property;
        keyOffset = offset;
      },
      onObjectBegin: () => {
        const name = key ?? '';
        key = undefined;
        return openObject(name, keyOffset);
      },
      onObjectEnd: closeObject,
      onArrayBegin: () => {
        stack.push({ key: key ?? '', kind: 'other' });
        key = undefined;
        // No array holds anything we read (`bundleDependencies`, `os`, `cpu`, `funding`).
        return false;
      },
      onArrayEnd: () => {
        stack.pop();
        key = undefined;
      },
      onLiteralValue: (value: unknown) => {
        // Positions are those of the key, as everywhere: where the name is written.
        if (key !== undefined) readValue(key, value, keyOffset);
        key = undefined;
      },
      onError: (code, offset, length) => {
        firstError ??= { code, offset, length };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );

  if (firstError) problems.push(jsonProblem(text, starts, firstError));
  for (const dependency of declared) graph.roots.add(dependency.name);
  if (hasPackages) collectPackages(entries, declared, starts, found);
  else collectTree(treeEntries, starts, found);
}

/**
 * v2/v3: every install under `node_modules`; an install directly under the root or a workspace
 * folder is direct when that folder declares it. Workspaces' dependencies are hoisted to the
 * root `node_modules`, so a root-level install counts as direct when any folder declares it.
 */
function collectPackages(entries: PackagesEntry[], declared: Declared[], starts: number[], found: Occurrence[]): void {
  const declaredBy = new Map<string, Set<string>>();
  const declaredAnywhere = new Set<string>();
  for (const dependency of declared) {
    let names = declaredBy.get(dependency.folder);
    if (!names) declaredBy.set(dependency.folder, (names = new Set()));
    names.add(dependency.name);
    declaredAnywhere.add(dependency.name);
  }

  // Folders npm links instead of installing: workspaces and `file:` dependencies.
  const linked = new Set<string>();
  for (const entry of entries) {
    const at = entry.key.lastIndexOf(NODE_MODULES);
    // The root (`""`) and workspace folders are the project itself, not installs.
    if (at === -1) continue;
    const folderName = entry.key.slice(at + NODE_MODULES.length);
    if (folderName === '') continue;
    // `link: true` is the symlink npm makes for a workspace or a `file:` dependency: local
    // code, whose own package.json is read separately.
    if (entry.link) {
      linked.add(folderName);
      continue;
    }
    const parent = entry.key.slice(0, Math.max(0, at - 1));
    const direct =
      (declaredBy.get(parent)?.has(folderName) ?? false) || (parent === '' && declaredAnywhere.has(folderName));
    found.push({ name: entry.name ?? folderName, ...positionAt(starts, entry.offset), direct, dev: entry.dev });
  }

  // Declared dependencies come last so that the install's key is the position reported; a
  // declared dependency missing from `packages` (an optional one for another platform, or a
  // lockfile out of date) is still reported, at the declaration.
  for (const dependency of declared) {
    if (linked.has(dependency.name)) continue;
    const alias = typeof dependency.range === 'string' ? npmRangePackage(dependency.range, true) : undefined;
    found.push({
      name: alias ?? dependency.name,
      ...positionAt(starts, dependency.offset),
      direct: true,
      dev: dependency.dev,
    });
  }
}

/**
 * v1: the tree does not record what the root package.json declares (top-level entries are
 * hoisted installs, transitive ones included), so every entry is direct: false; the
 * package.json next to the lockfile supplies the direct ones.
 */
function collectTree(entries: TreeEntry[], starts: number[], found: Occurrence[]): void {
  // Entries close innermost first; sorting by offset restores file order for "first position".
  entries.sort((a, b) => a.offset - b.offset);
  for (const entry of entries) {
    const alias = entry.version === undefined ? undefined : npmRangePackage(entry.version);
    found.push({ name: alias ?? entry.key, ...positionAt(starts, entry.offset), direct: false, dev: entry.dev });
  }
}

/** package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. */
export const packageLockParser: FileParser = {
  id: 'npm/package-lock',
  ecosystem: 'npm',
  claims: (path, name = baseName(path)) => name === 'package-lock.json' || name === 'npm-shrinkwrap.json',
  parse: (text) => parseSafely(text, readPackageLock),
};
