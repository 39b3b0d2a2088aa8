import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { tuneCompilerForScans } from './compiler-flags.js';
import { isConfigErrorList } from './config-errors.js';
import type { ConfigError, ConfigErrorList } from './config-errors.js';
import { workingTreeSource } from './files/source.js';
import { enclosingGitDirectory, isWithin, locateRepository, runGit } from './git.js';
import type { Repository } from './git.js';
import { MANIFEST_NAMES, parseManifest } from './manifest/load.js';
import type { Manifest } from './manifest/types.js';
import type { ScanResult } from './types.js';
import { plural } from './reporters/context.js';
import { REPORTERS } from './reporters/index.js';
import { discoverScope, diffScan, exitCodeFor, isUsageError, prepareScan, runScanAsync, toolVersion, usageError } from './run.js';
import type { CliIo, PreparedScan } from './run.js';
import { candidateAnnotations, capAnnotations, configErrorAnnotation } from './action/annotations.js';
import type { Annotation } from './action/annotations.js';
import { commentMarker, isApiError, planComment, syncComment } from './action/comment.js';
import { publishCheckRun, toCheckAnnotation } from './action/check-run.js';
import { checkRunApi, commentApi, githubClient } from './action/github-api.js';
import { baseRefFor, defaultMode, describeEvent } from './action/event.js';
import type { RunEvent } from './action/event.js';
import { entryAt, findMergeBase } from './action/git-base.js';
import type { GitRunner, MergeBase } from './action/git-base.js';
import { readInputs } from './action/inputs.js';
import { runtimeOptions, withBrowser } from './commands/crawl.js';
import { runtimeScan } from './runtime/index.js';
import type { ActionInputs } from './action/inputs.js';
import { commitFiles } from './action/base-files.js';
import { diffManifests } from './action/manifest-diff.js';
import { organizationCoverage, suppressionChanges } from './action/policy-review.js';
import type { ActionOutcome } from './action/outcome.js';
import { findingsOutput } from './action/outputs.js';
import { folderPrefix, prefixResult, repoPath } from './reporters/rebase.js';
import { failingFindings, renderSummary } from './action/summary.js';

// The GitHub Action (SPEC §5): the only place, with cli.ts, that does I/O. It reads inputs, runs
// the scan the CLI runs (twice in diff mode: HEAD from the work tree, the merge-base from git
// objects), and reports through annotations, the job summary, outputs, SARIF and a PR comment.
// It only reads files and runs git: nothing from the scanned repository is ever executed.

/** Where the scan runs, for turning its paths into repository paths. */
interface Checkout {
  top: string;
  prefix: string;
}

function version(): string {
  try {
    return toolVersion();
  } catch {
    return 'unknown';
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readPayload(path: string | undefined): unknown {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw usageError(`cannot read the event payload at GITHUB_EVENT_PATH (${message(error)})`);
  }
}

function gitRunner(repository: Repository, root: string): GitRunner {
  return (args) => runGit(repository, root, args).toString('utf8');
}

/**
 * The repository `path` is read through, resolved once from the workspace (src/git.ts): the
 * nearest `.git` at or above it, never above the workspace. A `.git` is made by actions/checkout,
 * never by a pull request (git refuses to check one out), so its config is the workflow's. A
 * path that leaves the workspace through a link, or that sits in a folder laid out as a bare
 * repository (which git would take for the repository: a pull request can add HEAD, objects/,
 * refs/ and a config that runs commands), is refused.
 */
function workspaceRepository(workspace: string, root: string, path: string): Repository | undefined {
  if (!isWithin(workspace, root)) throw usageError(`input \`path\` must be a folder of the checkout, but "${path}" leads out of the workspace through a link`);
  const planted = enclosingGitDirectory(root, workspace);
  if (planted !== undefined) {
    const shown = relative(workspace, planted).split(sep).join('/') || '.';
    throw usageError(`input \`path\` "${path}" is inside ${shown}, which is laid out as a git repository (HEAD, objects/, refs/) and is not the workspace's: disclosed runs git only on the repository actions/checkout made. Remove those files from the change, or point path at the checkout.`);
  }
  const lookup = locateRepository(root, { stopAt: workspace, trustConfig: true });
  if (lookup.distrusted) core.info(`${path} is read as plain files, not through git: ${lookup.distrusted}`);
  return lookup.repository;
}

/** User-controlled text (paths, matched code) printed between stop-commands can't issue workflow commands. */
function logUntrusted(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text.replace(/\n$/, ''));
  core.info(`::${token}::`);
}

