import type { Catalog } from './catalog/catalog.js';
import { buildDeclarations } from './checks/declarations.js';
import { CHECKS, RULES } from './checks/index.js';
import type { CheckContext, RawFinding } from './checks/types.js';
import { claimersOf, PARSERS } from './ecosystems/index.js';
import { createHash } from 'node:crypto';
import { decodeText, decodeUtf16, hasBinaryExtension, isTextDespiteNul, looksBinary } from './files/filter.js';
import type { FileSource, ListedFile, ReadResult } from './files/source.js';
import type { Manifest } from './manifest/types.js';
import { readPolicyText } from './policy-text/index.js';
import type { PolicySource } from './policy-text/types.js';
import { IGNORE_KEYWORD, vendorsOfPackage } from './catalog/catalog.js';
import { findHosts, hitsConcern, keywordsIn, matchSource, MAX_CODE_BYTES } from './matchers/code.js';
import { languageOf, unsupportedFormatOf } from './matchers/languages.js';
import { matchConfig } from './matchers/config.js';
import type { LanguageInfo } from './matchers/languages.js';
import { matchParsed } from './matchers/packages.js';
import { effectiveSeverities, findIgnoreComments, suppressFindings } from './suppress.js';
import type { IgnoreComment } from './suppress.js';
import type { ThirdPartyHit } from './matchers/third-parties.js';
import { isTranslationCatalog, testPathMatcher } from './context/paths.js';
import { libraryLookup } from './context/library.js';
import { inferFirstPartyDomains, ownVendorsByName, ownVendorsOf } from './context/first-party.js';
import { assignAllContexts, compareStrength, DEFAULT_COUNT_AS_USED, isIntegrated } from './context/index.js';
import { organizationsWithApis } from './context/api-authorization.js';
import type { Detection, Ecosystem, EvidenceContext, FileParser, Finding, FirstPartyDomain, NotRead, ParseProblem, ScanResult, ScanStats, VendorEvidence } from './types.js';

// The pipeline, stage by stage: list → read → parse and match → detections → checks →
// suppression → result. Each stage is a function of the previous one's output.

/** Bytes past which even a lockfile is not read (a 30 MB package-lock is normal; 256 MB is not). */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

export interface ScanOptions {
  source: FileSource;
  catalog: Catalog;
  manifest: Manifest | null;
  /** true when a listed path should be scanned (defaults, ignores, include/exclude). */
  accept: (path: string) => boolean;
  /**
   * true for a path `accept` refuses only by a default ignore that could hold shipped code
   * (vendored copies, build output): its web files are looked at for catalog signatures, never
   * matched as evidence (see isShippedIgnore).
   */
  lookInIgnored?: (path: string) => boolean;
  /** Paths never matched for vendors: the manifest, the policy text, extra rule files. */
  skipMatching?: Set<string>;
  /** The published privacy-policy text to cross-check (SPEC §2 `privacy-policy:`). */
  policy?: PolicySource;
  now?: Date;
  parsers?: FileParser[];
  onProgress?: (done: number, total: number) => void;
  /** Outcomes of files already scanned with this catalog, by content: see OutcomeCache. */
  cache?: OutcomeCache;
  /** Only part of the tree is read (a subfolder of a monorepo): what is absent elsewhere is not judged. */
  partial?: boolean;
  /** First-party domains to use instead of inferring them (the base's, under policy-from: base). */
  firstPartyDomains?: FirstPartyDomain[];
}

/** What reading one file produced. */
export interface FileScan {
  evidence: VendorEvidence[];
  problems: ParseProblem[];
  ignores: IgnoreComment[];
  invalidIgnores: RawFinding[];
  /** Hosts of third parties the catalog does not know (unlisted-third-party). */
  thirdParties: ThirdPartyHit[];
}

