import type { Ecosystem } from '../types.js';
import type { Language } from '../matchers/languages.js';
import { normalizePackageName } from '../ecosystems/normalize.js';
import { buildKeywordIndex, indexedKeywords } from '../matchers/keywords.js';
import type { KeywordIndex } from '../matchers/keywords.js';
import { THIRD_PARTY_KEYWORDS } from '../matchers/third-parties.js';
import { namespacesOf } from '../matchers/imports.js';
import type { ImportGroup } from '../matchers/imports.js';

/** Not a vendor keyword: makes the prefilter hand files with suppression comments to the matcher. */
export const IGNORE_KEYWORD = 'disclosed-ignore';

/** A code pattern as written in a vendor file. */
export interface CodePatternRule {
  id: string;
  keywords: string[];
  pattern: string;
  languages?: Language[];
  kind?: 'code' | 'script';
  /**
   * The match names what only the vendor's own package of this ecosystem provides (an Ueberauth
   * strategy module): where the project's manifests of that ecosystem do not list one of the
   * vendor's packages, the line configures a library that is not installed.
   */
  'requires-package'?: Ecosystem;
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
  /** Module namespaces only this vendor's SDK uses, per import family (`jvm: [io.sentry]`). */
  imports?: Partial<Record<ImportGroup, string[]>>;
  /** Environment variables holding the vendor's credentials, read in code (`OPENAI_API_KEY`). */
  env?: string[];
  /** Gradle plugin ids that build the SDK into the app (`com.google.firebase.crashlytics`). */
  'gradle-plugins'?: string[];
  /** Of `gradle-plugins`, those that add the vendor's SDK to the app by themselves (Sentry's auto-installation). */
  'sdk-gradle-plugins'?: string[];
  android?: string[];
  ios?: string[];
  /** Platform key → the value that switches the SDK off (a kill switch). */
  'disabled-by'?: Record<string, boolean | string>;
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
  /** Link to the vendor's data processing agreement or data-processing terms. */
  dpa?: string;
  /** `controller` when the vendor acts as an independent controller (social sign-in, embeds). */
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
  /** The contracting legal entity a subprocessor list names ("Google LLC"). */
  legalEntity?: string;
  /** ISO 3166-1 alpha-2 code of the country the legal entity is registered in. */
  country?: string;
}

