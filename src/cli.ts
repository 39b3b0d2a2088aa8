#!/usr/bin/env node
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { tuneCompilerForScans } from './compiler-flags.js';
import { buildCatalog } from './catalog/load.js';
import { closest, isConfigErrorList } from './config-errors.js';
import { parseCommandArgs } from './commands/args.js';
import type { ConfigError } from './config-errors.js';
import { hasBinaryExtension } from './files/filter.js';
import { isScannable } from './scan.js';
import { indexSource, isGitDirectory, workingTreeSource } from './files/source.js';
import { locateRepository } from './git.js';
import type { Repository } from './git.js';
import type { FileSource } from './files/source.js';
import { MANIFEST_NAMES } from './manifest/load.js';
import { REPORTERS } from './reporters/index.js';
import type { ReportContext } from './reporters/context.js';
import { renderInit } from './init.js';
import { parseManifest } from './manifest/load.js';
import { renderPolicyDraft } from './policy-text/draft.js';
import { readPolicyText } from './policy-text/index.js';
import { renderPolicyText, renderPolicyTextJson } from './policy-text/render.js';
import { runReport } from './report.js';
import { outputPairs, useColor, writeOutput } from './commands/outputs.js';
import { runDeclare, runInitUpdate } from './commands/declare.js';
import { runCrawl, runtimeOptions, RUNTIME_OPTIONS, withBrowser } from './commands/crawl.js';
import { runtimeScan } from './runtime/index.js';
import { applyBaseline, readBaseline, renderBaseline } from './baseline.js';
import { discoverScope, exitCodeFor, gitOutput, insideRoot, isUsageError, mergeBase, prepareScan, runScan, runScanAsync, scanWithBase, scopeFilter, toolVersion, usageError } from './run.js';
import { cwdRelativeResult, folderPrefix, prefixResult } from './reporters/rebase.js';
import { renderConfig } from './commands/print-config.js';
import type { CliIo, PreparedScan } from './run.js';
import { explainVendor, listVendors } from './vendors.js';
import type { ScanResult } from './types.js';

export type { CliIo } from './run.js';

// The command-line interface: the only place (with action.ts) that parses arguments, touches
// the terminal and sets the exit code. SPEC §1: 0 clean, 1 findings at or above --fail-on,
// 2 usage error, invalid manifest or rule pack, or internal error.

const USAGE = `Usage: disclosed <command> [options]

Commands:
  check [DIR]              scan DIR (default .) and compare with the policy manifest
  init [DIR]               write a starter subprocessors.yml declaring what was found (--force to replace)
  vendors                  list the vendor catalog (--category C, --json)
  explain VENDOR           one vendor's signatures and where to read about it
  policy-text FILE         what a privacy-policy text names and denies, as the tool understood it (--json)
  init --from-policy FILE [DIR]  draft subprocessors.yml from a privacy-policy text (--force to replace)
  init --update [DIR]      add the vendors found since to the existing manifest, TODO purposes, every line kept
  declare VENDOR...        add catalog vendors to the manifest (--purpose TEXT, --manifest FILE)
  report [DIR]             drift report for a privacy team (--format html|markdown|json|subprocessors[-html|-json], -o FILE)
  crawl URL...             load the site in headless Chrome/Chromium and check what it loads at runtime (crawl --help)

\`disclosed <command> --help\` (or \`disclosed help <command>\`) lists a command's options; --version prints the version.
`;

const CHECK_USAGE = `Usage: disclosed check [DIR] [options]

Scan DIR (default .) and compare what the code uses with the policy manifest. Exit 0: nothing at
or above --fail-on; 1: findings at or above it; 2: usage error or invalid manifest.

Options:
  --manifest FILE          policy manifest (default: the first of ${MANIFEST_NAMES.join(', ')}
                           in DIR, then in each folder above it up to the top of its git work tree)
  --privacy-policy FILE    privacy-policy text to cross-check (default: the manifest's privacy-policy)
  -f, --format F           text | json | sarif | markdown | github | html (repeatable, each optionally followed by --output)
  -o, --output FILE        write the preceding --format to FILE (default: stdout); its folder must exist
  --fail-on LEVEL          error | warning | never (default: error)
  --staged                 pre-commit: scan the git index; only findings new against HEAD fail
  --all                    with --staged: every finding in the index fails, not only new ones
  --base REF               diff mode: only findings new since the merge-base with REF fail
  --baseline FILE          suppress the findings recorded in FILE (default: settings.baseline)
  --write-baseline FILE    record today's findings in FILE; later runs with --baseline fail only on new ones
  --include GLOB           only scan matching paths (repeatable)
  --exclude GLOB           never scan matching paths (repeatable)
  --no-cache               do not reuse per-file results kept in the git directory
  --crawl URL              also load URL in a browser and merge what it loads (repeatable; crawl options apply)
  --print-config           print the manifest found, effective severities, ignores, include/exclude and
                           the catalog, then exit 0 without scanning
  --color, --no-color      force or turn off colour (default: when the stream written to is a terminal
                           and CI is unset; NO_COLOR turns it off, FORCE_COLOR=1 on, FORCE_COLOR=0 off)
  --quiet                  errors only: no warnings or notes in the text output, no progress, no banner
  --verbose                name each file not read and why (text); list their paths in summary.skipped.files (json)
  -h, --help               this help
`;