function emitAnnotations(annotations: Annotation[]): void {
  for (const annotation of annotations) {
    const properties: core.AnnotationProperties = { title: annotation.title };
    if (annotation.file !== undefined) {
      properties.file = annotation.file;
      if (annotation.line !== undefined) properties.startLine = annotation.line;
      if (annotation.column !== undefined) properties.startColumn = annotation.column;
    }
    core[annotation.level](annotation.message, properties);
  }
}

/**
 * The PreparedScan of the base: its manifest, and the privacy-policy text and rules-dir that
 * manifest names, all read from the base commit (see commitFiles). The head's own scan is reused
 * when the base would be judged exactly alike. A policy text the base's manifest names but the
 * base commit lacks is left out of the base's judgement, said in a note: every policy-text finding
 * of the head then counts as new, never the reverse.
 */
function prepareBase(root: string, git: GitRunner, commit: string, manifest: Manifest | null, head: PreparedScan, io: CliIo, note: (line: string) => void, repository: Repository | null): PreparedScan {
  const files = commitFiles(git, commit, root);
  let judged = manifest;
  if (manifest?.privacyPolicy && !files.readText(manifest.privacyPolicy, 'privacy-policy')) {
    note(`The base's manifest names privacy-policy: ${manifest.privacyPolicy}, which the base commit ${commit.slice(0, 12)} does not have; the base is judged without a policy text.`);
    judged = { ...manifest, privacyPolicy: undefined };
  }
  const policy = judged?.privacyPolicy ? files.readText(judged.privacyPolicy, 'privacy-policy') : undefined;
  const same =
    judged !== null &&
    head.manifest !== null &&
    judged.text === head.manifest.text &&
    judged.path === head.manifest.path &&
    !judged.settings['rules-dir'] &&
    policy?.path === head.policy?.path &&
    policy?.text === head.policy?.text;
  if (same) return head;
  if (judged === null) return { ...head, manifest: null, policy: undefined };
  const prepared = prepareScan(root, { cache: true, repository, ...(head.scope ? { scope: head.scope } : {}) }, io, { manifest: judged, files });
  // The head's manifest is a policy file at the base too (a PR that adds or moves it), not code.
  if (head.manifest) prepared.skipMatching.add(head.manifest.path);
  return sharingCache(prepared, head);
}

/** The base scan reuses the head scan's outcomes when both compile the same catalog. */
function sharingCache(base: PreparedScan, head: PreparedScan): PreparedScan {
  return base.cache && head.cache && base.cache.key === head.cache.key ? { ...base, cache: head.cache } : base;
}

/**
 * The manifest as it is at the base commit: null when there is none; `unusable` says why it
 * cannot be the policy (not a regular file, more than one candidate, invalid), with the
 * configuration errors when it does not parse.
 */
function baseManifestAt(git: GitRunner, commit: string, candidates: string[]): { manifest: Manifest | null; unusable?: string; errors?: ConfigErrorList } {
  const present: { path: string; entry: ReturnType<typeof entryAt> }[] = [];
  for (const path of candidates) {
    const entry = entryAt(git, commit, path);
    if (entry.kind !== 'missing') present.push({ path, entry });
  }
  if (present.length === 0) return { manifest: null };
  if (present.length > 1) return { manifest: null, unusable: `the base has more than one policy manifest (${present.map((item) => item.path).join(', ')})` };
  const { path, entry } = present[0]!;
  if (entry.kind !== 'file') return { manifest: null, unusable: `${path} at the base is ${entry.kind === 'other' ? entry.what : 'missing'}, not a file` };
  try {
    return { manifest: parseManifest(entry.text, path) };
  } catch (error) {
    if (!isConfigErrorList(error)) throw error;
    const first = error.errors[0]!;
    return { manifest: null, unusable: `${first.file} at the base is invalid (${first.line}:${first.column}: ${first.message})`, errors: error };
  }
}

