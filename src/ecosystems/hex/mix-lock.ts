import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { baseName, readSafely } from '../guard.js';

// mix.lock: an Elixir map of every resolved package, direct or not, one entry a line:
//   "sentry": {:hex, :sentry, "10.8.0", "<checksum>", [:mix], [{:hackney, "~> 1.8", [hex: :hackney, ...]}], "hexpm", "<checksum>"},
//   "plug_cowboy": {:git, "https://github.com/elixir-plug/plug_cowboy.git", "<sha>", []},
// The lock does not say which entries mix.exs names, so every entry is direct: false; the Hex
// package name is the second element for `:hex` entries (the key is the app name, usually equal).
// https://hexdocs.pm/mix/Mix.Dep.Lock.html

const ENTRY = /^[ \t]*"(?<app>[a-z_][a-zA-Z0-9_]*)"\s*:\s*\{\s*:(?<scm>hex|git)\s*,\s*(?::(?<hex>[a-z_][a-zA-Z0-9_]*))?/gm;

function readMixLock(text: string, result: ParseResult): void {
  if (text.trim() === '') return;
  if (!text.trimStart().startsWith('%{')) {
    result.problems.push({ line: 1, column: 1, message: 'not a mix.lock map (expected `%{` at the start); not read' });
    return;
  }
  const starts = lineStarts(text);
  for (const match of text.matchAll(ENTRY)) {
    const { app = '', hex } = match.groups ?? {};
    const at = positionAt(starts, match.index + match[0].indexOf('"'));
    result.packages.push({ ecosystem: 'hex', name: hex ?? app, line: at.line, column: at.column + 1, direct: false, dev: false });
  }
}

/** mix.lock: every locked Hex package, as transitive. */
export const mixLockParser: FileParser = {
  id: 'hex/mix-lock',
  ecosystem: 'hex',
  claims: (path, name = baseName(path)) => name === 'mix.lock',
  parse: (text) => readSafely((result) => readMixLock(text, result)),
};
