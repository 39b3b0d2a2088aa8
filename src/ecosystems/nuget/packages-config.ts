import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { childrenNamed, isBlank, parseXml } from '../xml.js';

// packages.config: the pre-PackageReference NuGet format, one <package id="…"> per package,
// transitive ones included (NuGet 2 flattened the graph into it, so nothing marks which were
// asked for). developmentDependency="true" marks build-time-only packages.
// https://learn.microsoft.com/en-us/nuget/reference/packages-config

function parsePackagesConfig(text: string): ParseResult {
  if (isBlank(text)) return { packages: [], problems: [] };
  const { root, problems } = parseXml(text);
  const packages: DeclaredPackage[] = [];
  if (root && root.name !== 'packages') {
    problems.push({ line: root.line, column: root.column, message: `expected a <packages> root element, found <${root.name}>` });
    return { packages, problems };
  }
  for (const element of childrenNamed(root, 'package')) {
    const id = element.attributes.get('id');
    const name = id?.value.trim();
    if (!id || !name) {
      problems.push({ line: element.line, column: element.column, message: '<package> without an id was skipped' });
      continue;
    }
    const development = element.attributes.get('developmentDependency')?.value.trim().toLowerCase() === 'true';
    packages.push({ ecosystem: 'nuget', name, line: id.line, column: id.column, direct: true, dev: development });
  }
  return { packages, problems };
}

/** packages.config: <package id> entries. */
export const packagesConfigParser: FileParser = {
  id: 'nuget/packages-config',
  ecosystem: 'nuget',
  claims: (path, name = baseName(path)) => name === 'packages.config',
  parse: (text) => readSafely((result) => Object.assign(result, parsePackagesConfig(text))),
};
