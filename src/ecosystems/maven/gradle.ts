import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { blockCursor, findBlocks, maskComments } from '../source-text.js';
import type { Block } from '../source-text.js';
import { findGradlePlugins } from './gradle-plugins.js';

// build.gradle (Groovy DSL) and build.gradle.kts (Kotlin DSL) dependency declarations.
// https://docs.gradle.org/current/userguide/declaring_dependencies.html
// A build script is a program, so this reads the declarative subset Renovate and Dependabot
// read: `<configuration> <notation>` statements inside a `dependencies { }` block, with the
// string notation "group:artifact:version", the map notation (group/name) and platform() BOMs.
// Version-catalog accessors (`libs.firebase.analytics`) are left to the libs.versions.toml
// parser, which declares every library of the catalog; `project(...)` is a module of the build.

/**
 * True for a configuration that only builds or runs tests: testImplementation,
 * androidTestImplementation, kaptTest, integrationTestImplementation, debugUnitTestRuntimeClasspath.
 */
export function isTestConfiguration(configuration: string): boolean {
  return /^(?:test|androidTest)(?![a-z])/.test(configuration) || /Test(?:[A-Z]|$)/.test(configuration);
}

// Words that take a string or map inside `dependencies { }` without declaring a dependency.
const NOT_CONFIGURATIONS = new Set([
  'add',
  'because',
  'enforcedPlatform',
  'exclude',
  'fileTree',
  'files',
  'kotlin',
  'module',
  'platform',
  'project',
  'testFixtures',
]);

