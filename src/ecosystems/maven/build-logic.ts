import type { DeclaredPackage, FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { readSafely } from '../guard.js';
import { findBlocks, maskComments } from '../source-text.js';
import { findGradlePlugins } from './gradle-plugins.js';

// Build logic in Kotlin, Java or Groovy sources: buildSrc/ and included builds named
// build-logic/ (convention plugins). https://docs.gradle.org/current/userguide/sharing_build_logic_between_subprojects.html
// Large Android builds keep their dependency coordinates and plugin ids here, not in build.gradle:
//   const val sentry = "io.sentry:sentry-android:${Versions.sentry}"      (a dependency the app uses)
//   with(pluginManager) { apply("com.google.firebase.crashlytics") }      (a plugin the app applies)
// A string holding a full `group:artifact:version` coordinate is a dependency notation and nothing
// else; a `group:artifact` pair without a version is too ambiguous in arbitrary code to count.

const BUILD_LOGIC = /(?:^|\/)(?:buildSrc|build-logic)\/(?:[^/]+\/)*[^/]+\.(?:kt|java|groovy)$/;
const COORDINATE_STRING = /(?<quote>["'])(?<group>[a-z][\w-]*(?:\.[\w-]+)+):(?<artifact>[A-Za-z][\w.-]*):(?<version>[\w.+-]+|\$\{?[\w.]+\}?)[^"'\n]{0,40}\k<quote>/g;

function parseBuildLogic(text: string): ParseResult {
  const starts = lineStarts(text);
  // Problems of these sources are not reported: they are program code, also read by the code
  // matchers, and a string this reader misjudges would be noise for a file that is no manifest.
  const { code, skeleton } = maskComments(text, starts);
  const { blocks } = findBlocks(skeleton, starts);
  const packages: DeclaredPackage[] = [];
  for (const match of code.matchAll(COORDINATE_STRING)) {
    const { group, artifact } = match.groups ?? {};
    if (!group || !artifact) continue;
    packages.push({ ecosystem: 'maven', name: `${group}:${artifact}`, ...positionAt(starts, match.index + 1), direct: true, dev: false });
  }
  const gradlePlugins = findGradlePlugins(code, skeleton, blocks, starts);
  return { packages, problems: [], ...(gradlePlugins.length > 0 ? { gradlePlugins } : {}) };
}

/** Kotlin, Java and Groovy sources of buildSrc/ and build-logic/: dependency constants and applied plugins. */
export const buildLogicParser: FileParser = {
  id: 'maven/build-logic',
  ecosystem: 'maven',
  claims: (path) => BUILD_LOGIC.test(path),
  parse: (text) => readSafely((result) => Object.assign(result, parseBuildLogic(text))),
};