export interface CompiledPattern {
  vendor: string;
  id: string;
  regex: RegExp;
  languages?: Set<Language>;
  kind: 'code' | 'script';
  requiresPackage?: Ecosystem;
  /** Generated from `signatures.env`: the read of this credential variable (see envRegistry). */
  env?: true;
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
  /** `vendor\0key` → the normalised value that switches that vendor's SDK off. */
  killSwitches: Map<string, string>;
  /** vendor hosts without `*.`, each matching itself and its subdomains. */
  domains: Map<string, string[]>;
  /**
   * Hosts named in code-pattern keywords (`connect.facebook.net`, shared by two products and told
   * apart by path), each with the vendors whose patterns name it: known to the catalog, so never an
   * unlisted third party.
   */
  patternHosts: Map<string, Set<string>>;
  /**
   * Hosts of code patterns that need a path after the host (`lrclib\.net/api/`): a file naming one
   * may put the URL together from parts (src/matchers/assembled-urls.ts), so it is read when it also
   * holds a URL builder.
   */
  builderHosts: Set<string>;
  /** Every code keyword and domain, plus IGNORE_KEYWORD: the prefilter. */
  keywordIndex: KeywordIndex;
  /** keyword (lower-case) → the patterns it unlocks. */
  patternsByKeyword: Map<string, CompiledPattern[]>;
  /** keyword (the longest key of a config rule's key path, lower-case) → the config rules it unlocks. */
  configByKeyword: Map<string, CompiledConfigRule[]>;
  /** import family → namespace (as written) → vendors. */
  imports: Map<ImportGroup, Map<string, string[]>>;
  /** keyword (a namespace, lower-case) → the import families worth reading when it occurs. */
  importKeywords: Map<string, Set<ImportGroup>>;
  /** Gradle plugin id → vendors. */
  gradlePlugins: Map<string, string[]>;
  /** `vendor\0plugin` of the Gradle plugins that install their vendor's SDK themselves. */
  sdkGradlePlugins: Set<string>;
  /** Prefilter keywords of the npm packages a JavaScript file can import (`@sentry/`, `logrocket`, `'ably`). */
  npmImportKeywords: Set<string>;
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
  upm: '/',
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

/**
 * The runs of literal characters every match of `pattern` contains (letters, digits, escaped
 * signs and the signs that are never special: `gtag(`, `Segment::Analytics.new(`), read outside groups and
 * character classes only (a class of one letter in both cases, `[Ss]`, is that letter: the
 * prefilter ignores case), and none when the pattern has a top-level alternation. A character
 * followed by a quantifier that allows zero (`?`, `*`, `{0,`) is optional and ends the run.
 */
export function requiredLiterals(pattern: string): string[] {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run !== '') runs.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      // `\.`, `\(`, `\$`: an escaped sign is that sign; `\b`, `\s`, `\d` are not literals, and
      // neither is what `\p{L}`, `\u{…}`, `\k<name>`, `\x41`, `\u0041` or `\cJ` spell after the letter.
      if (/[^\p{L}\p{N}]/u.test(next) && !optional(pattern, i + 1)) run += next;
      else {
        end();
        i = escapeEnd(pattern, i);
      }
      continue;
    }
    if (char === '{') {
      // A quantifier's bounds (`{2,5}`) are no text: the character before it was counted once.
      end();
      const close = pattern.indexOf('}', i);
      if (close === -1) break;
      i = close;
      continue;
    }
    if (char === '(') {
      // A group is not read: its contents may be optional or one of several.
      const close = groupEnd(pattern, i);
      if (close === -1) return [];
      end();
      i = close;
      continue;
    }
    if (char === '|') return [];
    if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) break;
      const letter = /^\[(?<upper>\p{Lu})(?<lower>\p{Ll})\]$/u.exec(pattern.slice(i, close + 1))?.groups;
      i = close;
      if (letter && letter['upper']!.toLowerCase() === letter['lower'] && !optional(pattern, i + 1)) run += letter['lower'];
      else end();
      continue;
    }
    if (!/[a-z0-9_\-/:@=<>'",;!%&~# ]/i.test(char) || optional(pattern, i + 1)) {
      end();
      continue;
    }
    run += char;
  }
  end();
  return runs;
}

/** Where an escape whose letter is at `at` ends: past `{…}`, `<…>` or the hex digits it takes. */
function escapeEnd(pattern: string, at: number): number {
  const letter = pattern[at];
  const following = pattern[at + 1];
  if (following === '{' && (letter === 'p' || letter === 'P' || letter === 'u')) return Math.max(at, pattern.indexOf('}', at));
  if (following === '<' && letter === 'k') return Math.max(at, pattern.indexOf('>', at));
  if (letter === 'x') return at + 2;
  if (letter === 'u') return at + 4;
  if (letter === 'c') return at + 1;
  return at;
}

/** Does a quantifier that allows zero times start at `at`? */
function optional(pattern: string, at: number): boolean {
  const following = pattern[at] ?? '';
  return following === '?' || following === '*' || pattern.startsWith('{0', at);
}

/** The index of the `)` that closes the group opened at `open`, or -1. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) return -1;
      i = close;
      continue;
    }
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The longest of `requiredLiterals`. */
export function requiredLiteral(pattern: string): string {
  return requiredLiterals(pattern).reduce((best, run) => (run.length > best.length ? run : best), '');
}

/**
 * The prefilter keywords of a code pattern: the rule's own, unless the pattern requires a longer
 * literal that contains one of them (`Segment::Analytics.new` for `segment`, `youtube.com/` for
 * `youtube`). Every match holds that literal, so the pattern sees no fewer files, and the
 * prefilter passes far fewer: a common word in a keyword hands every file spelling it to the
 * comment blanker and the regexes.
 */
