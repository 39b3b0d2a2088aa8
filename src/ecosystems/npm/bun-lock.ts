// bun.lock, Bun's text lockfile (JSONC: comments and trailing commas allowed).
// https://bun.sh/docs/install/lockfile and https://bun.sh/reference/bun/BunLockFile
//
//   workspaces[""|"<folder>"].{dependencies,devDependencies,optionalDependencies,peerDependencies}
//   packages["<name>" | "<parent>/<name>"]: ["<real-name>@<version|protocol>", ...]
//
// The first array element names the installed package (an alias key points at the real
// name); `workspace:` and `root:` entries are the project's own folders. bun.lockb is the older
// binary format and is not read.

import { visit } from 'jsonc-parser';
import type { FileParser, ParseProblem } from '../../types.js';
import { addEdge, type DependencyGraph } from '../graph.js';
import { baseName } from '../guard.js';
import { positionAt } from '../position.js';
import {
  DEPENDENCY_GROUPS,
  openJsonObject,
  isPackageName,
  jsonProblem,
  npmRangePackage,
  parseSafely,
  splitSpecifier,
  type JsonError,
  type Occurrence,
} from './common.js';

/** Protocols of packages that are the project's own folders. */
const LOCAL_PROTOCOLS = ['workspace:', 'root:'];

interface Declared {
  name: string;
  range: unknown;
  offset: number;
  dev: boolean;
}

interface PackageEntry {
  key: string;
  offset: number;
  /** First element of the array: `name@version`. */
  resolution?: string;
  /** What the info object (third element) says it installs. */
  dependencies: string[];
}

/** Groups of a package's info object that name what it installs. */
const INSTALLED = new Set(['dependencies', 'optionalDependencies']);

function readBunLock(raw: string, found: Occurrence[], problems: ParseProblem[], graph: DependencyGraph): void {
  const opened = openJsonObject(raw);
  if ('problem' in opened) {
    problems.push(opened.problem);
    return;
  }
  const { text, starts } = opened;

  const declared: Declared[] = [];
  const entries: PackageEntry[] = [];
  // Keys of the open containers, outermost first; the top-level object's key is ''.
  const stack: string[] = [];
  let depth = -1;
  let entry: PackageEntry | undefined;
  let key: string | undefined;
  let keyOffset = 0;
  let firstError: JsonError | undefined;

  /** Whether to read inside the container that just opened, at `depth` (top-level object: 0). */
  const wanted = (name: string, isArray: boolean): boolean => {
    const section = stack[1];
    if (depth === 0) return true;
    if (depth === 1) return !isArray && (name === 'workspaces' || name === 'packages');
    if (section === 'workspaces') return !isArray && (depth === 2 || (depth === 3 && DEPENDENCY_GROUPS.has(name)));
    if (section === 'packages' && depth === 2 && isArray) {
      entry = { key: name, offset: keyOffset, dependencies: [] };
      return true;
    }
    // `["name@1.0.0", "", { "dependencies": { ... } }, "sha512-..."]`: the info object and its groups.
    if (section === 'packages' && depth === 3) return !isArray;
    if (section === 'packages' && depth === 4) return !isArray && INSTALLED.has(name);
    return false;
  };

  const open = (isArray: boolean): boolean => {
    const name = key ?? '';
    key = undefined;
    depth++;
    stack.push(name);
    return wanted(name, isArray);
  };

  const close = (): void => {
    if (depth === 2 && stack[1] === 'packages' && entry) {
      entries.push(entry);
      entry = undefined;
    }
    stack.pop();
    depth--;
    key = undefined;
  };

  visit(
    text,
    {
      onObjectProperty: (property, offset) => {
        key = property;
        keyOffset = offset;
      },
      onObjectBegin: () => open(false),
      onArrayBegin: () => open(true),
      onObjectEnd: close,
      onArrayEnd: close,
      onLiteralValue: (value: unknown) => {
        const field = key;
        key = undefined;
        if (stack[1] === 'packages' && depth === 2 && entry && entry.resolution === undefined) {
          if (typeof value === 'string') entry.resolution = value;
          return;
        }
        if (stack[1] === 'packages' && depth === 4 && entry && field !== undefined && INSTALLED.has(stack[4]!)) {
          entry.dependencies.push(field);
          return;
        }
        if (stack[1] !== 'workspaces' || depth !== 3 || field === undefined) return;
        const dev = DEPENDENCY_GROUPS.get(stack[3]!);
        if (dev !== undefined) declared.push({ name: field, range: value, offset: keyOffset, dev });
      },
      onError: (code, offset, length) => {
        firstError ??= { code, offset, length };
      },
    },
    { disallowComments: false, allowTrailingComma: true },
  );
  if (firstError) problems.push(jsonProblem(text, starts, firstError));

  const declaredNames = new Set(declared.map((dependency) => dependency.name));
  for (const name of declaredNames) graph.roots.add(name);
  // Declared dependencies first: they come first in the file and carry the dev flag, which
  // `packages` entries do not have.
  for (const dependency of declared) {
    const range = dependency.range;
    if (typeof range === 'string' && range.startsWith('workspace:')) continue;
    const alias = typeof range === 'string' ? npmRangePackage(range, true) : undefined;
    const position = positionAt(starts, dependency.offset);
    found.push({ name: alias ?? dependency.name, ...position, direct: true, dev: dependency.dev });
  }
  for (const entry of entries) {
    const position = positionAt(starts, entry.offset);
    const split = entry.resolution === undefined ? undefined : splitSpecifier(entry.resolution);
    if (!split || !isPackageName(split.name)) {
      problems.push({ ...position, message: `cannot read a package name from the entry "${entry.key}"` });
      continue;
    }
    if (LOCAL_PROTOCOLS.some((protocol) => split.range.startsWith(protocol))) continue;
    for (const dependency of entry.dependencies) addEdge(graph, split.name, dependency);
    // A key that is itself a package name is hoisted to the root; `parent/name` is nested.
    const direct = isPackageName(entry.key) && declaredNames.has(entry.key);
    found.push({ name: split.name, ...position, direct });
  }
}

/** bun.lock (text); the binary bun.lockb is not claimed. */
export const bunLockParser: FileParser = {
  id: 'npm/bun-lock',
  ecosystem: 'npm',
  claims: (path, name = baseName(path)) => name === 'bun.lock',
  parse: (text) => parseSafely(text, readBunLock),
};
