import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, actionBuilt, checkoutLikeActions, commit, git, openPullRequest, originRepo, pullRequestPayload, recordedGitCalls, recordingGit, runAction, scratchDir, startStubApi } from './harness.js';
import type { StubApi } from './harness.js';

// Issue 13, attacked as a pull request would attack the gate: the committed dist/index.js, run as
// the runner runs it, on a PR built from a local bare origin. Rebuild with `npm run build` first.

const MANIFEST = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n';
const BASE_FILES = {
  'subprocessors.yml': MANIFEST,
  'src/analytics.ts': "import posthog from 'posthog-js';\nposthog.init('phc_shop');\n",
  'README.md': '# Shop\n',
};
const { 'subprocessors.yml': _manifest, ...WITHOUT_MANIFEST } = BASE_FILES;
const HOTJAR = '<script>\n  (function(h){ h._hjSettings={hjid:3141592,hjsv:6}; })(window);\n</script>\n';

let scratch: string;
let api: StubApi;
let counter = 0;

beforeAll(async () => {
  if (!actionBuilt()) throw new Error(`${ACTION} is missing: run \`npm run build\` first`);
  scratch = scratchDir('disclosed-gate-');
  api = await startStubApi();
});
afterAll(async () => {
  await api?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

function caseDir(): string {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir);
  return dir;
}

/**
 * A folder laid out as a bare repository whose config runs `touch MARKER` through every hook git
 * offers a config: fsmonitor (with a work tree, so ls-files/diff-files query it), the upload-pack
 * a fetch from `origin` starts, and an ssh command.
 */
function plantedRepository(folder: string, marker: string): Record<string, string> {
  const touch = `touch ${marker}; false`;
  return {
    [`${folder}/HEAD`]: 'ref: refs/heads/main\n',
    [`${folder}/objects/info/.keep`]: '',
    [`${folder}/refs/heads/.keep`]: '',
    [`${folder}/config`]: [
      '[core]',
      '\trepositoryformatversion = 0',
      '\tbare = false',
      '\tworktree = .',
      `\tfsmonitor = "${touch}"`,
      `\tsshCommand = "${touch}"`,
      '[remote "origin"]',
      '\turl = ../..',
      `\tuploadpack = "${touch}"`,
      '\tfetch = +refs/heads/*:refs/remotes/origin/*',
      '',
    ].join('\n'),
  };
}

describe('item 1: git runs on the workspace repository only, hardened', () => {
  it('path: packages/web planted as a bare repository with command-running config is refused, and none of its commands run', async () => {
    const dir = caseDir();
    const marker = join(dir, 'PWNED');
    const origin = originRepo(dir, { ...BASE_FILES, 'packages/web/index.html': '<p>shop</p>\n' });
    const pr = openPullRequest(origin.path, plantedRepository('packages/web', marker));
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs: { path: 'packages/web' } });

    expect(existsSync(marker)).toBe(false);
    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('error');
    expect(run.stdout).toContain('::error::disclosed: input `path` "packages/web" is inside packages/web, which is laid out as a git repository (HEAD, objects/, refs/)');
  });

  it('a planted repository below path is read as plain files: its tracker is found, its config never runs', async () => {
    const dir = caseDir();
    const marker = join(dir, 'PWNED');
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { ...plantedRepository('packages/web', marker), 'packages/web/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs: { path: 'packages' } });

    expect(existsSync(marker)).toBe(false);
    expect(run.code).toBe(1);
    const located = run.annotations.filter((annotation) => annotation.level === 'error' && annotation.properties.file);
    expect(located.map((annotation) => annotation.properties.file)).toEqual(['packages/web/index.html']);
  });

  it('every git process names the repository, carries the hardening, and never sees the token', async () => {
    const dir = caseDir();
    const log = join(dir, 'git-calls.log');
    const bin = recordingGit(dir, log);
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    api.comments.length = 0;
    const run = await runAction({
      workspace: work,
      eventName: 'pull_request',
      payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }),
      inputs: { comment: 'always', token: 'ghs_never_in_git_env' },
      apiUrl: api.url,
      env: { PATH: `${bin}:${process.env.PATH}`, ACTIONS_RUNTIME_TOKEN: 'runtime_never_in_git_env', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc_never_in_git_env', GITHUB_TOKEN: 'ghs_env_never_in_git_env' },
    });

    expect(run.code).toBe(1);
    expect(api.comments).toHaveLength(1);
    const calls = recordedGitCalls(log);
    // rev-parse, fetch, merge-base, ls-files, diff-files, diff-tree, diff-index, ls-tree, cat-file...
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.some((call) => call.args.includes('fetch'))).toBe(true);
    for (const call of calls) {
      // git's own children (upload-pack of the local origin) inherit the parent's options.
      if (call.args[0] === 'upload-pack') continue;
      expect(call.args[0], call.args.join(' ')).toBe(`--git-dir=${join(work, '.git')}`);
      expect(call.args[1]).toBe(`--work-tree=${work}`);
      for (const setting of ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'safe.bareRepository=explicit']) expect(call.args).toContain(setting);
      expect(call.env).not.toMatch(/never_in_git_env/);
      expect(call.env).not.toMatch(/^INPUT_/m);
    }
  });

  it('a path that leads out of the workspace through a link is refused', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'README.md': 'x\n' });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(work, 'elsewhere'));
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs: { path: 'elsewhere' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::disclosed: input `path` must be a folder of the checkout, but "elsewhere" leads out of the workspace through a link');
  });
});