const INIT_USAGE = `Usage: disclosed init [DIR] [options]

Scan DIR (default .) and write a starter subprocessors.yml declaring every vendor found. Refuses to
overwrite an existing file.

Options:
  --manifest FILE          where to write (default: DIR/subprocessors.yml)
  --from-policy FILE       draft the manifest from a privacy-policy text instead of the code
  --force                  replace an existing manifest
  --update                 add the vendors found since to the existing manifest (TODO purposes),
                           keeping every line, comment and order of the file
  -h, --help               this help
`;

const VENDORS_USAGE = `Usage: disclosed vendors [options]

List the vendor catalog: id, name, organization, categories, ecosystems covered.

Options:
  --category C             only vendors of category C
  --json                   as JSON
  -h, --help               this help
`;

const EXPLAIN_USAGE = `Usage: disclosed explain VENDOR

One vendor's signatures (packages, code patterns, hosts) and where to read about it.
`;

const POLICY_TEXT_USAGE = `Usage: disclosed policy-text FILE [--json]

What a privacy-policy text (Markdown, HTML or plain text) names and denies, as disclosed reads it.

Options:
  --json                   as JSON
  -h, --help               this help
`;

const defaultIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  now: new Date(),
});

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    // `disclosed help check` is `disclosed check --help`.
    if (argv[0] === 'help' && argv[1] !== undefined && COMMANDS.includes(argv[1])) return await main([argv[1], '--help'], io);
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
        return await runCheck(rest, io);
      case 'init':
        return runInit(rest, io);
      case 'declare':
        return runDeclare(rest, io);
      case 'vendors':
        return runVendors(rest, io);
      case 'policy-text':
        return runPolicyText(rest, io);
      case 'explain':
        return runExplain(rest, io);
      case 'report':
        return runReport(rest, io);
      case 'crawl':
        return await runCrawl(rest, io);
      default:
        throw usageError(unknownCommand(command));
    }
  } catch (error) {
    return reportFailure(error, io);
  }
}

const COMMANDS = ['check', 'init', 'declare', 'vendors', 'policy-text', 'explain', 'report', 'crawl'];

