import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts, positionAt } from '../position.js';
import { keyOffset, keyPosition, locate, parseToml, stringOffset, type TomlText } from '../toml.js';
import { baseName, isRecord, readSafely } from '../guard.js';
import { cratePackage } from './crate.js';

// Cargo.toml dependency tables, including platform-specific and workspace ones.
// https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html
// `alias = { package = "real-name" }` renames a crate: the real name is the package.
// https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html#renaming-dependencies-in-cargotoml

const TABLES = [
  { key: 'dependencies', dev: false },
  // Tests, examples, benchmarks and build scripts: never linked into the shipped binary.
  { key: 'dev-dependencies', dev: true },
  { key: 'build-dependencies', dev: true },
] as const;

function readTable(doc: TomlText, table: unknown, path: string[], dev: boolean, result: ParseResult): void {
  if (!isRecord(table)) return;
  const from = locate(doc.text, path);
  for (const [key, spec] of Object.entries(table)) {
    const renamed = isRecord(spec) && typeof spec['package'] === 'string' ? spec['package'] : undefined;
    // `{ path = "../core" }` without a version is a crate of this workspace, not from a registry.
    if (isRecord(spec) && 'path' in spec && !('version' in spec) && !('git' in spec)) continue;
    if (renamed === undefined) {
      result.packages.push(cratePackage(key, keyPosition(doc, key, from), true, dev));
      continue;
    }
    const keyAt = keyOffset(doc.text, key, from);
    const at = stringOffset(doc.text, renamed, keyAt === -1 ? from : keyAt);
    const position = at === -1 ? keyPosition(doc, key, from) : positionAt(doc.starts, at);
    result.packages.push(cratePackage(renamed, position, true, dev));
  }
}

function readCargoToml(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  for (const { key, dev } of TABLES) readTable(doc, doc.data[key], [key], dev, result);

  // [target.'cfg(windows)'.dependencies] and [target.x86_64-pc-windows-gnu.dependencies].
  // https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html#platform-specific-dependencies
  if (isRecord(doc.data['target'])) {
    for (const [platform, tables] of Object.entries(doc.data['target'])) {
      if (!isRecord(tables)) continue;
      for (const { key, dev } of TABLES) readTable(doc, tables[key], ['target', platform, key], dev, result);
    }
  }

  // https://doc.rust-lang.org/cargo/reference/workspaces.html#the-dependencies-table
  const workspace = doc.data['workspace'];
  if (isRecord(workspace)) readTable(doc, workspace['dependencies'], ['workspace', 'dependencies'], false, result);
}

export const cargoTomlParser: FileParser = {
  id: 'cargo/cargo-toml',
  ecosystem: 'cargo',
  claims: (path, name = baseName(path)) => name === 'Cargo.toml',
  parse: (text) => readSafely((result) => readCargoToml(text, result)),
};
