import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

// What the runner does, done locally: a temporary "origin" repository with a base branch and a
// PR branch, a checkout of it, an event payload, the GITHUB_* files, and the committed
// dist/index.js run as a child process with INPUT_* variables. A stand-in for the GitHub REST API
// on 127.0.0.1 records comment calls and can answer 403 like a fork's read-only token.

export const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'index.js');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, HOME: cwd }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Write files and commit them on the current branch; returns the commit id. */
export function commit(root: string, message: string, files: Record<string, string>): string {
  writeFiles(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

export function scratchDir(prefix = 'disclosed-action-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** An "origin" repository on branch main. */
export function originRepo(dir: string, files: Record<string, string>): { path: string; url: string; baseSha: string } {
  const path = join(dir, 'origin');
  mkdirSync(path);
  git(path, 'init', '-q', '-b', 'main');
  const baseSha = commit(path, 'base', files);
  return { path, url: `file://${path}`, baseSha };
}

/** Branch `feature` off main with `files` committed, and GitHub's refs/pull/1/head and refs/pull/1/merge. */
export function openPullRequest(origin: string, files: Record<string, string>, options: { deleted?: string[] } = {}): { headSha: string; mergeSha: string } {
  git(origin, 'checkout', '-q', '-b', 'feature', 'main');
  writeFiles(origin, files);
  for (const path of options.deleted ?? []) git(origin, 'rm', '-q', path);
  const headSha = commit(origin, 'pull request', {});
  git(origin, 'update-ref', 'refs/pull/1/head', headSha);
  git(origin, 'checkout', '-q', 'main');
  const mergeSha = updateMergeRef(origin);
  return { headSha, mergeSha };
}

/** GitHub's test merge of the PR head into the current main, as refs/pull/1/merge. */
export function updateMergeRef(origin: string): string {
  git(origin, 'checkout', '-q', '--detach', 'main');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'refs/pull/1/head');
  const mergeSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/1/merge', mergeSha);
  git(origin, 'checkout', '-q', 'main');
  return mergeSha;
}

/**
 * What actions/checkout does for a pull_request event: init, add origin, fetch the merge commit
 * by id (depth 1 unless fetch-depth says otherwise) and check it out detached.
 */
export function checkoutLikeActions(dir: string, originUrl: string, ref: string, options: { depth?: number; name?: string } = {}): string {
  const work = join(dir, options.name ?? 'work');
  mkdirSync(work, { recursive: true });
  git(work, 'init', '-q');
  git(work, 'remote', 'add', 'origin', originUrl);
  const depth = options.depth ?? 1;
  git(work, 'fetch', '-q', '--no-tags', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', `+${ref}:refs/remotes/checkout/head`);
  git(work, 'checkout', '-q', '--detach', 'refs/remotes/checkout/head');
  return work;
}

export interface Payloads {
  origin: { baseSha: string; headSha: string; mergeSha?: string };
  fork?: boolean;
}

/** A pull_request (or pull_request_target) payload with the fields GitHub sends that we read. */
export function pullRequestPayload(options: { baseSha: string; headSha: string; fork?: boolean; number?: number }): object {
  const number = options.number ?? 1;
  const base = { full_name: 'acme/shop', fork: false, owner: { login: 'acme' }, name: 'shop' };
  const head = options.fork ? { full_name: 'outsider/shop', fork: true, owner: { login: 'outsider' }, name: 'shop' } : base;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add analytics',
      user: { login: options.fork ? 'outsider' : 'dev' },
      base: { ref: 'main', sha: options.baseSha, repo: base, label: 'acme:main' },
      head: { ref: 'feature', sha: options.headSha, repo: head, label: `${options.fork ? 'outsider' : 'acme'}:feature` },
    },
    repository: base,
    sender: { login: options.fork ? 'outsider' : 'dev' },
  };
}

export function mergeGroupPayload(options: { baseSha: string; headSha: string }): object {
  return {
    action: 'checks_requested',
    merge_group: { head_sha: options.headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1-abc', base_sha: options.baseSha, base_ref: 'refs/heads/main', head_commit: { id: options.headSha, message: 'Merge pull request #1' } },
    repository: { full_name: 'acme/shop' },
  };
}

export function pushPayload(options: { before: string; after: string }): object {
  return { ref: 'refs/heads/main', before: options.before, after: options.after, repository: { full_name: 'acme/shop', default_branch: 'main' }, commits: [] };
}

export interface Command {
  level: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed: annotations (error, warning, notice) and others. */
  commands: Command[];
  annotations: Command[];
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/**
 * Parse `::name key=value,key=value::message` lines (actions/toolkit's command format), skipping
 * what stands between `::stop-commands::TOKEN` and `::TOKEN::` as the runner does.
 */
export function parseCommands(stdout: string): Command[] {
  const commands: Command[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(?<token>.+)$/.exec(line);
    if (stop?.groups) {
      stopped = stop.groups.token!;
      continue;
    }
    const match = /^::(?<level>[a-z-]+)(?: (?<props>[^:]*(?::(?!:)[^:]*)*))?::(?<message>.*)$/.exec(line);
    if (!match?.groups) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match.groups.props ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ level: match.groups.level!, properties, message: unescapeData(match.groups.message!) });
  }
  return commands;
}

/** Parse the GITHUB_OUTPUT file (`name<<delimiter` heredocs). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^(?<name>[^<]+)<<(?<delimiter>.+)$/.exec(lines[i]!);
    if (!match?.groups) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match.groups.delimiter; i++) value.push(lines[i]!);
    outputs[match.groups.name!] = value.join('\n');
  }
  return outputs;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: object;
  inputs?: Record<string, string>;
  apiUrl?: string;
  env?: Record<string, string>;
  action?: string;
}

/** Run dist/index.js as the runner would: `node dist/index.js` with INPUT_* and GITHUB_* set. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const files = scratchDir('disclosed-runner-');
  const eventPath = join(files, 'event.json');
  const outputPath = join(files, 'output');
  const summaryPath = join(files, 'summary.md');
  const runnerTemp = join(files, 'temp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  // A clean environment: nothing from a GitHub runner the tests might themselves run on.
  const base: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('GITHUB_') || key.startsWith('INPUT_') || key.startsWith('RUNNER_') || key === 'CI') continue;
    base[key] = value;
  }
  const env: Record<string, string> = {
    ...base,
    ...GIT_ENV,
    HOME: files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  // The runner's name mangling: upper case, spaces to underscores, hyphens kept (INPUT_FAIL-ON).
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [options.action ?? ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const commands = parseCommands(stdout);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands,
    annotations: commands.filter((command) => command.level === 'error' || command.level === 'warning' || command.level === 'notice'),
  };
}

export interface RecordedCall {
  method: string;
  url: string;
  authorization?: string;
  body?: { body?: string; annotations?: unknown[]; output?: { annotations?: unknown[] } };
}

/** A check run as the stand-in API holds it: every annotation the create and update calls added. */
export interface StubCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  title?: string;
  annotations: { path: string; start_line: number; annotation_level: string; title: string; message: string }[];
}

