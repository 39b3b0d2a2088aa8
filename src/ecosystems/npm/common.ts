// Helpers the npm-family parsers share: a never-throwing wrapper, de-duplication of the
// packages a lockfile lists many times, `name@range` specifiers and JSON error messages.

import { parseTree, printParseErrorCode, type Node, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { DeclaredPackage, ParseProblem, ParseResult } from '../../types.js';
import { emptyGraph, hasEdges, type DependencyGraph } from '../graph.js';
import { readSafely, tooDeepJson } from '../guard.js';
import { lineStarts, positionAt } from '../position.js';

/** One place a file names a package; `dev` is undefined when the format cannot tell. */
export interface Occurrence {
  name: string;
  line: number;
  column: number;
  direct: boolean;
  dev?: boolean | undefined;
  /** Declared only in `peerDependencies`: the package's user installs it. */
  peer?: boolean;
}

/** The body of a parser: pushes what it finds, may throw (the wrapper catches). */
export type ParseBody = (text: string, found: Occurrence[], problems: ParseProblem[], graph: DependencyGraph) => void;

/**
 * The dependency groups of package.json, and whether each is development-only; lockfiles
 * copy them per project. A Map, so that a key such as `constructor` is not found on a prototype.
 * https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies
 */
export const DEPENDENCY_GROUPS: ReadonlyMap<string, boolean> = new Map([
  ['dependencies', false],
  ['devDependencies', true],
  ['peerDependencies', false],
  ['optionalDependencies', false],
]);

/** A truncated or garbled lockfile can produce a problem per line; the first few say enough. */
const MAX_PROBLEMS = 20;

/**
 * Runs a parser body through the shared guard, so that an unexpected exception becomes a
 * problem and whatever was found before it is still returned. A blank file declares nothing
 * and is not a problem, for every format, so that a placeholder file raises no parse-warning.
 */
export function parseSafely(text: string, body: ParseBody): ParseResult {
  if (text.trim() === '') return { packages: [], problems: [] };
  const found: Occurrence[] = [];
  const graph = emptyGraph();
  const { problems } = readSafely((result) => body(text, found, result.problems, graph));
  // A package the lockfile itself names as a project's dependency is direct.
  if (graph.roots.size > 0) for (const occurrence of found) if (graph.roots.has(occurrence.name)) occurrence.direct = true;
  return { packages: mergeOccurrences(found), problems: problems.slice(0, MAX_PROBLEMS), ...(hasEdges(graph) ? { graph } : {}) };
}

/**
 * One DeclaredPackage per name, at the first place the file names it: direct if any
 * occurrence is direct; dev only if every occurrence whose group is known is dev (a package
 * that production code also pulls in ships to users).
 */
export function mergeOccurrences(occurrences: Iterable<Occurrence>): DeclaredPackage[] {
  const byName = new Map<string, { pkg: DeclaredPackage; devKnown: boolean; peer: boolean; plain: boolean }>();
  for (const occurrence of occurrences) {
    let seen = byName.get(occurrence.name);
    if (!seen) {
      const { name, line, column, direct, dev } = occurrence;
      seen = { pkg: { ecosystem: 'npm', name, line, column, direct, dev: dev ?? false }, devKnown: dev !== undefined, peer: false, plain: false };
      byName.set(name, seen);
    } else {
      seen.pkg.direct ||= occurrence.direct;
      if (occurrence.dev !== undefined) {
        seen.pkg.dev = seen.devKnown ? seen.pkg.dev && occurrence.dev : occurrence.dev;
        seen.devKnown = true;
      }
    }
    // A peer the library also lists as a devDependency (to test against) stays a peer; listed in
    // `dependencies` too, it is installed with the package.
    if (occurrence.peer) seen.peer = true;
    else if (!occurrence.dev) seen.plain = true;
  }
  return [...byName.values()].map(({ pkg, peer, plain }) => (peer && !plain ? { ...pkg, dev: false, peer: true } : pkg));
}

/**
 * Splits `name@range` (`@scope/name@range` included) at the `@` that ends the name.
 * Returns undefined when there is no such `@`.
 */
export function splitSpecifier(specifier: string): { name: string; range: string } | undefined {
  // Start at 1 so the leading `@` of a scope is not taken for the separator.
  const at = specifier.indexOf('@', 1);
  if (at === -1) return undefined;
  return { name: specifier.slice(0, at), range: specifier.slice(at + 1) };
}

// https://github.com/npm/validate-npm-package-name: lower-case URL-safe characters, an
// optional `@scope/`. Upper case is accepted because old packages and typos exist.
const PACKAGE_NAME = /^(?:@[\w.~-]+\/)?[\w.~-]+$/;

/** Whether a string can be an npm package name (used to tell names from versions and paths). */
export function isPackageName(text: string): boolean {
  return PACKAGE_NAME.test(text);
}

/**
 * The real package behind an npm alias range, `npm:posthog-js@^1` → `posthog-js`.
 * https://docs.npmjs.com/cli/v10/commands/npm-install (`npm install <alias>@npm:<name>`).
 * Yarn berry writes every registry range as `npm:^1.0.0`, which names no package; with
 * `bareName`, `npm:posthog-js` (an alias to the latest version) is accepted too.
 */
export function npmAliasTarget(range: string, bareName = false): string | undefined {
  if (!range.startsWith('npm:')) return undefined;
  const target = range.slice('npm:'.length).trim();
  const split = splitSpecifier(target);
  if (split) return isPackageName(split.name) ? split.name : undefined;
  if (bareName && isPackageName(target) && !/^[\d^~<>=*]/.test(target)) return target;
  return undefined;
}

/**
 * The package a URL range names, when the URL says it:
 * - a registry tarball, `https://registry.npmjs.org/posthog-js/-/posthog-js-1.2.3.tgz` (npm's
 *   `<registry>/<name>/-/<base>-<version>.tgz` layout, any registry: yarn's, GitHub Packages'),
 *   scoped as `/@scope/name/-/` or `/@scope%2fname/-/`;
 * - a package CDN, `https://cdn.jsdelivr.net/npm/posthog-js@1/dist/x.js`, `https://unpkg.com/posthog-js@1`,
 *   `https://esm.sh/posthog-js@1`.
 * https://docs.npmjs.com/cli/v10/configuring-npm/package-json#urls-as-dependencies
 */
export function npmUrlPackage(range: string): string | undefined {
  const url = /^(?:git\+)?https?:\/\/(?<host>[^/\s?#]+)(?<path>\/[^\s?#]*)/i.exec(range.trim());
  if (!url?.groups) return undefined;
  const host = url.groups.host!.toLowerCase();
  const path = decodeURIComponentSafely(url.groups.path!);
  const tarball = /\/(?<name>(?:@[^/]+\/)?[^/@]+)\/-\/(?<file>[^/]+)\.tgz$/.exec(path);
  if (tarball?.groups) {
    const name = tarball.groups.name!;
    // The file is `<name without scope>-<version>.tgz`: a check that this is the layout meant.
    const bare = name.slice(name.indexOf('/') + 1);
    return isPackageName(name) && tarball.groups.file!.startsWith(`${bare}-`) ? name : undefined;
  }
  const cdnPath = cdnPackagePath(host, path);
  if (cdnPath === undefined) return undefined;
  const cdn = /^\/(?<name>(?:@[^/@]+\/)?[^/@]+)(?:@|\/|$)/.exec(cdnPath);
  return cdn?.groups && isPackageName(cdn.groups.name!) ? cdn.groups.name! : undefined;
}

const JSDELIVR_HOSTS = new Set(['cdn.jsdelivr.net', 'fastly.jsdelivr.net', 'gcore.jsdelivr.net']);
/** Hosts that serve npm packages at `/<name>@<version>/<file>`. */
const CDN_HOSTS = new Set(['unpkg.com', 'esm.sh', 'cdn.skypack.dev', 'esm.run', 'jspm.dev', 'dev.jspm.io']);

/**
 * The part of a package CDN's URL path that starts with the package name, or undefined when the
 * URL serves no npm package:
 * - jsDelivr serves npm under `/npm/` (and GitHub repositories under `/gh/`, which name no package);
 * - JSPM's generator CDN under `/npm:` (`https://ga.jspm.io/npm:posthog-js@1.96.0/dist/module.js`);
 * - esm.sh may put a build version or `stable` first (`/v135/stripe@14`), and serves JSR packages
 *   under `/jsr/` (https://esm.sh/#docs).
 */
function cdnPackagePath(host: string, path: string): string | undefined {
  if (JSDELIVR_HOSTS.has(host)) return path.startsWith('/npm/') ? path.slice('/npm'.length) : undefined;
  if (host === 'ga.jspm.io') return path.startsWith('/npm:') ? `/${path.slice('/npm:'.length)}` : undefined;
  if (host === 'esm.sh') return path.replace(/^\/(?:v\d{1,4}|stable|jsr)(?=\/)/, '');
  return CDN_HOSTS.has(host) ? path : undefined;
}

/**
 * The npm package a module specifier of a runtime without package.json names: Deno's `npm:` and
 * `jsr:` specifiers (`npm:resend@4.0.0/sub` → `resend`, `jsr:@supabase/supabase-js@2` →
 * `@supabase/supabase-js`) and package CDN URLs (npmUrlPackage). JSR names are looked up as npm
 * names: a vendor publishing to JSR uses its npm name there.
 * https://docs.deno.com/runtime/fundamentals/modules/
 */
export function specifierPackage(specifier: string): string | undefined {
  const registry = /^(?:npm|jsr):\/?(?<name>(?:@[\w.~-]{1,100}\/)?[\w.~-]{1,214})(?:@[^/\s]*)?(?:\/|$)/.exec(specifier);
  if (registry?.groups) return registry.groups.name!;
  return /^https?:\/\//i.test(specifier) ? npmUrlPackage(specifier) : undefined;
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The real package a dependency's range names, when it is not the key: an `npm:` alias or a URL (npmUrlPackage). */
export function npmRangePackage(range: string, bareName = false): string | undefined {
  return npmAliasTarget(range, bareName) ?? npmUrlPackage(range);
}

// Words for jsonc-parser's error codes: https://github.com/microsoft/node-jsonc-parser
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name (a trailing comma?)',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the end of the document',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** The first syntax error jsonc-parser reported: its code and the token it was found at. */
export interface JsonError {
  code: ParseErrorCode;
  offset: number;
  length: number;
}

/**
 * A problem for a JSON syntax error. An error whose token runs to the end of the text (an
 * unterminated string, a missing `}`) is reported as "unexpected end of file", which is what
 * a truncated lockfile looks like.
 */
export function jsonProblem(text: string, starts: number[], { code, offset, length }: JsonError): ParseProblem {
  const atEnd = offset + length >= text.trimEnd().length;
  const what = atEnd ? 'unexpected end of file' : (JSON_ERRORS[printParseErrorCode(code)] ?? 'syntax error');
  return { ...positionAt(starts, Math.min(offset, text.length)), message: `invalid JSON: ${what}` };
}

/**
 * A byte-order mark is not JSON; replacing it with a space keeps every offset, and so every
 * line and column, as in the file.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/** A problem when the first token of a JSON document is not `{`; undefined when it is. */
export function expectObject(text: string, starts: number[]): ParseProblem | undefined {
  const first = text.search(/\S/);
  if (first === -1 || text[first] === '{') return undefined;
  return { ...positionAt(starts, first), message: 'expected a JSON object at the top level' };
}

/**
 * Open a JSON document that must be an object: its text without a byte-order mark and its line
 * starts, or the problem that stops reading it (not an object, or nested too deep to parse).
 */
export function openJsonObject(raw: string): { text: string; starts: number[] } | { problem: ParseProblem } {
  const text = withoutBom(raw);
  const starts = lineStarts(text);
  const problem = expectObject(text, starts) ?? tooDeepJson(text);
  return problem ? { problem } : { text, starts };
}

/**
 * The tree of a JSON object file, its first syntax error pushed as a located problem: jsonc-parser
 * recovers a tree after an error, so what precedes and follows it is still read. `jsonc` accepts
 * comments and trailing commas (deno.json); npm reads package.json as strict JSON.
 */
export function parseJsonObjectTree(raw: string, problems: ParseProblem[], jsonc: boolean): { root: Node; starts: number[] } | undefined {
  const opened = openJsonObject(raw);
  if ('problem' in opened) {
    problems.push(opened.problem);
    return undefined;
  }
  const { text, starts } = opened;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc });
  const firstError = errors[0];
  if (firstError) {
    const { error: code, offset, length } = firstError;
    problems.push(jsonProblem(text, starts, { code, offset, length }));
  }
  return root?.type === 'object' ? { root, starts } : undefined;
}

/** One line of a text file, without its line break; `line` is 1-based. */
export interface Line {
  text: string;
  line: number;
}

/**
 * The lines of a file, without `\r\n` endings or a leading byte-order mark. A generator over
 * indexOf keeps a 20 MB lockfile from being split into one big array first.
 */
export function* readLines(text: string): Generator<Line> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const last = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    yield { text: text.slice(start, last), line };
    start = end + 1;
    line++;
  }
}
