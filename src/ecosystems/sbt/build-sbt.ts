import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { readSafely } from '../guard.js';
import { blankScalaComments } from './comments.js';

// sbt builds are Scala and are never run: module IDs are read as text wherever they appear
// (`libraryDependencies += ...`, `Seq(...)`, vals in project/Dependencies.scala).
//   "io.sentry" % "sentry-logback" % "7.0.0"
//   "com.stripe" %% "stripe-scala" % stripeVersion % Test
//   addSbtPlugin("io.sentry" % "sbt-sentry" % "1.0.0")                    (a build plugin: dev)
// `%%` appends the Scala version to the artifact (`_2.13`); `%%%` is Scala.js/Native. The name is
// read as written, which is how Maven Central lists Java artifacts and how the catalog names them.
// https://www.scala-sbt.org/1.x/docs/Library-Dependencies.html
// https://www.scala-sbt.org/1.x/docs/Using-Plugins.html

const MODULE = /"(?<group>[A-Za-z0-9_.-]{1,200})"[ \t]*%{1,3}[ \t]*"(?<artifact>[A-Za-z0-9_.-]{1,200})"[ \t]*%[ \t]*(?:"[^"\n]{0,100}"|[A-Za-z_][A-Za-z0-9_.]{0,100})(?<scope>[ \t]*%[ \t]*(?:"[^"\n]{0,40}"|[A-Za-z_][A-Za-z0-9_.]{0,40}))?/g;
const PLUGIN = /\baddSbtPlugin\s*\(\s*$/;
// Configurations whose dependencies are not on the runtime classpath of the packaged app.
const DEV_SCOPES = /\b(?:Test|IntegrationTest|Provided)\b|"(?:test|it|provided)[",]/;

function readSbt(text: string, result: ParseResult): void {
  const code = blankScalaComments(text);
  const starts = lineStarts(text);
  for (const match of code.matchAll(MODULE)) {
    const { group = '', artifact = '', scope = '' } = match.groups ?? {};
    const before = code.slice(Math.max(0, match.index - 40), match.index);
    const dev = PLUGIN.test(before) || DEV_SCOPES.test(scope);
    const at = positionAt(starts, match.index + 1);
    result.packages.push({ ecosystem: 'maven', name: `${group}:${artifact}`, ...at, direct: true, dev });
  }
}

/** sbt builds: build.sbt, project/*.sbt and the Scala build definitions under project/. */
export const buildSbtParser: FileParser = {
  id: 'sbt/build-sbt',
  ecosystem: 'maven',
  claims: (path, name = path.slice(path.lastIndexOf('/') + 1)) =>
    name.endsWith('.sbt') || ((path === `project/${name}` || path.endsWith(`/project/${name}`)) && name.endsWith('.scala')),
  parse: (text) => readSafely((result) => readSbt(text, result)),
};
