import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseCommandArgs } from './commands/args.js';
import { commitSource, workingTreeSource } from './files/source.js';
import { parseManifest } from './manifest/load.js';
import type { ChangeSummary, EntryFields } from './reporters/changes.js';
import { declarationChanges, vendorChanges } from './reporters/changes.js';
import { fileAt, fileHistory, headCommit, locateRepository } from './git.js';
import type { FileCommit, Repository } from './git.js';
import type { Manifest } from './manifest/types.js';
import { formatDriftMarkdown } from './reporters/drift-markdown.js';
import type { DriftReportContext } from './reporters/drift.js';
import { formatHtml } from './reporters/html.js';
import { formatDriftJson } from './reporters/drift-json.js';
import type { SubprocessorList } from './reporters/subprocessors.js';
import { buildSubprocessorList, formatSubprocessors, unreviewedMessage } from './reporters/subprocessors.js';
import { formatSubprocessorsHtml } from './reporters/subprocessors-html.js';
import { formatSubprocessorsJson } from './reporters/subprocessors-json.js';
import { discoverScope, prepareScan, runScan, toolVersion, usageError } from './run.js';
import { folderPrefix, prefixResult } from './reporters/rebase.js';
import type { CliIo } from './run.js';
import type { ScanResult } from './types.js';

// `disclosed report [DIR] --format html|markdown|subprocessors -o FILE` (SPEC §1): the drift
// report a privacy team signs off, or the public subprocessor table from the manifest.

export const REPORT_USAGE = `Usage: disclosed report [DIR] [--format F] [-o FILE] [--manifest FILE] [--since REF|FILE] [--draft]

  --format F               html (default): a self-contained drift report for a privacy team
                           markdown: the same report for wikis and PR descriptions
                           json: the same report as data (schema/drift-report.schema.json)
                           subprocessors: the public subprocessor list from the manifest, as Markdown
                           subprocessors-html: the same list as a self-contained HTML page
                           subprocessors-json: the same list as data (schema/subprocessor-list.schema.json)
  -o, --output FILE        write to FILE (default: stdout)
  --manifest FILE          policy manifest (default: subprocessors.yml and the usual places)
  --since REF|FILE         (html, markdown, json) add what changed since the git revision REF, or
                           since a previous \`report --format json\` FILE: vendors new in or gone
                           from the code, declarations changed, and who changed the manifest (its git log)
  --draft                  (subprocessors*) write the list even when some purpose is still a TODO,
                           marked DRAFT; without it such a list is refused (exit 1)

Links to evidence use GITHUB_SERVER_URL/GITHUB_REPOSITORY/GITHUB_SHA when set, or the
manifest's settings.repository-url.
`;

/** The drift report's renderings, by --format name. */
const DRIFT_FORMATS = { html: formatHtml, markdown: formatDriftMarkdown, json: formatDriftJson } satisfies Record<string, (context: DriftReportContext) => string>;
/** The public subprocessor list's renderings, by --format name. */
const LIST_FORMATS = {
  subprocessors: formatSubprocessors,
  'subprocessors-html': (list) => formatSubprocessorsHtml(list),
  'subprocessors-json': formatSubprocessorsJson,
} satisfies Record<string, (list: SubprocessorList) => string>;
const FORMATS = [...Object.keys(DRIFT_FORMATS), ...Object.keys(LIST_FORMATS)] as (keyof typeof DRIFT_FORMATS | keyof typeof LIST_FORMATS)[];
type ReportFormat = (typeof FORMATS)[number];

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  manifest: { type: 'string' },
  since: { type: 'string' },
  draft: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseReportArgs(args: string[]) {
  return parseCommandArgs('report', { args, options: OPTIONS, allowPositionals: true, strict: true });
}

function isReportFormat(format: string): format is ReportFormat {
  return (FORMATS as string[]).includes(format);
}

/** Where evidence links point: the CI environment first, then `settings.repository-url`. */
export function repositoryLink(env: NodeJS.ProcessEnv, manifest: Manifest | null): { repositoryUrl?: string; revision?: string; name?: string } {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY;
  if (server && repository && /^https?:\/\//i.test(server)) {
    return { repositoryUrl: `${server}/${repository}`, name: repository, ...(env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {}) };
  }
  const configured = manifest?.settings['repository-url']?.replace(/\/+$/, '');
  if (!configured) return {};
  const name = configured.split('/').slice(-2).join('/').replace(/\.git$/, '');
  return { repositoryUrl: configured.replace(/\.git$/, ''), name };
}