/** Parse and match one file's text: the unit of work, pure. `hits` from the byte prefilter, when run. */
export function scanText(catalog: Catalog, path: string, text: string, parsers: FileParser[] = PARSERS, hits?: Set<string>): FileScan {
  const result: FileScan = { evidence: [], problems: [], ignores: [], invalidIgnores: [], thirdParties: [] };
  let claimed = false;
  for (const parser of claimersOf(path, parsers)) {
    claimed = true;
    const parsed = parser.parse(text, path);
    result.evidence.push(...matchParsed(catalog, path, parsed));
    result.problems.push(...parsed.problems);
  }
  const language = languageOf(path);
  // A lockfile or manifest in JSON/YAML/TOML is read by its parser only: its URLs are registry
  // addresses, not endpoints the product talks to.
  if (language && !(claimed && language.language === 'config')) {
    result.evidence.push(...matchSource(catalog, path, text, language, hits, result.thirdParties, result.problems));
  }
  if (catalog.configByKeyword.size > 0) result.evidence.push(...matchConfig(catalog, path, text, hits ?? keywordsIn(catalog, Buffer.from(text, 'utf8'))));
  if (hits && !hits.has(IGNORE_KEYWORD)) return result;
  const { ignores, invalid } = findIgnoreComments(path, text);
  result.ignores = ignores;
  result.invalidIgnores = invalid;
  return result;
}

/** Would any stage read this path? Files no parser claims and with no language are not read. */
export function isScannable(path: string, parsers: FileParser[] = PARSERS): boolean {
  return languageOf(path) !== undefined || claimersOf(path, parsers).length > 0;
}

/** What reading a set of files produced: the part of a scan that can run in parallel. */
export interface FilesScan {
  stats: Omit<ScanStats, 'durationMs'>;
  evidence: VendorEvidence[];
  parseProblems: { path: string; problem: ParseProblem }[];
  ignores: [string, IgnoreComment[]][];
  invalidIgnores: RawFinding[];
  thirdParties: (ThirdPartyHit & { path: string })[];
  /** Files not read that must be named (skipped-file). */
  skippedFiles: SkippedFile[];
  /** Every listed file not read, with why (`check --verbose`). */
  notRead: NotRead[];
  /** Each listed file's outcome, in the order of the listing (a diff's base scan reuses them). */
  outcomes?: FileOutcome[];
}

/** What one file contributed: cached per (git object id, path), so unchanged files are not read again. */
export interface FileOutcome {
  kind: 'unscannable' | 'unsupported' | 'binary' | 'too-large' | 'unreadable' | 'scanned' | 'submodule' | 'translation';
  bytes: number;
  /** Present only when the file produced evidence, problems or ignore comments. */
  result?: FileScan;
  /**
   * A file not read that must be named (a `skipped-file` finding): the catalog signatures found in
   * what was looked at, or none for a checked-out submodule.
   */
  skipped?: SkippedContent;
  /** A digest of the content, for a file whose evidence is the finding of a file not read (an ignored one). */
  digest?: string;
}

/** Why a listed file was not read, as counted and named. */
export type SkipReason = 'too-large' | 'binary' | 'submodule' | 'ignored' | 'unsupported';

/** What a file that was not read still shows. */
export interface SkippedContent {
  /** One piece of evidence per catalog vendor whose signature occurs in it (never detections). */
  hits: VendorEvidence[];
  /** A digest of what was looked at (a submodule: its commit), so a changed file is a new finding in diff mode. */
  digest: string;
}

/** A file not read that carries a catalog signature, or a checked-out submodule: a `skipped-file` finding. */
export interface SkippedFile extends SkippedContent {
  path: string;
  reason: SkipReason;
}

/** A store of file outcomes (in memory for one run, or persisted in the git directory). */
export interface OutcomeCache {
  /** The outcome of `path` when its content was the git object `id`. */
  get(path: string, id: string): FileOutcome | undefined;
  set(path: string, id: string, outcome: FileOutcome): void;
}

/** Bytes of a file over the read limit that are looked at for catalog signatures (the keyword prefilter, hosts). */
export const SIGNATURE_BYTES = 32 * 1024 * 1024;

