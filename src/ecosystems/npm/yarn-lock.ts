// yarn.lock, classic (Yarn 1) and berry (Yarn 2+).
// Classic: https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ — a YAML-like format of its own,
//   `"@scope/a@^1.0.0", a@^2:` headers at column 1, fields indented below.
// Berry: YAML written by yarn's `syml` stringifier
//   (https://github.com/yarnpkg/berry/blob/master/packages/yarnpkg-parsers/sources/syml.ts):
//   `__metadata:` first, then `"posthog-js@npm:^1.0.0, posthog-js@npm:^1.2.0":`.
//
// Both put every entry's descriptors on one unindented line, and that line is all we need: the
// fields below it (version, resolution, checksum) name no other package. A line scan therefore
// reads both formats, is exact for the layout yarn writes, and does not build a YAML document
// for a lockfile of tens of megabytes. Each entry's `dependencies:` (two spaces, names at four)
// are the edges of the dependency graph. Classic cannot tell direct from transitive or dev from
// production, so every entry is direct: false, dev: false (the package.json beside it says which
// are direct, in src/context/); berry's `workspace:` entries list the direct ones.

import type { FileParser, ParseProblem } from '../../types.js';
import { addEdge, type DependencyGraph } from '../graph.js';
import { baseName } from '../guard.js';
import { npmRangePackage, parseSafely, readLines, splitSpecifier, type Occurrence } from './common.js';

/** A descriptor from a header line and its 0-based column. */
interface Descriptor {
  text: string;
  column: number;
}

// A field of an entry that lists the packages it installs: `dependencies:` at two spaces, each
// dependency at four (`debug "^4.1.0"` classic, `debug: "npm:^4.1.0"` berry).
const DEPENDENCY_FIELD = /^ {2}(?:dependencies|optionalDependencies):?\s*$/;
const DEPENDENCY_LINE = /^ {4}(?:"(?<quoted>[^"]+)"|(?<plain>[^\s:"]+)):?\s+"?(?<range>[^"\s]*)/;

function readYarnLock(text: string, found: Occurrence[], problems: ParseProblem[], graph: DependencyGraph): void {
  let inEntry = false;
  /** Packages of the entry being read; a berry `workspace:` entry's dependencies are direct. */
  let owners: string[] = [];
  let workspace = false;
  let inDependencies = false;
  for (const { text: line, line: lineNumber } of readLines(text)) {
    const first = line.search(/\S/);
    if (first === -1 || line[first] === '#') continue;
    if (first > 0) {
      if (!inEntry) problems.push({ line: lineNumber, column: first + 1, message: 'indented line outside any entry' });
      if (first === 2) inDependencies = DEPENDENCY_FIELD.test(line);
      else if (first === 4 && inDependencies) {
        const dependency = DEPENDENCY_LINE.exec(line)?.groups;
        const written = dependency?.quoted ?? dependency?.plain;
        // `posthog: "npm:posthog-js@^1"`: an alias installs the package it names.
        const name = written && (npmRangePackage(dependency?.range ?? '') ?? written);
        if (name) {
          if (workspace) graph.roots.add(name);
          for (const owner of owners) addEdge(graph, owner, name);
        }
      }
      continue;
    }
    // Even a broken header starts an entry, so its fields raise no problem of their own.
    inEntry = true;
    owners = [];
    workspace = false;
    inDependencies = false;
    const header = line.trimEnd();
    if (!header.endsWith(':')) {
      problems.push({ line: lineNumber, column: 1, message: "expected an entry header ending in ':'" });
      continue;
    }
    const descriptors = splitHeader(header.slice(0, -1));
    if (typeof descriptors === 'string') {
      problems.push({ line: lineNumber, column: 1, message: descriptors });
      continue;
    }
    for (const descriptor of descriptors) {
      const name = packageOf(descriptor.text);
      if (name === null) {
        workspace ||= descriptor.text.includes('@workspace:');
        continue;
      }
      if (name === undefined) {
        problems.push({
          line: lineNumber,
          column: descriptor.column + 1,
          message: `cannot read a package name from "${descriptor.text}"`,
        });
        continue;
      }
      found.push({ name, line: lineNumber, column: descriptor.column + 1, direct: false });
      if (!owners.includes(name)) owners.push(name);
    }
  }
}

/**
 * Descriptors of a header, each with the column where it starts (its opening quote when it is
 * quoted on its own). Classic quotes each descriptor (`"a@^1", "a@^2"`), berry the whole list
 * (`"a@npm:^1, a@npm:^2"`), so quoted text is split on commas too. A string is an error.
 */
function splitHeader(header: string): Descriptor[] | string {
  const descriptors: Descriptor[] = [];
  let at = 0;
  while (at < header.length) {
    const char = header[at];
    if (char === ' ' || char === ',') {
      at++;
      continue;
    }
    if (char === '"') {
      const close = header.indexOf('"', at + 1);
      if (close === -1) return 'unterminated quoted string in entry header';
      addParts(descriptors, header.slice(at + 1, close), at + 1, at);
      at = close + 1;
      continue;
    }
    let end = header.indexOf(',', at);
    if (end === -1) end = header.length;
    addParts(descriptors, header.slice(at, end), at, at);
    at = end;
  }
  return descriptors;
}

/** Splits comma-separated descriptors; the first one's column is `firstColumn`. */
function addParts(descriptors: Descriptor[], text: string, start: number, firstColumn: number): void {
  let offset = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed !== '') {
      descriptors.push({ text: trimmed, column: offset === 0 ? firstColumn : start + offset + lead });
    }
    offset += part.length + 1;
  }
}

/**
 * The package a descriptor resolves to: `a@^1` → a, `my-alias@npm:posthog-js@^1` → posthog-js,
 * `resolve@patch:resolve@npm%3A^1.22#...` → resolve. null for what is not a package:
 * berry's `__metadata` and `workspace:` entries (the project's own folders). undefined when
 * the descriptor cannot be read.
 */
function packageOf(descriptor: string): string | null | undefined {
  if (descriptor === '__metadata') return null;
  const split = splitSpecifier(descriptor);
  if (!split) return undefined;
  // https://yarnpkg.com/protocol/workspace
  if (split.range.startsWith('workspace:')) return null;
  return npmRangePackage(split.range) ?? split.name;
}

/** yarn.lock, classic and berry. */
export const yarnLockParser: FileParser = {
  id: 'npm/yarn-lock',
  ecosystem: 'npm',
  claims: (path, name = baseName(path)) => name === 'yarn.lock',
  parse: (text) => parseSafely(text, readYarnLock),
};