export function patternKeywords(pattern: string, keywords: string[]): string[] {
  const lower = keywords.map((keyword) => keyword.toLowerCase());
  let best: string | undefined;
  for (const run of requiredLiterals(pattern)) {
    const literal = run.toLowerCase();
    if (!lower.some((keyword) => literal.length > keyword.length && literal.includes(keyword))) continue;
    if (!best || literal.length > best.length) best = literal;
  }
  return best ? [best] : lower;
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

/**
 * Prefilter keywords for importing one npm package (or a `@scope/*` wildcard): a JavaScript file
 * that imports it spells its scope (`@sentry/`), its hyphenated name (`react-native-moengage`),
 * or, for a bare word that prose and identifiers spell too (`ably`, `persona`), the word quoted
 * as a specifier (`'persona'`, `"persona/`): `"personal` is not an import of `persona`.
 */
export function npmImportKeywords(name: string): string[] {
  const lower = name.toLowerCase();
  if (lower.startsWith('@')) return [`${lower.split('/')[0]}/`];
  const literal = lower.split('*')[0]!;
  if (literal === '') return [];
  if (/[._\-/]/.test(literal)) return [literal];
  if (literal !== lower) return [`'${literal}`, `"${literal}`];
  return [`'${literal}'`, `"${literal}"`, `'${literal}/`, `"${literal}/`];
}

/**
 * Prefilter keywords for one import namespace: a file that contains none of them has no such import.
 * A namespace with a separator (`io.sentry`, `sentry_sdk`, `github.com/getsentry/sentry-go`) is rare
 * enough as it is; a bare word (`Segment`, `Stripe`, `Intercom`) is common prose, so it is keyed with the
 * statement that imports it, or every file mentioning the word would be decoded and read.
 */
export function importKeywords(group: ImportGroup, name: string): string[] {
  const lower = name.toLowerCase();
  if (/[._\-/\\]/.test(name)) return [lower];
  switch (group) {
    case 'apple':
      return [`import ${lower}`, `<${lower}/`];
    case 'python':
      return [`import ${lower}`, `from ${lower}`];
    case 'dotnet':
      return [`using ${lower}`];
    case 'ruby':
      return [`require '${lower}`, `require "${lower}`, `require('${lower}`, `require("${lower}`];
    case 'php':
      return [`${lower}\\`];
    case 'jvm':
      return [`import ${lower}.`];
    case 'elixir':
      return ['alias', 'import', 'require', 'use'].map((statement) => `${statement} ${lower}`);
    case 'js':
      // A module specifier is always quoted: `from 'apn'`, `require("apn/lib")`; `happen` is not an import of `apn`.
      return [`'${lower}'`, `"${lower}"`, `'${lower}/`, `"${lower}/`];
    default:
      return [lower];
  }
}

// Prefixes that frameworks require on variables they ship to the browser:
// https://nextjs.org/docs/app/guides/environment-variables, https://vite.dev/guide/env-and-mode,
// https://create-react-app.dev/docs/adding-custom-environment-variables/, https://docs.expo.dev/guides/environment-variables/,
// https://nuxt.com/docs/guide/going-further/runtime-config, https://svelte.dev/docs/kit/$env-static-public,
// https://www.gatsbyjs.com/docs/how-to/local-development/environment-variables/
// and the prefixes sign-in frameworks put on a provider's credentials: Auth.js reads `AUTH_<PROVIDER>_*`
// (https://authjs.dev/guides/environment-variables), Chainlit `OAUTH_<PROVIDER>_*`
// (https://docs.chainlit.io/authentication/oauth).
const ENV_PREFIXES = 'NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|GATSBY_|OAUTH_|AUTH_';

/**
 * Code reading environment variable `name` (upper case, digits, underscores): `process.env.NAME`,
 * `env.NAME` (t3-env, Vite), `os.environ["NAME"]`, `ENV["NAME"]`, `$_ENV['NAME']`,
 * `Platform.environment['NAME']`, and calls with the name as first argument: `os.environ.get`,
 * `os.getenv`, `os.Getenv`, `System.getenv`, `System.fetch_env!`, `System.get_env`, `ENV.fetch`,
 * `env::var`, `Environment.GetEnvironmentVariable`, `Deno.env.get`, Laravel's `env()`, django-environ's
 * and environs' `env("NAME")`, `env.str("NAME")`, `env.url("NAME")`. The name may
 * carry a framework's prefix for variables shipped to the browser (`NEXT_PUBLIC_SENTRY_DSN`,
 * `VITE_`, `REACT_APP_`, `EXPO_PUBLIC_`, `NUXT_PUBLIC_`, `PUBLIC_`, `GATSBY_`) or a sign-in framework's
 * (`AUTH_`, `OAUTH_`). A name in a list, a
 * `.env` file or YAML is not a read.
 */
export function envReadPattern(name: string): RegExp {
  const quote = `["'\`]`;
  const named = `(?:${ENV_PREFIXES})?${name}`;
  return new RegExp(
    String.raw`(?:\benv\.${named}\b|(?:\benv|\benviron|\benvironment|\bENV|\$_ENV|\$_SERVER)\s*\[\s*${quote}${named}${quote}\s*\]|\b(?:get|getenv|Getenv|GetEnvironmentVariable|fetch_env!?|get_env|fetch|var|env|str|url)\s*\(\s*${quote}${named}${quote})`,
    'gm',
  );
}

/** Whether a built index's keywords are these, in the same id order. */
function sameKeywords(built: readonly string[], keywords: readonly string[]): boolean {
  const unique = indexedKeywords(keywords);
  return unique.length === built.length && unique.every((keyword, i) => keyword === built[i]);
}

/** Build the lookups and the keyword prefilter for a set of vendors (`prebuilt`: the automaton, when another thread built it). */
export function compileCatalog(vendors: VendorRule[], organizations: Organization[], categories: Map<string, string>, prebuilt?: KeywordIndex): Catalog {
  const catalog: Omit<Catalog, 'keywordIndex'> = {
    vendors: new Map(),
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
    categories,
    packages: new Map(),
    platform: { exact: new Map(), prefixes: [] },
    killSwitches: new Map(),
    domains: new Map(),
    patternHosts: new Map(),
    builderHosts: new Set(),
    patternsByKeyword: new Map(),
    configByKeyword: new Map(),
    imports: new Map(),
    importKeywords: new Map(),
    gradlePlugins: new Map(),
    sdkGradlePlugins: new Set(),
    npmImportKeywords: new Set(),
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
        if (ecosystem === 'npm') for (const keyword of npmImportKeywords(normalized)) catalog.npmImportKeywords.add(keyword);
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
    for (const [key, value] of Object.entries(signatures['disabled-by'] ?? {})) catalog.killSwitches.set(`${vendor.id}\0${key}`, switchValue(String(value)));
    for (const domain of signatures.domains ?? []) pushTo(catalog.domains, domain.replace(/^\*\./, '').toLowerCase(), vendor.id);
    for (const [group, names] of Object.entries(signatures.imports ?? {}) as [ImportGroup, string[]][]) {
      let index = catalog.imports.get(group);
      if (!index) catalog.imports.set(group, (index = new Map()));
      for (const name of names) {
        pushTo(index, name, vendor.id);
        for (const keyword of importKeywords(group, name)) {
          const groups = catalog.importKeywords.get(keyword) ?? new Set<ImportGroup>();
          groups.add(group);
          catalog.importKeywords.set(keyword, groups);
        }
      }
    }
    for (const plugin of signatures['gradle-plugins'] ?? []) pushTo(catalog.gradlePlugins, plugin, vendor.id);
    for (const plugin of signatures['sdk-gradle-plugins'] ?? []) catalog.sdkGradlePlugins.add(`${vendor.id}\0${plugin}`);
    for (const rule of signatures.code ?? []) {
      const compiled: CompiledPattern = {
        vendor: vendor.id,
        id: rule.id,
        regex: new RegExp(rule.pattern, 'gm'),
        kind: rule.kind ?? 'code',
        ...(rule.languages ? { languages: new Set(rule.languages) } : {}),
        ...(rule['requires-package'] ? { requiresPackage: rule['requires-package'] } : {}),
      };
      for (const keyword of patternKeywords(rule.pattern, rule.keywords)) pushTo(catalog.patternsByKeyword, keyword, compiled);
      for (const keyword of rule.keywords) {
        const host = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?=\/|$)/.exec(keyword.toLowerCase())?.[0];
        if (!host) continue;
        const vendors = catalog.patternHosts.get(host) ?? new Set<string>();
        vendors.add(vendor.id);
        catalog.patternHosts.set(host, vendors);
      }
      for (const host of hostsBeforePaths(rule.pattern)) if (!COMMENTED_HOSTS.has(host)) catalog.builderHosts.add(host);
    }
    for (const name of signatures.env ?? []) {
      const compiled: CompiledPattern = { vendor: vendor.id, id: `env-${name.toLowerCase().replaceAll('_', '-')}`, regex: envReadPattern(name), kind: 'code', env: true };
      pushTo(catalog.patternsByKeyword, name.toLowerCase(), compiled);
    }
    for (const rule of signatures.config ?? []) {
      const keys = rule.keys.map((key) => key.split('.'));
      const compiled: CompiledConfigRule = { vendor: vendor.id, id: rule.id, files: rule.files, keys, ...(rule.value ? { value: new RegExp(rule.value) } : {}) };
      // The prefilter keyword of a key path is its longest key: `ID` of `services.googleAnalytics.ID`
      // would hand nearly every file to the matcher, `googleanalytics` almost none.
      // A value the rule requires can be rarer still: `gatsby-plugin-google-` of a Gatsby plugin's
      // `resolve`, which every promise-returning file spells.
      const required = rule.value ? requiredLiteral(rule.value) : '';
      for (const path of keys) {
        const key = longestKey(path);
        pushTo(catalog.configByKeyword, (required.length > key.length ? required : key).toLowerCase(), compiled);
      }
    }
  }
  // Built on first use: a run whose files all come from the outcome cache (a pre-commit run, a
  // diff's base) never reads a file, and the automaton costs 35-100 ms to build.
  const keywords = [
    ...catalog.patternsByKeyword.keys(),
    ...catalog.configByKeyword.keys(),
    ...catalog.domains.keys(),
    ...catalog.importKeywords.keys(),
    ...catalog.npmImportKeywords,
    ...catalog.builderHosts,
    IGNORE_KEYWORD,
    ...THIRD_PARTY_KEYWORDS,
  ];
  // A worker thread is handed the main thread's automaton; it is used only for the same keywords.
  let index: KeywordIndex | undefined = prebuilt && sameKeywords(prebuilt.keywords, keywords) ? prebuilt : undefined;
  return Object.defineProperty(catalog, 'keywordIndex', { get: () => (index ??= buildKeywordIndex(keywords)), enumerable: true }) as Catalog;
}

