#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Catalog } from './catalog/catalog.js';
import { builtinRulesDir, loadCatalog } from './catalog/load.js';
import { configErrors, isConfigErrorList } from './config-errors.js';
import type { ConfigError } from './config-errors.js';
import { compileFileFilter } from './files/filter.js';
import { commitSource, indexSource, isGitWorkTree, workingTreeSource } from './files/source.js';
import type { FileSource } from './files/source.js';
import { customVendorCollisions, MANIFEST_NAMES, parseManifest } from './manifest/load.js';
import type { Manifest } from './manifest/types.js';
import { packageRoot } from './package-root.js';
import { REPORTERS } from './reporters/index.js';
import { scan } from './scan.js';
import { renderInit } from './init.js';
import { explainVendor, listVendors } from './vendors.js';
import type { ScanResult, Severity } from './types.js';

// The command-line interface: the only place (with action.ts) that parses arguments, touches
// the terminal and sets the exit code. SPEC §1: 0 clean, 1 findings at or above --fail-on,
// 2 usage error, invalid manifest or rule pack, or internal error.

const USAGE = `Usage: disclosed <command> [options]

Commands:
  check [DIR]              scan DIR (default .) and compare with the policy manifest
  init [DIR]               write a starter subprocessors.yml declaring what was found (--force to replace)
  vendors                  list the vendor catalog (--category C, --json)
  explain VENDOR           one vendor's signatures and where to read about it

check options:
  --manifest FILE          policy manifest (default: ${MANIFEST_NAMES.join(', ')})
  --format F               text | json | sarif | markdown (repeatable, each optionally followed by --output)
  --output FILE            write the preceding --format to FILE (default: stdout)
  --fail-on LEVEL          error | warning | never (default: error)
  --staged                 scan the git index (what is about to be committed)
  --base REF               diff mode: only findings new since the merge-base with REF fail
  --include GLOB           only scan matching paths (repeatable)
  --exclude GLOB           never scan matching paths (repeatable)
  --no-color, --quiet      plain output; errors only
  --version, --help
`;

/** A failure the user can fix: printed as is, exit 2. */
interface UsageError {
  kind: 'usage';
  message: string;
}

function usageError(message: string): UsageError {
  return { kind: 'usage', message };
}

function isUsageError(value: unknown): value is UsageError {
  return typeof value === 'object' && value !== null && (value as UsageError).kind === 'usage';
}

function toolVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Output streams and environment, injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  now: Date;
}

const defaultIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  now: new Date(),
});

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${toolVersion()}\n`);
      return 0;
    }
    switch (command) {
      case 'check':
        return runCheck(rest, io);
      case 'init':
        return runInit(rest, io);
      case 'vendors':
        return runVendors(rest, io);
      case 'explain':
        return runExplain(rest, io);
      default:
        throw usageError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (isUsageError(error)) {
    io.stderr(`disclosed: ${error.message}\n`);
    return 2;
  }
  if (isConfigErrorList(error)) {
    io.stderr(formatConfigErrors(error.errors));
    return 2;
  }
  const err = error as Error;
  io.stderr(`disclosed: internal error: ${err?.message ?? String(error)}\n${err?.stack ? `${err.stack.split('\n').slice(1, 6).join('\n')}\n` : ''}Please report this with the command you ran.\n`);
  return 2;
}

/** `file:line:column: error: message (key)` lines, then the suggestion indented. */
export function formatConfigErrors(errors: ConfigError[]): string {
  const lines: string[] = [];
  for (const error of errors) {
    lines.push(`${error.file}:${error.line}:${error.column}: error: ${error.message}${error.key ? ` [${error.key}]` : ''}`);
    if (error.suggestion) lines.push(`  suggestion: ${error.suggestion}`);
  }
  lines.push(`${errors.length} problem${errors.length === 1 ? '' : 's'} in configuration; nothing was scanned.`);
  return `${lines.join('\n')}\n`;
}

const CHECK_OPTIONS = {
  manifest: { type: 'string' },
  format: { type: 'string', multiple: true },
  output: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  staged: { type: 'boolean' },
  base: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseCheckArgs(args: string[]) {
  try {
    return parseArgs({ args, options: CHECK_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

/** `--format a --output x --format b` → [{a, x}, {b, stdout}], in command-line order. */
function outputPairs(tokens: ReturnType<typeof parseCheckArgs>['tokens']): { format: string; output?: string }[] {
  const pairs: { format: string; output?: string }[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (token.name === 'format') pairs.push({ format: String(token.value) });
    if (token.name === 'output') {
      const last = pairs[pairs.length - 1];
      if (!last || last.output !== undefined) throw usageError('--output must follow a --format');
      last.output = String(token.value);
    }
  }
  if (pairs.length === 0) pairs.push({ format: 'text' });
  for (const pair of pairs) {
    if (!REPORTERS[pair.format]) throw usageError(`unknown --format "${pair.format}"; expected one of: ${Object.keys(REPORTERS).join(', ')}`);
  }
  return pairs;
}

/** Resolve a repository directory argument; it must exist and be a directory. */
function resolveRoot(dir: string | undefined, io: CliIo): string {
  const root = resolve(io.cwd, dir ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw usageError(`not a directory: ${dir ?? '.'}`);
  return root;
}

/**
 * A path read from the manifest (privacy policy, rules-dir) must stay inside the repository:
 * no `..`, no absolute paths, no links pointing out.
 */
export function insideRoot(root: string, path: string, what: string): string {
  if (isAbsolute(path)) throw usageError(`${what} must be a path inside the repository, not an absolute path: ${path}`);
  const absolute = resolve(root, path);
  const rel = relative(root, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) throw usageError(`${what} must stay inside the repository: ${path}`);
  if (existsSync(absolute)) {
    const real = relative(realpathSync(root), realpathSync(absolute));
    if (real.startsWith('..') || isAbsolute(real)) throw usageError(`${what} links outside the repository: ${path}`);
  }
  return absolute;
}

/** Find and parse the manifest; null when there is none (SPEC §2: still scan). */
function loadManifest(root: string, explicit: string | undefined, io: CliIo): Manifest | null {
  if (explicit !== undefined) {
    const absolute = resolve(io.cwd, explicit);
    if (!existsSync(absolute)) throw usageError(`manifest not found: ${explicit}`);
    const display = relative(root, absolute).split(sep).join('/');
    return parseManifest(readFileSync(absolute, 'utf8'), display.startsWith('..') ? explicit : display);
  }
  for (const name of MANIFEST_NAMES) {
    const absolute = join(root, name);
    if (existsSync(absolute)) return parseManifest(readFileSync(absolute, 'utf8'), name);
  }
  return null;
}

/** Everything a scan of one repository needs, shared by check, init and the Action. */
export interface PreparedScan {
  root: string;
  manifest: Manifest | null;
  catalog: Catalog;
  accept: (path: string) => boolean;
  skipMatching: Set<string>;
}

export interface PrepareOptions {
  manifest?: string;
  include?: string[];
  exclude?: string[];
}

export function prepareScan(root: string, options: PrepareOptions, io: CliIo): PreparedScan {
  const manifest = loadManifest(root, options.manifest, io);
  const settings = manifest?.settings ?? {};
  const dirs = [builtinRulesDir()];
  const skipMatching = new Set<string>();
  if (manifest) skipMatching.add(manifest.path);
  if (settings['rules-dir']) {
    const dir = insideRoot(root, settings['rules-dir'], 'settings.rules-dir');
    if (!existsSync(dir)) throw usageError(`settings.rules-dir not found: ${settings['rules-dir']}`);
    dirs.push(dir);
  }
  if (manifest?.privacyPolicy) skipMatching.add(relative(root, insideRoot(root, manifest.privacyPolicy, 'privacy-policy')).split(sep).join('/'));
  const builtin = loadCatalog([builtinRulesDir()]);
  if (manifest) {
    const collisions = customVendorCollisions(manifest, new Set(builtin.vendors.keys()));
    if (collisions.length > 0) throw configErrors(collisions);
  }
  const catalog = dirs.length === 1 && (manifest?.customVendors.length ?? 0) === 0 ? builtin : loadCatalog(dirs, manifest?.customVendors ?? []);
  const rulesDir = settings['rules-dir']?.replace(/\/+$/, '');
  const exclude = [...(manifest?.ignore ?? []), ...(settings.exclude ?? []), ...(options.exclude ?? []), ...(rulesDir ? [`${rulesDir}/**`] : [])];
  const include = options.include && options.include.length > 0 ? options.include : (settings.include ?? []);
  return { root, manifest, catalog, accept: compileFileFilter({ include, exclude }), skipMatching };
}

/** Run one scan with progress on a TTY for scans over a second. */
export function runScan(prepared: PreparedScan, source: FileSource, io: CliIo): ScanResult {
  const started = Date.now();
  let shown = false;
  const result = scan({
    source,
    catalog: prepared.catalog,
    manifest: prepared.manifest,
    accept: prepared.accept,
    skipMatching: prepared.skipMatching,
    now: io.now,
    onProgress: io.isTTY
      ? (done, total) => {
          if (Date.now() - started < 1000) return;
          shown = true;
          io.stderr(`\rdisclosed: reading files ${done}/${total}…`);
        }
      : undefined,
  });
  if (shown) io.stderr('\r\u001b[K');
  return result;
}

