import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinRulesDir, loadCatalog } from '../src/catalog/load.js';
import { normalizePackageName } from '../src/ecosystems/normalize.js';
import type { Ecosystem } from '../src/types.js';

// Every package name of the catalog must exist: a wrong name is either a miss or someone
// else's package flagged as a tracker. Checked against the offline registry lists of this
// workplace (one name per line, first column, after a header line) where they are available,
// and against rules/_verified-packages.yml, the names verified in vendors' documentation that
// the lists do not hold. Where the lists are absent (CI), the check is skipped.

const LISTS_DIR = process.env.DISCLOSED_REGISTRY_LISTS ?? '/work/.library/env/packages';
const LISTS: Partial<Record<Ecosystem, string>> = { npm: 'npm.tsv', pypi: 'pypi.tsv', nuget: 'nuget.tsv', maven: 'maven-partial.tsv', go: 'go-partial.tsv' };

const catalog = loadCatalog([builtinRulesDir()]);
const verified = (parse(readFileSync(join(builtinRulesDir(), '_verified-packages.yml'), 'utf8')) ?? {}) as Partial<Record<Ecosystem, string[]>>;

/** The names of `wanted` (normalized) that a list holds. Only lines sharing a 3-letter prefix with one are normalized (PyPI's list is 76 MB). */
function foundInList(ecosystem: Ecosystem, file: string, wanted: Set<string>): Set<string> {
  const prefixes = new Set([...wanted].map((name) => name.slice(0, 3).toLowerCase()));
  const found = new Set<string>();
  const text = readFileSync(join(LISTS_DIR, file), 'utf8');
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (prefixes.has(text.slice(start, start + 3).toLowerCase())) {
      const line = text.slice(start, stop);
      const tab = line.indexOf('\t');
      const name = normalizePackageName(ecosystem, tab === -1 ? line : line.slice(0, tab));
      if (wanted.has(name)) found.add(name);
    }
    start = stop + 1;
  }
  return found;
}

/** Exact (non-wildcard) package names of the catalog, per ecosystem, with the vendors listing each. */
function catalogNames(ecosystem: Ecosystem): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const vendor of catalog.vendors.values()) {
    for (const name of vendor.signatures.packages?.[ecosystem] ?? []) {
      if (name.includes('*')) continue;
      names.set(name, [...(names.get(name) ?? []), vendor.id]);
    }
  }
  return names;
}

describe('catalog package names exist', () => {
  it('every name in the allow-list of verified names is still used by the catalog', () => {
    for (const [ecosystem, names] of Object.entries(verified) as [Ecosystem, string[]][]) {
      const used = new Set([...catalogNames(ecosystem).keys()].map((name) => normalizePackageName(ecosystem, name)));
      const stale = names.filter((name) => !used.has(normalizePackageName(ecosystem, name)));
      expect(stale, `${ecosystem}: remove from rules/_verified-packages.yml`).toEqual([]);
    }
  });

  for (const [ecosystem, file] of Object.entries(LISTS) as [Ecosystem, string][]) {
    it.skipIf(!existsSync(join(LISTS_DIR, file)))(`${ecosystem}: every name is in ${file} or verified from the vendor's docs`, () => {
      const names = catalogNames(ecosystem);
      const listed = foundInList(ecosystem, file, new Set([...names.keys()].map((name) => normalizePackageName(ecosystem, name))));
      const allowed = new Set((verified[ecosystem] ?? []).map((name) => normalizePackageName(ecosystem, name)));
      const unknown: string[] = [];
      for (const [name, vendors] of names) {
        const normalized = normalizePackageName(ecosystem, name);
        if (!listed.has(normalized) && !allowed.has(normalized)) unknown.push(`${name} (${vendors.join(', ')})`);
      }
      expect(unknown, `not in ${file} nor in rules/_verified-packages.yml: check each in the vendor's docs`).toEqual([]);
    });
  }
});