/** Read, prefilter, parse and match one file. */
export function scanOneFile(file: ListedFile, read: (path: string, limit: number, head?: boolean) => ReadResult, catalog: Catalog, parsers: FileParser[] = PARSERS): FileOutcome {
  if (file.submodule) return { kind: 'submodule', bytes: 0, ...(file.submodule === 'checked-out' ? { skipped: { hits: [], digest: file.id ?? '' } } : {}) };
  // Text shown to people, one file per language: counted, not read (src/context/paths.ts says why).
  if (isTranslationCatalog(file.path)) return { kind: 'translation', bytes: 0 };
  // Ask each parser once: the ones that claim the file are the only ones scanText runs.
  const claimers = claimersOf(file.path, parsers);
  const claimed = claimers.length > 0;
  const language = languageOf(file.path);
  if (!claimed && language === undefined) return unsupportedFormatOf(file.path) ? unsupportedOutcome(file, read, catalog) : { kind: 'unscannable', bytes: 0 };
  if (hasBinaryExtension(file.path)) return { kind: 'binary', bytes: 0 };
  const limit = claimed ? MAX_MANIFEST_BYTES : MAX_CODE_BYTES;
  const tooLarge = (): FileOutcome => {
    // A lockfile past 256 MB is not looked into; source past 2 MiB is, for signatures only.
    if (claimed || !language) return { kind: 'too-large', bytes: 0 };
    const head = read(file.path, SIGNATURE_BYTES, true);
    const skipped = typeof head === 'object' ? signatureIn(catalog, file.path, head, language) : undefined;
    return { kind: 'too-large', bytes: 0, ...(skipped ? { skipped } : {}) };
  };
  if (file.size > limit) return tooLarge();
  const bytes = read(file.path, limit);
  if (bytes === 'too-large') return tooLarge();
  if (!bytes) return { kind: 'unreadable', bytes: 0 };
  // A listed size can be stale or unknown (a file that grew, an object git was not asked about).
  if (bytes.length > limit) return tooLarge();
  // UTF-16 (a `working-tree-encoding` checkout, an editor's "Unicode") is text: decoded, then read.
  // Only a file with a NUL or a UTF-16 byte-order mark is asked: most files pay one native search.
  // A NUL alone (a stray byte before a snippet) does not make a text file binary.
  const binary = looksBinary(bytes) && !isTextDespiteNul(bytes);
  const utf16 = binary || bytes[0]! >= 0xfe ? decodeUtf16(bytes) : undefined;
  if (utf16 === undefined && binary) {
    const skipped = language ? signatureIn(catalog, file.path, bytes, language) : undefined;
    return { kind: 'binary', bytes: 0, ...(skipped ? { skipped } : {}) };
  }
  // Most files name no vendor at all: the byte prefilter settles them without decoding.
  const utf8 = utf16 === undefined ? bytes : Buffer.from(utf16, 'utf8');
  const hits = keywordsIn(catalog, utf8);
  if (!claimed && (hits.size === 0 || (language && !hitsConcern(catalog, file.path, language, hits, utf8)))) return { kind: 'scanned', bytes: bytes.length };
  const result = scanText(catalog, file.path, utf16 ?? decodeText(bytes), claimers, hits);
  const empty = result.evidence.length === 0 && result.problems.length === 0 && result.ignores.length === 0 && result.invalidIgnores.length === 0 && result.thirdParties.length === 0;
  if (empty) return { kind: 'scanned', bytes: bytes.length };
  return { kind: 'scanned', bytes: bytes.length, result, ...(result.evidence.length > 0 ? { digest: digestOf(bytes) } : {}) };
}