const CONFIGURATION = /(?<![\w.$])(?:(?<bare>[a-z][A-Za-z0-9_]*)|"(?<quoted>[a-z][A-Za-z0-9_]*)"(?=\s*\())/g;
const ADD_CALL = /(?<![\w.$])add\s*\(\s*(?<q0>["'])(?<configuration>\w+)\k<q0>\s*,\s*/g;
// After the configuration: an optional `(`, an optional platform wrapper, then the notation.
const NOTATION_START = /[ \t]*(?<paren>\(\s*)?(?:(?:enforcedPlatform|platform)\s*(?:\(\s*)?)?(?=["']|group\b)/y;
const STRING_NOTATION = /(?<quote>["'])(?<coordinate>[^"'\n]*)\k<quote>/y;
const NEXT_STRING = /\s*,\s*(?<quote>["'])(?<coordinate>[^"'\n]*)\k<quote>/y;
const MAP_ENTRY = /\b(?<key>group|name)\s*[:=]\s*(?<quote>["'])(?<value>[^"'\n]*)\k<quote>/g;
// group:artifact, then anything (version, classifier, @type); interpolated names are skipped.
// The version part may be a range with a space: "g:a:[2.0, 3.0)".
const COORDINATE = /^(?<group>[^\s:$'"{}]+):(?<artifact>[^\s:$'"{}]+)(?::[^'"\n]*)?$/;

function parseGradle(text: string): ParseResult {
  const starts = lineStarts(text);
  const masked = maskComments(text, starts);
  const { blocks, problems: blockProblems } = findBlocks(masked.skeleton, starts);
  const problems = [...masked.problems, ...blockProblems];
  const packages: DeclaredPackage[] = [];
  const { code, skeleton } = masked;

  // Build-script classpath entries are Gradle plugins. Some SDKs ship as one (FullStory's
  // instruments the app), so they count, as build-time (dev) dependencies.
  const inDependencies = (chain: readonly Block[], configuration: string): boolean => {
    if (chain.at(-1)?.name !== 'dependencies') return false;
    return chain.some((block) => block.name === 'buildscript') ? configuration === 'classpath' : configuration !== 'classpath';
  };
  const declare = (configuration: string, name: string, offset: number): void => {
    const dev = configuration === 'classpath' || isTestConfiguration(configuration);
    packages.push({ ecosystem: 'maven', name, ...positionAt(starts, offset), direct: true, dev });
  };
  const readString = (configuration: string, pattern: RegExp, at: number): number | undefined => {
    pattern.lastIndex = at;
    const match = pattern.exec(code);
    if (!match?.groups) return undefined;
    const coordinate = COORDINATE.exec(match.groups.coordinate ?? '')?.groups;
    const quote = match.index + match[0].lastIndexOf(match.groups.quote ?? '"', match[0].length - 2);
    if (coordinate) declare(configuration, `${coordinate.group}:${coordinate.artifact}`, quote + 1);
    return pattern.lastIndex;
  };
  const readMap = (configuration: string, at: number, inParens: boolean): number => {
    // Named arguments run to the closing parenthesis, or to the end of the line in Groovy.
    let end = at;
    if (inParens) {
      for (let depth = 1; end < skeleton.length && depth > 0; end += 1) {
        if (skeleton[end] === '(') depth += 1;
        else if (skeleton[end] === ')') depth -= 1;
      }
    } else {
      end = skeleton.indexOf('\n', at);
      if (end === -1) end = skeleton.length;
    }
    const values = new Map<string, { value: string; offset: number }>();
    for (const entry of code.slice(at, end).matchAll(MAP_ENTRY)) {
      const { key, value, quote } = entry.groups ?? {};
      if (!key || value === undefined || values.has(key)) continue;
      values.set(key, { value, offset: at + entry.index + entry[0].indexOf(quote ?? '"') + 1 });
    }
    const group = values.get('group');
    const name = values.get('name');
    if (group && name && !/[$\s]/.test(group.value + name.value)) {
      declare(configuration, `${group.value}:${name.value}`, group.offset);
    }
    return end;
  };
  const readArguments = (configuration: string, at: number): number => {
    NOTATION_START.lastIndex = at;
    const start = NOTATION_START.exec(code);
    if (!start) return at;
    const next = NOTATION_START.lastIndex;
    if (code.startsWith('group', next)) return readMap(configuration, next, start.groups?.paren !== undefined);
    let end = readString(configuration, STRING_NOTATION, next);
    // Groovy takes several notations in one statement: implementation 'a:b:1', 'c:d:2'.
    while (end !== undefined) {
      const more = readString(configuration, NEXT_STRING, end);
      if (more === undefined) break;
      end = more;
    }
    return end ?? next;
  };

  const addCallBlocks = blockCursor(blocks);
  for (const match of code.matchAll(ADD_CALL)) {
    const configuration = match.groups?.configuration;
    if (!configuration || !inDependencies(addCallBlocks(match.index), configuration)) continue;
    readString(configuration, STRING_NOTATION, match.index + match[0].length);
  }
  const configurationBlocks = blockCursor(blocks);
  CONFIGURATION.lastIndex = 0;
  for (let match = CONFIGURATION.exec(code); match; match = CONFIGURATION.exec(code)) {
    const configuration = match.groups?.bare ?? match.groups?.quoted;
    // Words inside strings are blank in the skeleton: "…implementation…" is not a statement.
    if (!configuration || skeleton[match.index] !== code[match.index]) continue;
    if (NOT_CONFIGURATIONS.has(configuration) || !inDependencies(configurationBlocks(match.index), configuration)) continue;
    CONFIGURATION.lastIndex = Math.max(CONFIGURATION.lastIndex, readArguments(configuration, CONFIGURATION.lastIndex));
  }
  packages.sort((a, b) => a.line - b.line || a.column - b.column);
  const gradlePlugins = findGradlePlugins(code, skeleton, blocks, starts);
  return { packages, problems, ...(gradlePlugins.length > 0 ? { gradlePlugins } : {}) };
}

/** build.gradle and build.gradle.kts (and other *.gradle scripts applied from them). */
export const gradleParser: FileParser = {
  id: 'maven/gradle',
  ecosystem: 'maven',
  claims: (path, name = baseName(path)) => /\.gradle(?:\.kts)?$/.test(name),
  parse: (text) => readSafely((result) => Object.assign(result, parseGradle(text))),
};
