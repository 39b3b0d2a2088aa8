import type { FileParser, ParseResult } from '../../types.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { baseName, problem, readSafely } from '../guard.js';
import { gemPackage } from './gem.js';

// Gemfile.lock: sections start in column 1. Under GEM, GIT and PATH, `specs:` lists every
// resolved gem at 4 spaces (its own dependencies follow at 6: the graph's edges); DEPENDENCIES
// lists what the Gemfile asked for at 2 spaces, with `!` when it comes from a git or path
// source: those are direct, every other spec transitive.
// https://bundler.io/man/bundle-install.1.html  (format: bundler/lib/bundler/lockfile_parser.rb)

const SECTION = /^(?<name>[A-Z][A-Z ]*)$/;
const SOURCES = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
const REMOTE = /^ {2}remote: (?<remote>.*)$/;
const SPEC = /^ {4}(?<name>[^\s(]+)(?: \([^)]*\))?$/;
const DEPENDENCY = /^ {2}(?<name>[^\s(!]+)!?(?: \([^)]*\))?$/;
// A spec's own dependency, at six spaces: `      activesupport (>= 6.1)`.
const SPEC_DEPENDENCY = /^ {6}(?<name>[^\s(]+)/;
const CONFLICT = /^(?:<{7}|={7}|>{7})(?:\s|$)/;

function readGemfileLock(text: string, result: ParseResult): void {
  let section = '';
  let remote = '';
  const seen = new Set<string>();
  /** Gems this repository builds itself (PATH `remote: .`); DEPENDENCIES lists them as `name!`. */
  const own = new Set<string>();
  const graph = emptyGraph();
  let spec = '';
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (line.trim() === '') continue;
    if (CONFLICT.test(line)) {
      result.problems.push(problem(lineNumber, 1, 'unresolved merge conflict marker'));
      continue;
    }
    const header = SECTION.exec(line);
    if (header?.groups?.name) {
      section = header.groups.name;
      remote = '';
      continue;
    }
    if (SOURCES.has(section)) {
      const source = REMOTE.exec(line);
      if (source) remote = source.groups?.remote ?? '';
      if (line.startsWith('      ')) {
        const dependency = SPEC_DEPENDENCY.exec(line)?.groups?.name;
        if (dependency && spec) addEdge(graph, spec, dependency);
        continue;
      }
      if (!line.startsWith('    ')) continue;
      const specLine = SPEC.exec(line);
      spec = specLine?.groups?.name ?? '';
      if (!specLine?.groups?.name) {
        result.problems.push(problem(lineNumber, 5, `not a \`name (version)\` spec line: \`${line.trim()}\``));
        continue;
      }
      // PATH with `remote: .` is the gem this repository builds, not a dependency.
      if (section === 'PATH' && remote === '.') {
        own.add(specLine.groups.name);
        continue;
      }
      // The same gem appears once per platform (`nokogiri (1.16.0-x86_64-linux)`).
      if (seen.has(specLine.groups.name)) continue;
      seen.add(specLine.groups.name);
      result.packages.push(gemPackage(specLine.groups.name, { line: lineNumber, column: 5 }, false, false));
      continue;
    }
    if (section === 'DEPENDENCIES') {
      const dependency = DEPENDENCY.exec(line);
      if (!dependency?.groups?.name) {
        result.problems.push(problem(lineNumber, 1, `not a dependency line: \`${line.trim()}\``));
        continue;
      }
      if (own.has(dependency.groups.name)) continue;
      graph.roots.add(dependency.groups.name);
      result.packages.push(gemPackage(dependency.groups.name, { line: lineNumber, column: 3 }, true, false));
    }
  }
  // A gem DEPENDENCIES names is direct: its spec line is the same gem, reported once, there.
  result.packages = result.packages.filter((pkg) => pkg.direct || !graph.roots.has(pkg.name));
  // A gem this repository builds (PATH `remote: .`) is the project: its dependencies are direct too.
  for (const name of own) for (const dependency of graph.edges.get(name) ?? []) graph.roots.add(dependency);
  if (hasEdges(graph)) result.graph = graph;
}

export const gemfileLockParser: FileParser = {
  id: 'rubygems/gemfile-lock',
  ecosystem: 'rubygems',
  claims: (path, name = baseName(path)) => ['Gemfile.lock', 'gems.locked'].includes(name),
  parse: (text) => readSafely((result) => readGemfileLock(text, result)),
};
