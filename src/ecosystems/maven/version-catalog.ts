import { parse, TomlError } from 'smol-toml';
import type { DeclaredPackage, FileParser, ParseProblem, ParseResult, Position } from '../../types.js';
import { findPosition, lineStarts } from '../position.js';
import { baseName, readSafely } from '../guard.js';

// gradle/libs.versions.toml: a Gradle version catalog.
// https://docs.gradle.org/current/userguide/version_catalogs.html#sec:version-catalog-declaration
// A parser sees one file at a time, so a build script's `libs.firebase.analytics` cannot be
// followed to its coordinates. Instead every [libraries] entry is declared here, at its own
// line: a catalog entry is written to be used, and an unused one is still worth a look.
// [plugins] are Gradle plugins, declared the same way for build scripts' `alias(libs.plugins.x)`;
// [bundles] only group [libraries].

const COORDINATE = /^(?<group>[^\s:]+):(?<artifact>[^\s:]+)(?::.*)?$/;
const SECTION = /^\s*\[(?<name>[^\]]+)\]\s*(?:#.*)?$/;
// One line of [libraries]: alias = "g:a:v" | { module = "g:a" … } | { group = "g", name = "a" … }.
const ENTRY_LINE = /^\s*(?<alias>["']?[\w.-]+["']?)\s*=\s*(?<value>.*)$/;
const INLINE_VALUE = /\b(?<key>module|group|name)\s*=\s*"(?<value>[^"]*)"/g;

/** `group:artifact` of a [libraries] value, and the text that names it (to find it in the file). */
function coordinateOf(value: unknown): { name: string; needle: string } | undefined {
  if (typeof value === 'string') {
    const match = COORDINATE.exec(value)?.groups;
    return match ? { name: `${match.group}:${match.artifact}`, needle: value } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  if (typeof entry.module === 'string') {
    const match = COORDINATE.exec(entry.module)?.groups;
    return match ? { name: `${match.group}:${match.artifact}`, needle: entry.module } : undefined;
  }
  if (typeof entry.group === 'string' && typeof entry.name === 'string') {
    return { name: `${entry.group}:${entry.name}`, needle: entry.group };
  }
  return undefined;
}

function librariesHeader(text: string): number {
  const match = /^[ \t]*\[[ \t]*libraries[ \t]*\]/m.exec(text);
  return match ? match.index : 0;
}

/** Where the value naming `alias` starts: after its key line (`alias =` or `[libraries.alias]`). */
function locate(text: string, starts: number[], alias: string, needle: string): Position {
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const key = new RegExp(`^[ \\t]*(?:["']?${escaped}["']?[ \\t]*=|\\[[ \\t]*libraries\\.["']?${escaped}["']?[ \\t]*\\])`, 'm');
  const at = key.exec(text)?.index ?? librariesHeader(text);
  return findPosition(text, starts, needle, at);
}

/** What a malformed catalog still says: single-line [libraries] entries before the error. */
function readLines(text: string, untilLine: number): DeclaredPackage[] {
  const packages: DeclaredPackage[] = [];
  let section = '';
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (index + 1 >= untilLine) break;
    const header = SECTION.exec(line)?.groups?.name;
    if (header !== undefined) {
      section = header.trim();
      continue;
    }
    if (section !== 'libraries') continue;
    const value = ENTRY_LINE.exec(line)?.groups?.value?.trim();
    if (!value) continue;
    let parsed: unknown;
    if (value.startsWith('"')) parsed = /^"(?<text>[^"]*)"/.exec(value)?.groups?.text;
    else parsed = Object.fromEntries([...value.matchAll(INLINE_VALUE)].map((m) => [m.groups?.key, m.groups?.value]));
    const coordinate = coordinateOf(parsed);
    if (!coordinate) continue;
    packages.push({
      ecosystem: 'maven',
      name: coordinate.name,
      line: index + 1,
      column: line.indexOf(coordinate.needle) + 1,
      direct: true,
      dev: false,
    });
  }
  return packages;
}

function parseCatalog(text: string): ParseResult {
  const starts = lineStarts(text);
  let document: Record<string, unknown>;
  try {
    document = parse(text) as Record<string, unknown>;
  } catch (error) {
    const problem: ParseProblem =
      error instanceof TomlError
        ? { line: error.line, column: error.column, message: `not valid TOML: ${firstLine(error.message)}` }
        : { line: 1, column: 1, message: `not valid TOML: ${String(error)}` };
    return { packages: readLines(text, problem.line), problems: [problem] };
  }
  const plugins = readPlugins(text, starts, document.plugins);
  const gradlePlugins = plugins.length > 0 ? { gradlePlugins: plugins } : {};
  const libraries = document.libraries;
  if (typeof libraries !== 'object' || libraries === null) return { packages: [], problems: [], ...gradlePlugins };
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  for (const [alias, value] of Object.entries(libraries)) {
    const coordinate = coordinateOf(value);
    if (!coordinate) {
      const at = locate(text, starts, alias, alias);
      problems.push({ ...at, message: `library \`${alias}\` has no "group:artifact" module and was skipped` });
      continue;
    }
    packages.push({
      ecosystem: 'maven',
      name: coordinate.name,
      ...locate(text, starts, alias, coordinate.needle),
      direct: true,
      dev: false,
    });
  }
  packages.sort((a, b) => a.line - b.line || a.column - b.column);
  return { packages, problems, ...gradlePlugins };
}

/** [plugins]: alias = "id:version" | { id = "id", version… }. */
function readPlugins(text: string, starts: number[], plugins: unknown): (Position & { id: string })[] {
  if (typeof plugins !== 'object' || plugins === null) return [];
  const found: (Position & { id: string })[] = [];
  const header = /^[ \t]*\[[ \t]*plugins[ \t]*\]/m.exec(text)?.index ?? 0;
  for (const value of Object.values(plugins)) {
    const id = typeof value === 'string' ? value.split(':')[0] : typeof value === 'object' && value !== null ? (value as Record<string, unknown>).id : undefined;
    if (typeof id !== 'string' || !/^[\w-]+(?:\.[\w-]+)*$/.test(id)) continue;
    found.push({ id, ...findPosition(text, starts, `"${id}`, header) });
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/^Invalid TOML document: /, '');
}

/** gradle/libs.versions.toml (any `*.versions.toml` catalog): its [libraries]. */
export const versionCatalogParser: FileParser = {
  id: 'maven/version-catalog',
  ecosystem: 'maven',
  claims: (path, name = baseName(path)) => name.endsWith('.versions.toml'),
  parse: (text) => readSafely((result) => Object.assign(result, parseCatalog(text))),
};
