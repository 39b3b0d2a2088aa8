import type { DeclaredPackage, FileParser, ParseProblem, ParseResult } from '../../types.js';
import { addEdge, emptyGraph, hasEdges } from '../graph.js';
import { baseName, readSafely } from '../guard.js';

// Podfile.lock: YAML written by `pod install`. PODS lists every installed pod and subspec
// (with its own requirements indented below it); DEPENDENCIES repeats what the Podfile asked
// for. The file is generated in one fixed shape, so it is read line by line, which keeps the
// positions and survives a merge conflict in the middle.
// https://guides.cocoapods.org/using/using-cocoapods.html#what-is-podfilelock

const SECTION = /^(?<section>[A-Z][A-Z ]*[A-Z]):/;
// `  - Name (version):` or `  - "Name (from `url`)"`; entries of an entry are indented further.
const ENTRY = /^(?<indent> +)- (?<quote>"?)(?<name>[^\s"():]+)(?: \([^)]*\))?\k<quote>:?\s*$/;

function parsePodfileLock(text: string): ParseResult {
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  let section = '';
  const graph = emptyGraph();
  let pod = '';
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    const header = SECTION.exec(line)?.groups?.section;
    if (header !== undefined) {
      section = header;
      continue;
    }
    if (section !== 'PODS' && section !== 'DEPENDENCIES') continue;
    const entry = ENTRY.exec(line);
    if (!entry?.groups) {
      problems.push({ line: index + 1, column: 1, message: `not a Podfile.lock ${section} entry: ${line.trim().slice(0, 80)}` });
      continue;
    }
    // Requirements of a pod (deeper entries) name pods that have their own entry above or below:
    // the edges of the graph.
    const name = entry.groups.name ?? '';
    if ((entry.groups.indent ?? '').length > 2) {
      if (section === 'PODS' && pod) addEdge(graph, pod, name);
      continue;
    }
    if (section === 'PODS') pod = name;
    else graph.roots.add(name);
    packages.push({
      ecosystem: 'cocoapods',
      name,
      line: index + 1,
      column: line.indexOf(name) + 1,
      direct: section === 'DEPENDENCIES',
      dev: false,
    });
  }
  // A pod DEPENDENCIES names is direct: reported once, at that line.
  const direct = packages.filter((pkg) => pkg.direct || !graph.roots.has(pkg.name));
  return { packages: direct, problems, ...(hasEdges(graph) ? { graph } : {}) };
}

/** Podfile.lock: PODS entries (transitive) and DEPENDENCIES entries (direct). */
export const podfileLockParser: FileParser = {
  id: 'apple/podfile-lock',
  ecosystem: 'cocoapods',
  claims: (path, name = baseName(path)) => name === 'Podfile.lock',
  parse: (text) => readSafely((result) => Object.assign(result, parsePodfileLock(text))),
};
