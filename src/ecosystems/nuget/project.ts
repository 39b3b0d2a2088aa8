import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { descendants, isBlank, parseXml } from '../xml.js';

// SDK-style MSBuild projects (*.csproj, *.fsproj, *.vbproj) and the Directory.Build.props /
// Directory.Build.targets files that add items to every project under them. A package is a
// <PackageReference Include="…"> (or Update="…", which changes an item an imported file added).
// https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files
// A test project only runs under the test runner, so all its packages are dev. It is known by
// its name (Shop.Tests.csproj), by <IsTestProject>true</IsTestProject>, or by referencing
// Microsoft.NET.Test.Sdk, which every `dotnet test` project needs.
// https://learn.microsoft.com/en-us/dotnet/core/testing/unit-testing-with-dotnet-test

const PROJECT_FILE = /\.(?:cs|fs|vb)proj$/;
const BUILD_FILES = new Set(['Directory.Build.props', 'Directory.Build.targets']);
const TEST_SDK = 'microsoft.net.test.sdk';

/** True when the project's own file name says it is a test project. */
export function isTestProjectName(name: string): boolean {
  return /(?:Tests?|[._-]tests?)$/.test(name);
}

function parseProject(text: string, path: string): ParseResult {
  if (isBlank(text)) return { packages: [], problems: [] };
  const { root, problems } = parseXml(text);
  const packages: DeclaredPackage[] = [];
  let testProject = isTestProjectName(baseName(path).replace(PROJECT_FILE, ''));
  for (const element of descendants(root)) {
    if (element.name === 'IsTestProject' && element.text.trim().toLowerCase() === 'true') testProject = true;
    if (element.name !== 'PackageReference') continue;
    const attribute = element.attributes.get('Include') ?? element.attributes.get('Update');
    // Include may list several packages separated by semicolons, as any MSBuild item.
    for (const name of (attribute?.value ?? '').split(';')) {
      const trimmed = name.trim();
      if (!attribute || trimmed === '' || trimmed.includes('$(')) continue;
      if (trimmed.toLowerCase() === TEST_SDK) testProject = true;
      const offset = attribute.value.indexOf(trimmed);
      packages.push({
        ecosystem: 'nuget',
        name: trimmed,
        line: attribute.line,
        column: attribute.column + offset,
        direct: true,
        dev: false,
      });
    }
  }
  return { packages: packages.map((declared) => ({ ...declared, dev: testProject })), problems };
}

/** *.csproj, *.fsproj, *.vbproj, Directory.Build.props/targets: PackageReference items. */
export const projectParser: FileParser = {
  id: 'nuget/project',
  ecosystem: 'nuget',
  claims: (path, name = baseName(path)) => PROJECT_FILE.test(name) || BUILD_FILES.has(name),
  parse: (text, path) => readSafely((result) => Object.assign(result, parseProject(text, path))),
};