/**
 * The folder (repository-relative, '' for the top) whose manifest governs `dirFromTop` at
 * `commit`: the nearest at or above it that holds a candidate name, as discovery looks. A pull
 * request that adds a manifest in the scanned folder (or removes one there) changes which policy
 * judges it, the one CODEOWNERS protects at the root included; undefined when none holds one.
 */
function governingManifestFolder(top: GitRunner, commit: string, dirFromTop: string): string | undefined {
  for (let folder = dirFromTop; ; folder = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '') {
    if (MANIFEST_NAMES.some((name) => entryAt(top, commit, folder ? `${folder}/${name}` : name).kind !== 'missing')) return folder;
    if (folder === '') return undefined;
  }
}

/** The governing manifest folders at the base tip and at HEAD, when they differ. */
function movedManifest(repository: Repository, dir: string, baseTip: string): { base: string; head: string } | undefined {
  const top = gitRunner(repository, repository.top);
  const dirFromTop = relative(realpathSync(repository.top), realpathSync(dir)).split(sep).join('/');
  if (dirFromTop.startsWith('..')) return undefined;
  const atBase = governingManifestFolder(top, baseTip, dirFromTop);
  const atHead = governingManifestFolder(top, 'HEAD', dirFromTop);
  // No manifest on either side, or only on one (added or removed outright): diffManifests says so.
  if (atBase === undefined || atHead === undefined || atBase === atHead) return undefined;
  return { base: atBase, head: atHead };
}

function manifestCandidates(root: string, workspace: string, inputs: ActionInputs): string[] {
  if (inputs.manifest !== undefined) {
    const rel = relative(root, resolve(workspace, inputs.manifest));
    return rel.startsWith('..') || isAbsolute(rel) ? [] : [rel.split(sep).join('/')];
  }
  return MANIFEST_NAMES;
}

