import { parse, TomlError } from 'smol-toml';
import type { ParseResult, Position } from '../types.js';
import { findPosition, positionAt } from './position.js';
import { errorMessage, isRecord, problem } from './guard.js';

// TOML helpers shared by the PyPI and Cargo parsers. smol-toml gives
// structure but no positions, so names are found again in the text, searching from the header of
// the table that holds them so a name repeated in another table does not win.

/** A parsed TOML document plus its text, for finding positions. */
export interface TomlText {
  text: string;
  starts: number[];
  data: Record<string, unknown>;
}

/** Parses TOML; a syntax error becomes a problem at the line and column smol-toml reports. */
export function parseToml(text: string, starts: number[], result: ParseResult): TomlText | undefined {
  try {
    return { text, starts, data: parse(text) };
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'syntax error';
      result.problems.push(problem(error.line, error.column, `not valid TOML: ${reason}`));
      return undefined;
    }
    result.problems.push(problem(1, 1, `not valid TOML: ${errorMessage(error)}`));
    return undefined;
  }
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A key as TOML may write it: bare, "basic" or 'literal'. */
const keyPattern = (key: string): string => {
  const escaped = escapeRegExp(key);
  return `(?:"${escaped}"|'${escaped}'|${escaped})`;
};

/** Offset just after a `[a.b]` or `[[a.b]]` header, or -1. https://toml.io/en/v1.0.0#table */
function headerEnd(text: string, path: string[]): number {
  const parts = path.map(keyPattern).join('[ \\t]*\\.[ \\t]*');
  const match = new RegExp(`^[ \\t]*\\[\\[?[ \\t]*${parts}[ \\t]*\\]`, 'm').exec(text);
  return match ? match.index + match[0].length : -1;
}

/**
 * Offset of `key` written as a key at or after `from`: before `=`, as a dotted-key part, or
 * inside a header. The lookbehind keeps `dependencies` from matching `optional-dependencies`.
 */
export function keyOffset(text: string, key: string, from: number): number {
  const pattern = new RegExp(`(?<=^|[\\s{,.\\[])${keyPattern(key)}(?=[ \\t]*[=.\\]])`, 'gm');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match) return -1;
  return match[0].startsWith('"') || match[0].startsWith("'") ? match.index + 1 : match.index;
}

/**
 * Offset where the value at `path` is written: after the header of the deepest table on the path
 * that has one, then key by key. 0 when nothing is found, so later searches cover the whole file.
 */
export function locate(text: string, path: string[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const end = headerEnd(text, path.slice(0, depth));
    if (end === -1) continue;
    return followKeys(text, path.slice(depth), end) ?? end;
  }
  return followKeys(text, path, 0) ?? 0;
}

function followKeys(text: string, keys: string[], from: number): number | undefined {
  let at = from;
  for (const key of keys) {
    const next = keyOffset(text, key, at);
    if (next === -1) return undefined;
    at = next;
  }
  return at;
}

/** Offset of the first character inside a quoted string equal to `value`, at or after `from`, or -1. */
export function stringOffset(text: string, value: string, from: number): number {
  const found = [`"${value}"`, `'${value}'`]
    .map((quoted) => text.indexOf(quoted, from))
    .filter((at) => at !== -1);
  return found.length === 0 ? -1 : Math.min(...found) + 1;
}

/** Position of a table key naming a package; falls back to a plain text search. */
export function keyPosition(doc: TomlText, key: string, from: number): Position {
  const at = keyOffset(doc.text, key, from);
  if (at !== -1) return positionAt(doc.starts, at);
  return findPosition(doc.text, doc.starts, key, from);
}

/** One `[[package]]` entry of a lockfile and the position of its `name = "..."` value. */
export interface LockedPackage extends Position {
  name: string;
  entry: Record<string, unknown>;
}

/**
 * The `[[package]]` array shared by Cargo.lock, poetry.lock, uv.lock and pdm.lock. Entries are
 * in text order, so each name is searched from where the previous one was found.
 */
export function lockedPackages(doc: TomlText): LockedPackage[] {
  const entries = doc.data['package'];
  if (!Array.isArray(entries)) return [];
  const packages: LockedPackage[] = [];
  let cursor = 0;
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry['name'] !== 'string') continue;
    const name = entry['name'];
    const pattern = new RegExp(`^[ \\t]*name[ \\t]*=[ \\t]*(["'])${escapeRegExp(name)}\\1`, 'gm');
    pattern.lastIndex = cursor;
    const match = pattern.exec(doc.text);
    if (match) {
      const at = match.index + match[0].length - name.length - 1;
      cursor = at;
      packages.push({ name, entry, ...positionAt(doc.starts, at) });
      continue;
    }
    packages.push({ name, entry, ...findPosition(doc.text, doc.starts, name, cursor) });
  }
  return packages;
}
