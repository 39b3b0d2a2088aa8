import type { Position } from '../../types.js';
import { positionAt } from '../position.js';
import { blockCursor } from '../source-text.js';
import type { Block } from '../source-text.js';

// Gradle plugins a build script applies. Some SDKs arrive through one (Sentry's Android plugin
// installs the SDK, Crashlytics' and Performance Monitoring's instrument the build), so a plugin
// id is evidence like a dependency. https://docs.gradle.org/current/userguide/plugins.html
//   plugins { id("com.google.firebase.crashlytics") version "3.0.2" apply false }   plugins { id 'x' version '1' }
//   apply plugin: 'com.google.firebase.firebase-perf'      apply(plugin = "io.sentry.android.gradle")
//   pluginManager.apply("com.google.gms.google-services")  with(pluginManager) { apply("x") }   (convention plugins)
// `alias(libs.plugins.x)` names a version-catalog entry; the catalog's [plugins] declare it there.

/** A plugin id (`com.google.firebase.crashlytics`, or an undotted legacy id such as New Relic's `newrelic`). */
const ID = String.raw`(?<quote>["'])(?<id>[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\k<quote>`;
const PLUGINS_BLOCK_ID = new RegExp(String.raw`(?<![\w.$])id\s*\(?\s*${ID}`, 'g');
const APPLY_PLUGIN = new RegExp(String.raw`(?<![\w$])apply\s*\(?\s*plugin\s*[:=]\s*${ID}`, 'g');
// apply("x") with one dotted id: the PluginManager / PluginContainer form of convention plugins.
const APPLY_CALL = new RegExp(String.raw`(?<![\w$])apply\s*\(\s*(?<quote>["'])(?<id>[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\k<quote>\s*\)`, 'g');

/** Plugin ids applied in `code` (comments blanked), located in the original text. */
export function findGradlePlugins(code: string, skeleton: string, blocks: Block[], starts: number[]): (Position & { id: string })[] {
  const found: (Position & { id: string })[] = [];
  const push = (match: RegExpExecArray | RegExpMatchArray): void => {
    const id = match.groups?.id;
    // A word inside a string is blank in the skeleton: "apply plugin: 'x'" in a message is not a statement.
    if (!id || match.index === undefined || skeleton[match.index] !== code[match.index]) return;
    found.push({ id, ...positionAt(starts, match.index + match[0].lastIndexOf(id)) });
  };
  const inPlugins = blockCursor(blocks);
  for (const match of code.matchAll(PLUGINS_BLOCK_ID)) {
    if (inPlugins(match.index).at(-1)?.name === 'plugins') push(match);
  }
  for (const match of code.matchAll(APPLY_PLUGIN)) push(match);
  for (const match of code.matchAll(APPLY_CALL)) push(match);
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
