import type { Ecosystem } from '../types.js';
import type { Language } from '../matchers/languages.js';
import { normalizePackageName } from '../ecosystems/normalize.js';
import { buildKeywordIndex } from '../matchers/keywords.js';
import type { KeywordIndex } from '../matchers/keywords.js';
import { THIRD_PARTY_KEYWORDS } from '../matchers/third-parties.js';

/** Not a vendor keyword: makes the prefilter hand files with suppression comments to the matcher. */
export const IGNORE_KEYWORD = 'disclosed-ignore';

/** A code pattern as written in a vendor file. */
export interface CodePatternRule {
  id: string;
  keywords: string[];
  pattern: string;
  languages?: Language[];
  kind?: 'code' | 'script';
}

/**
 * A configuration key that makes a framework load a vendor (Docusaurus `themeConfig.algolia`):
 * the files it applies to, key paths (dot-separated, matched as a suffix of the key's path) and
 * an optional regex the key's value must match.
 */
export interface ConfigRule {
  id: string;
  files: string[];
  keys: string[];
  value?: string;
}

/** The `signatures:` block of a vendor file (or of a custom vendor in the manifest). */
export interface VendorSignatures {
  packages?: Partial<Record<Ecosystem, string[]>>;
  'exclude-packages'?: Partial<Record<Ecosystem, string[]>>;
  domains?: string[];
  code?: CodePatternRule[];
  config?: ConfigRule[];
  android?: string[];
  ios?: string[];
}

/** A file-and-text example carried by a vendor rule. */
export interface VendorExample {
  file: string;
  text: string;
}

/** One vendor of the catalog. */
export interface VendorRule {
  id: string;
  name: string;
  organization: string;
  categories: string[];
  aliases?: string[];
  homepage?: string;
  privacy?: string;
  /** The vendor's data processing agreement (https). */
  dpa?: string;
  /** A processor acts on our instructions; a controller (social sign-in, video embeds) decides for itself. Default processor. */
  role?: 'processor' | 'controller';
  data?: string[];
  /** A consent platform's banner buttons, for `crawl --consent` (`host >>> inner` reaches into a shadow root). */
  'consent-banner'?: { accept: string[]; reject: string[] };
  signatures: VendorSignatures;
  examples?: { match: VendorExample[]; noMatch: VendorExample[] };
  /** Where it was defined: a rules file, or the manifest for a custom vendor. */
  source: string;
}

/** A legal organization owning one or more products. */
export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  /** The contracting legal entity, e.g. `Google LLC`; reports fall back to `name`. */
  legalEntity?: string;
  /** ISO 3166 country code of the legal entity. */
  country?: string;
}

export interface CompiledPattern {
  vendor: string;
  id: string;
  regex: RegExp;
  languages?: Set<Language>;
  kind: 'code' | 'script';
}

export interface CompiledConfigRule {
  vendor: string;
  id: string;
  files: string[];
  keys: string[][];
  value?: RegExp;
}

interface PackageIndex {
  exact: Map<string, string[]>;
  wildcards: { regex: RegExp; vendor: string }[];
  /** vendor → names a wildcard of that vendor must not catch. */
  excluded: Map<string, { exact: Set<string>; wildcards: RegExp[] }>;
}

/** The catalog compiled for matching: lookups and regexes are built once. */
export interface Catalog {
  vendors: Map<string, VendorRule>;
  organizations: Map<string, Organization>;
  categories: Map<string, string>;
  packages: Map<Ecosystem, PackageIndex>;
  platform: { exact: Map<string, string[]>; prefixes: { prefix: string; vendor: string }[] };
  /** vendor hosts without `*.`, each matching itself and its subdomains. */
  domains: Map<string, string[]>;
  /**
   * Hosts named in code-pattern keywords (`connect.facebook.net`, shared by two products and told
   * apart by path): known to the catalog, so never an unlisted third party.
   */
  patternHosts: Set<string>;
  /** Every code keyword and domain, plus IGNORE_KEYWORD: the prefilter. */
  keywordIndex: KeywordIndex;
  /** keyword (lower-case) → the patterns it unlocks. */
  patternsByKeyword: Map<string, CompiledPattern[]>;
  /** keyword (the longest key of a config rule's key path, lower-case) → the config rules it unlocks. */
  configByKeyword: Map<string, CompiledConfigRule[]>;
}

