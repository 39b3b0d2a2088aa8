import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Catalog } from './catalog/catalog.js';
import { builtinCatalogSource, compileSources, readCatalogSource, readRulesDir } from './catalog/load.js';
import type { CatalogSource, RulesDirFiles } from './catalog/load.js';
import { cacheFile, cacheKey, openCache } from './cache.js';
import type { PersistentCache } from './cache.js';
import { configErrors } from './config-errors.js';
import { compileFileFilter, compileIgnoredCheck } from './files/filter.js';
import { parseRenames, renameArgs } from './files/renames.js';
import { commitSource } from './files/source.js';
import { locateRepository, runGit } from './git.js';
import type { Repository } from './git.js';
import type { BaseDifferences, FileSource, ListedFile } from './files/source.js';
import { customVendorCollisions, MANIFEST_NAMES, parseManifest, unknownCatalogVendors } from './manifest/load.js';
import type { Manifest } from './manifest/types.js';
import type { PolicySource } from './policy-text/types.js';
import { packageRoot } from './package-root.js';
import { addOutcome, emptyFilesScan, evaluate, listForScan, scan, scanFiles, scanOneFile } from './scan.js';
import { claimersOf } from './ecosystems/index.js';
import type { FileOutcome, FilesScan, ScanOptions } from './scan.js';
import { fingerprint, newIgnores } from './suppress.js';
import type { IgnoreComment } from './suppress.js';
import { forcedWorkers, PARALLEL_THRESHOLD, scanFilesInParallel, startWorkerPool, workerCount, workerScript } from './parallel.js';
import type { WorkerPool } from './parallel.js';
import type { FirstPartyDomain, Finding, ScanResult, Severity } from './types.js';
import type { RuntimeScan } from './runtime/index.js';

// What the CLI and the Action share: find and load the manifest and catalog, run a scan, diff
// against a base, and decide the exit code. File-system reads happen here; printing does not.

/** A failure the user can fix: printed as is, exit 2. */
export interface UsageError {
  kind: 'usage';
  message: string;
}

export function usageError(message: string): UsageError {
  return { kind: 'usage', message };
}

export function isUsageError(value: unknown): value is UsageError {
  return typeof value === 'object' && value !== null && (value as UsageError).kind === 'usage';
}

/** Output streams and environment, injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** stderr is a terminal: progress is shown there. */
  isTTY: boolean;
  /** stdout is a terminal: reports written there may be coloured (absent: not a terminal). */
  stdoutIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  now: Date;
}

/** The version in our package.json. */
export function toolVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * A path read from the manifest (privacy policy, rules-dir) must stay inside the repository:
 * no `..`, no absolute paths, no links pointing out.
 */
export function insideRoot(root: string, path: string, what: string): string {
  if (isAbsolute(path)) throw usageError(`${what} must be a path inside the repository, not an absolute path: ${path}`);
  const absolute = resolve(root, path);
  const rel = relative(root, absolute);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw usageError(`${what} must stay inside the repository: ${path}`);
  if (existsSync(absolute)) {
    const real = relative(realpathSync(root), realpathSync(absolute));
    if (real === '..' || real.startsWith(`..${sep}`) || isAbsolute(real)) throw usageError(`${what} links outside the repository: ${path}`);
  }
  return absolute;
}

/** What a rules-dir may hold besides vendor rules: its documentation. */
const RULES_DIR_EXTRAS = /^(?:README(?:\.md)?|\.gitkeep)$/i;

/**
 * The files of a rules-dir are read as vendor rules and not scanned as code, so a rules-dir of
 * anything else (`rules-dir: public`) would silently stop scanning that folder: it may hold only
 * rule files.
 */