/** One line for a mistyped command, with the closest one. */
function unknownCommand(command: string): string {
  const [suggestion] = command.startsWith('-') ? [] : closest(command, COMMANDS);
  return `unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ` (commands: ${COMMANDS.join(', ')}; disclosed --help)`}`;
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
  format: { type: 'string', multiple: true, short: 'f' },
  output: { type: 'string', multiple: true, short: 'o' },
  'fail-on': { type: 'string' },
  staged: { type: 'boolean' },
  all: { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  base: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'privacy-policy': { type: 'string' },
  'no-color': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean' },
  'print-config': { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  crawl: { type: 'string', multiple: true },
  ...RUNTIME_OPTIONS,
} as const;

function parseCheckArgs(args: string[]) {
  return parseCommandArgs('check', { args, options: CHECK_OPTIONS, allowPositionals: true, strict: true, tokens: true });
}

/** Resolve a repository directory argument; it must exist and be a directory. */
function resolveRoot(dir: string | undefined, io: CliIo): string {
  const root = resolve(io.cwd, dir ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw usageError(`not a directory: ${dir ?? '.'}`);
  // A bare repository (or a .git folder) has objects, not files: walking it would scan nothing and pass.
  if (isGitDirectory(root)) throw usageError(`${dir ?? '.'} is a bare git repository or a .git directory, with no working tree to scan: scan a clone or a worktree of it instead`);
  return root;
}

/**
 * Fail closed: a scan that read zero files although the tree holds files some stage would read
 * (code or dependency manifests, all filtered out, unreadable or too large) checked nothing, and
 * must not pass. A tree of only non-scannable files (docs, images) reads zero files legitimately.
 */
function unreadScannable(source: FileSource, skip: Set<string>): string[] {
  return source
    .list()
    .map((file) => file.path)
    .filter((path) => !skip.has(path) && isScannable(path) && !hasBinaryExtension(path));
}

async function runCheck(args: string[], terminal: CliIo): Promise<number> {
  const { values, positionals, tokens } = parseCheckArgs(args);
  // --quiet: errors only, so no progress line either (it is drawn only on a terminal).
  const io: CliIo = values.quiet ? { ...terminal, isTTY: false } : terminal;
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`check takes one directory, got: ${positionals.join(' ')}`);
  const outputs = outputPairs(tokens);
  const dir = resolveRoot(positionals[0], io);
  if (values.all && !values.staged) throw usageError('--all goes with --staged (judge every finding in the index, not only new ones)');
  if (values.all && values.base) throw usageError('--staged --all judges the whole index; it cannot be combined with --base');
  // The repository is found once, from DIR, and every git call names it (src/git.ts). A `.git`
  // whose config would run programs (an extracted archive's) is not used: DIR is then read as
  // plain files, and --staged/--base refuse.
  const lookup = locateRepository(dir);
  const repository = lookup.repository ?? null;
  // From a subfolder of a monorepo the manifest above it is the policy: the scan reads DIR with
  // paths relative to the manifest's folder (discoverScope).
  const { root, scope, passedOver } = values.manifest === undefined ? discoverScope(dir, repository, io) : { root: dir, passedOver: undefined };
  if (lookup.distrusted) io.stderr(`disclosed: reading ${positionals[0] ?? '.'} as plain files, not through git: ${lookup.distrusted}\n`);
  if ((values.staged || values.base) && !repository) throw usageError(`${values.staged ? '--staged' : '--base'} needs a git repository disclosed can read: ${lookup.distrusted ?? `${root} is not in one`}`);
  const source = values.staged ? indexSource(root, repository) : workingTreeSource(root, repository);
  // git lists the tree while the manifest and the catalog load; a failure surfaces in the scan.
  source.prefetch?.().catch(() => undefined);
  const prepared = prepareScan(root, { manifest: values.manifest, privacyPolicy: values['privacy-policy'], include: values.include, exclude: values.exclude, cache: values['no-cache'] ? (values.base || (values.staged && !values.all) ? 'memory' : false) : true, repository, ...(scope ? { scope } : {}) }, io);
  if (values['print-config']) {
    io.stdout(renderConfig(prepared, { failOn: values['fail-on'], toolVersion: toolVersion(), cwd: io.cwd, ...(passedOver ? { passedOver } : {}) }));
    return 0;
  }
  const baselinePath = baselineFile(values.baseline, values['write-baseline'], prepared, io);
  if (baselinePath?.inRoot) prepared.skipMatching.add(baselinePath.inRoot);
  const failOn = values['fail-on'] ?? prepared.manifest?.settings['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);

  if (values.crawl && (values.staged || values.base)) throw usageError('--crawl checks a deployed site with the working tree; it cannot be combined with --staged or --base');
  if (values.crawl) {
    const options = runtimeOptions(values.crawl, values, prepared.manifest);
    const runtime = await withBrowser(() => runtimeScan(prepared.catalog, options, io.env));
    for (const warning of runtime.summary.warnings) io.stderr(`disclosed: crawl: ${warning}\n`);
    prepared.runtime = runtime;
  }
  let result: ScanResult;
  if (values.staged) {
    // What this commit adds: the index against HEAD (or against the merge-base with --base REF),
    // like gitleaks' staged mode; --all judges every finding in the index.
    const revision = values.base ? mergeBase(root, values.base, repository) : headCommit(root, repository);
    result = await stagedScan(prepared, source, values.all ? undefined : revision, io);
    const changes = stagedChanges(root, source, revision, repository, scope);
    if (!values.quiet) io.stderr(`disclosed: ${plural(changes, 'staged change')}, ${plural(result.stats.files, 'file')} read${values.all ? ' (--all: every finding in the index counts)' : revision ? '' : ' (no commit yet: everything staged is new)'}\n`);
  } else {
    result = values.base ? await scanWithBase(prepared, prepared, source, mergeBase(root, values.base, repository), io) : await runScanAsync(prepared, source, io);
  }
  if (result.stats.files === 0) {
    const unread = unreadScannable(source, prepared.skipMatching).filter(scopeFilter(scope));
    if (unread.length > 0) {
      throw usageError(`read zero files in ${dir}, although it has ${unread.length} file${unread.length === 1 ? '' : 's'} to scan (e.g. ${unread[0]}): check --include/--exclude, the manifest's ignore: and settings.include/exclude, and that the files are readable`);
    }
    io.stderr(`disclosed: read zero files in ${dir}: nothing in it is code or a dependency manifest\n`);
  }

  if (values['write-baseline'] !== undefined) {
    const written = renderBaseline(result);
    writeOutput(baselinePath!.absolute, values['write-baseline'], written);
    const count = (JSON.parse(written) as { findings: unknown[] }).findings.length;
    io.stderr(`disclosed: wrote ${values['write-baseline']}: ${count} finding${count === 1 ? '' : 's'} recorded; pass --baseline ${values['write-baseline']} (or set settings.baseline) to fail only on new ones\n`);
  }
  if (baselinePath) applyBaseline(result, readBaseline(baselinePath.absolute, baselinePath.name));

  const shown: ScanResult = values.quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === 'error'), hints: [] } : result;
  const top = repository ? realpathSync(repository.top) : undefined;
  const prefix = top ? folderPrefix(top, realpathSync(root)) : '';
  for (const { format, output } of outputs) {
    const text = REPORTERS[format]!({
      result: shownAs(format, format === 'text' ? shown : result, { root, prefix, cwd: io.cwd }),
      toolVersion: toolVersion(),
      // Colour follows the stream written to: never into a file, and on stdout only as useColor says.
      color: output ? false : useColor({ color: values.color, noColor: values['no-color'] }, io),
      srcRoot: top ?? realpathSync(root),
      root: prefix || '.',
      ...(values.verbose ? { verbose: true } : {}),
      ...(prepared.manifest ? { manifest: prepared.manifest } : {}),
      catalog: prepared.catalog,
    } as ReportContext);
    if (output) writeOutput(resolve(io.cwd, output), output, text);
    else io.stdout(text);
  }
  prepared.cache?.save();
  return exitCodeFor(result, failOn);
}

/**
 * Paths as each format's reader opens them (src/reporters/rebase.ts): the terminal relative to
 * the working directory, JSON relative to its `root` (the folder scanned), everything GitHub or
 * a browser opens relative to the repository root.
 */
function shownAs(format: string, result: ScanResult, where: { root: string; prefix: string; cwd: string }): ScanResult {
  if (format === 'text') return cwdRelativeResult(result, where.root, where.cwd);
  if (format === 'json') return result;
  return prefixResult(result, where.prefix);
}

/**
 * The baseline to write or read: `--write-baseline`/`--baseline` are relative to the working
 * directory; `settings.baseline` is the repository's and must stay inside it.
 */
function baselineFile(explicit: string | undefined, write: string | undefined, prepared: PreparedScan, io: CliIo): { absolute: string; name: string; inRoot?: string } | undefined {
  const setting = prepared.manifest?.settings.baseline;
  const chosen = write ?? explicit;
  if (write !== undefined && explicit !== undefined && resolve(io.cwd, write) !== resolve(io.cwd, explicit)) throw usageError('--write-baseline and --baseline name different files: record into one, or read one');
  const absolute = chosen !== undefined ? resolve(io.cwd, chosen) : setting !== undefined ? insideRoot(prepared.root, setting, 'settings.baseline') : undefined;
  if (absolute === undefined) return undefined;
  const inRoot = relative(prepared.root, absolute).split(sep).join('/');
  const inside = !inRoot.startsWith('..') && !isAbsolute(inRoot);
  return { absolute, name: chosen ?? setting!, ...(inside ? { inRoot } : {}) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** HEAD's commit id; undefined before the first commit (an unborn branch). */
function headCommit(root: string, repository: Repository | null): string | undefined {
  try {
    return gitOutput(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], repository) || undefined;
  } catch {
    return undefined;
  }
}

/** The index scanned; with a revision, each finding is marked new unless that commit had it too. */
async function stagedScan(prepared: PreparedScan, source: FileSource, revision: string | undefined, io: CliIo): Promise<ScanResult> {
  if (revision === undefined) return runScanAsync(prepared, source, io);
  return scanWithBase(prepared, prepared, source, revision, io);
}

/** Paths the index changes against `revision` (every staged path before the first commit). */
function stagedChanges(root: string, source: FileSource, revision: string | undefined, repository: Repository | null, scope: string | undefined): number {
  if (revision === undefined) return source.list().filter((file) => scopeFilter(scope)(file.path)).length;
  const output = gitOutput(root, ['diff-index', '--cached', '--name-only', '-z', '--no-renames', '--relative', revision, ...(scope ? ['--', scope] : [])], repository);
  return output.split('\0').filter((path) => path !== '').length;
}

function runInit(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('init', { args, options: { force: { type: 'boolean' }, manifest: { type: 'string' }, 'from-policy': { type: 'string' }, update: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(INIT_USAGE);
    return 0;
  }
  const root = resolveRoot(positionals[0], io);
  if (values.update) {
    if (values.force || values['from-policy'] !== undefined) throw usageError('init --update edits the existing manifest; it cannot be combined with --force or --from-policy');
    return runInitUpdate(root, values.manifest, io);
  }
  const target = resolve(root, values.manifest ?? 'subprocessors.yml');
  if (existsSync(target) && !values.force) throw usageError(`${relative(io.cwd, target) || target} already exists; use --force to replace it, or --update to add the vendors found since`);
  if (values['from-policy'] !== undefined) return runInitFromPolicy(root, values['from-policy'], target, io);
  // Scan without any manifest: everything found is to be declared.
  const prepared = prepareScan(root, { manifest: undefined }, io);
  const withoutManifest = { ...prepared, manifest: null, policy: undefined };
  const result = runScan(withoutManifest, workingTreeSource(root), io);
  writeFileSync(target, renderInit(result, io.now));
  const declaredCount = result.detections.filter((detection) => detection.integrated).length;
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${declaredCount} vendor${declaredCount === 1 ? '' : 's'} declared from ${result.stats.files} files. Replace each TODO purpose, then run \`disclosed check\`.\n`);
  return 0;
}

/** `init --from-policy FILE`: a manifest drafted from a policy text, checked to validate before it is written. */
function runInitFromPolicy(root: string, file: string, target: string, io: CliIo): number {
  const absolute = resolve(io.cwd, file);
  if (!existsSync(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const inRoot = relative(root, absolute).split(sep).join('/');
  const inside = !inRoot.startsWith('..') && !isAbsolute(inRoot);
  const catalog = buildCatalog();
  const policy = readPolicyText(catalog, { path: inside ? inRoot : file, text: readFileSync(absolute, 'utf8') });
  const draft = renderPolicyDraft(policy, catalog, io.now, inside ? inRoot : undefined);
  // A draft that does not validate is our bug: parseManifest throws and the user gets exit 2.
  const drafted = parseManifest(draft, relative(io.cwd, target) || target);
  writeFileSync(target, draft);
  const subprocessors = drafted.subprocessors.length;
  const prohibited = drafted.prohibited.length;
  io.stdout(`wrote ${relative(io.cwd, target) || target}: ${subprocessors} subprocessor${subprocessors === 1 ? '' : 's'} and ${prohibited} prohibition${prohibited === 1 ? '' : 's'} drafted from ${policy.path}. Review each purpose, then run \`disclosed check\`.\n`);
  return 0;
}

function runPolicyText(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('policy-text', { args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(POLICY_TEXT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw usageError('usage: disclosed policy-text FILE [--json]');
  const file = positionals[0]!;
  const absolute = resolve(io.cwd, file);
  if (!existsSync(absolute) || statSync(absolute).isDirectory()) throw usageError(`privacy policy not found: ${file}`);
  const policy = readPolicyText(buildCatalog(), { path: file, text: readFileSync(absolute, 'utf8') });
  io.stdout(values.json ? renderPolicyTextJson(policy) : renderPolicyText(policy));
  return 0;
}

function runVendors(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs('vendors', { args, options: { category: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout(VENDORS_USAGE);
    return 0;
  }
  const catalog = buildCatalog();
  if (values.category && !catalog.categories.has(values.category)) throw usageError(`unknown category "${values.category}"; expected one of: ${[...catalog.categories.keys()].join(', ')}`);
  io.stdout(listVendors(catalog, { category: values.category, json: Boolean(values.json) }));
  return 0;
}

function runExplain(args: string[], io: CliIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(EXPLAIN_USAGE);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown !== undefined) throw usageError(`unknown option '${unknown}' (disclosed explain --help lists the options)`);
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw usageError('usage: disclosed explain VENDOR');
  const catalog = buildCatalog();
  const text = explainVendor(catalog, id);
  if (!text) throw usageError(`unknown vendor "${id}"; see \`disclosed vendors\``);
  io.stdout(text);
  return 0;
}

// Run when executed directly (the bin), not when imported by tests or the Action.
const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  tuneCompilerForScans();
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
