// pnpm-lock.yaml, lockfileVersion 5.x, 6.0 and 9.0.
// https://github.com/pnpm/spec/blob/master/lockfile/ (5.2, 6.0, 9.0)
//
//   importers.<folder>.{dependencies,devDependencies,optionalDependencies}.<name>
//     v5: `name: 1.2.3` (or `/real-name/1.2.3` for an alias, `link:../x` for a workspace)
//     v6, v9: `name:` then `specifier:` and `version:` below it
//   a single-project v5/v6 file has those groups at the top level instead of under importers
//   packages.<key>: `/name/1.2.3_peer@1` (v5), `/name@1.2.3(peer@1)` (v6), `name@1.2.3` (v9);
//     v5 and v6 entries carry `dev: true|false`, git and tarball entries a `name:` field
//
// pnpm writes this YAML itself (js-yaml, block mappings indented by two spaces, one key per
// line, flow style only for leaf values such as `resolution: {integrity: ...}`). Every key we
// read is a block mapping key on its own line, so an indentation-tracking line scan reads the
// file exactly. Monorepo lockfiles reach 20 MB and more: on a generated 22 MB v9 lockfile the
// `yaml` package's parseDocument took minutes and a gigabyte of heap, this scan a quarter second.

import type { FileParser, ParseProblem } from '../../types.js';
import { addEdge, type DependencyGraph } from '../graph.js';
import { baseName } from '../guard.js';
import {
  DEPENDENCY_GROUPS,
  isPackageName,
  parseSafely,
  readLines,
  splitSpecifier,
  type Occurrence,
} from './common.js';

/** A `key: value` line: the key unquoted, its 1-based column, the value as written (may be ''). */
interface KeyLine {
  indent: number;
  key: string;
  column: number;
  value: string;
}

/** A dependency of an importer; `version` may come on a later line (v6, v9). */
interface ImporterDependency {
  name: string;
  line: number;
  column: number;
  dev: boolean;
  version: string;
}

/** An entry of `packages`. */
interface PackageEntry {
  key: string;
  line: number;
  column: number;
  name?: string;
  dev?: boolean;
}

/** Fields of a `packages` (v5, v6) or `snapshots` (v9) entry that list what it installs. */
const INSTALLED = new Set(['dependencies', 'optionalDependencies']);

function readPnpmLock(text: string, found: Occurrence[], problems: ParseProblem[], graph: DependencyGraph): void {
  /** The package whose `dependencies:` are being read (v5/v6 `packages`, v9 `snapshots`). */
  let owner: string | undefined;
  const importerDependencies: ImporterDependency[] = [];
  const packageEntries: PackageEntry[] = [];
  // Keys of the open block mappings, outermost first, with their indentation.
  const path: { indent: number; key: string; hasValue: boolean }[] = [];
  let hasVersion = false;

  for (const { text: line, line: lineNumber } of readLines(text)) {
    const indent = line.search(/[^ ]/);
    if (indent === -1) continue;
    const first = line[indent];
    if (first === '#') continue;
    if (first === '\t') {
      problems.push({ line: lineNumber, column: indent + 1, message: 'tab in indentation (YAML allows only spaces)' });
      continue;
    }
    // pnpm 10 may put a second YAML document (the `packageManager` lockfile) in the same file.
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...'))) {
      path.length = 0;
      continue;
    }
    // Block sequence items (`- x`) hold nothing we read.
    if (first === '-' && (line[indent + 1] === ' ' || line.length === indent + 1)) continue;
    const parsed = readKeyLine(line, indent);
    if (typeof parsed === 'string') {
      // A line more indented than a `key: value` line may continue a multi-line scalar (or a
      // `|` block); anywhere else a mapping key was expected.
      const parent = path[path.length - 1];
      if (!parent || indent <= parent.indent || !parent.hasValue) {
        problems.push({ line: lineNumber, column: indent + 1, message: parsed });
      }
      continue;
    }
    while (path.length > 0 && path[path.length - 1]!.indent >= indent) path.pop();
    path.push({ indent, key: parsed.key, hasValue: parsed.value !== '' });

    const depth = path.length;
    const section = path[0]!.key;
    if (depth === 1 && section === 'lockfileVersion') hasVersion = true;

    // importers.<folder>.<group>.<name>, or <group>.<name> in a single-project v5/v6 file.
    const groupIndex = section === 'importers' ? 2 : 0;
    const groupDepth = groupIndex + 1;
    const group = path[groupIndex]?.key;
    const dev = group === undefined ? undefined : DEPENDENCY_GROUPS.get(group);
    if (dev !== undefined && depth === groupDepth + 1) {
      const { key: name, column, value } = parsed;
      importerDependencies.push({ name, line: lineNumber, column, dev, version: unquote(value) });
      continue;
    }
    if (dev !== undefined && depth === groupDepth + 2 && parsed.key === 'version') {
      const last = importerDependencies[importerDependencies.length - 1];
      if (last) last.version = unquote(parsed.value);
      continue;
    }

    if (section === 'snapshots' || section === 'packages') {
      if (depth === 2) owner = packageOfKey(parsed.key);
      else if (depth === 4 && owner && INSTALLED.has(path[2]!.key)) addEdge(graph, owner, parsed.key);
    }
    if (section !== 'packages') continue;
    if (depth === 2) {
      packageEntries.push({ key: parsed.key, line: lineNumber, column: parsed.column });
      continue;
    }
    const entry = packageEntries[packageEntries.length - 1];
    if (depth !== 3 || !entry) continue;
    if (parsed.key === 'name') entry.name = unquote(parsed.value);
    if (parsed.key === 'dev') entry.dev = parsed.value === 'true';
  }

  if (!hasVersion) problems.push({ line: 1, column: 1, message: 'no lockfileVersion: not a pnpm lockfile' });

  for (const dependency of importerDependencies) {
    // `link:../ui` is a workspace folder: the project's own code.
    if (dependency.version.startsWith('link:')) continue;
    const name = packageOfVersion(dependency.version) ?? dependency.name;
    graph.roots.add(name);
    const { line, column, dev } = dependency;
    found.push({ name, line, column, direct: true, dev });
  }
  for (const entry of packageEntries) {
    const name = entry.name ?? packageOfKey(entry.key);
    if (name === undefined) {
      const message = `cannot read a package name from "${entry.key}"`;
      problems.push({ line: entry.line, column: entry.column, message });
      continue;
    }
    // v9 has no `dev` field: leave it unknown so that an importer's group decides.
    found.push({ name, line: entry.line, column: entry.column, direct: false, dev: entry.dev });
  }
}

