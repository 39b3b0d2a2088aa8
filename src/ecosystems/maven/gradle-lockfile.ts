import type { DeclaredPackage, FileParser, ParseProblem, ParseResult } from '../../types.js';
import { baseName, readSafely } from '../guard.js';
import { isTestConfiguration } from './gradle.js';

// gradle.lockfile: Gradle dependency locking, one resolved module per line with the
// configurations that resolved it. The older per-configuration files
// (gradle/dependency-locks/<configuration>.lockfile) list the modules alone.
// https://docs.gradle.org/current/userguide/dependency_locking.html#lock_state_location_and_format
// A lockfile lists direct and transitive modules alike, so every entry is direct: false.

const ENTRY = /^(?<group>[^\s:=#]+):(?<artifact>[^\s:=#]+):(?<version>[^\s=#]+)(?:=(?<configurations>\S*))?$/;

function parseLockfile(text: string, path: string): ParseResult {
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  // The legacy layout names its one configuration in the file name.
  const legacyConfiguration = baseName(path) === 'gradle.lockfile' ? undefined : baseName(path).replace(/\.lockfile$/, '');
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    // `empty=` lists the configurations that resolved nothing.
    if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
    const entry = ENTRY.exec(line)?.groups;
    if (!entry) {
      problems.push({ line: index + 1, column: 1, message: `not a "group:artifact:version=configurations" line: ${line.slice(0, 80)}` });
      continue;
    }
    const configurations = (entry.configurations ?? legacyConfiguration ?? '').split(',').filter(Boolean);
    packages.push({
      ecosystem: 'maven',
      name: `${entry.group}:${entry.artifact}`,
      line: index + 1,
      column: raw.indexOf(line) + 1,
      direct: false,
      dev: configurations.length > 0 && configurations.every(isTestConfiguration),
    });
  }
  return { packages, problems };
}

/** gradle.lockfile and legacy gradle/dependency-locks/*.lockfile. */
export const gradleLockfileParser: FileParser = {
  id: 'maven/gradle-lockfile',
  ecosystem: 'maven',
  claims: (path, name = baseName(path)) => name === 'gradle.lockfile' || /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(path),
  parse: (text, path) => readSafely((result) => Object.assign(result, parseLockfile(text, path))),
};
