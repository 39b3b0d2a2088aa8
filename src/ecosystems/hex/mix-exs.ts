import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';
import { blankElixirComments } from './comments.js';

// mix.exs is Elixir and is never run: the dependency tuples of `deps` are read as text.
//   {:sentry, "~> 10.0"}
//   {:credo, "~> 1.7", only: [:dev, :test], runtime: false}
//   {:plug_cowboy, github: "elixir-plug/plug_cowboy"}
//   {:my_app_core, path: "../core"}           (an umbrella sibling or local folder: not a package)
// https://hexdocs.pm/mix/Mix.Tasks.Deps.html (dependency definition, the `:only` and `:path` options)

const DEP = /\{\s*:(?<name>[a-z_][a-zA-Z0-9_]*)\s*,(?<options>[^{}]{0,400})\}/g;
const ONLY = /\bonly:\s*(?<value>\[[^\]]{0,200}\]|:[a-z_]+)/;
const LOCAL = /\b(?:path|in_umbrella):/;
// Environments whose dependencies never reach the released application.
const DEV_ENVS = new Set(['dev', 'test', 'docs', 'bench']);

function isDevOnly(options: string): boolean {
  const only = ONLY.exec(options)?.groups?.['value'];
  if (only === undefined) return false;
  const envs = [...only.matchAll(/:(?<env>[a-z_]+)/g)].map((match) => match.groups?.['env'] ?? '');
  return envs.length > 0 && envs.every((env) => DEV_ENVS.has(env));
}

function readMixExs(text: string, result: ParseResult): void {
  const code = blankElixirComments(text);
  const starts = lineStarts(text);
  for (const match of code.matchAll(DEP)) {
    const { name = '', options = '' } = match.groups ?? {};
    // `{:key, value}` tuples also appear in keyword config (`{:ok, pid}`): a dependency's
    // second element is a version string or a source option.
    if (!/^\s*(?:"|(?:git|github|hex|path|in_umbrella|only|optional|override|runtime|organization|repo|sparse):)/.test(options)) continue;
    if (LOCAL.test(options)) continue;
    const at = positionAt(starts, match.index + match[0].indexOf(':'));
    result.packages.push({ ecosystem: 'hex', name, line: at.line, column: at.column + 1, direct: true, dev: isDevOnly(options) });
  }
}

/** mix.exs: the project's direct Hex dependencies, `only: [:dev, :test]` ones as dev. */
export const mixExsParser: FileParser = {
  id: 'hex/mix-exs',
  ecosystem: 'hex',
  claims: (path, name = baseName(path)) => name === 'mix.exs',
  parse: (text) => readSafely((result) => readMixExs(text, result)),
};