export interface StubApi {
  url: string;
  calls: RecordedCall[];
  comments: { id: number; body: string; user: { login: string; type: string } }[];
  /** Answer writes (POST/PATCH/DELETE) with 403, as GitHub does for a fork's read-only token. */
  readOnly: boolean;
  /** Answer the next this many requests with 502, as a GitHub hiccup: Octokit retries them. */
  failNext: number;
  /**
   * The login GET /user answers with (a user's token); undefined answers 403 as GitHub does for
   * the workflow token, whose comments are github-actions[bot]'s.
   */
  login?: string;
  /** Who comments are written as when GET /user answers 403: a GitHub App's installation token writes as `<app>[bot]`. */
  botLogin?: string;
  checkRuns: StubCheckRun[];
  /** Answer POST /check-runs with 403, as GitHub does without `checks: write`. */
  checksForbidden: boolean;
  close(): Promise<void>;
}

/**
 * A stand-in for the issue-comment and check-run endpoints of the GitHub REST API, on 127.0.0.1:
 * list pages carry GitHub's `Link: <…>; rel="next"` header, and a check-run request with more
 * than 50 annotations is refused with 422, as GitHub does.
 */
export async function startStubApi(): Promise<StubApi> {
  const state: Omit<StubApi, 'url' | 'close'> = { calls: [], comments: [], readOnly: false, failNext: 0, checkRuns: [], checksForbidden: false };
  let nextId = 1000;
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const handle = (request: IncomingMessage, response: ServerResponse, raw: string) => {
    // GitHub Enterprise Server serves the API under /api/v3 (GITHUB_API_URL=https://HOST/api/v3).
    const prefix = /^\/api\/v3(?=\/)/.exec(request.url ?? '')?.[0] ?? '';
    const url = new URL((request.url ?? '/').slice(prefix.length), 'http://127.0.0.1');
    const body = raw ? (JSON.parse(raw) as { body?: string; name?: string; head_sha?: string; status?: string; conclusion?: string; output?: { title?: string; annotations?: StubCheckRun['annotations'] } }) : undefined;
    state.calls.push({ method: request.method ?? '', url: prefix + url.pathname + url.search, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}), ...(body ? { body } : {}) });
    if (state.failNext > 0) {
      state.failNext--;
      return send(response, 502, { message: 'Server Error' });
    }
    const list = /^\/repos\/acme\/shop\/issues\/(?<issue>\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/acme\/shop\/issues\/comments\/(?<id>\d+)$/.exec(url.pathname);
    if (url.pathname === '/user' && request.method === 'GET') {
      return state.login === undefined ? send(response, 403, { message: 'Resource not accessible by integration' }) : send(response, 200, { login: state.login, type: 'User' });
    }
    if (request.method !== 'GET' && state.readOnly) return send(response, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    if (list && request.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const size = Number(url.searchParams.get('per_page') ?? '30');
      if (page * size < state.comments.length) {
        const next = new URL(prefix + url.pathname, `http://${request.headers.host}`);
        next.searchParams.set('per_page', String(size));
        next.searchParams.set('page', String(page + 1));
        response.setHeader('link', `<${next.href}>; rel="next"`);
      }
      return send(response, 200, state.comments.slice((page - 1) * size, page * size));
    }
    const runs = /^\/repos\/acme\/shop\/check-runs(?:\/(?<id>\d+))?$/.exec(url.pathname);
    if (runs) {
      const annotations = body?.output?.annotations ?? [];
      if (annotations.length > 50) return send(response, 422, { message: 'Only 50 annotations are allowed per request' });
      if (request.method === 'POST' && !runs.groups?.id) {
        if (state.checksForbidden) return send(response, 403, { message: 'Resource not accessible by integration' });
        const run: StubCheckRun = { id: nextId++, name: body?.name ?? '', head_sha: body?.head_sha ?? '', status: body?.status ?? 'queued', ...(body?.output?.title ? { title: body.output.title } : {}), annotations: [...annotations] };
        state.checkRuns.push(run);
        return send(response, 201, { id: run.id, html_url: `https://github.com/acme/shop/runs/${run.id}` });
      }
      const run = state.checkRuns.find((item) => item.id === Number(runs.groups?.id));
      if (request.method === 'PATCH' && run) {
        run.annotations.push(...annotations);
        if (body?.status) run.status = body.status;
        if (body?.conclusion) run.conclusion = body.conclusion;
        return send(response, 200, { id: run.id });
      }
    }
    if (list && request.method === 'POST') {
      const comment = { id: nextId++, body: body?.body ?? '', user: state.login === undefined ? { login: state.botLogin ?? 'github-actions[bot]', type: 'Bot' } : { login: state.login, type: 'User' } };
      state.comments.push(comment);
      return send(response, 201, comment);
    }
    if (one && request.method === 'PATCH') {
      const comment = state.comments.find((item) => item.id === Number(one.groups!.id));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      comment.body = body?.body ?? '';
      return send(response, 200, comment);
    }
    if (one && request.method === 'DELETE') {
      state.comments = state.comments.filter((item) => item.id !== Number(one.groups!.id));
      response.writeHead(204);
      return response.end();
    }
    return send(response, 404, { message: 'Not Found' });
  };
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => handle(request, response, raw));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api = state as StubApi;
  api.url = `http://127.0.0.1:${port}`;
  // Idle keep-alive sockets would hold close() open until they time out.
  api.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return api;
}

