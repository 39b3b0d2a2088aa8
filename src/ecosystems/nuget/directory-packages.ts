import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { descendants, isBlank, parseXml } from '../xml.js';

// Directory.Packages.props: NuGet central package management. <PackageVersion Include="…">
// sets the version of a package projects reference (a pin, marked `managed`: the project's
// <PackageReference> is the use); <GlobalPackageReference> adds a package to every project.
// https://learn.microsoft.com/en-us/nuget/consume-packages/central-package-management

const ITEMS = new Set(['PackageVersion', 'GlobalPackageReference']);

function parseDirectoryPackages(text: string): ParseResult {
  if (isBlank(text)) return { packages: [], problems: [] };
  const { root, problems } = parseXml(text);
  const packages: DeclaredPackage[] = [];
  for (const element of descendants(root)) {
    if (!ITEMS.has(element.name)) continue;
    const include = element.attributes.get('Include') ?? element.attributes.get('Update');
    const name = include?.value.trim();
    if (!include || !name) continue;
    const managed = element.name === 'PackageVersion';
    packages.push({ ecosystem: 'nuget', name, line: include.line, column: include.column, direct: true, dev: false, ...(managed ? { managed } : {}) });
  }
  return { packages, problems };
}

/** Directory.Packages.props: centrally managed package versions. */
export const directoryPackagesParser: FileParser = {
  id: 'nuget/directory-packages',
  ecosystem: 'nuget',
  claims: (path, name = baseName(path)) => name === 'Directory.Packages.props',
  parse: (text) => readSafely((result) => Object.assign(result, parseDirectoryPackages(text))),
};
