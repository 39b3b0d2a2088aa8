import type { Catalog, CompiledPattern, VendorRule } from '../catalog/catalog.js';
import { IGNORE_KEYWORD, vendorsOfHost, vendorsOfPackage } from '../catalog/catalog.js';
import { envRegistryReads, filledInAt, hostLabel, labelsInRegexes, regexesNamePath, regexHostLabels, regexLinesOf, linkEmbedTemplates, mentionAt, providerSwitchItems, providerTableReads, vendorsSharingCategory } from '../context/constructs.js';
import { specifierPackage } from '../ecosystems/npm/common.js';
import { lineStarts, positionAt } from '../ecosystems/position.js';
import { inCopyFolder } from '../files/filter.js';
import type { ParseProblem, VendorEvidence } from '../types.js';
import { assembledUrls } from './assembled-urls.js';
import { blankComments, templateLiterals } from './comments.js';
import { findKeywordIds } from './keywords.js';
import type { LanguageInfo } from './languages.js';
import { configRulesFor } from './config.js';
import { findThirdParties, THIRD_PARTY_KEYWORDS } from './third-parties.js';
import { matchImports, wantsImports } from './imports-match.js';
import type { ThirdPartyHit } from './third-parties.js';

// Source text → evidence. One case-insensitive pass of the keyword prefilter decides which
// vendor regexes and which domains are looked at in this file at all (gitleaks' habit).

/** Bytes of one file past which code is not matched (minified bundles, generated code). */
export const MAX_CODE_BYTES = 2 * 1024 * 1024;
/** Evidence kept per pattern per file: enough to locate, bounded against pathological files. */
const MAX_MATCHES_PER_PATTERN = 20;
const MAX_MATCH_TEXT = 120;

/**
 * How long the code patterns may run on one file, and the clock that measures it (injectable, so
 * a test can run out of time deterministically). The catalog's patterns are checked to be linear
 * (regex-safety.ts); the budget is the backstop that keeps any pattern from stalling a run.
 */
export interface MatchBudget {
  ms: number;
  now: () => number;
}

/** Milliseconds of pattern matching per file: orders of magnitude above any real file's. */
export const MATCH_BUDGET_MS = 5_000;
const DEFAULT_BUDGET: MatchBudget = { ms: MATCH_BUDGET_MS, now: () => performance.now() };

/** Keywords of the prefilter that occur in a file's bytes (lower-case). */
export function keywordsIn(catalog: Catalog, bytes: Uint8Array): Set<string> {
  const index = catalog.keywordIndex;
  return new Set(findKeywordIds(index, bytes).map((id) => index.keywords[id]!));
}

/**
 * Does any prefilter keyword found in a file concern that file? A keyword can only unlock
 * patterns of other languages (`<script` in a Python file), config rules of other files
 * (`integrations` of a docs site's settings, in application code) or imports of another family:
 * then nothing would be looked for, and the file need not be decoded and read. Mirrors what
 * matchSource, matchConfig and scanText look at.
 */
export function hitsConcern(catalog: Catalog, path: string, language: LanguageInfo, hits: Set<string>, bytes?: Uint8Array): boolean {
  if (wantsImports(catalog, language.language, hits)) return true;
  // Unlisted third parties are script and request URLs: a file with no URL has none (a Vue component's `<script setup>`).
  const web = isWeb(language) && (bytes === undefined || holdsUrl(bytes));
  for (const hit of hits) {
    if (hit === IGNORE_KEYWORD || catalog.domains.has(hit)) return true;
    if (web && THIRD_PARTY_KEYWORDS.includes(hit)) return true;
    if (language.language === 'js' && catalog.npmImportKeywords.has(hit)) return true;
    if ((catalog.patternsByKeyword.get(hit) ?? []).some((pattern) => patternApplies(pattern, language))) return true;
    if (catalog.builderHosts.has(hit) && language.language !== 'config' && (bytes === undefined || holdsUrlBuilder(bytes))) return true;
  }
  return configRulesFor(catalog, path, hits).length > 0;
}

// What a URL builder of src/matchers/assembled-urls.ts spells: a file naming a pattern's host without its
// path is read only when it sets a host and a path, or calls a builder that takes both.
const HOST_HINTS = ['host:', 'host =', 'host=', 'Host =', 'Host:', 'Host=', 'hostname', '.host(', 'authority'];
const PATH_HINTS = ['path:', 'path =', 'path=', 'Path =', 'Path:', 'Path=', 'pathname', 'PathSegment', 'appendPath', 'appendEncodedPath', '.path('];
const CALL_HINTS = ['Uri.http', 'urlunparse', 'urlunsplit'];