/**
 * A `git` first on PATH that logs each call (its arguments, then its environment, NUL-separated)
 * to `log` and runs the real git: what the Action passes to every git process it starts.
 */
export function recordingGit(dir: string, log: string): string {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = join(dir, 'recording-bin');
  mkdirSync(bin, { recursive: true });
  // One file per call: the Action runs git processes at once, and their appends to one log would interleave.
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nout=$(mktemp ${JSON.stringify(`${log}.call.XXXXXX`)})\n{ printf 'CALL'; for a in "$@"; do printf '\\0%s' "$a"; done; printf '\\nENV\\n'; env; printf 'END\\n'; } > "$out"\nexec ${JSON.stringify(real)} "$@"\n`, { mode: 0o755 });
  return bin;
}

/** The calls recordingGit logged: each one's arguments and environment. */
export function recordedGitCalls(log: string): { args: string[]; env: string }[] {
  const prefix = `${basename(log)}.call.`;
  if (!existsSync(dirname(log))) return [];
  const files = readdirSync(dirname(log)).filter((name) => name.startsWith(prefix)).map((name) => join(dirname(log), name));
  return files
    .map((file) => readFileSync(file, 'utf8'))
    .join('')
    .split('CALL')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [argv = '', rest = ''] = chunk.split('\nENV\n');
      return { args: argv.split('\0').slice(1), env: rest.replace(/END\n$/, '') };
    });
}

export function actionBuilt(): boolean {
  return existsSync(ACTION);
}