/** A file in a format no stage reads: counted and named, and its catalog hosts make a skipped-file finding. */
function unsupportedOutcome(file: ListedFile, read: (path: string, limit: number, head?: boolean) => ReadResult, catalog: Catalog): FileOutcome {
  const bytes = read(file.path, SIGNATURE_BYTES, true);
  const skipped = typeof bytes === 'object' ? signatureIn(catalog, file.path, bytes, { language: 'config', comments: 'none' }) : undefined;
  return { kind: 'unsupported', bytes: 0, ...(skipped ? { skipped } : {}) };
}

function digestOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 16);
}

/** One piece of evidence per vendor, the first of each. */
function firstPerVendor(evidence: VendorEvidence[]): VendorEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => !seen.has(item.vendor) && seen.add(item.vendor));
}

/**
 * Catalog signatures in the bytes of a file that is not read (binary-looking, too large): the
 * keyword prefilter first, then the real matchers, so a keyword alone is never a signature. Past
 * the code size limit only hosts are matched (a linear search); code patterns are not run there.
 * NULs are dropped first, so UTF-16 or UTF-32 text without a byte-order mark is looked at too.
 */
export function signatureIn(catalog: Catalog, path: string, bytes: Buffer, language: LanguageInfo): SkippedContent | undefined {
  const sample = bytes.subarray(0, 8192);
  const view = sample.filter((byte) => byte === 0).length > sample.length / 8 ? bytes.filter((byte) => byte !== 0) : bytes;
  const hits = keywordsIn(catalog, view);
  if (hits.size === 0) return undefined;
  const text = view.toString('utf8');
  let evidence: VendorEvidence[];
  if (text.length <= MAX_CODE_BYTES) evidence = matchSource(catalog, path, text, language, hits);
  else {
    evidence = [];
    const lower = text.toLowerCase();
    for (const domain of hits) {
      for (const vendor of catalog.domains.get(domain) ?? []) {
        const hit = findHosts(text, domain, lower)[0];
        if (!hit) continue;
        const line = lineOf(text, hit.index);
        evidence.push({ vendor, kind: hit.script ? 'script' : 'domain', match: hit.host, path, line: line.line, column: line.column });
      }
    }
  }
  if (evidence.length === 0) return undefined;
  return { hits: firstPerVendor(evidence), digest: digestOf(bytes) };
}

function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}

export function emptyFilesScan(): FilesScan {
  return {
    stats: { files: 0, bytes: 0, skipped: { binary: 0, tooLarge: 0, unreadable: 0, submodule: 0, ignored: 0, unsupported: 0, translations: 0, formats: {} } },
    evidence: [],
    parseProblems: [],
    ignores: [],
    invalidIgnores: [],
    thirdParties: [],
    skippedFiles: [],
    notRead: [],
  };
}

/**
 * Fold one file's outcome into the running totals. A file looked at only because it is ignored
 * (`ignored`) counts as skipped: its evidence names it, it is never a detection.
 */