// A host spelled in a pattern's source (`lrclib\.net`) right before a path (`/`) or before the end
// of the alternation that holds it (`(?:google\.com|s2\.googleusercontent\.com)/s2/`).
const HOST_BEFORE_PATH = /(?<![\w\\-])(?<host>[a-z0-9-]+(?:\\\.[a-z0-9-]+)+)(?=(?:\|[^()]*)?\)?\\?\/)/gi;

/**
 * Code hosts whose name is in the comments of most libraries (issue and licence links): a file
 * naming one is not handed to the matchers for it, or one file in eight would be.
 */
const COMMENTED_HOSTS: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

/** The hosts a code pattern names right before a path. */
export function hostsBeforePaths(pattern: string): string[] {
  const hosts: string[] = [];
  // `\b` before a host is an anchor, not part of the name.
  for (const match of pattern.replaceAll('\\b', ' ').matchAll(HOST_BEFORE_PATH)) {
    const host = match.groups!.host!.replaceAll('\\.', '.').toLowerCase();
    if (/\.[a-z]{2,24}$/.test(host)) hosts.push(host);
  }
  return hosts;
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

/** The vendor ids whose `imports` cover `module` (itself or a namespace above it). */
export function vendorsOfImport(catalog: Catalog, group: ImportGroup, module: string): string[] {
  const index = catalog.imports.get(group);
  if (!index) return [];
  const found: string[] = [];
  for (const namespace of namespacesOf(group, module)) {
    for (const vendor of index.get(namespace) ?? []) if (!found.includes(vendor)) found.push(vendor);
  }
  return found;
}

/** Does this Gradle plugin add the vendor's SDK to the app by itself (the catalog's `sdk-gradle-plugins`)? */
export function installsSdk(catalog: Catalog, vendor: string, plugin: string): boolean {
  return catalog.sdkGradlePlugins.has(`${vendor}\0${plugin}`);
}

/** The vendor ids a Gradle plugin id belongs to. */
export function vendorsOfGradlePlugin(catalog: Catalog, id: string): string[] {
  return catalog.gradlePlugins.get(id) ?? [];
}

/**
 * A platform value in one spelling: plist `<false/>`, `<string>NO</string>`, Android `"false"`
 * and `0` all read as `false`; anything else is kept as written, lower-cased.
 */
export function switchValue(value: string): string {
  const lower = value.trim().toLowerCase();
  if (lower === 'no' || lower === '0' || lower === 'false') return 'false';
  if (lower === 'yes' || lower === '1' || lower === 'true') return 'true';
  return lower;
}

/** Whether `value` at platform key `key` switches `vendor`'s SDK off, as the catalog says. */
export function isSwitchedOff(catalog: Catalog, vendor: string, key: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const off = catalog.killSwitches.get(`${vendor}\0${key}`);
  return off !== undefined && off === switchValue(value);
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