describe('item 6: policy-from: base fails closed and reads the base branch tip', () => {
  it('a base manifest that is a symbolic link fails the check instead of falling back to the PR manifest', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, { ...WITHOUT_MANIFEST, 'policy/manifest.yml': MANIFEST });
    // The base's subprocessors.yml is a link; the PR replaces it with a file that declares Hotjar.
    symlinkSync('policy/manifest.yml', join(origin.path, 'subprocessors.yml'));
    const baseSha = commit(origin.path, 'link the manifest', {});
    git(origin.path, 'checkout', '-q', '-b', 'feature');
    git(origin.path, 'rm', '-q', 'subprocessors.yml');
    const headSha = commit(origin.path, 'declare hotjar', { 'subprocessors.yml': `${MANIFEST}  - vendor: hotjar\n    purpose: Replay\n`, 'public/index.html': HOTJAR });
    git(origin.path, 'update-ref', 'refs/pull/1/head', headSha);
    git(origin.path, 'checkout', '-q', 'main');
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/head');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha, headSha }), inputs: { 'policy-from': 'base' } });

    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('error');
    expect(run.stdout).toContain('::error::disclosed: policy-from: base: subprocessors.yml at the base is a symbolic link, not a file');
  });

  it('an invalid base manifest fails the check under policy-from: base, and is only a note under head', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, { ...BASE_FILES, 'subprocessors.yml': 'version: 1\nsubprocessors:\n  - vendr: posthog\n' });
    const pr = openPullRequest(origin.path, { 'subprocessors.yml': `${MANIFEST}  - vendor: hotjar\n    purpose: Replay\n`, 'public/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/head');
    const payload = pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha });
    const base = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { 'policy-from': 'base' } });
    expect(base.code).toBe(1);
    expect(base.outputs.conclusion).toBe('error');
    expect(base.stdout).toContain('::error::disclosed: policy-from: base: subprocessors.yml at the base is invalid (3:5: unknown key "vendr"');
    const head = await runAction({ workspace: work, eventName: 'pull_request', payload });
    expect(head.code).toBe(0);
    expect(head.stdout).toContain('The manifest at the base cannot be read: subprocessors.yml at the base is invalid');
  });

  it('a prohibition added on main after the PR branched applies (the manifest is read at the tip, not the merge-base)', async () => {
    const dir = caseDir();
    const declared = `${MANIFEST}  - vendor: hotjar\n    purpose: Replay\n`;
    const origin = originRepo(dir, { ...BASE_FILES, 'subprocessors.yml': declared });
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR });
    git(origin.path, 'checkout', '-q', 'main');
    commit(origin.path, 'prohibit hotjar', { 'subprocessors.yml': `${MANIFEST}prohibited:\n  - vendor: hotjar\n    reason: Session replay is not allowed\n` });
    // pull_request_target: the PR head checked out as data, in a subfolder of the base checkout.
    const workspace = checkoutLikeActions(dir, origin.url, 'refs/heads/main', { name: 'workspace' });
    checkoutLikeActions(workspace, origin.url, 'refs/pull/1/head', { name: 'pr' });
    const run = await runAction({ workspace, eventName: 'pull_request_target', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha, fork: true }), inputs: { path: 'pr', 'policy-from': 'base' } });

    expect(run.code).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === 'error' && annotation.properties.file);
    expect(errors.map((annotation) => annotation.properties.title)).toContain('disclosed: prohibited-vendor (hotjar)');
    expect(run.stdout).toMatch(/policy-from: base: judging this change by subprocessors.yml as it is at the tip of the base branch/);
  });
});