async function check(inputs: ActionInputs, env: NodeJS.ProcessEnv, outcome: ActionOutcome, checkout: Checkout, setEvent: (event: RunEvent) => void): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const dir = resolve(workspace, inputs.path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw usageError(`input \`path\` must be a folder of the checkout, but "${inputs.path}" ${existsSync(dir) ? 'is a file' : 'does not exist'} (${dir}). Run actions/checkout before this step, and give path a folder relative to the workspace.`);
  }
  const event = describeEvent(env, readPayload(env.GITHUB_EVENT_PATH));
  setEvent(event);
  const repository = workspaceRepository(workspace, dir, inputs.path);
  const io: CliIo = { stdout: (text) => core.info(text), stderr: (text) => core.info(text.replace(/\n$/, '')), cwd: workspace, isTTY: false, env, now: new Date() };
  // \`path: apps/web\` in a monorepo whose manifest sits at the root: that manifest is the policy,
  // and the scan reads apps/web with root-relative paths (discoverScope, as \`disclosed check\` does).
  const { root, scope } = inputs.manifest === undefined ? discoverScope(dir, repository ?? null, io) : { root: dir };
  const inGit = repository !== undefined;
  const git: GitRunner = repository ? gitRunner(repository, root) : () => {
    throw usageError(`${root} is not a git checkout`);
  };
  checkout.top = repository ? repository.top : workspace;
  checkout.prefix = folderPrefix(realpathSync(checkout.top), realpathSync(root));
  const mode = inputs.mode ?? defaultMode(event);
  outcome.mode = mode;
  outcome.policyFrom = inputs.policyFrom;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (event.repository) {
    outcome.repositoryUrl = `${server}/${event.repository.owner}/${event.repository.repo}`;
    if (env.GITHUB_RUN_ID) outcome.runUrl = `${outcome.repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  outcome.revision = inGit ? git(['rev-parse', 'HEAD']).trim() : env.GITHUB_SHA;
  core.info(`disclosed ${outcome.toolVersion}: ${mode} scan of ${[checkout.prefix, scope].filter(Boolean).join('/') || 'the repository root'}${event.name ? ` on ${event.name}` : ''}`);

  const note = (line: string) => {
    core.info(line);
    outcome.notes.push(line);
  };

  let base: MergeBase | undefined;
  if (mode === 'diff') {
    if (!inGit) throw usageError(`mode: diff needs a git checkout, and ${root} is not one; run actions/checkout first, or use mode: full`);
    const baseRef = baseRefFor(event, inputs.baseRef, env);
    if (!baseRef) throw usageError(`mode: diff needs a base to compare with, and ${event.name ? `a ${event.name} event` : 'this run'} has none: set base-ref (for example base-ref: main), or use mode: full`);
    core.startGroup(`Finding the diff base (${baseRef})`);
    try {
      base = findMergeBase(git, baseRef, note);
    } finally {
      core.endGroup();
    }
    const frozen = event.pullRequest?.baseSha;
    if (frozen && frozen !== base.tip) note(`The base branch moved since the pull request was opened (payload base.sha ${frozen.slice(0, 12)}); the diff uses its current tip ${base.tip.slice(0, 12)}.`);
    outcome.base = base;
  } else if (inputs.policyFrom === 'base') {
    note('policy-from: base applies in diff mode only; this full scan uses the manifest in the checkout.');
  }

  // The outcome cache lets the base scan reuse every unchanged file of the head scan.
  const head = prepareScan(root, { cache: true, repository: repository ?? null, ...(scope ? { scope } : {}), ...(inputs.manifest !== undefined ? { manifest: resolve(workspace, inputs.manifest) } : {}) }, io);
  let judge = head;
  let baseScan = head;
  if (base) {
    // The policy is the base branch's as it is now (its tip), not as it was where this change
    // branched off: a prohibition added on main since then applies.
    const found = baseManifestAt(git, base.tip, manifestCandidates(root, workspace, inputs));
    // Which folder's manifest governs `path`, at the base tip and in this change (discovery walks
    // up from `path`): a manifest the change adds in `path`, or removes from it, moves the policy.
    const moved = repository && inputs.manifest === undefined ? movedManifest(repository, dir, base.tip) : undefined;
    if (moved) {
      const shown = (folder: string) => (folder ? `${folder}/` : 'the repository root');
      if (inputs.policyFrom === 'base') {
        throw usageError(`policy-from: base: this change moves the manifest that governs \`path\` "${inputs.path}" from ${shown(moved.base)} to ${shown(moved.head)}, so the base policy cannot judge it from the same folder. Merge that move on its own first, with a privacy review.`);
      }
      // Listed against the base's own manifest, both under their repository paths; the base is
      // judged with this change's manifest (the other folder's policy files are not this scan's).
      const atBase = baseManifestAt(gitRunner(repository!, repository!.top), base.tip, MANIFEST_NAMES.map((name) => (moved.base ? `${moved.base}/${name}` : name)));
      const headManifest = head.manifest && { ...head.manifest, path: repoPath(checkout.top, checkout.prefix, head.manifest.path) ?? head.manifest.path };
      const where = headManifest?.path ?? moved.head;
      outcome.manifestChanges = atBase.manifest ? diffManifests(atBase.manifest, headManifest) : [{ kind: 'manifest-moved', subject: where, detail: shown(moved.base), path: where, line: 1, column: 1 }];
      note(`This change moves the manifest that governs ${inputs.path} from ${shown(moved.base)} to ${shown(moved.head)}; the base is judged with this change's manifest.`);
    } else if (found.unusable !== undefined) {
      // Fail closed: the PR's own manifest must never stand in for a base policy that cannot be read.
      if (inputs.policyFrom === 'base') throw usageError(`policy-from: base: ${found.unusable}, so there is no base policy to judge this change by. Fix the manifest on the base branch (a regular file, one of ${MANIFEST_NAMES.join(', ')}).`);
      note(`The manifest at the base cannot be read: ${found.unusable}; the base is judged with this change's manifest.`);
    } else {
      // The base is judged by the policy it had: a change that drops a declaration the code still
      // needs, or rewrites the policy text to deny a vendor the code uses, then shows up as new drift.
      // Its policy text and rules-dir come from the same commit as its manifest: the base branch's tip.
      baseScan = prepareBase(root, git, base.tip, found.manifest, head, io, note, repository ?? null);
      outcome.manifestChanges = diffManifests(found.manifest, head.manifest).map((change) => ({ ...change, path: repoPath(checkout.top, checkout.prefix, change.path) ?? change.path }));
      if (inputs.policyFrom === 'base') {
        judge = baseScan;
        if (!found.manifest) note('policy-from: base: the base branch has no manifest, so every detected vendor counts as undeclared; only vendors this change adds can fail.');
        else core.info(`policy-from: base: judging this change by ${found.manifest.path} as it is at the tip of the base branch, ${base.tip.slice(0, 12)}.`);
      }
    }
  }

  if (inputs.crawlUrls.length > 0) {
    // The runner's Chrome loads the given sites (a preview deployment); its requests are merged
    // with the code's evidence and judged by the same policy.
    const options = runtimeOptions(inputs.crawlUrls, {}, judge.manifest);
    const runtime = await withBrowser(() => runtimeScan(judge.catalog, options, process.env));
    for (const warning of runtime.summary.warnings) core.warning(`crawl: ${warning}`);
    core.info(`crawl: ${plural(runtime.summary.pages.length, 'page')} loaded, ${plural(runtime.summary.requests, 'request')} recorded in ${(runtime.summary.durationMs / 1000).toFixed(1)} s.`);
    judge.runtime = runtime;
  }

  const failOn = inputs.failOn ?? judge.manifest?.settings['fail-on'] ?? 'error';
  outcome.failOn = failOn;
  // Large trees are read on worker threads (our bundled dist/scan-worker.js, never repository code).
  const source = workingTreeSource(root, repository ?? null);
  let result: ScanResult;
  if (base) {
    // Under policy-from: base, the change's own new disclosed-ignore comments do not apply until merged.
    const diff = await diffScan(judge, baseScan, source, base.sha, io, { newSuppressionsApply: inputs.policyFrom !== 'base' });
    result = diff.result;
    const shownPath = (path: string) => repoPath(checkout.top, checkout.prefix, path) ?? path;
    const review = [...suppressionChanges(diff, head.manifest, baseScan === head ? head.manifest : baseScan.manifest), ...organizationCoverage(diff, judge.manifest)];
    outcome.manifestChanges.push(...review.map((change) => ({ ...change, path: shownPath(change.path) })));
  } else {
    result = await runScanAsync(judge, source, io);
  }
  head.cache?.save();
  if (result.stats.files === 0) core.warning(`disclosed read zero files in ${checkout.prefix || 'the repository'}: check the path input and the manifest's include/ignore settings.`);
  const shown = prefixResult(result, checkout.prefix);
  outcome.result = shown;
  outcome.conclusion = exitCodeFor(result, failOn) === 0 ? 'success' : 'failure';

  core.startGroup(`disclosed findings (${plural(shown.findings.length, 'finding')})`);
  logUntrusted(REPORTERS.text!({ result: shown, toolVersion: outcome.toolVersion, color: false }));
  core.endGroup();

  if (inputs.annotations) {
    const candidates = candidateAnnotations(shown, outcome.manifestChanges);
    const published = inputs.checkRun && (await annotateThroughCheckRun(inputs, env, event, outcome, candidates));
    if (!published) {
      // A check-run fallback wrote one notice already: it counts against the job's 50.
      const reserved = { error: outcome.conclusion === 'failure' ? 1 : 0, warning: 1, notice: inputs.checkRun ? 1 : 0 };
      emitAnnotations(capAnnotations(candidates, inputs.maxAnnotations, reserved).shown);
    }
  }

  if (inputs.sarifFile) {
    const file = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, REPORTERS.sarif!({ result: shown, toolVersion: outcome.toolVersion, color: false, srcRoot: checkout.top }));
    core.setOutput('sarif-file', file);
    core.info(`SARIF written to ${file}; upload it with github/codeql-action/upload-sarif.`);
  }

  if (outcome.conclusion === 'failure') {
    const failing = failingFindings(shown, failOn).length;
    core.setFailed(`disclosed: ${plural(failing, mode === 'diff' ? 'new finding' : 'finding')} at or above fail-on: ${failOn}. The annotations and the job summary say where and what to do.`);
  }
}