function gitOutput(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
}

/** Diff mode: mark each finding new unless its fingerprint existed at the merge-base. */
export function markNew(head: ScanResult, base: ScanResult | null): void {
  const before = new Set(base?.findings.map((finding) => finding.fingerprint) ?? []);
  for (const finding of head.findings) finding.new = !before.has(finding.fingerprint);
}

export function mergeBase(root: string, ref: string): string {
  try {
    return gitOutput(root, ['merge-base', ref, 'HEAD']);
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

function runCheck(args: string[], io: CliIo): number {
  const { values, positionals, tokens } = parseCheckArgs(args);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`check takes one directory, got: ${positionals.join(' ')}`);
  const outputs = outputPairs(tokens);
  const root = resolveRoot(positionals[0], io);
  if (values.staged && values.base) throw usageError('--staged and --base cannot be combined');
  const prepared = prepareScan(root, { manifest: values.manifest, include: values.include, exclude: values.exclude }, io);
  const failOn = values['fail-on'] ?? prepared.manifest?.settings['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);

  if ((values.staged || values.base) && !isGitWorkTree(root)) throw usageError(`${values.staged ? '--staged' : '--base'} needs a git repository: ${root}`);
  const source = values.staged ? indexSource(root) : workingTreeSource(root);
  const result = runScan(prepared, source, io);
  if (values.base) {
    const base = mergeBase(root, values.base);
    markNew(result, runScan(prepared, commitSource(root, base), io));
  }
  if (values.staged) io.stderr(`disclosed: read ${result.stats.files} staged file${result.stats.files === 1 ? '' : 's'} from the git index\n`);
  if (result.stats.files === 0) io.stderr(`disclosed: read zero files in ${root}${values.include?.length ? ' (check --include)' : ''}\n`);

  const color = !values['no-color'] && (values.color || (io.isTTY && !io.env.NO_COLOR && !io.env.CI));
  const shown: ScanResult = values.quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === 'error'), hints: [] } : result;
  for (const { format, output } of outputs) {
    const text = REPORTERS[format]!({ result: format === 'text' ? shown : result, toolVersion: toolVersion(), color: output ? false : Boolean(color) });
    if (output) writeFileSync(resolve(io.cwd, output), text);
    else io.stdout(text);
  }
  return exitCodeFor(result, failOn);
}

function runInit(args: string[], io: CliIo): number {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ args, options: { force: { type: 'boolean' }, manifest: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  const root = resolveRoot(positionals[0], io);
  const target = resolve(root, values.manifest ?? 'subprocessors.yml');
  if (existsSync(target) && !values.force) throw usageError(`${relative(io.cwd, target) || target} already exists; use --force to replace it`);
  // Scan without any manifest: everything found is to be declared.
  const prepared = prepareScan(root, { manifest: undefined }, io);
  const withoutManifest = { ...prepared, manifest: null };
  const result = runScan(withoutManifest, workingTreeSource(root), io);
  writeFileSync(target, renderInit(result, prepared.catalog, io.now));
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${result.detections.length} vendor${result.detections.length === 1 ? '' : 's'} declared from ${result.stats.files} files. Fill in each purpose, then run \`disclosed check\`.\n`);
  return 0;
}

function runVendors(args: string[], io: CliIo): number {
  const { values } = (() => {
    try {
      return parseArgs({ args, options: { category: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    } catch (error) {
      throw usageError((error as Error).message);
    }
  })();
  const catalog = loadCatalog([builtinRulesDir()]);
  if (values.category && !catalog.categories.has(values.category)) throw usageError(`unknown category "${values.category}"; expected one of: ${[...catalog.categories.keys()].join(', ')}`);
  io.stdout(listVendors(catalog, { category: values.category, json: Boolean(values.json) }));
  return 0;
}

function runExplain(args: string[], io: CliIo): number {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw usageError('usage: disclosed explain VENDOR');
  const catalog = loadCatalog([builtinRulesDir()]);
  const text = explainVendor(catalog, id);
  if (!text) throw usageError(`unknown vendor "${id}"; see \`disclosed vendors\``);
  io.stdout(text);
  return 0;
}

// Run when executed directly (the bin), not when imported by tests or the Action.
const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(new URL(import.meta.url).pathname);
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`disclosed: internal error: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