/** Reads `key:` or `key: value` (key plain, 'single' or "double" quoted); a string is an error. */
function readKeyLine(line: string, indent: number): KeyLine | string {
  const quote = line[indent];
  let key: string;
  let after: number;
  if (quote === "'" || quote === '"') {
    let close = indent + 1;
    // In single quotes, '' is an escaped quote.
    for (;;) {
      close = line.indexOf(quote, close);
      if (close === -1) return 'unterminated quoted key';
      if (quote === "'" && line[close + 1] === "'") close += 2;
      else break;
    }
    key = line.slice(indent + 1, close);
    key = quote === "'" ? key.replaceAll("''", "'") : key.replaceAll('\\"', '"');
    after = close + 1;
    if (line[after] !== ':') return "expected ':' after a quoted key";
  } else {
    const colon = plainKeyEnd(line, indent);
    if (colon === -1) return "expected a 'key: value' line";
    key = line.slice(indent, colon);
    after = colon;
  }
  return { indent, key, column: indent + 1, value: line.slice(after + 1).trim() };
}

/** Index of the `:` that ends a plain key: followed by a space or the end of the line. */
function plainKeyEnd(line: string, from: number): number {
  for (let at = line.indexOf(':', from); at !== -1; at = line.indexOf(':', at + 1)) {
    if (at + 1 === line.length || line[at + 1] === ' ') return at;
  }
  return -1;
}

function unquote(value: string): string {
  const first = value[0];
  if ((first === "'" || first === '"') && value.endsWith(first) && value.length >= 2) return value.slice(1, -1);
  return value;
}

/**
 * The package a `packages` key names, for every lockfile version:
 * `/@scope/pkg/1.2.3_peer@1` (v5), `/@scope/pkg@1.2.3(peer@1)` (v6), `@scope/pkg@1.2.3` (v9).
 */
function packageOfKey(key: string): string | undefined {
  const bare = key.startsWith('/') ? key.slice(1) : key;
  // v6 and v9: name@version, peers in parentheses after the version.
  const paren = bare.indexOf('(');
  const split = splitSpecifier(paren === -1 ? bare : bare.slice(0, paren));
  if (split && isPackageName(split.name)) return split.name;
  // v5: /name/version, where the version may end in `_peer@1.0.0`.
  if (!key.startsWith('/')) return undefined;
  const segments = bare.split('/');
  const name = segments[0]?.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0];
  return name !== undefined && isPackageName(name) && segments.length >= (name.startsWith('@') ? 3 : 2)
    ? name
    : undefined;
}

/**
 * The real package behind an aliased importer version: `/posthog-js/1.2.3` (v5),
 * `/posthog-js@1.2.3` (v6), `posthog-js@1.2.3` (v9). Undefined for a plain version such as
 * `1.2.3` or `1.2.3(react@18.2.0)`.
 */
function packageOfVersion(version: string): string | undefined {
  if (/^[\d]/.test(version)) return undefined;
  if (version.startsWith('/')) return packageOfKey(version);
  const split = splitSpecifier(version.split('(')[0]!);
  return split && isPackageName(split.name) ? split.name : undefined;
}

/** pnpm-lock.yaml, lockfileVersion 5.x, 6.0 and 9.0. */
export const pnpmLockParser: FileParser = {
  id: 'npm/pnpm-lock',
  ecosystem: 'npm',
  claims: (path, name = baseName(path)) => name === 'pnpm-lock.yaml',
  parse: (text) => parseSafely(text, readPnpmLock),
};