function rejectNonRuleFiles(dir: string, name: string): void {
  if (!statSync(dir).isDirectory()) throw usageError(`settings.rules-dir must be a folder of vendor rule files: ${name} is a file`);
  const others: string[] = [];
  for (const name of readdirSync(dir)) {
    // A link to a file inside the repository is that file (insideRoot checked where it leads).
    const isFile = statSync(join(dir, name)).isFile();
    if (!isFile || !(/\.ya?ml$/i.test(name) || RULES_DIR_EXTRAS.test(name))) others.push(isFile ? name : `${name}/`);
  }
  if (others.length === 0) return;
  const shown = others.sort().slice(0, 5).join(', ');
  throw usageError(
    `settings.rules-dir "${name}" must hold only vendor rule files (*.yml), but it also holds ${shown}${others.length > 5 ? ` and ${others.length - 5} more` : ''}. Files in the rules-dir are not scanned as code, so point rules-dir at a folder of its own (for example .disclosed/rules).`,
  );
}

/** Find and parse the manifest; null when there is none (SPEC §2: still scan). */
export function loadManifest(root: string, explicit: string | undefined, io: CliIo): Manifest | null {
  if (explicit !== undefined) {
    const absolute = resolve(io.cwd, explicit);
    if (!existsSync(absolute)) throw usageError(`manifest not found: ${explicit}`);
    const display = relative(root, absolute).split(sep).join('/');
    return parseManifest(readFileSync(absolute, 'utf8'), display.startsWith('..') ? explicit : display);
  }
  const found = manifestCandidatesIn(root);
  // Two candidates: a new `subprocessors.yaml` would silently shadow a CODEOWNERS-protected
  // `.github/subprocessors.yml`. Which one is the policy is for the repository to say.
  if (found.length > 1) throw usageError(`more than one policy manifest: ${found.join(', ')}. Keep one (the one CODEOWNERS protects) and delete the other${found.length > 2 ? 's' : ''}, or name it with --manifest`);
  const [name] = found;
  if (name === undefined) return null;
  // A manifest found in the repository is the repository's: a link out of it is refused.
  const absolute = insideRoot(root, name, 'the policy manifest');
  if (!existsSync(absolute) || !statSync(absolute).isFile()) throw usageError(`the policy manifest ${name} is not a readable file (a folder, or a link to nothing)`);
  return parseManifest(readFileSync(absolute, 'utf8'), name);
}

/** Where a scan reads: the folder whose manifest governs DIR, and DIR's path inside it. */
export interface ScanScope {
  /** The folder paths are relative to: DIR, or the folder above it holding the manifest. */
  root: string;
  /** DIR relative to `root` (repo-relative POSIX) when the scan reads only that part of it. */
  scope?: string;
  /** A manifest above DIR that does not govern it (its ignores leave DIR out), absolute. */
  passedOver?: string;
}

/**
 * Manifest discovery from a subfolder of a monorepo: DIR's own manifest, else the nearest one in
 * a folder above it, up to the top of its git work tree and never above it (a folder outside a
 * work tree is not searched above). The folder holding that manifest becomes the scan's root, so
 * its globs (`paths`, `ignore`, `exceptions`) mean what they say, and the scan reads only DIR. A
 * manifest whose `ignore`, `settings.exclude`/`include` or the default ignores leave DIR out
 * (the catalog's `test/**`, an `examples/**`) does not govern it: DIR is then scanned on its own.
 */
export function discoverScope(dir: string, repository: Repository | null | undefined, io: CliIo): ScanScope {
  if (!repository || manifestCandidatesIn(dir).length > 0) return { root: dir };
  const top = realpathSync(repository.top);
  const start = realpathSync(dir);
  if (relative(top, start).startsWith('..') || isAbsolute(relative(top, start))) return { root: dir };
  for (let at = dirname(start); ; at = dirname(at)) {
    const rel = relative(top, at);
    if (rel.startsWith('..') || isAbsolute(rel)) return { root: dir };
    if (manifestCandidatesIn(at).length > 0) {
      const scope = relative(at, start).split(sep).join('/');
      const manifest = loadManifest(at, undefined, io);
      const settings = manifest?.settings ?? {};
      const accept = compileFileFilter({ include: settings.include ?? [], exclude: [...(manifest?.ignore ?? []), ...(settings.exclude ?? [])] });
      if (!accept(`${scope}/${SCOPE_PROBE}`)) return { root: dir, passedOver: join(at, manifest!.path) };
      // Named from DIR as given (`../..`) where that is the same folder, so paths shown relative
      // to the working directory do not go through resolved links (/tmp → /private/tmp).
      const named = resolve(dir, relative(start, at));
      return { root: realpathSync(named) === at ? named : at, scope };
    }
    if (at === top || dirname(at) === at) return { root: dir };
  }
}