function fail(error: unknown, outcome: ActionOutcome, checkout: Checkout, inputs: ActionInputs | undefined): void {
  outcome.conclusion = 'error';
  if (isConfigErrorList(error)) {
    const errors: ConfigError[] = error.errors.map((item) => ({ ...item, file: repoPath(checkout.top, checkout.prefix, item.file) ?? item.file }));
    outcome.configErrors = errors;
    logUntrusted(errors.map((item) => `${item.file}:${item.line}:${item.column}: error: ${item.message}${item.suggestion ? ` (${item.suggestion})` : ''}`).join('\n'));
    if (inputs?.annotations ?? true) {
      const annotations = errors.map((item) => {
        const annotation = configErrorAnnotation(item);
        return isAbsolute(item.file) ? { ...annotation, file: undefined } : annotation;
      });
      emitAnnotations(capAnnotations(annotations, inputs?.maxAnnotations ?? 50, { error: 1 }).shown);
    }
    const first = errors[0]!;
    core.setFailed(`disclosed: ${plural(errors.length, 'problem')} in the policy configuration; nothing was scanned. ${first.file}:${first.line}:${first.column}: ${first.message}${first.suggestion ? ` (${first.suggestion})` : ''}`);
    return;
  }
  if (isUsageError(error)) {
    outcome.error = error.message;
    core.setFailed(`disclosed: ${error.message}`);
    return;
  }
  outcome.internal = true;
  outcome.error = message(error);
  const stack = error instanceof Error && error.stack ? error.stack : '';
  if (stack) logUntrusted(stack);
  core.setFailed(`disclosed: internal error: ${message(error)}. This is a bug in disclosed, not in your repository: please report it at https://github.com/disclosed/disclosed/issues with the log of this step.`);
}

