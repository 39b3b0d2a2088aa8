import type { FileParser } from '../../types.js';
import { gradleParser } from './gradle.js';
import { gradleLockfileParser } from './gradle-lockfile.js';
import { pomParser } from './pom.js';
import { versionCatalogParser } from './version-catalog.js';

export { gradleLockfileParser, gradleParser, pomParser, versionCatalogParser };
export { isTestConfiguration } from './gradle.js';

/** Every Maven-ecosystem parser: pom.xml, Gradle scripts, version catalogs, Gradle lockfiles. */
export const mavenParsers: FileParser[] = [pomParser, gradleParser, versionCatalogParser, gradleLockfileParser];