export function addOutcome(into: FilesScan, path: string, outcome: FileOutcome, ignored = false): void {
  const stats = into.stats;
  if (ignored) {
    stats.skipped.ignored++;
    into.notRead.push({ path, reason: 'ignored' });
    const hits = outcome.result?.evidence.length ? firstPerVendor(outcome.result.evidence) : (outcome.skipped?.hits ?? []);
    if (hits.length > 0) into.skippedFiles.push({ path, reason: 'ignored', hits, digest: outcome.digest ?? outcome.skipped?.digest ?? '' });
    // Its suppression comments still apply to what is reported in it.
    if (outcome.result && outcome.result.ignores.length > 0) into.ignores.push([path, outcome.result.ignores]);
    return;
  }
  if (outcome.kind === 'binary') stats.skipped.binary++;
  else if (outcome.kind === 'too-large') stats.skipped.tooLarge++;
  else if (outcome.kind === 'unreadable') stats.skipped.unreadable++;
  else if (outcome.kind === 'submodule') stats.skipped.submodule++;
  else if (outcome.kind === 'translation') stats.skipped.translations = (stats.skipped.translations ?? 0) + 1;
  else if (outcome.kind === 'unsupported') {
    const format = unsupportedFormatOf(path) ?? 'other';
    const formats = (stats.skipped.formats ??= {});
    stats.skipped.unsupported = (stats.skipped.unsupported ?? 0) + 1;
    formats[format] = (formats[format] ?? 0) + 1;
    into.notRead.push({ path, reason: 'unsupported', format });
  }
  if (outcome.kind !== 'scanned' && outcome.kind !== 'unscannable' && outcome.kind !== 'unsupported') into.notRead.push({ path, reason: outcome.kind, ...(outcome.kind === 'submodule' && outcome.skipped ? { checkedOut: true as const } : {}) });
  if (outcome.skipped && outcome.kind !== 'scanned' && outcome.kind !== 'unscannable' && outcome.kind !== 'unreadable' && outcome.kind !== 'translation') into.skippedFiles.push({ path, reason: outcome.kind, ...outcome.skipped });
  if (outcome.kind !== 'scanned') return;
  stats.files++;
  stats.bytes += outcome.bytes;
  const result = outcome.result;
  if (!result) return;
  for (const item of result.evidence) into.evidence.push(item);
  for (const problem of result.problems) into.parseProblems.push({ path, problem });
  if (result.ignores.length > 0) into.ignores.push([path, result.ignores]);
  for (const item of result.invalidIgnores) into.invalidIgnores.push(item);
  for (const item of result.thirdParties) into.thirdParties.push({ ...item, path });
}

/** Read, prefilter, parse and match each listed file; reuse cached outcomes where the content is known. */
export function scanFiles(
  listed: ListedFile[],
  read: (path: string, limit: number, head?: boolean) => ReadResult,
  catalog: Catalog,
  parsers: FileParser[] = PARSERS,
  onProgress?: (done: number, total: number) => void,
  cache?: OutcomeCache,
): FilesScan {
  const out = emptyFilesScan();
  const outcomes = (out.outcomes = new Array<FileOutcome>(listed.length));
  listed.forEach((file, i) => {
    if (onProgress && (i + 1) % 200 === 0) onProgress(i + 1, listed.length);
    // A submodule's outcome depends on whether it is checked out, not on its commit alone.
    const id = cache && !file.submodule ? file.id : undefined;
    const cached = id === undefined ? undefined : cache!.get(file.path, id);
    const outcome = cached ?? scanOneFile(file, read, catalog, parsers);
    if (id !== undefined && !cached) cache!.set(file.path, id, outcome);
    outcomes[i] = outcome;
    addOutcome(out, file.path, outcome, file.ignored);
  });
  return out;
}

/** Web files, where a copied tracker snippet is served from: the ignored ones are looked at. */
function isWebFile(path: string): boolean {
  const language = languageOf(path)?.language;
  return language === 'js' || language === 'html';
}

