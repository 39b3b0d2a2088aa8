import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { readJsonTree } from '../json.js';
import { isTestProjectName } from './project.js';

// packages.lock.json: NuGet's lockfile, written next to the project when
// RestorePackagesWithLockFile is on. dependencies.<target framework>.<package>.type is Direct,
// Transitive, CentralTransitive or Project (a project reference, not a package).
// https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies
// A package listed under several frameworks is declared once, direct if any framework says so.
// The lockfile of a test project (its folder named *.Tests, or Microsoft.NET.Test.Sdk among
// its packages) is all dev, as its project file is.

const TEST_SDK = 'microsoft.net.test.sdk';

function parsePackagesLock(text: string, path: string): ParseResult {
  if (text.trim() === '') return { packages: [], problems: [] };
  const { tree, starts, problems } = readJsonTree(text);
  const byName = new Map<string, DeclaredPackage>();
  const dependencies = tree?.children?.find((property) => property.children?.[0]?.value === 'dependencies')?.children?.[1];
  for (const framework of dependencies?.type === 'object' ? (dependencies.children ?? []) : []) {
    const packages = framework.children?.[1];
    for (const entry of packages?.type === 'object' ? (packages.children ?? []) : []) {
      const [key, value] = entry.children ?? [];
      if (typeof key?.value !== 'string' || value?.type !== 'object') continue;
      const type = value.children?.find((property) => property.children?.[0]?.value === 'type')?.children?.[1]?.value;
      if (type === 'Project') continue;
      const direct = type === 'Direct';
      const known = byName.get(key.value.toLowerCase());
      if (known) {
        known.direct ||= direct;
        continue;
      }
      byName.set(key.value.toLowerCase(), {
        ecosystem: 'nuget',
        name: key.value,
        ...positionAt(starts, key.offset + 1),
        direct,
        dev: false,
      });
    }
  }
  const folder = path.split('/').at(-2) ?? '';
  const testProject = isTestProjectName(folder) || byName.has(TEST_SDK);
  const packages = [...byName.values()].map((declared) => ({ ...declared, dev: testProject }));
  return { packages, problems };
}

/** packages.lock.json: Direct and Transitive packages of every target framework. */
export const packagesLockParser: FileParser = {
  id: 'nuget/packages-lock',
  ecosystem: 'nuget',
  claims: (path, name = baseName(path)) => name === 'packages.lock.json',
  parse: (text, path) => readSafely((result) => Object.assign(result, parsePackagesLock(text, path))),
};
