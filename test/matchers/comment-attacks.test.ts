import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { scanText } from '../../src/scan.js';

// Each file under detected/ builds one way a pull request could dress a tracker up as a comment
// (a construct another file type reads as a comment, an unterminated opener, a regex literal, a
// triple-quoted string used as a value): the Hotjar loader after it must still be found.
// Each file under commented/ holds the tracker only in a real comment of its own file type.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'comments');
const catalog = buildCatalog();

function hotjarLines(name: string, folder: string): number[] {
  const text = readFileSync(join(FIXTURES, folder, name), 'utf8');
  return scanText(catalog, name, text)
    .evidence.filter((item) => item.vendor === 'hotjar')
    .map((item) => item.line);
}

function linesWith(name: string, folder: string, needle: string): number[] {
  const lines = readFileSync(join(FIXTURES, folder, name), 'utf8').split('\n');
  return lines.flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
}

describe('a tracker after a comment look-alike is detected', () => {
  it.each(readdirSync(join(FIXTURES, 'detected')).sort())('%s', (name) => {
    // Found on every line that loads it (each fixture's loader names static.hotjar.com).
    const expected = linesWith(name, 'detected', 'static.hotjar.com');
    expect(expected.length).toBeGreaterThan(0);
    expect(hotjarLines(name, 'detected')).toEqual(expect.arrayContaining(expected));
  });
});

describe('a tracker inside a real comment of the file type is not', () => {
  it.each(readdirSync(join(FIXTURES, 'commented')).sort())('%s', (name) => {
    expect(hotjarLines(name, 'commented')).toEqual([]);
  });
});

// Each file under templates/ is one template or content language with Hotjar loaded inside each of
// its comment syntaxes (`hotjar-hidden.js`) and once outside them (`hotjar-shown.js`): only the
// line outside a comment is evidence.
describe('template languages: a script inside a comment is not evidence, one outside is', () => {
  it.each(readdirSync(join(FIXTURES, 'templates')).sort())('%s', (name) => {
    const shown = linesWith(name, 'templates', 'hotjar-shown.js');
    expect(shown).toHaveLength(1);
    expect(linesWith(name, 'templates', 'hotjar-hidden.js').length).toBeGreaterThan(0);
    expect(hotjarLines(name, 'templates')).toEqual(shown);
    // Loaded as a script in the template's own attribute syntax, as in HTML.
    const text = readFileSync(join(FIXTURES, 'templates', name), 'utf8');
    const kinds = scanText(catalog, name, text).evidence.filter((item) => item.vendor === 'hotjar').map((item) => item.kind);
    expect(kinds).toEqual(['script']);
  });
});
