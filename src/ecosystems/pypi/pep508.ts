import type { DeclaredPackage, Position } from '../../types.js';
import { normalizePackageName } from '../normalize.js';

// PEP 508 dependency specifiers: the name comes first, then extras, a version, a URL or markers.
// https://peps.python.org/pep-0508/#names
const NAME = /^(?<space>\s*)(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/** The project name a requirement string starts with, and its offset inside the string. */
export function requirementName(requirement: string): { name: string; offset: number } | undefined {
  const match = NAME.exec(requirement);
  if (!match?.groups) return undefined;
  const { space = '', name = '' } = match.groups;
  return { name, offset: space.length };
}

// Groups, extras and environments whose name says they are for development only.
const DEV_GROUPS = new Set(['dev', 'develop', 'development', 'test', 'tests', 'testing', 'lint', 'linting', 'docs', 'doc', 'typing', 'types']);

/** Is this group, extra or environment name a development-only one? (PEP 685 normalises extras.) */
export function isDevGroup(group: string): boolean {
  return DEV_GROUPS.has(normalizePackageName('pypi', group));
}

export function pypiPackage(name: string, position: Position, direct: boolean, dev: boolean): DeclaredPackage {
  return { ecosystem: 'pypi', name, line: position.line, column: position.column, direct, dev };
}

/** Same project, per PEP 503 normalisation. */
export function sameProject(a: string | undefined, b: string): boolean {
  return a !== undefined && normalizePackageName('pypi', a) === normalizePackageName('pypi', b);
}