/** The manifest's path inside the repository, or undefined when it lies outside. */
function manifestInRepository(repository: Repository, root: string, manifestPath: string): string | undefined {
  const path = relative(repository.top, resolve(root, manifestPath));
  if (path === '' || path.startsWith(`..${sep}`) || path === '..' || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

/** The commits that changed the manifest (newest first), or [] outside git or when git fails. */
export function manifestHistory(repository: Repository | undefined, root: string, manifestPath: string, since?: string): FileCommit[] {
  const path = repository ? manifestInRepository(repository, root, manifestPath) : undefined;
  if (!repository || path === undefined) return [];
  return fileHistory(repository, path, since);
}

/** A previous `report --format json`, read back for `--since FILE`: its vendors, entries and commit. */
interface PreviousReport {
  vendors: { id: string; name: string }[];
  declarations: { fields: EntryFields }[];
  commit: { sha: string; date: string } | null;
  generatedAt: string | null;
}

function readPreviousReport(file: string, label: string): PreviousReport {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw usageError(`--since ${label}: not a JSON report (${(error as Error).message.split('\n')[0]})`);
  }
  const report = document as Partial<PreviousReport> & { version?: unknown };
  if (report.version !== 1 || !Array.isArray(report.vendors) || !Array.isArray(report.declarations)) {
    throw usageError(`--since ${label}: not a \`disclosed report --format json\` file (no version 1 vendors and declarations)`);
  }
  return { vendors: report.vendors, declarations: report.declarations, commit: report.commit ?? null, generatedAt: report.generatedAt ?? null };
}

/** What changed since a previous JSON report: its vendors and entries against now, the manifest's log since its commit. */
function changesSinceReport(repository: Repository | undefined, root: string, file: string, label: string, prepared: ReturnType<typeof prepareScan>, detections: ScanResult['detections']): ChangeSummary {
  const previous = readPreviousReport(file, label);
  const manifestPath = prepared.manifest?.path ?? 'subprocessors.yml';
  const inRepository = repository ? manifestInRepository(repository, root, manifestPath) : undefined;
  let commits: FileCommit[] = [];
  if (repository && inRepository !== undefined) {
    try {
      commits = previous.commit ? fileHistory(repository, inRepository, previous.commit.sha) : [];
    } catch {
      // The commit is not in this clone (a shallow CI checkout): fall back to its date.
      commits = fileHistory(repository, inRepository, undefined, new Date(previous.commit!.date));
    }
    if (!previous.commit && previous.generatedAt) commits = fileHistory(repository, inRepository, undefined, new Date(previous.generatedAt));
  }
  const described = previous.commit ? `commit ${previous.commit.sha.slice(0, 12)}, ${previous.commit.date.slice(0, 10)}` : previous.generatedAt ? `generated ${previous.generatedAt.slice(0, 10)}` : '';
  const vendors = vendorChanges(
    previous.vendors.map((vendor) => ({ vendor: vendor.id, name: vendor.name })),
    detections,
  );
  return {
    since: `${label}${described ? ` (${described})` : ''}`,
    vendorsAdded: vendors.added,
    vendorsRemoved: vendors.removed,
    declarations: declarationChanges(previous.declarations.map((declaration) => declaration.fields), prepared.manifest ?? null),
    commits,
    manifest: manifestPath,
  };
}

/** What changed since `since`: the code scanned at that commit, the manifest then and now, its log. */
function changesSince(repository: Repository | undefined, root: string, since: string, prepared: ReturnType<typeof prepareScan>, detections: ScanResult['detections'], io: CliIo): ChangeSummary {
  const file = resolve(io.cwd, since);
  if (existsSync(file) && statSync(file).isFile()) return changesSinceReport(repository, root, file, since, prepared, detections);
  if (!repository) throw usageError(`--since needs a git repository; ${root} is not in one`);
  const manifestPath = prepared.manifest?.path ?? 'subprocessors.yml';
  const inRepository = manifestInRepository(repository, root, manifestPath);
  let before: ScanResult;
  let oldText: string | undefined;
  let commits: FileCommit[];
  try {
    oldText = inRepository === undefined ? undefined : fileAt(repository, since, inRepository);
    commits = inRepository === undefined ? [] : fileHistory(repository, inRepository, since);
    before = runScan(prepared, commitSource(root, since, repository), io);
  } catch (error) {
    throw usageError(`--since ${since}: not a revision of this repository (${String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0]})`);
  }
  let oldManifest: Manifest | null = null;
  if (oldText !== undefined) {
    try {
      oldManifest = parseManifest(oldText, manifestPath);
    } catch {
      io.stderr(`disclosed: ${manifestPath} at ${since} is not a valid manifest; every entry counts as new\n`);
    }
  }
  const vendors = vendorChanges(before.detections, detections);
  return { since, vendorsAdded: vendors.added, vendorsRemoved: vendors.removed, declarations: declarationChanges(oldManifest, prepared.manifest ?? null), commits, manifest: manifestPath };
}

/** Run `disclosed report`; returns the exit code (0 written, 1 a public list refused, 2 usage error, thrown). */
export function runReport(args: string[], io: CliIo): number {
  const { values, positionals } = parseReportArgs(args);
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`report takes one directory, got: ${positionals.join(' ')}`);
  const format = values.format ?? 'html';
  if (!isReportFormat(format)) throw usageError(`unknown report --format "${format}"; expected one of: ${FORMATS.join(', ')}`);
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usageError(`not a directory: ${positionals[0] ?? '.'}`);

  if (values.since !== undefined && format in LIST_FORMATS) throw usageError(`--since applies to the html, markdown and json reports, not to --format ${format}`);
  if (values.draft && format in DRIFT_FORMATS) throw usageError('--draft applies to --format subprocessors, subprocessors-html and subprocessors-json');
  // From a subfolder of a monorepo, the manifest above it (src/run.ts discoverScope).
  const repository = locateRepository(dir).repository;
  const { root, scope } = values.manifest === undefined ? discoverScope(dir, repository ?? null, io) : { root: dir };
  const prepared = prepareScan(root, { manifest: values.manifest, ...(scope ? { scope } : {}) }, io);
  let text: string;
  let summary: string;
  if (format in LIST_FORMATS) {
    if (!prepared.manifest) throw usageError(`no policy manifest found in ${positionals[0] ?? '.'}; run \`disclosed init\` first, or pass --manifest FILE`);
    let history: FileCommit[] = [];
    try {
      history = manifestHistory(repository, root, prepared.manifest.path);
    } catch (error) {
      io.stderr(`disclosed: cannot read the history of ${prepared.manifest.path}: ${(error as Error).message.split('\n')[0]}\n`);
    }
    // The list changed when the manifest last did; an uncommitted manifest is as of today.
    const lastUpdated = (history[0]?.date ?? io.now.toISOString()).slice(0, 10);
    const list = buildSubprocessorList(prepared.manifest, prepared.catalog, { lastUpdated });
    if (list.unreviewed.length > 0) {
      // A TODO purpose is never published: refused, or written visibly marked as a draft.
      if (!values.draft) {
        io.stderr(`disclosed: ${unreviewedMessage(list)}. Write ${list.unreviewed.length === 1 ? 'its' : 'their'} purpose in ${prepared.manifest.path}, or pass --draft for a list marked DRAFT\n`);
        return 1;
      }
      io.stderr(`disclosed: ${unreviewedMessage(list)}; the list is marked as a draft\n`);
    }
    text = LIST_FORMATS[format as keyof typeof LIST_FORMATS](list);
    summary = `${prepared.manifest.subprocessors.length} subprocessor${prepared.manifest.subprocessors.length === 1 ? '' : 's'} from ${prepared.manifest.path}${list.unreviewed.length > 0 ? ', DRAFT' : ''}`;
  } else {
    const scanned = runScan(prepared, workingTreeSource(root), io);
    if (scanned.stats.files === 0) io.stderr(`disclosed: read zero files in ${dir}\n`);
    // Evidence links and locations are repository paths (src/reporters/rebase.ts).
    const result = repository ? prefixResult(scanned, folderPrefix(realpathSync(repository.top), realpathSync(root))) : scanned;
    const link = repositoryLink(io.env, prepared.manifest);
    const commit = repository ? headCommit(repository) : undefined;
    const context: DriftReportContext = {
      result,
      toolVersion: toolVersion(),
      color: false,
      ...(prepared.manifest ? { manifest: prepared.manifest } : {}),
      catalog: prepared.catalog,
      generatedAt: io.now,
      title: link.name ?? basename(root),
      ...(link.repositoryUrl ? { repositoryUrl: link.repositoryUrl } : {}),
      ...(link.revision ? { revision: link.revision } : {}),
      ...(commit ? { commit } : {}),
      ...(values.since !== undefined ? { changes: changesSince(repository, root, values.since, prepared, result.detections, io) } : {}),
    };
    text = DRIFT_FORMATS[format as keyof typeof DRIFT_FORMATS](context);
    const undeclared = result.detections.filter((detection) => !detection.declared).length;
    summary = `${result.detections.length} vendor${result.detections.length === 1 ? '' : 's'} detected, ${undeclared} undeclared`;
  }
  if (values.output === undefined) {
    io.stdout(text);
    return 0;
  }
  const target = resolve(io.cwd, values.output);
  try {
    writeFileSync(target, text);
  } catch (error) {
    throw usageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  io.stdout(`wrote ${values.output} (${format}): ${summary}\n`);
  return 0;
}
