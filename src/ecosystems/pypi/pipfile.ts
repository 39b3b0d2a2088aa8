import type { FileParser, ParseResult } from '../../types.js';
import { lineStarts } from '../position.js';
import { baseName, isRecord, readSafely } from '../guard.js';
import { pypiPackage } from './pep508.js';
import { keyPosition, locate, parseToml } from '../toml.js';

// Pipfile: TOML with `[packages]` and `[dev-packages]` tables of `name = spec`.
// https://pipenv.pypa.io/en/latest/pipfile.html

const SECTIONS = [
  { table: 'packages', dev: false },
  { table: 'dev-packages', dev: true },
] as const;

function readPipfile(text: string, result: ParseResult): void {
  const doc = parseToml(text, lineStarts(text), result);
  if (!doc) return;
  for (const { table, dev } of SECTIONS) {
    const packages = doc.data[table];
    if (!isRecord(packages)) continue;
    const from = locate(text, [table]);
    for (const [name, spec] of Object.entries(packages)) {
      // `{ path = ".", editable = true }` installs local code (usually the project itself).
      if (isRecord(spec) && 'path' in spec) continue;
      result.packages.push(pypiPackage(name, keyPosition(doc, name, from), true, dev));
    }
  }
}

export const pipfileParser: FileParser = {
  id: 'pypi/pipfile',
  ecosystem: 'pypi',
  claims: (path, name = baseName(path)) => name === 'Pipfile',
  parse: (text) => readSafely((result) => readPipfile(text, result)),
};