/** The files a scan reads, in path order, and the ignored ones it looks at for signatures (`ignored`). */
export function listForScan(options: ScanOptions, progress?: (files: number) => void): ListedFile[] {
  const listed: ListedFile[] = [];
  for (const file of options.source.list(progress)) {
    if (options.skipMatching?.has(file.path)) continue;
    if (options.accept(file.path)) listed.push(file);
    else if (options.lookInIgnored?.(file.path) && isWebFile(file.path)) listed.push({ ...file, ignored: true });
  }
  return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A whole scan on this thread. */
export function scan(options: ScanOptions): ScanResult {
  const started = performance.now();
  const source = options.source;
  const files = scanFiles(listForScan(options), (path, limit, head) => source.read(path, limit, head), options.catalog, options.parsers ?? PARSERS, options.onProgress, options.cache);
  return evaluate(options, files, started);
}

/** Which ecosystems the tree's dependency files belong to, computed on first use. */
function packageFilesOf(paths: () => string[], parsers: FileParser[]): (ecosystem: Ecosystem) => boolean {
  let found: Set<string> | undefined;
  return (ecosystem) => {
    found ??= new Set(paths().flatMap((path) => claimersOf(path, parsers).map((parser) => parser.ecosystem)));
    return found.has(ecosystem);
  };
}

// Derived from the catalog once, not on every scan (a watch or pre-commit run scans again and again).
const API_ORGANIZATIONS = new WeakMap<Catalog, Set<string>>();

function apiOrganizationsOf(catalog: Catalog): Set<string> {
  let organizations = API_ORGANIZATIONS.get(catalog);
  if (!organizations) API_ORGANIZATIONS.set(catalog, (organizations = organizationsWithApis(catalog.vendors.values())));
  return organizations;
}

/** A small file of the scanned tree (with `head`, the start of any file), or undefined: a package manifest read to tell a library from an application, code searched for imports. */
function readText(source: FileSource, path: string, head = false): string | undefined {
  try {
    const content = source.read(path, 1_000_000, head);
    return content instanceof Buffer ? content.toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The product's own domains: the manifest's `settings.first-party-domains` when it sets the key
 * (an empty list turns inference off), else what the tree's own files name (src/context/first-party.ts).
 */
function firstPartyDomainsOf(options: ScanOptions): FirstPartyDomain[] {
  const declared = options.manifest?.settings['first-party-domains'];
  if (declared !== undefined) return declared.map((domain) => ({ domain, path: options.manifest!.path, line: 0 }));
  if (options.firstPartyDomains) return options.firstPartyDomains;
  try {
    return inferFirstPartyDomains((path) => readText(options.source, path));
  } catch {
    return [];
  }
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

/** Everything after reading files: detections, checks, suppression. */
export function evaluate(options: ScanOptions, files: FilesScan, started: number): ScanResult {
  const stats: ScanStats = { ...files.stats, durationMs: 0 };
  const evidence = files.evidence;
  const parseProblems = files.parseProblems;
  const ignores = new Map<string, IgnoreComment[]>(files.ignores);
  const invalidIgnores = files.invalidIgnores;

  // The manifest can carry ignore comments for findings located in it (declared-not-found).
  if (options.manifest) {
    const { ignores: manifestIgnores, invalid } = findIgnoreComments(options.manifest.path, options.manifest.text);
    if (manifestIgnores.length > 0) ignores.set(options.manifest.path, manifestIgnores);
    invalidIgnores.push(...invalid);
  }

  const byVendor = groupByVendor(evidence);
  // The tree's paths, listed once whoever asks (a walk without git lists by walking again).
  let paths: string[] | undefined;
  const repositoryPaths = () => (paths ??= options.source.list().map((file) => file.path));
  const settings = options.manifest?.settings ?? {};
  // A file of the tree as text (its first megabyte when larger), or undefined: what the context rules read.
  const readHead = (path: string) => readText(options.source, path, true);
  const firstParty = firstPartyDomainsOf(options);
  const ownDomains = firstParty.map((item) => item.domain);
  // Evidence context is decided here, once every file is read (a lockfile's direct packages are
  // named by a manifest beside it), and evidence is then ordered strongest first.
  assignAllContexts(byVendor, {
    testPaths: settings['test-paths'] ?? [],
    libraryOf: libraryLookup((path) => readText(options.source, path)),
    hasPackageFiles: packageFilesOf(repositoryPaths, options.parsers ?? PARSERS),
    firstPartyDomains: ownDomains,
    homepageOf: (vendor) => options.catalog.vendors.get(vendor)?.homepage,
    ownVendors: new Set([
      ...ownVendorsOf(repositoryPaths(), readHead, (name) => vendorsOfPackage(options.catalog, 'npm', name), testPathMatcher(settings['test-paths'] ?? [])),
      ...ownVendorsByName(readHead, options.catalog.vendors.values()),
    ]),
    sourceTree: { paths: repositoryPaths, read: readHead },
    vendorFacts: {
      organizationOf: (vendor) => options.catalog.vendors.get(vendor)?.organization,
      categoriesOf: (vendor) => options.catalog.vendors.get(vendor)?.categories ?? [],
      hasApis: (organization) => apiOrganizationsOf(options.catalog).has(organization),
    },
  });
  for (const items of byVendor.values()) items.sort(compareStrength);
  const countAsUsed = settings['count-as-used'] ?? DEFAULT_COUNT_AS_USED;
  const declarations = buildDeclarations(options.manifest, options.catalog);
  const policy = options.policy ? readPolicyText(options.catalog, options.policy) : undefined;
  const context: CheckContext = {
    catalog: options.catalog,
    manifest: options.manifest,
    evidence: byVendor,
    countAsUsed,
    declarations,
    parseProblems,
    thirdParties: thirdPartiesOutsideVendors(files.thirdParties, evidence),
    skippedFiles: files.skippedFiles,
    ...(policy ? { policy } : {}),
    repositoryPaths,
    firstPartyDomains: ownDomains,
    ...(options.partial ? { partial: true } : {}),
  };
  const raw = [...CHECKS.flatMap((check) => check.run(context)), ...invalidIgnores];
  const findings = suppressFindings(raw, {
    ignores,
    knownRules: KNOWN_RULES,
    manifest: options.manifest,
    severities: effectiveSeverities(RULES, options.manifest?.rules ?? {}),
    now: options.now ?? new Date(),
  });

  stats.durationMs = Math.round(performance.now() - started);
  return {
    root: options.source.root,
    manifest: options.manifest?.path ?? null,
    detections: toDetections(options.catalog, byVendor, declarations.declared, countAsUsed),
    findings: sortFindings(findings),
    stats,
    notRead: files.notRead,
    ...(firstParty.length > 0 ? { firstParty } : {}),
    hints: options.manifest ? [] : ['No policy manifest found: run `disclosed init` to write a subprocessors.yml declaring what was found.'],
  };
}

function compareEvidence(a: VendorEvidence, b: VendorEvidence): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || a.kind.localeCompare(b.kind);
}

/**
 * Unlisted third parties minus hosts that a catalog vendor's evidence names anywhere (the host
 * of a vendor's own script, found by one of its code patterns rather than its domain list).
 */
function thirdPartiesOutsideVendors<T extends { host: string }>(hits: T[], evidence: VendorEvidence[]): T[] {
  if (hits.length === 0) return hits;
  const claimed = new Set<string>();
  for (const item of evidence) {
    const host = /^(?:[a-z0-9-]+\.)+[a-z]{2,}/i.exec(item.match)?.[0];
    if (host) claimed.add(host.toLowerCase());
  }
  return hits.filter((hit) => !claimed.has(hit.host.toLowerCase()));
}

function groupByVendor(evidence: VendorEvidence[]): Map<string, VendorEvidence[]> {
  const byVendor = new Map<string, VendorEvidence[]>();
  // Copies: contexts are set on them, and a cached file outcome must stay as its file produced it.
  for (const item of [...evidence].sort(compareEvidence).map((entry) => ({ ...entry }))) {
    const list = byVendor.get(item.vendor);
    if (list) list.push(item);
    else byVendor.set(item.vendor, [item]);
  }
  return new Map([...byVendor.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

function toDetections(catalog: Catalog, byVendor: Map<string, VendorEvidence[]>, declared: Map<string, unknown>, countAsUsed: readonly EvidenceContext[]): Detection[] {
  const detections: Detection[] = [];
  for (const [vendor, items] of byVendor) {
    const rule = catalog.vendors.get(vendor);
    detections.push({
      vendor,
      name: rule?.name ?? vendor,
      organization: rule?.organization ?? vendor,
      categories: rule?.categories ?? [],
      declared: declared.has(vendor),
      integrated: isIntegrated(items, countAsUsed),
      evidence: items.map(({ vendor: _vendor, ...rest }) => rest),
    });
  }
  return detections;
}

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

/** Deterministic order: by file, line, column, then severity and rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      (a.vendor ?? '').localeCompare(b.vendor ?? ''),
  );
}