function holdsUrlBuilder(bytes: Uint8Array): boolean {
  return holdsAny(bytes, CALL_HINTS) || (holdsAny(bytes, HOST_HINTS) && holdsAny(bytes, PATH_HINTS));
}

/** The starts of an absolute or protocol-relative URL (`https://`, `'//cdn...`), as every third-party load spells. */
const URL_HINTS = ['://', '"//', "'//", '`//'];

function holdsUrl(bytes: Uint8Array): boolean {
  return holdsAny(bytes, URL_HINTS);
}

/** Whether the bytes hold one of the literals (one native search each, no decoding). */
function holdsAny(bytes: Uint8Array, literals: readonly string[]): boolean {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return literals.some((literal) => buffer.includes(literal));
}

/** Configuration files get only the patterns written for them (`languages: [config]`). */
function patternApplies(pattern: CompiledPattern, language: LanguageInfo): boolean {
  return pattern.languages ? pattern.languages.has(language.language) : language.language !== 'config';
}

/** JavaScript and HTML: where script tags and beacons name unlisted third parties. */
function isWeb(language: LanguageInfo): boolean {
  return language.language === 'js' || language.language === 'html';
}

/**
 * Evidence of catalog vendors in one source or configuration file. `hits` are the prefilter's
 * keywords for this file when the caller already ran it over the bytes. When the patterns run out
 * of `budget`, the rest are not run, the evidence found so far is kept, and `problems` gets a
 * located warning that names how many patterns were cut short.
 */
