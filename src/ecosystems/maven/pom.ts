import type { DeclaredPackage, FileParser, ParseProblem, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { childNamed, childrenNamed, isBlank, parseXml, type XmlElement } from '../xml.js';

// pom.xml: the Maven project object model.
// https://maven.apache.org/pom.html
// Dependencies are read from <dependencies> and <dependencyManagement> of the project and of
// its profiles. A <dependencyManagement> entry (a BOM import too) only pins a version for the modules
// that declare the dependency; it is marked `managed`, and the declaring module is the use. <build><plugins> is left out on purpose: plugins and their own dependencies run
// at build time and never ship with the application.

const PROPERTY = /\$\{(?<key>[^}]+)\}/g;

/** Replaces `${key}` with a value from <properties> (or project.*), leaving unknown keys as written. */
function resolveProperties(value: string, properties: Map<string, string>): string {
  let resolved = value;
  // A property may point at another property; a handful of rounds ends any cycle.
  for (let round = 0; round < 5 && resolved.includes('${'); round += 1) {
    const next = resolved.replace(PROPERTY, (whole, key: string) => properties.get(key.trim()) ?? whole);
    if (next === resolved) break;
    resolved = next;
  }
  return resolved;
}

function readProperties(project: XmlElement): Map<string, string> {
  const properties = new Map<string, string>();
  for (const property of childNamed(project, 'properties')?.children ?? []) {
    properties.set(property.name, property.text.trim());
  }
  // Built-in properties a coordinate commonly refers to; the parent's groupId is inherited.
  const parent = childNamed(project, 'parent');
  const groupId = childNamed(project, 'groupId') ?? childNamed(parent, 'groupId');
  const artifactId = childNamed(project, 'artifactId');
  const version = childNamed(project, 'version') ?? childNamed(parent, 'version');
  for (const [key, element] of [
    ['groupId', groupId],
    ['artifactId', artifactId],
    ['version', version],
  ] as const) {
    if (!element) continue;
    properties.set(`project.${key}`, element.text.trim());
    properties.set(`pom.${key}`, element.text.trim());
  }
  const parentGroupId = childNamed(parent, 'groupId');
  if (parentGroupId) properties.set('project.parent.groupId', parentGroupId.text.trim());
  return properties;
}

/** <dependencies> and <dependencyManagement><dependencies> of a project or a profile, each with whether it is managed. */
function dependencyElements(owner: XmlElement): { element: XmlElement; managed: boolean }[] {
  const declared = childrenNamed(owner, 'dependencies').flatMap((list) => childrenNamed(list, 'dependency'));
  const managed = childrenNamed(childNamed(owner, 'dependencyManagement'), 'dependencies').flatMap((list) => childrenNamed(list, 'dependency'));
  return [...declared.map((element) => ({ element, managed: false })), ...managed.map((element) => ({ element, managed: true }))];
}

function readDependency(
  dependency: XmlElement,
  properties: Map<string, string>,
  problems: ParseProblem[],
): DeclaredPackage | undefined {
  const groupId = childNamed(dependency, 'groupId');
  const artifactId = childNamed(dependency, 'artifactId');
  if (!groupId || !artifactId || groupId.text.trim() === '' || artifactId.text.trim() === '') {
    problems.push({
      line: dependency.line,
      column: dependency.column,
      message: '<dependency> without a <groupId> and an <artifactId> was skipped',
    });
    return undefined;
  }
  const group = resolveProperties(groupId.text.trim(), properties);
  const artifact = resolveProperties(artifactId.text.trim(), properties);
  const scope = childNamed(dependency, 'scope')?.text.trim();
  return {
    ecosystem: 'maven',
    name: `${group}:${artifact}`,
    ...groupId.textPosition,
    direct: true,
    // `test` is the only scope that never reaches the running application; `provided` is
    // supplied by the container at run time, so it still runs in production.
    dev: scope === 'test',
  };
}

function parsePom(text: string): ParseResult {
  if (isBlank(text)) return { packages: [], problems: [] };
  const { root, problems } = parseXml(text);
  if (!root) return { packages: [], problems };
  if (root.name !== 'project') {
    return { packages: [], problems: [...problems, { line: root.line, column: root.column, message: `expected a <project> root element, found <${root.name}>` }] };
  }
  const properties = readProperties(root);
  const packages: DeclaredPackage[] = [];
  const owners = [root, ...childrenNamed(childNamed(root, 'profiles'), 'profile')];
  for (const owner of owners) {
    for (const { element, managed } of dependencyElements(owner)) {
      const declared = readDependency(element, properties, problems);
      if (declared) packages.push(managed ? { ...declared, managed: true } : declared);
    }
  }
  packages.sort((a, b) => a.line - b.line || a.column - b.column);
  return { packages, problems };
}

/** pom.xml dependencies, dependencyManagement entries and BOM imports. */
export const pomParser: FileParser = {
  id: 'maven/pom',
  ecosystem: 'maven',
  claims: (path, name = baseName(path)) => name === 'pom.xml',
  parse: (text) => readSafely((result) => Object.assign(result, parsePom(text))),
};