/**
 * `check-run: true`: every annotation through a check run, in batches of 50. False when it could
 * not be published (no token, no `checks: write`, an API failure): the caller then writes the
 * capped workflow-command annotations, as without the input, after a notice saying why.
 */
async function annotateThroughCheckRun(inputs: ActionInputs, env: NodeJS.ProcessEnv, event: RunEvent, outcome: ActionOutcome, candidates: Annotation[]): Promise<boolean> {
  const fallback = 'the annotations are written as workflow commands instead (at most 10 errors and 10 warnings per step; the job summary lists every finding)';
  const headSha = event.pullRequest?.headSha ?? env.GITHUB_SHA ?? outcome.revision;
  if (!inputs.token || !event.repository || !headSha) {
    core.notice(`check-run: ${!inputs.token ? 'no token was given (pass token: ${{ github.token }})' : 'this run names no repository or commit'}; ${fallback}.`);
    return false;
  }
  const annotations = candidates.flatMap((annotation) => toCheckAnnotation(annotation) ?? []);
  const counts = (['error', 'warning', 'notice'] as const).map((level) => plural(candidates.filter((annotation) => annotation.level === level).length, level)).join(', ');
  const plan = {
    name: inputs.path === '.' ? 'disclosed' : `disclosed (${inputs.path})`,
    headSha,
    conclusion: outcome.conclusion === 'failure' ? ('failure' as const) : ('success' as const),
    title: `disclosed: ${plural(annotations.length, 'annotation')}`,
    summary: `${counts}.${outcome.runUrl ? ` The [job summary](${outcome.runUrl}) lists every finding.` : ''}`,
  };
  try {
    const run = await publishCheckRun(checkRunApi(githubClient(inputs.token, env, version()), event.repository), plan, annotations);
    core.info(`check-run: ${plural(run.count, 'annotation')} published in the check run "${plan.name}"${run.url ? ` (${run.url})` : ''}.`);
    return true;
  } catch (error) {
    const api = isApiError(error) ? error : undefined;
    const why = api?.status === 403 ? 'the token may not write check runs (GitHub answered 403): grant `permissions: checks: write`' : `GitHub answered ${api ? `${api.status}${api.message ? ` (${api.message})` : ''}` : message(error)}`;
    core.notice(`check-run: ${why}; ${fallback}.`);
    return false;
  }
}

