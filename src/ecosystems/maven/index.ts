import type { FileParser } from '../../types.js';
import { buildLogicParser } from './build-logic.js';
import { gradleParser } from './gradle.js';
import { gradleLockfileParser } from './gradle-lockfile.js';
import { pomParser } from './pom.js';
import { versionCatalogParser } from './version-catalog.js';

export { buildLogicParser, gradleLockfileParser, gradleParser, pomParser, versionCatalogParser };
export { isTestConfiguration } from './gradle.js';

/** Every Maven-ecosystem parser: pom.xml, Gradle scripts, version catalogs, Gradle lockfiles, buildSrc/build-logic sources. */
export const mavenParsers: FileParser[] = [pomParser, gradleParser, versionCatalogParser, gradleLockfileParser, buildLogicParser];
