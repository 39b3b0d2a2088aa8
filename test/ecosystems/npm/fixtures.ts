import { readFileSync } from 'node:fs';
import type { DeclaredPackage } from '../../../src/types.js';

const FIXTURES = new URL('../../fixtures/ecosystems/npm/', import.meta.url);

/** The text of test/fixtures/ecosystems/npm/<format>/<name>. */
export function readFixture(format: string, name: string): string {
  return readFileSync(new URL(`${format}/${name}`, FIXTURES), 'utf8');
}

/** The package of that name, or a failure that lists what was found instead. */
export function byName(packages: DeclaredPackage[], name: string): DeclaredPackage {
  const found = packages.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`no ${name} among ${packages.map((pkg) => pkg.name).join(', ')}`);
  return found;
}

/** Names, sorted, for comparing sets of packages. */
export function names(packages: DeclaredPackage[]): string[] {
  return packages.map((pkg) => pkg.name).sort();
}