/** A file name that no ignore names: asking the filter about it asks about its folder. */
const SCOPE_PROBE = 'disclosed-scope-probe.ts';

/** The MANIFEST_NAMES present in `root`, whatever they are (a link or a folder counts too). */
export function manifestCandidatesIn(root: string): string[] {
  return MANIFEST_NAMES.filter((name) => {
    try {
      lstatSync(join(root, name));
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Where the files the manifest names (the privacy-policy text, the rules-dir) are read: the work
 * tree, or a commit, so a diff's base is judged by the policy text and rules it had (a PR that
 * edits the policy text must not make its own contradiction look pre-existing).
 */
export interface PolicyFiles {
  /** A file's text; undefined when there is no such file. Throws a usage error for a link out. */
  readText(path: string, what: string): { path: string; text: string } | undefined;
  /** The rule files of a folder (readRulesDir's shape), or undefined when there is no such folder. */
  rulesDir(path: string, what: string): RulesDirFiles | undefined;
}

/** The files of the work tree: links must stay inside the repository. */
export function workTreeFiles(root: string): PolicyFiles {
  return {
    readText: (path, what) => {
      const absolute = insideRoot(root, path, what);
      if (!existsSync(absolute) || statSync(absolute).isDirectory()) return undefined;
      return { path: relative(root, absolute).split(sep).join('/'), text: readFileSync(absolute, 'utf8') };
    },
    rulesDir: (path, what) => {
      const dir = insideRoot(root, path, what);
      if (!existsSync(dir)) return undefined;
      // Each rule file too: a link inside the folder must not read a file from outside the repository.
      if (statSync(dir).isDirectory()) for (const name of readdirSync(dir)) insideRoot(root, join(path, name), what);
      rejectNonRuleFiles(dir, path);
      return readRulesDir(dir);
    },
  };
}

/** Everything a scan of one repository needs, shared by check, init and the Action. */
export interface PreparedScan {
  root: string;
  manifest: Manifest | null;
  catalog: Catalog;
  /** What `catalog` was compiled from (with the manifest's custom vendors), for scan workers. */
  catalogSources: CatalogSource[];
  /**
   * Outcomes of files by content: from earlier runs in a git repository, or this run's own only
   * (see PrepareOptions.cache); a diff's base scan reuses the head scan's through it.
   */
  cache?: PersistentCache;
  accept: (path: string) => boolean;
  /** See ScanOptions.lookInIgnored. */
  lookInIgnored: (path: string) => boolean;
  skipMatching: Set<string>;
  /** The privacy-policy text named by the manifest or `--privacy-policy`. */
  policy?: PolicySource;
  /** The repository the scan reads through (null: a plain folder), for the git calls a diff makes. */
  repository?: Repository | null;
  /** What a browser saw (`check --crawl`): merged with the files' evidence before the checks run. */
  runtime?: RuntimeScan;
  /** The part of `root` read (ScanScope.scope); the rest is listed but not scanned. */
  scope?: string;
  /** The include and exclude globs in force (manifest, settings and options), for --print-config. */
  filters: { include: string[]; exclude: string[] };
}

export interface PrepareOptions {
  /**
   * Per-file outcomes: `true` keeps them in the git directory between runs (the CLI unless
   * --no-cache, the Action); `'memory'` for this run only (a diff's base reuses the head's); off
   * by default.
   */
  cache?: boolean | 'memory';
  manifest?: string;
  /** `--privacy-policy FILE`, relative to the working directory; wins over the manifest's. */
  privacyPolicy?: string;
  include?: string[];
  exclude?: string[];
  /** The repository `root` is read through (null: a plain folder); found from `root` when omitted. */
  repository?: Repository | null;
  /** Read only this folder of `root` (see discoverScope). */
  scope?: string;
}

/**
 * `at`: judge by this manifest, reading the files it names from `files` (a diff's base commit)
 * instead of finding the manifest and its files in the work tree.
 */
export function prepareScan(root: string, options: PrepareOptions, io: CliIo, at?: { manifest: Manifest | null; files: PolicyFiles }): PreparedScan {
  const manifest = at ? at.manifest : loadManifest(root, options.manifest, io);
  const files = at?.files ?? workTreeFiles(root);
  const settings = manifest?.settings ?? {};
  const extraDirs: RulesDirFiles[] = [];
  const skipMatching = new Set<string>();
  if (manifest) skipMatching.add(manifest.path);
  if (settings['rules-dir']) {
    const dir = files.rulesDir(settings['rules-dir'], 'settings.rules-dir');
    if (!dir) throw usageError(`settings.rules-dir not found: ${settings['rules-dir']}${manifest ? ` (named in ${manifest.path})` : ''}`);
    extraDirs.push(dir);
  }
  // The policy text is still scanned as code: `privacy-policy:` pointed at a page of the product
  // (public/index.html) must not take that page out of the scan.
  const policy = loadPolicy(root, manifest, options.privacyPolicy, io, files);
  if (manifest) {
    const collisions = customVendorCollisions(manifest, new Set(builtinCatalogSource().vendors.map((vendor) => vendor.id)));
    if (collisions.length > 0) throw configErrors(collisions);
  }
  const base = builtinCatalogSource();
  const catalogSources = extraDirs.length > 0 ? [base, readCatalogSource(extraDirs, base)] : [base];
  const catalog = compileSources(catalogSources, manifest?.customVendors ?? []);
  if (manifest) {
    // A mistyped catalog id is a manifest error, not a finding followed by a cascade of
    // undeclared-vendor errors for the vendor meant (SPEC §2).
    const unknown = unknownCatalogVendors(manifest, catalog);
    if (unknown.length > 0) throw configErrors(unknown);
  }
  const rulesDir = settings['rules-dir']?.replace(/\/+$/, '');
  const exclude = [...(manifest?.ignore ?? []), ...(settings.exclude ?? []), ...(options.exclude ?? []), ...(rulesDir ? [`${rulesDir}/**`] : [])];
  const include = options.include && options.include.length > 0 ? options.include : (settings.include ?? []);
  const key = cacheKey(toolVersion(), catalogSources, manifest?.customVendors ?? []);
  const repository = options.repository === undefined ? locateRepository(root).repository : (options.repository ?? undefined);
  const cache = (options.cache === true && repository ? openCache(cacheFile(repository.gitDir), key) : undefined) ?? (options.cache ? openCache(undefined, key) : undefined);
  const inScope = scopeFilter(options.scope);
  const accept = compileFileFilter({ include, exclude });
  const lookInIgnored = compileIgnoredCheck({ include, exclude });
  return {
    root,
    manifest,
    catalog,
    catalogSources,
    ...(cache ? { cache } : {}),
    accept: (path) => inScope(path) && accept(path),
    lookInIgnored: (path) => inScope(path) && lookInIgnored(path),
    skipMatching,
    ...(policy ? { policy } : {}),
    repository: repository ?? null,
    ...(options.scope ? { scope: options.scope } : {}),
    filters: { include, exclude },
  };
}

/** True for paths inside `scope` (every path without one). */
export function scopeFilter(scope: string | undefined): (path: string) => boolean {
  if (!scope) return () => true;
  return (path) => path.startsWith(`${scope}/`);
}

/**
 * The privacy-policy text to cross-check: `--privacy-policy FILE` (relative to the working
 * directory), else the manifest's `privacy-policy:` (inside the repository). A named file that
 * does not exist is a usage error: a silent skip would hide every policy-text finding.
 */
function companyNames(manifest: Manifest | null): { companyNames?: string[] } {
  const names = manifest?.settings['company-names'];
  return names && names.length > 0 ? { companyNames: names } : {};
}

export function loadPolicy(root: string, manifest: Manifest | null, explicit: string | undefined, io: CliIo, files: PolicyFiles = workTreeFiles(root)): PolicySource | undefined {
  if (explicit !== undefined) {
    const absolute = resolve(io.cwd, explicit);
    if (!existsSync(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy policy not found: ${explicit}`);
    const display = relative(root, absolute).split(sep).join('/');
    return { path: display.startsWith('..') || isAbsolute(display) ? explicit : display, text: readFileSync(absolute, 'utf8'), ...companyNames(manifest) };
  }
  if (!manifest?.privacyPolicy) return undefined;
  const found = files.readText(manifest.privacyPolicy, 'privacy-policy');
  if (!found) throw usageError(`privacy-policy not found: ${manifest.privacyPolicy} (named in ${manifest.path}); fix the path or remove the key`);
  return { ...found, ...companyNames(manifest) };
}

function scanOptions(prepared: PreparedScan, source: FileSource, io: CliIo): { options: ScanOptions; done: () => void } {
  const started = Date.now();
  let shown = false;
  const options: ScanOptions = {
    source,
    catalog: prepared.catalog,
    manifest: prepared.manifest,
    accept: prepared.accept,
    lookInIgnored: prepared.lookInIgnored,
    skipMatching: prepared.skipMatching,
    policy: prepared.policy,
    ...(prepared.cache ? { cache: prepared.cache } : {}),
    ...(prepared.scope ? { partial: true } : {}),
    now: io.now,
    onProgress: io.isTTY
      ? (done, total) => {
          if (Date.now() - started < 1000) return;
          shown = true;
          io.stderr(`\rdisclosed: reading files ${done}/${total}…`);
        }
      : undefined,
  };
  return { options, done: () => (shown ? io.stderr('\r\u001b[K') : undefined) };
}

/** The files a scan read, and the outcome of each (same order). */
export interface ScanRecord {
  listed?: ListedFile[];
  outcomes?: FileOutcome[];
  /** What reading them produced, before evaluation (a diff re-evaluates with fewer ignores). */
  files?: FilesScan;
}

/** Run one scan on this thread, with progress on a TTY for scans over a second. */
export function runScan(prepared: PreparedScan, source: FileSource, io: CliIo): ScanResult {
  const { options, done } = scanOptions(prepared, source, io);
  const result = scan(options);
  done();
  return result;
}

/**
 * Run one scan, on worker threads when the working tree is large and the bundled worker is
 * available; the same result as runScan either way. `seen` gets the files it scanned and their outcomes.
 */
export async function runScanAsync(prepared: PreparedScan, source: FileSource, io: CliIo, seen?: ScanRecord): Promise<ScanResult> {
  const script = workerScript();
  const { options, done } = scanOptions(prepared, source, io);
  const started = performance.now();
  await source.prefetch?.();
  const cache = prepared.cache;
  const parallel = script !== undefined && source.description.startsWith('working tree');
  const catalog = { sources: prepared.catalogSources, customVendors: prepared.manifest?.customVendors ?? [], keywordIndex: () => prepared.catalog.keywordIndex };
  // A long listing (a walk without git) starts the workers once it passes the threshold, so they
  // load the engine and compile the catalog while this thread lists the rest. Not when a cache
  // may answer most files: then the few left are read here.
  let pool: WorkerPool | undefined;
  const startEarly = (files: number): void => {
    if (pool || !script || files < PARALLEL_THRESHOLD) return;
    const count = workerCount(files, io.env);
    if (count > 0) pool = startWorkerPool(script, count, catalog);
  };
  const early = parallel && (cache?.loaded ?? 0) === 0 ? startEarly : undefined;
  let listed: ListedFile[];
  try {
    listed = listForScan(options, early);
  } catch (error) {
    await pool?.terminate();
    throw error;
  }
  const workers = workerCount(listed.length, io.env);
  const read = (path: string, limit: number, head?: boolean) => source.read(path, limit, head);
  let files: FilesScan;
  if (!parallel || workers === 0) {
    await pool?.terminate();
    files = scanFiles(listed, read, prepared.catalog, undefined, options.onProgress, cache);
  } else {
    files = await scanFilesInParallel(listed, {
      script,
      root: source.root,
      ...catalog,
      workers,
      ...(pool ? { pool } : {}),
      onProgress: options.onProgress,
      ...(cache ? { cache } : {}),
      local: { claims: (path) => claimersOf(path).length > 0, scan: (file) => scanOneFile(file, read, prepared.catalog) },
      // Most files answered by the cache (a second run, a diff): the rest are read here.
      minFiles: forcedWorkers(io.env) === undefined ? PARALLEL_THRESHOLD : 0,
    });
  }
  done();
  if (seen) Object.assign(seen, { listed, outcomes: files.outcomes ?? [], files });
  if (prepared.runtime) {
    files.evidence.push(...prepared.runtime.evidence);
    files.thirdParties.push(...prepared.runtime.thirdParties);
    return { ...evaluate(options, files, started), runtime: prepared.runtime.summary };
  }
  return evaluate(options, files, started);
}

/** Git's answer, trimmed, from `root` in its repository (src/git.ts: never discovered, hardened). */
export function gitOutput(root: string, args: string[], repository: Repository | null = locateRepository(root).repository ?? null): string {
  if (!repository) throw usageError(`${root} is not in a git repository disclosed can read`);
  return runGit(repository, root, args).toString('utf8').trim();
}

/**
 * Diff mode (SPEC §1 `--base`): scan the work tree, then the merge-base `revision`, and mark each
 * finding new unless it was there already. When both are judged alike (one prepared scan), the
 * base scan takes the head scan's outcome for every file the base has unchanged and reads only
 * the files that differ, from git objects; otherwise it lists and scans the base on its own.
 */
export async function scanWithBase(head: PreparedScan, base: PreparedScan, source: FileSource, revision: string, io: CliIo): Promise<ScanResult> {
  return (await diffScan(head, base, source, revision, io)).result;
}

export interface DiffOptions {
  /**
   * Whether inline suppressions new in the change apply (policy-from: head, the default). Under
   * policy-from: base they do not until merged: the finding stays unsuppressed.
   */
  newSuppressionsApply?: boolean;
}

/** A diff-mode scan: the head judged and marked, the base it was compared with, what the change added. */
export interface DiffScan {
  result: ScanResult;
  base: ScanResult;
  /** Inline ignore comments the change adds (renames followed), for privacy review. */
  addedIgnores: IgnoreComment[];
  /** First-party domains the change's files newly name (SECURITY.md, CNAME, ...), for privacy review. */
  addedFirstParty: FirstPartyDomain[];
  /** Files the change renamed: head path → base path. */
  renames: Map<string, string>;
  /**
   * Findings of the head that are suppressed and were not suppressed at the base (renames
   * followed): a suppression the change brings about, whatever the comment or exception that
   * does it (a new one, an old one moved onto another vendor's line, a line ignore widened to a
   * file ignore, an old exception whose paths a new vendor falls under), for privacy review.
   */
  newlySuppressed: Finding[];
}

/** See scanWithBase; also returns the base result and the suppressions the change adds. */
export async function diffScan(head: PreparedScan, base: PreparedScan, source: FileSource, revision: string, io: CliIo, options: DiffOptions = {}): Promise<DiffScan> {
  const derivable = base === head && head.cache !== undefined;
  // The two git diffs run while the head is scanned.
  const differences = derivable ? source.differencesFrom?.(revision) : undefined;
  differences?.catch(() => undefined);
  const seen: ScanRecord = {};
  let result = await runScanAsync(head, source, io, seen);
  // What a browser saw (check --crawl, the Action's crawl-url) is judged with the head only: the
  // base's code is not what the crawled site runs.
  const baseOnly: PreparedScan = base.runtime ? { ...base, runtime: undefined } : base;
  const baseSeen: ScanRecord = {};
  const before =
    differences && seen.listed && seen.outcomes
      ? derivedBaseScan(head, seen as Required<ScanRecord>, await differences, io, baseSeen)
      : await runScanAsync(baseOnly, source.baseAt?.(revision) ?? commitSource(source.root, revision), io, baseSeen);
  const renames = renamesSince(source, revision, head.repository);
  const ignoresOf = (record: ScanRecord) => (record.files?.ignores ?? []).flatMap(([, ignores]) => ignores);
  const addedIgnores = newIgnores(ignoresOf(seen), ignoresOf(baseSeen), renames);
  const addedFirstParty = newFirstPartyDomains(result, before);
  // Under policy-from: base, neither the change's new inline ignores nor the first-party domains
  // it newly names (a SECURITY.md address) apply until merged: the head is judged again without them.
  if (options.newSuppressionsApply === false && (addedIgnores.length > 0 || addedFirstParty.length > 0) && seen.files) {
    const added = new Set(addedIgnores);
    const files: FilesScan = { ...seen.files, ignores: seen.files.ignores.map(([path, ignores]) => [path, ignores.filter((ignore) => !added.has(ignore))]) };
    const judged: ScanOptions = { ...scanOptions(head, source, io).options, ...(addedFirstParty.length > 0 ? { firstPartyDomains: before.firstParty ?? [] } : {}) };
    result = { ...evaluate(judged, files, performance.now()), stats: result.stats, ...(result.runtime ? { runtime: result.runtime } : {}) };
  }
  const suppressedAtBase = suppressedIn(before, renames);
  if (options.newSuppressionsApply === false) {
    // An inline ignore applies under policy-from: base only to what the base suppressed too: a
    // comment moved onto another line, or turned into a file ignore, is the change's own.
    result = { ...result, findings: result.findings.map((finding) => (finding.suppression?.kind === 'inline' && !suppressedAtBase(finding) ? unsuppressed(finding) : finding)) };
  }
  markNew(result, before, renames);
  const newlySuppressed = result.findings.filter((finding) => finding.suppressed && !suppressedAtBase(finding));
  return { result, base: before, addedIgnores, addedFirstParty, renames, newlySuppressed };
}

/** First-party domains the head reads from its files and the base did not: a change that could hide a vendor. */
function newFirstPartyDomains(head: ScanResult, base: ScanResult): FirstPartyDomain[] {
  const before = new Set((base.firstParty ?? []).map((item) => item.domain));
  // The manifest's own list (line 0) is a manifest edit, reviewed by the manifest diff.
  return (head.firstParty ?? []).filter((item) => item.line > 0 && !before.has(item.domain));
}

/** Whether the base suppressed the same finding (rule, vendor, file; followed through `renames`). */
function suppressedIn(base: ScanResult, renames: Map<string, string>): (finding: Finding) => boolean {
  const suppressed = new Set(base.findings.filter((finding) => finding.suppressed).map((finding) => finding.fingerprint));
  return (finding) => {
    if (suppressed.has(finding.fingerprint)) return true;
    const moved = renames.get(finding.location.path);
    const digest = finding.rule === 'skipped-file' && finding.args['digest'] !== undefined ? String(finding.args['digest']) : undefined;
    return moved !== undefined && suppressed.has(fingerprint(finding.rule, finding.vendor, moved, digest));
  };
}

function unsuppressed(finding: Finding): Finding {
  const { suppression: _suppression, ...rest } = finding;
  return { ...rest, suppressed: false };
}

/** The renames git sees between `revision` and what is scanned; none when git cannot say. */
function renamesSince(source: FileSource, revision: string, repository: Repository | null | undefined): Map<string, string> {
  try {
    return parseRenames(repository === undefined ? gitOutput(source.root, renameArgs(revision)) : gitOutput(source.root, renameArgs(revision), repository));
  } catch {
    return new Map();
  }
}

/** The base scan from the head's: its unchanged files' outcomes, plus the differing files read at the base. */
function derivedBaseScan(prepared: PreparedScan, head: Required<ScanRecord>, { differs, source }: BaseDifferences, io: CliIo, seen?: ScanRecord): ScanResult {
  const started = performance.now();
  const { options } = scanOptions(prepared, source, io);
  const listed = listForScan(options);
  const differing = scanFiles(listed, (path, limit, head) => source.read(path, limit, head), prepared.catalog, undefined, undefined, prepared.cache).outcomes!;
  // Fold in path order (listForScan's), as a scan of the base would: the head's unchanged files
  // merged with those that differ.
  const files = emptyFilesScan();
  let next = 0;
  const takeDiffering = () => {
    const file = listed[next]!;
    addOutcome(files, file.path, differing[next++]!, file.ignored);
  };
  head.listed.forEach((file, i) => {
    if (differs.has(file.path)) return;
    while (next < listed.length && listed[next]!.path < file.path) takeDiffering();
    addOutcome(files, file.path, head.outcomes[i]!, file.ignored);
  });
  while (next < listed.length) takeDiffering();
  if (seen) seen.files = files;
  return evaluate(options, files, started);
}

/**
 * Diff mode: a finding is new only when its vendor and evidence are new to the change: not when
 * its fingerprint existed at the merge-base, nor when the base had the same rule and vendor with
 * all of this finding's evidence, each file followed through `renames` (head path → base path;
 * a pure rename of a file with pre-existing drift adds none).
 */
export function markNew(head: ScanResult, base: ScanResult | null, renames: Map<string, string> = new Map()): void {
  const before = new Set(base?.findings.map((finding) => finding.fingerprint) ?? []);
  const evidenceKey = (rule: string, vendor: string | undefined, path: string, kind: string, match: string) => JSON.stringify([rule, vendor ?? '', path, kind, match]);
  const beforeEvidence = new Set<string>();
  for (const finding of base?.findings ?? []) for (const item of finding.evidence) beforeEvidence.add(evidenceKey(finding.rule, finding.vendor, item.path, item.kind, item.match));
  const at = (path: string) => renames.get(path) ?? path;
  for (const finding of head.findings) {
    const moved = at(finding.location.path);
    // A finding about a file's whole content (skipped-file) is new when the content is: its
    // fingerprint carries the file's digest, and the same lines at the base prove nothing.
    const digest = finding.rule === 'skipped-file' && finding.args['digest'] !== undefined ? String(finding.args['digest']) : undefined;
    const known =
      before.has(finding.fingerprint) ||
      (moved !== finding.location.path && before.has(fingerprint(finding.rule, finding.vendor, moved, digest))) ||
      (digest === undefined && finding.evidence.length > 0 && finding.evidence.every((item) => beforeEvidence.has(evidenceKey(finding.rule, finding.vendor, at(item.path), item.kind, item.match))));
    finding.new = !known;
  }
}

export function mergeBase(root: string, ref: string, repository?: Repository | null): string {
  try {
    return gitOutput(root, ['merge-base', ref, 'HEAD'], repository);
  } catch (error) {
    const detail = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw usageError(`cannot find the merge-base of ${ref} and HEAD${detail ? ` (${detail.split('\n')[0]})` : ''}; fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`);
  }
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, note: 0 };

/** Exit 1 when an unsuppressed (and, in diff mode, new) finding is at or above the threshold. */
export function exitCodeFor(result: ScanResult, failOn: 'error' | 'warning' | 'never'): number {
  if (failOn === 'never') return 0;
  const threshold = failOn === 'warning' ? 1 : 2;
  return result.findings.some((finding) => !finding.suppressed && finding.new !== false && RANK[finding.severity] >= threshold) ? 1 : 0;
}

