import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Catalog } from './catalog/catalog.js';
import { builtinCatalogSource, compileSources, readCatalogSource } from './catalog/load.js';
import type { CatalogSource } from './catalog/load.js';
import { cacheFile, cacheKey, openCache } from './cache.js';
import type { PersistentCache } from './cache.js';
import { configErrors } from './config-errors.js';
import { compileFileFilter, compileIgnoredCheck } from './files/filter.js';
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
import type { FileOutcome, ScanOptions } from './scan.js';
import { forcedWorkers, PARALLEL_THRESHOLD, scanFilesInParallel, workerCount, workerScript } from './parallel.js';
import type { ScanResult, Severity } from './types.js';
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
  /** What a browser saw (`check --crawl`): merged with the files' evidence before the checks run. */
  runtime?: RuntimeScan;
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
}

export function prepareScan(root: string, options: PrepareOptions, io: CliIo): PreparedScan {
  const manifest = loadManifest(root, options.manifest, io);
  const settings = manifest?.settings ?? {};
  const extraDirs: string[] = [];
  const skipMatching = new Set<string>();
  if (manifest) skipMatching.add(manifest.path);
  if (settings['rules-dir']) {
    const dir = insideRoot(root, settings['rules-dir'], 'settings.rules-dir');
    if (!existsSync(dir)) throw usageError(`settings.rules-dir not found: ${settings['rules-dir']}`);
    // Each rule file too: a link inside the folder must not read a file from outside the repository.
    if (statSync(dir).isDirectory()) for (const name of readdirSync(dir)) insideRoot(root, join(settings['rules-dir'], name), 'settings.rules-dir');
    rejectNonRuleFiles(dir, settings['rules-dir']);
    extraDirs.push(dir);
  }
  const policy = loadPolicy(root, manifest, options.privacyPolicy, io);
  if (policy && !policy.path.startsWith('..') && !isAbsolute(policy.path)) skipMatching.add(policy.path);
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
  return { root, manifest, catalog, catalogSources, ...(cache ? { cache } : {}), accept: compileFileFilter({ include, exclude }), lookInIgnored: compileIgnoredCheck({ include, exclude }), skipMatching, ...(policy ? { policy } : {}) };
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

export function loadPolicy(root: string, manifest: Manifest | null, explicit: string | undefined, io: CliIo): PolicySource | undefined {
  if (explicit !== undefined) {
    const absolute = resolve(io.cwd, explicit);
    if (!existsSync(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy policy not found: ${explicit}`);
    const display = relative(root, absolute).split(sep).join('/');
    return { path: display.startsWith('..') || isAbsolute(display) ? explicit : display, text: readFileSync(absolute, 'utf8'), ...companyNames(manifest) };
  }
  if (!manifest?.privacyPolicy) return undefined;
  const absolute = insideRoot(root, manifest.privacyPolicy, 'privacy-policy');
  if (!existsSync(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy-policy not found: ${manifest.privacyPolicy} (named in ${manifest.path}); fix the path or remove the key`);
  return { path: relative(root, absolute).split(sep).join('/'), text: readFileSync(absolute, 'utf8'), ...companyNames(manifest) };
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
  const listed = listForScan(options);
  const workers = workerCount(listed.length, io.env);
  const cache = prepared.cache;
  const read = (path: string, limit: number, head?: boolean) => source.read(path, limit, head);
  const files =
    !script || !source.description.startsWith('working tree') || workers === 0
      ? scanFiles(listed, read, prepared.catalog, undefined, options.onProgress, cache)
      : await scanFilesInParallel(listed, {
          script,
          root: source.root,
          sources: prepared.catalogSources,
          customVendors: prepared.manifest?.customVendors ?? [],
          workers,
          onProgress: options.onProgress,
          ...(cache ? { cache } : {}),
          local: { claims: (path) => claimersOf(path).length > 0, scan: (file) => scanOneFile(file, read, prepared.catalog) },
          // Most files answered by the cache (a second run, a diff): the rest are read here.
          minFiles: forcedWorkers(io.env) === undefined ? PARALLEL_THRESHOLD : 0,
        });
  done();
  if (seen) Object.assign(seen, { listed, outcomes: files.outcomes ?? [] });
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
  const derivable = base === head && head.cache !== undefined;
  // The two git diffs run while the head is scanned.
  const differences = derivable ? source.differencesFrom?.(revision) : undefined;
  differences?.catch(() => undefined);
  const seen: ScanRecord = {};
  const result = await runScanAsync(head, source, io, seen);
  const before = differences && seen.listed && seen.outcomes ? derivedBaseScan(head, seen as Required<ScanRecord>, await differences, io) : await runScanAsync(base, source.baseAt?.(revision) ?? commitSource(source.root, revision), io);
  markNew(result, before);
  return result;
}

/** The base scan from the head's: its unchanged files' outcomes, plus the differing files read at the base. */
function derivedBaseScan(prepared: PreparedScan, head: Required<ScanRecord>, { differs, source }: BaseDifferences, io: CliIo): ScanResult {
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
  return evaluate(options, files, started);
}

/** Diff mode: mark each finding new unless its fingerprint existed at the merge-base. */
export function markNew(head: ScanResult, base: ScanResult | null): void {
  const before = new Set(base?.findings.map((finding) => finding.fingerprint) ?? []);
  for (const finding of head.findings) finding.new = !before.has(finding.fingerprint);
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

