import type { DeclaredPackage, FileParser, ParseProblem, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { repositoryPath } from './repository-url.js';

// Cartfile, Cartfile.private and Cartfile.resolved: Carthage dependencies, one per line as
// `github "owner/repo"`, `git "url"` or `binary "url-of-a-json-spec"`, then a version.
// https://github.com/Carthage/Carthage/blob/master/Documentation/Artifacts.md#cartfile
// Cartfile.private holds what only the framework's own development needs (test frameworks),
// so it is dev; Cartfile.resolved pins the whole graph, so it is direct: false.

const LINE = /^\s*(?<origin>github|git|binary)\s+"(?<source>[^"]+)"/;

/** `github "owner/repo"` names github.com/owner/repo; a full URL (GitHub Enterprise) is kept. */
function nameOf(origin: string, source: string): string {
  if (origin === 'github' && !source.includes('://')) return `github.com/${source.replace(/\.git$/, '')}`;
  return repositoryPath(source);
}

function parseCartfile(text: string, path: string): ParseResult {
  const file = baseName(path);
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/^\uFEFF/, '').replace(/#.*$/, '');
    if (line.trim() === '') continue;
    const entry = LINE.exec(line)?.groups;
    if (!entry?.origin || !entry.source) {
      problems.push({ line: index + 1, column: line.search(/\S/) + 1, message: `not a Carthage dependency line: ${line.trim().slice(0, 80)}` });
      continue;
    }
    packages.push({
      ecosystem: 'carthage',
      name: nameOf(entry.origin, entry.source),
      line: index + 1,
      column: line.indexOf('"') + 2,
      direct: file !== 'Cartfile.resolved',
      dev: file === 'Cartfile.private',
    });
  }
  return { packages, problems };
}

/** Cartfile, Cartfile.private (dev) and Cartfile.resolved (transitive). */
export const cartfileParser: FileParser = {
  id: 'apple/cartfile',
  ecosystem: 'carthage',
  claims: (path, name = baseName(path)) => ['Cartfile', 'Cartfile.private', 'Cartfile.resolved'].includes(name),
  parse: (text, path) => readSafely((result) => Object.assign(result, parseCartfile(text, path))),
};
