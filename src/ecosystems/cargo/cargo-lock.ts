import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { lockedPackages, parseToml } from '../toml.js';
import { baseName, readSafely } from '../guard.js';
import { cratePackage } from './crate.js';

// Cargo.lock: one `[[package]]` per resolved crate. The workspace's own crates have no
// `source`; every other entry is lockfile evidence (direct: false).
// https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html

function readCargoLock(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  for (const locked of lockedPackages(doc)) {
    if (typeof locked.entry['source'] !== 'string') continue;
    result.packages.push(cratePackage(locked.name, locked, false, false));
  }
}

export const cargoLockParser: FileParser = {
  id: 'cargo/cargo-lock',
  ecosystem: 'cargo',
  claims: (path, name = baseName(path)) => name === 'Cargo.lock',
  parse: (text) => readSafely((result) => readCargoLock(text, result)),
};