async function comment(inputs: ActionInputs, event: RunEvent | undefined, outcome: ActionOutcome, env: NodeJS.ProcessEnv): Promise<void> {
  const plan = planComment(inputs.comment, outcome);
  if (plan === 'none') return;
  const pr = event?.pullRequest;
  if (!pr || !event?.repository) {
    core.info(`comment: ${inputs.comment} applies to pull requests; ${event?.name ? `a ${event.name} event has none` : 'this run has none'}, so no comment was written.`);
    return;
  }
  if (!inputs.token) {
    core.warning('comment is set but no token was given: pass token: ${{ github.token }} with permissions pull-requests: write. The check result is unaffected.');
    return;
  }
  const api = commentApi(githubClient(inputs.token, env, version()), event.repository, pr.number);
  try {
    core.info(`PR comment: ${await syncComment(api, plan, outcome, commentMarker(inputs.path))}`);
  } catch (error) {
    const api = isApiError(error) ? error : undefined;
    const why = api ? `GitHub answered ${api.status}${api.message ? ` (${api.message})` : ''}` : message(error);
    const fix =
      api && (api.status === 403 || api.status === 404)
        ? pr.fromFork
          ? 'This pull request comes from a fork, where the workflow token is read-only; the annotations and the job summary carry the result. To comment on fork pull requests, see the pull_request_target pattern in docs/github-action.md.'
          : 'Give the job `permissions: pull-requests: write`.'
        : 'The comment will be retried on the next run.';
    core.warning(`disclosed could not write the pull-request comment: ${why}. ${fix} The check result is unaffected.`);
  }
}

/** Outputs, the Markdown report file, the job summary and the comment: on every path out. */
async function finish(inputs: ActionInputs | undefined, event: RunEvent | undefined, outcome: ActionOutcome, env: NodeJS.ProcessEnv): Promise<void> {
  const result = outcome.result;
  const visible = result?.findings.filter((finding) => !finding.suppressed) ?? [];
  core.setOutput('conclusion', outcome.conclusion);
  core.setOutput('findings-count', String(visible.length));
  core.setOutput('new-findings-count', String(visible.filter((finding) => finding.new !== false).length));
  const findings = findingsOutput(result);
  if (findings.truncated) core.warning(`The findings output holds ${findings.included} of ${result?.findings.length ?? 0} findings: GitHub keeps at most 1 MB of outputs per job. Use sarif-file or report-markdown for all of them.`);
  core.setOutput('findings', findings.json);

  const markdown = renderSummary(outcome, Number.POSITIVE_INFINITY);
  try {
    const dir = join(env.RUNNER_TEMP || tmpdir(), 'disclosed');
    mkdirSync(dir, { recursive: true });
    const slug = (inputs?.path ?? '.').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+|[._]+$/g, '') || 'root';
    const file = join(dir, `report-${slug}.md`);
    writeFileSync(file, markdown);
    core.setOutput('report-markdown', file);
  } catch (error) {
    core.warning(`could not write the Markdown report: ${message(error)}`);
  }

  if (inputs?.summary ?? true) {
    if (!env.GITHUB_STEP_SUMMARY) core.info('No GITHUB_STEP_SUMMARY (not on a GitHub runner?): job summary skipped.');
    else {
      try {
        await core.summary.addRaw(renderSummary(outcome)).write();
      } catch (error) {
        core.warning(`could not write the job summary: ${message(error)}`);
      }
    }
  }
  if (inputs) await comment(inputs, event, outcome, env);
}

/** Run the Action. Never throws: every failure becomes a failed check with a message. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const outcome: ActionOutcome = { conclusion: 'error', toolVersion: version(), manifestChanges: [], notes: [] };
  const checkout: Checkout = { top: env.GITHUB_WORKSPACE || process.cwd(), prefix: '' };
  let inputs: ActionInputs | undefined;
  let event: RunEvent | undefined;
  try {
    inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    // Read once: no later child process or scan worker inherits the token or the runner's own
    // (src/git.ts drops them from git's environment too). Nothing here uploads or asks for OIDC.
    for (const name of ['INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']) delete process.env[name];
    await check(inputs, env, outcome, checkout, (value) => (event = value));
  } catch (error) {
    fail(error, outcome, checkout, inputs);
  } finally {
    try {
      await finish(inputs, event, outcome, env);
    } catch (error) {
      core.setFailed(`disclosed: internal error while reporting: ${message(error)}`);
    }
  }
}

// Run when the runner starts dist/index.js; not when a test imports this module. fileURLToPath,
// not URL.pathname: on Windows runners the latter is `/C:/…` and the Action would silently not run.
const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  tuneCompilerForScans();
  void runAction();
}