// `*` never crosses the ecosystem's path separator, so `@acme/*` cannot reach `@acme/x/y`
// and `io.sentry:*` cannot spill into another group.
const SEPARATOR: Record<Ecosystem, string> = {
  npm: '/',
  pypi: '/',
  rubygems: '/',
  go: '/',
  maven: ':',
  cocoapods: '/',
  swiftpm: '/',
  carthage: '/',
  pub: '/',
  composer: '/',
  nuget: '/',
  cargo: '/',
  hex: '/',
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wildcardRegex(ecosystem: Ecosystem, pattern: string): RegExp {
  const separator = escapeRegex(SEPARATOR[ecosystem]);
  const source = pattern.split('*').map(escapeRegex).join(`[^${separator}]*`);
  return new RegExp(`^${source}$`);
}

function emptyPackageIndex(): PackageIndex {
  return { exact: new Map(), wildcards: [], excluded: new Map() };
}

function longestKey(path: string[]): string {
  return path.reduce((longest, key) => (key.length > longest.length ? key : longest), '');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Build the lookups and the keyword prefilter for a set of vendors. */
export function compileCatalog(vendors: VendorRule[], organizations: Organization[], categories: Map<string, string>): Catalog {
  const catalog: Omit<Catalog, 'keywordIndex'> = {
    vendors: new Map(),
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
    categories,
    packages: new Map(),
    platform: { exact: new Map(), prefixes: [] },
    domains: new Map(),
    patternHosts: new Set(),
    patternsByKeyword: new Map(),
    configByKeyword: new Map(),
  };
  for (const vendor of vendors) {
    catalog.vendors.set(vendor.id, vendor);
    const signatures = vendor.signatures;
    for (const [ecosystem, names] of Object.entries(signatures.packages ?? {}) as [Ecosystem, string[]][]) {
      let index = catalog.packages.get(ecosystem);
      if (!index) catalog.packages.set(ecosystem, (index = emptyPackageIndex()));
      for (const name of names) {
        const normalized = normalizePackageName(ecosystem, name);
        if (normalized.includes('*')) index.wildcards.push({ regex: wildcardRegex(ecosystem, normalized), vendor: vendor.id });
        else pushTo(index.exact, normalized, vendor.id);
      }
    }
    for (const [ecosystem, names] of Object.entries(signatures['exclude-packages'] ?? {}) as [Ecosystem, string[]][]) {
      let index = catalog.packages.get(ecosystem);
      if (!index) catalog.packages.set(ecosystem, (index = emptyPackageIndex()));
      const excluded = index.excluded.get(vendor.id) ?? { exact: new Set<string>(), wildcards: [] };
      for (const name of names) {
        const normalized = normalizePackageName(ecosystem, name);
        if (normalized.includes('*')) excluded.wildcards.push(wildcardRegex(ecosystem, normalized));
        else excluded.exact.add(normalized);
      }
      index.excluded.set(vendor.id, excluded);
    }
    for (const key of [...(signatures.android ?? []), ...(signatures.ios ?? [])]) {
      if (key.endsWith('*')) catalog.platform.prefixes.push({ prefix: key.slice(0, -1), vendor: vendor.id });
      else pushTo(catalog.platform.exact, key, vendor.id);
    }
    for (const domain of signatures.domains ?? []) pushTo(catalog.domains, domain.replace(/^\*\./, '').toLowerCase(), vendor.id);
    for (const rule of signatures.code ?? []) {
      const compiled: CompiledPattern = {
        vendor: vendor.id,
        id: rule.id,
        regex: new RegExp(rule.pattern, 'gm'),
        kind: rule.kind ?? 'code',
        ...(rule.languages ? { languages: new Set(rule.languages) } : {}),
      };
      for (const keyword of rule.keywords) {
        pushTo(catalog.patternsByKeyword, keyword.toLowerCase(), compiled);
        const host = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?=\/|$)/.exec(keyword.toLowerCase())?.[0];
        if (host) catalog.patternHosts.add(host);
      }
    }
    for (const rule of signatures.config ?? []) {
      const keys = rule.keys.map((key) => key.split('.'));
      const compiled: CompiledConfigRule = { vendor: vendor.id, id: rule.id, files: rule.files, keys, ...(rule.value ? { value: new RegExp(rule.value) } : {}) };
      // The prefilter keyword of a key path is its longest key: `ID` of `services.googleAnalytics.ID`
      // would hand nearly every file to the matcher, `googleanalytics` almost none.
      for (const path of keys) pushTo(catalog.configByKeyword, longestKey(path).toLowerCase(), compiled);
    }
  }
  // Built on first use: a run whose files all come from the outcome cache (a pre-commit run, a
  // diff's base) never reads a file, and the automaton costs 35-100 ms to build.
  const keywords = [...catalog.patternsByKeyword.keys(), ...catalog.configByKeyword.keys(), ...catalog.domains.keys(), IGNORE_KEYWORD, ...THIRD_PARTY_KEYWORDS];
  let index: KeywordIndex | undefined;
  return Object.defineProperty(catalog, 'keywordIndex', { get: () => (index ??= buildKeywordIndex(keywords)), enumerable: true }) as Catalog;
}

/** The vendor ids a package belongs to (usually zero or one). */
export function vendorsOfPackage(catalog: Catalog, ecosystem: Ecosystem, name: string): string[] {
  const index = catalog.packages.get(ecosystem);
  if (!index) return [];
  const normalized = normalizePackageName(ecosystem, name);
  const found = [...(index.exact.get(normalized) ?? [])];
  for (const { regex, vendor } of index.wildcards) {
    if (found.includes(vendor) || !regex.test(normalized)) continue;
    const excluded = index.excluded.get(vendor);
    if (excluded && (excluded.exact.has(normalized) || excluded.wildcards.some((re) => re.test(normalized)))) continue;
    found.push(vendor);
  }
  return found;
}

/** The vendor ids a platform key (Info.plist key, AndroidManifest meta-data) belongs to. */
export function vendorsOfPlatformKey(catalog: Catalog, key: string): string[] {
  const found = [...(catalog.platform.exact.get(key) ?? [])];
  for (const { prefix, vendor } of catalog.platform.prefixes) {
    if (key.startsWith(prefix) && !found.includes(vendor)) found.push(vendor);
  }
  return found;
}

/** The vendor ids whose domain list covers `host` (itself or a parent domain). */
export function vendorsOfHost(catalog: Catalog, host: string): string[] {
  const found: string[] = [];
  let suffix = host.toLowerCase();
  for (;;) {
    for (const vendor of catalog.domains.get(suffix) ?? []) if (!found.includes(vendor)) found.push(vendor);
    const dot = suffix.indexOf('.');
    if (dot === -1) return found;
    suffix = suffix.slice(dot + 1);
  }
}

/** Every vendor id an organization id stands for. */
export function vendorsOfOrganization(catalog: Catalog, organization: string): string[] {
  const found: string[] = [];
  for (const vendor of catalog.vendors.values()) if (vendor.organization === organization) found.push(vendor.id);
  return found;
}