describe('item 10: the sticky comment is only ever the bot\u2019s own', () => {
  it('a PR author comment carrying the marker is never edited; the bot writes its own', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    api.comments.length = 0;
    api.calls.length = 0;
    const planted = '<!-- disclosed:sticky-comment path=. -->\nLooks good to me, no drift here.';
    api.comments.push({ id: 7, body: planted, user: { login: 'dev', type: 'User' } });
    const run = await runAction({
      workspace: work,
      eventName: 'pull_request',
      payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }),
      inputs: { comment: 'always', token: 'ghs_sticky' },
      apiUrl: api.url,
    });

    expect(run.code).toBe(1);
    expect(api.comments.find((comment) => comment.id === 7)?.body).toBe(planted);
    expect(api.calls.some((call) => call.method === 'PATCH')).toBe(false);
    const ours = api.comments.filter((comment) => comment.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('public/index.html');
  });

  it('with a user token, the comment of that user is found again through GET /user', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    api.comments.length = 0;
    api.login = 'privacy-bot';
    try {
      const options = { workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs: { comment: 'always', token: 'ghp_user' }, apiUrl: api.url };
      await runAction(options);
      const again = await runAction(options);
      expect(api.comments).toHaveLength(1);
      expect(again.stdout).toContain(`PR comment: comment ${api.comments[0]!.id} is up to date`);
    } finally {
      api.login = undefined;
    }
  });
});

describe('item 12 and 14: which files are the policy', () => {
  it('a new subprocessors.yaml beside the protected .github/subprocessors.yml is an error naming both', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, { ...WITHOUT_MANIFEST, '.github/subprocessors.yml': MANIFEST });
    const pr = openPullRequest(origin.path, { 'subprocessors.yaml': `${MANIFEST}  - vendor: hotjar\n    purpose: Replay\n`, 'public/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });
    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('error');
    expect(run.stdout).toContain('::error::disclosed: more than one policy manifest: subprocessors.yaml, .github/subprocessors.yml.');
  });

  it('moving the manifest to another candidate name is a policy change for review', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, { ...WITHOUT_MANIFEST, '.github/subprocessors.yml': MANIFEST });
    const pr = openPullRequest(origin.path, { 'subprocessors.yml': MANIFEST }, { deleted: ['.github/subprocessors.yml'] });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });
    expect(run.code).toBe(0);
    const notice = run.annotations.find((annotation) => annotation.level === 'notice' && annotation.message.includes('moves the policy manifest'));
    expect(notice?.message).toContain('This change moves the policy manifest from .github/subprocessors.yml to subprocessors.yml.');
    expect(run.summary).toContain('moves the policy manifest from .github/subprocessors.yml to subprocessors.yml');
  });

  it('with path: packages/web, a manifest the PR adds there shadows the root one: a move under head, refused under base; removing one is a move too', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, { ...BASE_FILES, 'packages/web/src/a.ts': "import posthog from 'posthog-js';\nposthog.init('phc_web');\n" });
    const pr = openPullRequest(origin.path, { 'packages/web/subprocessors.yml': `${MANIFEST}  - vendor: hotjar\n    purpose: Replay\n`, 'packages/web/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const payload = pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha });
    const head = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { path: 'packages/web' } });
    expect(head.code).toBe(0);
    expect(head.summary).toContain('This change moves the policy manifest from subprocessors.yml to packages/web/subprocessors.yml.');
    expect(head.summary).toContain('This change newly declares hotjar as a subprocessor (Replay).');
    expect(head.summary).not.toContain('adds the policy manifest');
    const base = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { path: 'packages/web', 'policy-from': 'base' } });
    expect(base.code).toBe(1);
    expect(base.outputs.conclusion).toBe('error');
    expect(base.stdout).toContain('policy-from: base: this change moves the manifest that governs `path` "packages/web" from the repository root to packages/web/');

    // The other way: the base governs packages/web with its own manifest, and the PR deletes it.
    const back = caseDir();
    const strict = `${MANIFEST}prohibited:\n  - vendor: hotjar\n    reason: No session replay on the shop\n`;
    const second = originRepo(back, { ...BASE_FILES, 'subprocessors.yml': `${MANIFEST}  - vendor: hotjar\n    purpose: Replay\n`, 'packages/web/subprocessors.yml': strict, 'packages/web/src/a.ts': "import posthog from 'posthog-js';\nposthog.init('phc_web');\n" });
    const removal = openPullRequest(second.path, { 'packages/web/index.html': HOTJAR }, { deleted: ['packages/web/subprocessors.yml'] });
    const checkout = checkoutLikeActions(back, second.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: checkout, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: second.baseSha, headSha: removal.headSha }), inputs: { path: 'packages/web' } });
    expect(run.summary).toContain('This change moves the policy manifest from packages/web/subprocessors.yml to subprocessors.yml.');
    expect(run.summary).toContain('lifts the prohibition of vendor hotjar');
  });

  it('settings.rules-dir: public is refused, since its files would no longer be scanned', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'subprocessors.yml': `${MANIFEST}settings:\n  rules-dir: public\n`, 'public/index.html': HOTJAR });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });
    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('error');
    expect(run.stdout).toContain('::error::disclosed: settings.rules-dir "public" must hold only vendor rule files (*.yml), but it also holds index.html.');
  });
});
