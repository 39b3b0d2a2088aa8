import type { DeclaredPackage, FileParser, ParseProblem, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { maskComments } from '../source-text.js';
import { repositoryPath } from './repository-url.js';

// Package.swift: a Swift package manifest. Dependencies are `.package(url:…)` calls
// (`.package(name:url:…)` before Swift 5.5), `.package(id:…)` for registry packages, and
// `.package(path:…)` for local ones, which are part of the repository and skipped.
// https://developer.apple.com/documentation/packagedescription/package/dependency
// The name is the URL as a host/path (github.com/getsentry/sentry-cocoa), case kept.

const PACKAGE_CALL = /\.package\s*\(/g;
const URL_ARGUMENT = /\burl\s*:\s*"(?<url>[^"\s,]+)"/;
const ID_ARGUMENT = /\bid\s*:\s*"(?<id>[^"\s,]+)"/;

/** The package a `.package(…)` argument list names, and the offset of that string's text. */
function readDependency(argumentsText: string): { name: string; offset: number } | undefined {
  const url = URL_ARGUMENT.exec(argumentsText);
  if (url?.groups?.url !== undefined) {
    return { name: repositoryPath(url.groups.url), offset: url.index + url[0].indexOf('"') + 1 };
  }
  const id = ID_ARGUMENT.exec(argumentsText);
  if (id?.groups?.id !== undefined) return { name: id.groups.id, offset: id.index + id[0].indexOf('"') + 1 };
  return undefined;
}

function parsePackageSwift(text: string): ParseResult {
  const starts = lineStarts(text);
  const { code, skeleton, problems: maskProblems } = maskComments(text, starts, { nestedComments: true });
  const problems: ParseProblem[] = [...maskProblems];
  const packages: DeclaredPackage[] = [];
  for (const call of code.matchAll(PACKAGE_CALL)) {
    // A `.package(` inside a string is blank in the skeleton.
    if (skeleton[call.index] !== '.') continue;
    const open = call.index + call[0].length;
    let depth = 1;
    let end = open;
    for (; end < skeleton.length && depth > 0; end += 1) {
      if (skeleton[end] === '(') depth += 1;
      else if (skeleton[end] === ')') depth -= 1;
    }
    if (depth > 0) problems.push({ ...positionAt(starts, call.index), message: '`.package(` is never closed' });
    const found = readDependency(code.slice(open, end));
    if (!found) continue;
    const offset = open + found.offset;
    packages.push({ ecosystem: 'swiftpm', name: found.name, ...positionAt(starts, offset), direct: true, dev: false });
  }
  return { packages, problems };
}

/** Package.swift (and version-specific Package@swift-5.9.swift): `.package(url:)` dependencies. */
export const packageSwiftParser: FileParser = {
  id: 'apple/package-swift',
  ecosystem: 'swiftpm',
  claims: (path, name = baseName(path)) => /^Package(?:@swift-[\d.]+)?\.swift$/.test(name),
  parse: (text) => readSafely((result) => Object.assign(result, parsePackageSwift(text))),
};
