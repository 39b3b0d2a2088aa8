import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Catalog, VendorRule } from '../src/catalog/catalog.js';
import { builtinRulesDir, loadCatalog } from '../src/catalog/load.js';
import { checkPatternSafety } from '../src/catalog/regex-safety.js';
import { ECOSYSTEMS } from '../src/types.js';
import { scanText } from '../src/scan.js';
import { importGroupOf } from '../src/matchers/imports.js';
import { languageOf } from '../src/matchers/languages.js';

// The catalog's conformance test (gitleaks' habit: rules carry their own examples, and a rule
// that misbehaves fails the build). One generated test per vendor runs its examples through the
// real parsers and matchers.

const catalog: Catalog = loadCatalog([builtinRulesDir()]);
const vendors: VendorRule[] = [...catalog.vendors.values()].sort((a, b) => a.id.localeCompare(b.id));

function detect(file: string, text: string) {
  return scanText(catalog, file, text).evidence;
}

describe.each(vendors.map((vendor) => [vendor.id, vendor] as const))('vendor %s', (_id, vendor) => {
  it.each((vendor.examples?.match ?? []).map((example, i) => [i, example] as const))('match example %i is detected', (_i, example) => {
    const found = detect(example.file, example.text).filter((item) => item.vendor === vendor.id);
    expect(found.length, `${example.file}: ${example.text.slice(0, 200)}`).toBeGreaterThan(0);
  });

  it.each((vendor.examples?.noMatch ?? []).map((example, i) => [i, example] as const))('noMatch example %i is not detected', (_i, example) => {
    const found = detect(example.file, example.text).filter((item) => item.vendor === vendor.id);
    expect(found, `${example.file}: ${example.text.slice(0, 200)}`).toEqual([]);
  });

  it('every kind of signature it has is exercised by a match example', () => {
    const kinds = new Set<string>();
    for (const example of vendor.examples?.match ?? []) {
      for (const item of detect(example.file, example.text)) {
        if (item.vendor !== vendor.id) continue;
        if (item.kind === 'package' && vendor.signatures['gradle-plugins']?.includes(item.match)) kinds.add('gradle-plugins');
        else if (item.kind === 'code' && vendor.signatures.env?.some((name) => new RegExp(`(?:\\b|_)${name}\\b`).test(item.match))) kinds.add('env');
        else if (item.kind === 'package') kinds.add('packages');
        else if (item.kind === 'import') kinds.add('imports');
        else if (item.kind === 'platform') kinds.add(item.path.endsWith('.plist') ? 'ios' : 'android');
        else if ((item.kind === 'domain' || item.kind === 'script') && /^[a-z0-9.-]+$/.test(item.match)) kinds.add('domains');
        else if (item.kind === 'config') kinds.add('config');
        else kinds.add('code');
      }
    }
    const signatures = vendor.signatures;
    const expected = [
      ...(Object.keys(signatures.packages ?? {}).length > 0 ? ['packages'] : []),
      ...(signatures.domains?.length ? ['domains'] : []),
      ...(signatures.code?.length ? ['code'] : []),
      ...(signatures.config?.length ? ['config'] : []),
      ...(Object.keys(signatures.imports ?? {}).length > 0 ? ['imports'] : []),
      ...(signatures['gradle-plugins']?.length ? ['gradle-plugins'] : []),
      ...(signatures.env?.length ? ['env'] : []),
    ];
    for (const kind of expected) expect(kinds, `no match example exercises ${kind}`).toContain(kind);
  });

  it('every import family it lists is exercised by a match example', () => {
    const families = new Set<string>();
    for (const example of vendor.examples?.match ?? []) {
      const group = importGroupOf(languageOf(example.file)?.language ?? 'config');
      if (group && detect(example.file, example.text).some((item) => item.vendor === vendor.id && item.kind === 'import')) families.add(group);
    }
    for (const family of Object.keys(vendor.signatures.imports ?? {})) expect(families, `no match example imports a ${family} namespace`).toContain(family);
  });

  it('every excluded package has a noMatch example that names it', () => {
    const texts = (vendor.examples?.noMatch ?? []).map((example) => example.text).join('\n');
    for (const names of Object.values(vendor.signatures['exclude-packages'] ?? {})) {
      // A Maven coordinate may be written split (pom.xml groupId / artifactId): each part must appear.
      for (const name of names) {
        for (const part of name.replace(/\*.*$/, '').split(':')) expect(texts, `exclusion ${name} has no noMatch example`).toContain(part);
      }
    }
  });

  it('code patterns are safe, and every match contains one of the keywords', () => {
    for (const rule of vendor.signatures.code ?? []) {
      expect(checkPatternSafety(rule.pattern), rule.id).toEqual([]);
      const regex = new RegExp(rule.pattern, 'gm');
      for (const example of vendor.examples?.match ?? []) {
        for (const match of example.text.matchAll(regex)) {
          const text = match[0].toLowerCase();
          expect(rule.keywords.some((keyword) => text.includes(keyword)), `${rule.id} matched "${match[0]}" without a keyword`).toBe(true);
        }
      }
    }
  });
});