export function matchSource(
  catalog: Catalog,
  path: string,
  text: string,
  language: LanguageInfo,
  hits = keywordsIn(catalog, Buffer.from(text, 'utf8')),
  thirdParties?: ThirdPartyHit[],
  problems?: ParseProblem[],
  budget: MatchBudget = DEFAULT_BUDGET,
): VendorEvidence[] {
  if (text.length > MAX_CODE_BYTES) return [];
  // Decide what could match before blanking comments, which costs a pass over the whole file.
  const patterns = new Set<CompiledPattern>();
  for (const keyword of hits) {
    for (const pattern of catalog.patternsByKeyword.get(keyword) ?? []) {
      if (patternApplies(pattern, language)) patterns.add(pattern);
    }
  }
  const importGroup = wantsImports(catalog, language.language, hits);
  const domains = [...hits].filter((keyword) => catalog.domains.has(keyword));
  const lookForThirdParties = thirdParties !== undefined && isWeb(language);
  const packageImports = language.language === 'js' && [...hits].some((keyword) => catalog.npmImportKeywords.has(keyword));
  // A pattern's host without its path: the URL may be put together from parts.
  const builderHost = language.language !== 'config' && [...hits].some((keyword) => catalog.builderHosts.has(keyword));
  if (patterns.size === 0 && domains.length === 0 && !lookForThirdParties && !importGroup && !packageImports && !builderHost) return [];

  const code = blankComments(text, language.comments);
  const evidence: VendorEvidence[] = [];
  /** Where each match starts in `code`, for the construct around it. */
  const offsets = new Map<VendorEvidence, number>();
  /** Evidence from `signatures.env` reads: a registry entry of them is a mention (envRegistryReads). */
  const envReads = new Set<VendorEvidence>();
  let starts: number[] | undefined;
  const at = (offset: number) => positionAt((starts ??= lineStarts(text)), offset);
  /** Where each code pattern matched in the text: a host inside another vendor's match is that vendor's (claimedHost). */
  const spans: { vendor: string; start: number; end: number }[] = [];
  /** A code pattern's match at `offset`, recorded with where it starts (`inText`: the match is the text at `offset`, not an assembled URL). */
  const found = (pattern: CompiledPattern, offset: number, matched: string, inText = true): VendorEvidence => {
    const item: VendorEvidence = { vendor: pattern.vendor, kind: pattern.kind, path, ...at(offset), match: clip(matched), ...(pattern.requiresPackage ? { needsPackage: pattern.requiresPackage } : {}) };
    offsets.set(item, offset);
    if (inText && !pattern.env) spans.push({ vendor: pattern.vendor, start: offset, end: offset + matched.trimStart().length });
    evidence.push(item);
    return item;
  };
  const started = budget.now();
  let run = 0;
  let stoppedAt: number | undefined;
  for (const pattern of patterns) {
    if (budget.now() - started > budget.ms) {
      stoppedAt = 0;
      break;
    }
    run++;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    let count = 0;
    for (let match = regex.exec(code); match && count < MAX_MATCHES_PER_PATTERN; match = regex.exec(code)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      count++;
      // A pattern may start with `^[ \t]*` and so take in the indentation: point at the call.
      const lead = match[0].length - match[0].trimStart().length;
      const item = found(pattern, match.index + lead, match[0]);
      if (pattern.env) envReads.add(item);
      if (budget.now() - started > budget.ms) {
        stoppedAt = regex.lastIndex;
        break;
      }
    }
    if (stoppedAt !== undefined) break;
  }
  if (stoppedAt !== undefined) {
    const cut = patterns.size - run + (stoppedAt > 0 ? 1 : 0);
    problems?.push({
      ...at(stoppedAt),
      message: `code matching stopped after the per-file time budget (${budget.ms} ms): ${cut} of ${patterns.size} code patterns did not run to the end of the file, so vendors they detect may be missed (domains were still matched)`,
    });
  }
  // A URL put together from a host and a path (a UriBuilder, Dart's Uri, OkHttp's HttpUrl.Builder):
  // the code patterns that need host and path together run on the URL it makes.
  for (const assembled of assembledUrls(code)) {
    for (const keyword of keywordsIn(catalog, Buffer.from(assembled.url, 'latin1'))) {
      for (const pattern of catalog.patternsByKeyword.get(keyword) ?? []) {
        if (!patternApplies(pattern, language)) continue;
        pattern.regex.lastIndex = 0;
        const match = pattern.regex.exec(assembled.url);
        if (match) found(pattern, assembled.offset, match[0], false);
      }
    }
  }
  if (importGroup) evidence.push(...matchImports(catalog, importGroup, path, code, at));
  const lower = domains.length > 0 ? code.toLowerCase() : '';
  const matchedVendors = new Set(spans.map((span) => span.vendor));
  for (const domain of domains) {
    // Like code patterns, a host yields a bounded number of evidence items per file: a minified
    // bundle or a hostile file repeating a host 10,000 times costs one linear search, not 10,000
    // context readings. Script loads, the strongest evidence, have their own allowance.
    let hosts = 0;
    let scripts = 0;
    for (const found of findHosts(code, domain, lower)) {
      if (found.script ? scripts++ >= MAX_MATCHES_PER_PATTERN : hosts++ >= MAX_MATCHES_PER_PATTERN) continue;
      for (const vendor of vendorsOfHost(catalog, found.host)) {
        // The Conversions API URL `graph.facebook.com/v20.0/<pixel>/events` is Meta Pixel's, not the Facebook SDK's host.
        if (claimedHost(spans, vendor, found.index) || sharedHostClaimed(catalog, found.host, vendor, matchedVendors)) continue;
        const item: VendorEvidence = { vendor, kind: found.script ? 'script' : 'domain', path, ...at(found.index), match: found.host };
        offsets.set(item, found.index);
        evidence.push(item);
      }
    }
  }
  if (language.language === 'js') evidence.push(...matchPackageImports(catalog, path, code, at));
  if (lookForThirdParties) {
    // A host on a line where a catalog vendor matched is that vendor's (the GA4 snippet's
    // googletagmanager.com loader beside its gtag call), never an unlisted third party.
    const vendorLines = new Set(evidence.map((item) => item.line));
    const hits = findThirdParties(code, at, (host) => vendorsOfHost(catalog, host).length > 0 || catalog.patternHosts.has(host));
    thirdParties.push(...hits.filter((hit) => !vendorLines.has(hit.line)));
  }
  markMentions(catalog, code, evidence, offsets, /\.json5?$/i.test(path));
  markLibraryCopy(catalog, path, text, evidence);
  markHostDirectory(path, code, evidence);
  const reads = [...envReads].filter((item) => !item.mention);
  const listed = envRegistryReads(code, reads.map((item) => ({ offset: offsets.get(item)!, match: item.match })));
  for (const [i, item] of reads.entries()) if (listed.has(i)) item.mention = 'env-registry';
  const unlisted = reads.filter((item) => !item.mention);
  const categoriesOf = (vendor: string) => catalog.vendors.get(vendor)?.categories ?? [];
  const tabled = providerTableReads(code, unlisted.map((item) => ({ offset: offsets.get(item)!, vendor: item.vendor })), categoriesOf);
  for (const [i, item] of unlisted.entries()) if (tabled.has(i)) item.mention = 'provider-table';
  const calls = evidence.filter((item) => item.kind === 'code' && !item.mention && offsets.has(item));
  const switched = providerSwitchItems(code, calls.map((item) => ({ offset: offsets.get(item)!, vendor: item.vendor })), categoriesOf);
  for (const [i, item] of calls.entries()) if (switched.has(i)) item.mention = 'provider-table';
  // A key read on a line where the vendor's SDK call matched (`new OpenAI({ apiKey: process.env.OPENAI_API_KEY })`) adds nothing.
  const called = envReads.size === 0 ? undefined : new Set(evidence.filter((item) => !envReads.has(item)).map((item) => `${item.vendor}\0${item.line}`));
  // A `#!` line makes the file a command-line program (src/context/ decides whose machine runs it), and so
  // does JavaScript that reads its command line or a Node built-in no browser has (`require("fs")`,
  // `process.argv`): a maintainer's `scripts/translate.js` run with `node`, not a script a page loads.
  if (evidence.length > 0 && (text.startsWith('#!') || (language.language === 'js' && NODE_PROGRAM.test(code)))) for (const item of evidence) item.program = true;
  return dedupe(called ? evidence.filter((item) => !envReads.has(item) || !called.has(`${item.vendor}\0${item.line}`)) : evidence);
}

// https://nodejs.org/api/process.html#processargv and the built-ins of https://nodejs.org/api/modules.html#built-in-modules
// that only a program on a machine uses (files, processes, a terminal), required or imported.
const NODE_PROGRAM =
  /\bprocess\.argv\b|\brequire\(\s*["'](?:node:)?(?:fs|fs\/promises|child_process|readline)["']\s*\)|\bfrom\s+["'](?:node:)?(?:fs|fs\/promises|child_process|readline)["']/;

/**
 * Whether a host at `offset` stands inside another vendor's code-pattern match and inside none of
 * `vendor`'s own: the more specific signature (an endpoint with its path) tells whose the URL is.
 */
function claimedHost(spans: readonly { vendor: string; start: number; end: number }[], vendor: string, offset: number): boolean {
  let other = false;
  for (const span of spans) {
    if (offset < span.start || offset >= span.end) continue;
    if (span.vendor === vendor) return false;
    other = true;
  }
  return other;
}

/**
 * Whether a shared API host (`graph.facebook.com`, which the Facebook SDK lists and WhatsApp's and
 * Instagram's APIs reach by path) belongs, in this file, to another product that claims it: one whose
 * code patterns name the host matched in the file, while `vendor`'s own patterns did not. A file
 * that calls WhatsApp's Cloud API through a `const API = 'https://graph.facebook.com/v21.0'` is
 * WhatsApp's, not the Facebook SDK's.
 */
function sharedHostClaimed(catalog: Catalog, host: string, vendor: string, matchedVendors: ReadonlySet<string>): boolean {
  if (matchedVendors.size === 0 || matchedVendors.has(vendor)) return false;
  const claimants = catalog.patternHosts.get(host.toLowerCase());
  if (!claimants) return false;
  for (const other of claimants) if (other !== vendor && matchedVendors.has(other)) return true;
  return false;
}

/** The second-level labels of each vendor's catalog domains, worked out once per vendor rule. */
const DOMAIN_LABELS = new WeakMap<VendorRule, string[]>();

function domainLabels(rule: VendorRule): readonly string[] {
  let labels = DOMAIN_LABELS.get(rule);
  if (labels) return labels;
  labels = [];
  for (const domain of rule.signatures.domains ?? []) {
    const label = hostLabel(domain);
    if (label) labels.push(label);
  }
  DOMAIN_LABELS.set(rule, labels);
  return labels;
}

/**
 * Record the construct around each match (src/context/ decides the context from it): a host in
 * an allow-list, a comparison, a placeholder or a default is a mention; so is every host of a
 * vendor whose URLs a regular expression of this file recognises (a URL recogniser, an oEmbed table).
 */
function markMentions(catalog: Catalog, code: string, evidence: VendorEvidence[], offsets: Map<VendorEvidence, number>, dataFile: boolean): void {
  if (evidence.length === 0) return;
  const labelsOfDomains = (vendor: string): readonly string[] => {
    const rule = catalog.vendors.get(vendor);
    return rule ? domainLabels(rule) : [];
  };
  const labelsOf = (item: VendorEvidence): string[] => {
    if (item.kind === 'import') return [];
    const labels = new Set<string>();
    const host = /(?:[a-z0-9-]+\.)+[a-z]{2,}/i.exec(item.match)?.[0];
    const fromMatch = host ? hostLabel(host) : undefined;
    if (fromMatch) labels.add(fromMatch);
    if (item.kind === 'domain' || item.kind === 'script') for (const label of labelsOfDomains(item.vendor)) labels.add(label);
    return [...labels];
  };
  const recognised = labelsInRegexes(code, evidence.flatMap(labelsOf));
  // A player URL filled in from a link the file's regex parsed is the embed the page renders, not the recogniser:
  // one provider's player (a YouTube video in a rich-text block) is an integration; a file that recognises the
  // links of several providers is a link-embed engine and loads whichever player the content names.
  const players: VendorEvidence[] = [];
  const recognisedVendors = new Set<string>();
  let regexLines: string | null | undefined;
  for (const item of evidence) {
    const offset = offsets.get(item);
    const construct = offset === undefined || item.kind === 'import' ? undefined : mentionAt(code, offset, dataFile, item.kind === 'domain');
    if (construct) {
      item.mention = construct;
      continue;
    }
    if (recognised.size === 0 || !labelsOf(item).some((label) => recognised.has(label))) continue;
    // An endpoint with its path is recognised only by a regex that names that path too (the regex lines read once).
    if (item.kind === 'code') {
      // null (a minified regex line) is an answer too: read once, not again for every item.
      if (regexLines === undefined) regexLines = regexLinesOf(code);
      if (!regexesNamePath(regexLines, item.match)) continue;
    }
    recognisedVendors.add(item.vendor);
    if (item.kind === 'script' && offset !== undefined && filledInAt(code, offset)) players.push(item);
    else item.mention = 'url-pattern';
  }
  for (const item of players) {
    if (recognisedVendors.size >= LINK_EMBED_VENDORS || otherRecognisedSites(code, offsets.get(item)!, labelsOf(item)) >= LINK_EMBED_VENDORS - 1) item.mention = 'url-pattern';
  }
  finishEmbeds(catalog, code, evidence, offsets);
}

// The banner a library's build puts on its first line: `/* Web Font Loader v1.6.24 - (c) Adobe Systems, Google. License: Apache 2.0 */`,
// `/*! lightgallery - v1.10.0 - 2020-11-07`, `/** @license React v16.14.0`: a name, then a `v`-prefixed version
// (a file's own `/** Version 2.0 of the API */` is not a banner).
// The name may stand on the comment's second line (`/*!\n * Quill Editor v1.3.7`).
const LIBRARY_BANNER = /^\s*\/\*[*!]?\s*(?:\*\s*)?(?:@license\s+)?[A-Za-z][\w .@/-]{0,60}?[\s-]+v\d+\.\d+(?:\.\d+)?\b/;
// A bundler's chunk of third-party packages (webpack's `vendor.js`, `vendors~main.js`, `vendor.bundle.js`).
const VENDOR_CHUNK = /(?:^|\/)vendors?(?:[~.-][\w~.-]*)?\.js$/;
// A bundler's output committed as one file (`autoconsent-bundle.js`, `main.bundle.js`, `bundle.js`): a built library.
const BUNDLE_FILE = /(?:^|[/.-])bundle\.[cm]?js$/;
// A library's distribution copied into a served or asset folder, its main file named after its folder
// (`assets/ckeditor/ckeditor.js`, `public/tinymce/tinymce.min.js`).
const LIBRARY_DISTRIBUTION = /(?:^|\/)(?:assets|public|static|resources|wwwroot)\/(?:[^/]+\/)*?(?<library>[^/]+)\/\k<library>(?:\.min)?\.js$/;

/**
 * A copy of a published library committed into the tree (a banner on its first line) that names two
 * or more vendors of one category holds the library's provider modules (Web Font Loader's Google
 * Fonts and Typekit modules): which one runs is the product's configuration, found where it is written.
 * Its hosts are mentions (`library-copy`), as a published library's adapters are connectors. A copy
 * that names one vendor alone (a self-hosted tracker script) stays an integration, unless it is an embed
 * provider's player, which a copied editor or media library builds from the links content pastes.
 */
function markLibraryCopy(catalog: Catalog, path: string, text: string, evidence: VendorEvidence[]): void {
  // The banner is a comment: read from the text, before comments are blanked. A file in a folder of
  // vendored copies (Rails' `vendor/assets/javascripts/leaflet-providers.js`: forty tile layers, of
  // which a map shows the one it is configured with), a minified file, a bundler's vendor chunk or bundle is a
  // library copy without one.
  if (evidence.length === 0 || !(inCopyFolder(path) || path.endsWith('.min.js') || VENDOR_CHUNK.test(path) || BUNDLE_FILE.test(path) || LIBRARY_DISTRIBUTION.test(path) || LIBRARY_BANNER.test(text.slice(0, 300)))) return;
  // An embed provider's player URL in a copied editor or media library is the library's recogniser
  // (Quill's and Summernote's video buttons turn a pasted link into a player), whichever video the
  // content names: a mention even when it is the copy's only vendor.
  for (const item of evidence) {
    if (item.mention || item.kind === 'import') continue;
    if (catalog.vendors.get(item.vendor)?.categories.some((category) => EMBED_CATEGORIES.has(category))) item.mention = 'library-copy';
  }
  if (evidence.length < 2) return;
  // Every provider the copy names counts, also one its recogniser already made a mention.
  const named = evidence.filter((item) => item.kind !== 'import').map((item) => item.vendor);
  const shared = vendorsSharingCategory(named, (vendor) => catalog.vendors.get(vendor)?.categories ?? [], 2);
  for (const item of evidence) if (!item.mention && item.kind !== 'import' && shared.has(item.vendor)) item.mention = 'library-copy';
}

// Data files: what they hold is read by code elsewhere, never run. YAML and TOML are left out: an
// application's settings file names its integrations' endpoints side by side.
const DATA_FILE = /\.(?:json5?|xml|csv|tsv|txt)$/i;
// Android's value resources (`res/values/setup.xml`, `strings.xml`): an app's settings and texts, its endpoints among them.
const ANDROID_VALUES = /(?:^|\/)res\/values[^/]*\//;
/** Vendors whose hosts one data file names before it is a list of hosts rather than configuration. */
const HOST_DIRECTORY_VENDORS = 8;
/** Sites (a host's last two labels) one data file names before it is a list of hosts. */
const HOST_DIRECTORY_SITES = 12;
// A host written as a whole quoted value or key (`"api2.branch.io"`) or after a scheme (`"https://api2.branch.io/v1"`),
// with a letters-only top-level label: a data file's sites. Anchored on the quote or the `//` so that the search
// skips from one to the next instead of trying every word of the file.
const QUOTED_HOST = /(?:["']|\/\/)(?<host>(?:[a-z0-9-]{1,63}\.){1,8}(?<tld>[a-z]{2,12}))(?=["'/:?#])/gi;
// Top-level labels that are file extensions in data files far more often than countries (`logo.png`, `app.js`).
const NOT_TLDS = new Set(['js', 'ts', 'md', 'py', 'rb', 'sh', 'so', 'gz', 'zip', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'css', 'json', 'xml', 'html', 'htm', 'txt', 'csv', 'yml', 'yaml', 'mp3', 'mp4', 'pdf', 'kt', 'java', 'swift', 'dart', 'php', 'go', 'rs', 'ex', 'exs', 'vue', 'jsx', 'tsx', 'map', 'lock', 'min', 'id', 'name', 'type', 'value', 'key', 'data', 'length']);
/** A list shows itself in its first part: the count reads no further than this. */
const HOST_DIRECTORY_SCAN = 256 * 1024;

/** The number of sites (a host's last two labels) a data file names, counted up to `limit`. */
function sitesNamed(code: string, limit: number): number {
  const sites = new Set<string>();
  const text = code.length > HOST_DIRECTORY_SCAN ? code.slice(0, HOST_DIRECTORY_SCAN) : code;
  QUOTED_HOST.lastIndex = 0;
  for (let match = QUOTED_HOST.exec(text); match && sites.size < limit; match = QUOTED_HOST.exec(text)) {
    if (NOT_TLDS.has(match.groups!.tld!.toLowerCase())) continue;
    sites.add(match.groups!.host!.toLowerCase().split('.').slice(-2).join('.'));
  }
  return sites.size;
}

/**
 * A data file that names the hosts of many vendors, or of many sites, is a list kept about them: a
 * tracker block list (DuckDuckGo's `tds.json`, an app-tracker block list and its exceptions), a privacy
 * configuration's exceptions, a directory of services. A product's configuration names the few
 * services it uses. Each host of such a file is a mention (`host-list`).
 */
function markHostDirectory(path: string, code: string, evidence: VendorEvidence[]): void {
  if (!DATA_FILE.test(path) || ANDROID_VALUES.test(path)) return;
  const hosts = evidence.filter((item) => !item.mention && (item.kind === 'domain' || item.kind === 'script'));
  if (hosts.length === 0) return;
  if (new Set(hosts.map((item) => item.vendor)).size < HOST_DIRECTORY_VENDORS && sitesNamed(code, HOST_DIRECTORY_SITES) < HOST_DIRECTORY_SITES) return;
  for (const item of hosts) item.mention = 'host-list';
}

/**
 * Sites other than the player's own whose URLs a regex of the file recognises, counted by the
 * first letters of their label (`youtu` and `youtube-nocookie` are one site).
 */
function otherRecognisedSites(code: string, offset: number, ownLabels: readonly string[]): number {
  const site = (label: string) => label.slice(0, 4);
  const own = new Set(ownLabels.map(site));
  const others = new Set<string>();
  for (const label of regexHostLabels(code, offset)) if (!own.has(site(label))) others.add(site(label));
  return others.size;
}

/** Embed hosts filled in from links: a link-embed engine when they name several providers. */
function finishEmbeds(catalog: Catalog, code: string, evidence: VendorEvidence[], offsets: Map<VendorEvidence, number>): void {
  const embeds = evidence.filter((item) => !item.mention && item.kind !== 'import' && offsets.has(item) && (catalog.vendors.get(item.vendor)?.categories ?? []).some((category) => EMBED_CATEGORIES.has(category)));
  if (embeds.length < LINK_EMBED_VENDORS) return;
  const filled = linkEmbedTemplates(code, embeds.map((item) => ({ offset: offsets.get(item)!, vendor: item.vendor })), LINK_EMBED_VENDORS);
  for (const [i, item] of embeds.entries()) if (filled.has(i)) item.mention = 'url-pattern';
}

/** Categories of players and media a page embeds from a link (`rules/_categories.yml`). */
const EMBED_CATEGORIES = new Set(['video', 'embeds']);
/** Embed providers one file builds players for before it is a link-embed engine. */
const LINK_EMBED_VENDORS = 3;

// Static and dynamic imports and requires of a package: `import x from 'pkg'`, `import 'pkg/sub'`,
// `export * from 'pkg'`, `import('pkg')`, `require('pkg')`. Relative and absolute paths are not packages.
// The clause before `from` is bounded and `from` is found by a lookbehind for the space before it: a
// `[...\s]+?\s+from` pair backtracks through every split of a run of spaces, and blanked comments make
// long runs (a fuzzed file of 6,000 characters took minutes).
const IMPORT =
  /(?:\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]{1,2000}?(?<=\s)from\s*)?|\bimport\s*\(\s*|\brequire\s*\(\s*)(?<quote>["'`])(?<spec>[^"'`\s./][^"'`\s]*)\k<quote>/g;

/**
 * The npm package a module specifier names: `@scope/name` or `name`, without a subpath; for Deno's
 * `npm:`/`jsr:` specifiers and package CDN URLs, the package they name (specifierPackage).
 */
function packageOfSpecifier(spec: string): string | undefined {
  if (spec.includes(':')) return specifierPackage(spec);
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return name && /^(?:@[\w.~-]+\/)?[\w.~-]+$/.test(name) ? name : undefined;
}

/** Imports of catalog npm packages in JavaScript or TypeScript code (comments blanked). */
function matchPackageImports(catalog: Catalog, path: string, code: string, at: (offset: number) => { line: number; column: number }): VendorEvidence[] {
  if (!code.includes('import') && !code.includes('require')) return [];
  const evidence: VendorEvidence[] = [];
  IMPORT.lastIndex = 0;
  let count = 0;
  let samples: [number, number][] | undefined;
  for (let match = IMPORT.exec(code); match && count < MAX_MATCHES_PER_PATTERN * 5; match = IMPORT.exec(code)) {
    const name = packageOfSpecifier(match.groups!.spec!);
    if (!name) continue;
    for (const vendor of vendorsOfPackage(catalog, 'npm', name)) {
      count++;
      const offset = match.index + match[0].length - match.groups!.spec!.length - 1;
      const item: VendorEvidence = { vendor, kind: 'import', path, ...at(offset), match: name, ecosystem: 'npm' };
      samples ??= codeSamples(code);
      if (samples.some(([start, end]) => match.index > start && offset < end)) item.mention = 'code-sample';
      evidence.push(item);
    }
  }
  return evidence;
}

/**
 * Template literals that span lines: an import written in one is text, a code sample the product
 * shows its users (an SDK's setup snippet in a dashboard's "install" dialog, Flagsmith's `code-help/`),
 * never a module the file loads.
 */
function codeSamples(code: string): [number, number][] {
  return templateLiterals(code).filter(([start, end]) => code.indexOf('\n', start) !== -1 && code.indexOf('\n', start) < end);
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MATCH_TEXT ? `${oneLine.slice(0, MAX_MATCH_TEXT - 1)}…` : oneLine;
}

function isHostChar(code: number): boolean {
  // a-z A-Z 0-9 - .
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

function isLabelChar(code: number): boolean {
  return isHostChar(code) && code !== 46;
}

/** A host written in text: its start offset, full name, and whether the context loads a script. */
export interface HostHit {
  index: number;
  host: string;
  script: boolean;
}

// The text just before a host that makes it a script being loaded: `src="https://`,
// `<script ... src=//`, `script.src = 'https://`, `import('https://`, `loadScript("https://`, and
// template attribute syntaxes: HAML `%script{src: "https://` and `{:src => "https://`, Slim
// `script src="https://`, Pug `script(src='https://`.
const SCRIPT_CONTEXT = /(?:\bsrc["']?\s*(?:=>|[=:])\s*(?:\{\s*)?["'`]?|\bimport\s*\(\s*["'`]|\b(?:loadScript|importScripts|getScript|require)\s*\(\s*["'`])(?:https?:)?\/\/$/i;

// Characters that end a URL's credentials (`https://<key>@host`) when read back from the `@`.
const NOT_CREDENTIALS = /[\s/@"'`<>]/;

/** Is the `@` just before `at` the end of a URL's credentials (`https://4f0c1e2d@`), not of an e-mail's local part? */
function afterUrlCredentials(lower: string, at: number): boolean {
  // Read back at most 120 characters: linear, however many addresses a file holds.
  const before = lower.slice(Math.max(0, at - 121), at - 1);
  const scheme = before.lastIndexOf('://');
  if (scheme < 1 || !/[a-z]/.test(before[scheme - 1]!)) return false;
  const credentials = before.slice(scheme + 3);
  return credentials.length > 0 && !NOT_CREDENTIALS.test(credentials);
}

/**
 * Every occurrence of `domain` (or a subdomain of it) as a whole host name in `text`, matched
 * case-insensitively. An e-mail address (`support@posthog.com`) is not a host the code talks to,
 * and `posthog.com.evil.net` is not PostHog.
 */
export function findHosts(text: string, domain: string, lower = text.toLowerCase()): HostHit[] {
  const hits: HostHit[] = [];
  for (let at = lower.indexOf(domain); at !== -1; at = lower.indexOf(domain, at + domain.length)) {
    const end = at + domain.length;
    const after = lower.charCodeAt(end);
    if (isLabelChar(after)) continue;
    if (after === 46 && isLabelChar(lower.charCodeAt(end + 1))) continue;
    let start = at;
    if (start > 0) {
      const before = lower.charCodeAt(start - 1);
      if (before !== 46 && isHostChar(before)) continue;
      if (before === 46) {
        while (start > 0 && isHostChar(lower.charCodeAt(start - 1))) start--;
        // `.posthog.com` with nothing before: a cookie domain or suffix rule, still this host.
        while (lower.charCodeAt(start) === 46) start++;
      }
    }
    // An e-mail address (`support@sentry.io`) names no endpoint; a URL's credentials do not make one
    // (a Sentry DSN `https://<key>@o1.ingest.sentry.io/1` in a JSON or YAML setting).
    if (start > 0 && lower.charCodeAt(start - 1) === 64 /* @ */ && !afterUrlCredentials(lower, start)) continue;
    // The 200 characters before the host on its line: searched within that window only, since a
    // backward search for the line start on a one-line bundle would make this loop quadratic.
    const window = text.slice(Math.max(0, start - 200), start);
    const context = window.slice(window.lastIndexOf('\n') + 1);
    hits.push({ index: start, host: lower.slice(start, end), script: SCRIPT_CONTEXT.test(context) });
  }
  return hits;
}

function dedupe(evidence: VendorEvidence[]): VendorEvidence[] {
  const seen = new Set<string>();
  const out: VendorEvidence[] = [];
  for (const item of evidence) {
    const key = `${item.vendor}\0${item.line}\0${item.column}\0${item.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