describe('catalog conformance', () => {
  it('has unique ids and aliases', () => {
    const seen = new Map<string, string>();
    for (const vendor of vendors) {
      for (const alias of [vendor.name, ...(vendor.aliases ?? [])]) {
        const key = alias.toLowerCase();
        const owner = seen.get(key);
        if (owner && owner !== vendor.id) expect.fail(`alias "${alias}" of ${vendor.id} is also used by ${owner}`);
        seen.set(key, vendor.id);
      }
    }
  });

  it('uses only known ecosystems, categories and organizations', () => {
    for (const vendor of vendors) {
      for (const ecosystem of Object.keys(vendor.signatures.packages ?? {})) expect(ECOSYSTEMS as readonly string[]).toContain(ecosystem);
      for (const category of vendor.categories) expect(catalog.categories.has(category), `${vendor.id}: ${category}`).toBe(true);
      expect(catalog.organizations.has(vendor.organization), vendor.id).toBe(true);
    }
  });

  it('an organization with a legal entity names its ISO country code, and the other way round', () => {
    // An entity is added only where a legal page confirms it, so some stay without one; an entity never comes without its country.
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const lacking: string[] = [];
    for (const organization of catalog.organizations.values()) {
      if (organization.legalEntity === undefined && organization.country === undefined) {
        lacking.push(organization.id);
        continue;
      }
      expect(organization.legalEntity, `${organization.id}: legal-entity`).toMatch(/\S/);
      expect(organization.country, `${organization.id}: country`).toMatch(/^[A-Z]{2}$/);
      // ICU also names the reserved codes UK and EU, which are not ISO 3166-1 country codes.
      expect(regions.of(organization.country ?? '') !== undefined && !['UK', 'EU', 'ZZ'].includes(organization.country ?? ''), `${organization.id}: ${organization.country} is not an ISO 3166-1 code`).toBe(true);
    }
    // Entities are added only once confirmed on the vendor's legal pages; the rest fall back to the organization's name in reports.
    expect(catalog.organizations.size - lacking.length, `without a legal entity: ${lacking.join(', ')}`).toBeGreaterThanOrEqual(321);
    // An unquoted comma in a YAML flow mapping splits a name ("Meta Platforms, Inc." → "Meta Platforms" and a key " Inc.").
    const raw = parse(readFileSync(join(builtinRulesDir(), '_organizations.yml'), 'utf8')) as Record<string, object>;
    for (const [id, entry] of Object.entries(raw)) {
      for (const key of Object.keys(entry)) expect(['name', 'aliases', 'legal-entity', 'country'], `${id}: ${key}`).toContain(key);
    }
  });

  it('sign-in providers act as controllers', () => {
    for (const vendor of vendors) if (vendor.categories.includes('social-login')) expect(vendor.role, vendor.id).toBe('controller');
  });

  it('a Gradle plugin that installs its SDK is one of the vendor\'s Gradle plugins', () => {
    for (const vendor of vendors) {
      for (const plugin of vendor.signatures['sdk-gradle-plugins'] ?? []) expect(vendor.signatures['gradle-plugins'] ?? [], `${vendor.id}: ${plugin}`).toContain(plugin);
    }
  });

  it('no two vendors claim the same package, domain, import namespace or Gradle plugin', () => {
    for (const [family, index] of catalog.imports) {
      for (const [name, owners] of index) expect(owners.length, `${family} import ${name} is claimed by ${owners.join(', ')}`).toBe(1);
    }
    for (const [id, owners] of catalog.gradlePlugins) expect(owners.length, `Gradle plugin ${id} is claimed by ${owners.join(', ')}`).toBe(1);
    for (const [ecosystem, index] of catalog.packages) {
      for (const [name, owners] of index.exact) expect(owners.length, `${ecosystem}:${name} is claimed by ${owners.join(', ')}`).toBe(1);
    }
    for (const [domain, owners] of catalog.domains) expect(owners.length, `${domain} is claimed by ${owners.join(', ')}`).toBe(1);
  });

  it('no code pattern backtracks catastrophically on adversarial input', () => {
    const inputs = ['a'.repeat(20_000), `${'('.repeat(5_000)}${"'".repeat(5_000)}`, ' '.repeat(20_000), '\n'.repeat(20_000)];
    for (const vendor of vendors) {
      for (const rule of vendor.signatures.code ?? []) {
        const adversarial = [...inputs, ...rule.keywords.map((keyword) => `${keyword}(${"'".repeat(2_000)}${' '.repeat(2_000)}`.repeat(5))];
        const regex = new RegExp(rule.pattern, 'gm');
        const started = performance.now();
        let matches = 0;
        for (const input of adversarial) matches += [...input.matchAll(regex)].length;
        expect(matches).toBeGreaterThanOrEqual(0);
        // Generous: a linear pattern takes well under a millisecond here; exponential ones take minutes.
        expect(performance.now() - started, `${vendor.id}/${rule.id}`).toBeLessThan(2_000);
      }
    }
  });
});
