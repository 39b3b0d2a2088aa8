import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION,
  actionBuilt,
  checkoutLikeActions,
  commit,
  git,
  mergeGroupPayload,
  openPullRequest,
  originRepo,
  pullRequestPayload,
  pushPayload,
  runAction,
  scratchDir,
  startStubApi,
  updateMergeRef,
} from './harness.js';
import type { StubApi } from './harness.js';

// End-to-end: the committed dist/index.js, run as the runner runs it, against real git
// repositories and a stand-in REST API. Rebuild with `npm run build` after changing src/.

const MANIFEST = `version: 1
subprocessors:
  - vendor: posthog
    purpose: Product analytics
`;

const BASE_FILES = {
  'subprocessors.yml': MANIFEST,
  'src/analytics.ts': `import posthog from 'posthog-js';\n\nexport function start(): void {\n  posthog.init('phc_shop', { api_host: 'https://eu.i.posthog.com' });\n}\n`,
  'src/app.ts': `export const title = 'Shop';\n`,
  'README.md': '# Shop\n',
};

const HOTJAR_PAGE = `<!doctype html>
<html>
  <head>
    <script>
      (function(h){ h._hjSettings={hjid:3141592,hjsv:6}; })(window);
    </script>
  </head>
</html>
`;

let scratch: string;
let api: StubApi;

beforeAll(async () => {
  if (!actionBuilt()) throw new Error(`${ACTION} is missing: run \`npm run build\` first`);
  scratch = scratchDir();
  api = await startStubApi();
});
// Removing nineteen repositories took 13.6 s on a busy machine: more than the default 10 s.
afterAll(async () => {
  await api?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

let counter = 0;
function caseDir(): string {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir);
  return dir;
}

/** 40 pre-existing undeclared Segment calls on main, and a PR adding 20 Mixpanel ones: 60 findings. */
function sixtyFindings() {
  const dir = caseDir();
  const old: Record<string, string> = {};
  for (let i = 0; i < 40; i++) old[`legacy/page-${String(i).padStart(2, '0')}.js`] = `analytics.load('abcdefghij${String(i).padStart(2, '0')}');\n`;
  const origin = originRepo(dir, { ...BASE_FILES, ...old });
  const added: Record<string, string> = {};
  for (let i = 0; i < 20; i++) added[`src/feature-${String(i).padStart(2, '0')}.ts`] = `// feature ${i}\nmixpanel.init('token${i}');\n`;
  const pr = openPullRequest(origin.path, added);
  const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
  return { work, payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), headSha: pr.headSha };
}

function annotationsOf(run: Awaited<ReturnType<typeof runAction>>, level?: string) {
  return run.annotations.filter((annotation) => level === undefined || annotation.level === level);
}

describe('the Action on pull_request (diff mode)', () => {
  it('fails a PR that adds an undeclared tracker, with an error annotation on its line', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR_PAGE });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });

    expect(run.code).toBe(1);
    const errors = annotationsOf(run, 'error').filter((annotation) => annotation.properties.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toEqual({ title: 'disclosed: undeclared-vendor (hotjar)', file: 'public/index.html', line: '5', col: '23' });
    expect(errors[0]!.message).toContain('Hotjar is used here');
    // The failure message (setFailed) says what failed and where to look.
    expect(run.stdout).toContain('::error::disclosed: 1 new finding at or above fail-on: error');
    expect(run.outputs).toMatchObject({ conclusion: 'failure', 'findings-count': '1', 'new-findings-count': '1' });
    const findings = JSON.parse(run.outputs.findings!);
    expect(findings).toMatchObject({ total: 1, truncated: false, findings: [{ rule: 'undeclared-vendor', vendor: 'hotjar', new: true, location: { path: 'public/index.html', line: 5 } }] });
    expect(run.summary).toContain('## ❌ disclosed: this change adds 1 finding at or above fail-on: error');
    expect(run.summary).toContain('### New findings (1)');
    expect(run.summary).toContain('**What to do**');
    expect(readFileSync(run.outputs['report-markdown']!, 'utf8')).toContain('### New findings (1)');
  });

  it('passes a PR that adds a tracker and declares it; the summary and a notice list the new declaration; the sticky comment is updated in place', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const manifest = `${MANIFEST}  - vendor: hotjar\n    purpose: Session replay on the checkout page\n`;
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR_PAGE, 'subprocessors.yml': manifest });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    api.comments.length = 0;
    api.calls.length = 0;
    const options = {
      workspace: work,
      eventName: 'pull_request',
      payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }),
      inputs: { comment: 'always', token: 'ghs_testtoken_declared' },
      apiUrl: api.url,
    };
    const run = await runAction(options);

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'new-findings-count': '0' });
    expect(annotationsOf(run, 'error')).toEqual([]);
    expect(run.summary).toContain('## ✅ disclosed: no new findings; 1 policy change for privacy review below');
    expect(run.summary).toContain('### Policy changes for privacy review (1)');
    expect(run.summary).toContain('`subprocessors.yml:5` This change newly declares hotjar as a subprocessor (Session replay on the checkout page).');
    const notice = annotationsOf(run, 'notice').find((annotation) => annotation.message.includes('newly declares hotjar'));
    expect(notice?.properties).toMatchObject({ file: 'subprocessors.yml', line: '5', title: 'disclosed: policy change for privacy review' });

    // comment: always → one comment with the hidden marker, then edited in place on the next run.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('<!-- disclosed:sticky-comment path=. -->');
    expect(api.comments[0]!.body).toContain('newly declares hotjar');
    // Octokit's scheme for a non-JWT token (GitHub accepts `token` and `Bearer` alike).
    expect(api.calls.find((call) => call.method === 'POST')?.authorization).toBe('token ghs_testtoken_declared');
    const id = api.comments[0]!.id;
    const again = await runAction(options);
    expect(again.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.id).toBe(id);
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(again.stdout).toContain(`PR comment: comment ${id} is up to date`);
    const logs = (run.stdout + run.stderr + again.stdout + again.stderr).replaceAll('::add-mask::ghs_testtoken_declared', '');
    expect(logs).not.toContain('ghs_testtoken_declared');
  });

  it('passes a PR touching unrelated files in a repository with old drift, listing the drift as pre-existing', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, { ...BASE_FILES, 'public/index.html': HOTJAR_PAGE });
    const pr = openPullRequest(origin.path, { 'README.md': '# Shop\n\nNow with a better README.\n' });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'findings-count': '1', 'new-findings-count': '0' });
    expect(annotationsOf(run, 'error')).toEqual([]);
    const notices = annotationsOf(run, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.properties).toMatchObject({ file: 'public/index.html', line: '5', title: 'disclosed: undeclared-vendor (hotjar), pre-existing' });
    expect(notices[0]!.message).toMatch(/^Pre-existing, not added by this change: Hotjar is used here/);
    expect(run.summary).toContain('## ✅ disclosed: this change adds no drift (1 pre-existing finding below)');
    expect(run.summary).toContain('### Pre-existing drift (1): already at the base, not added by this change');
    expect(run.summary).not.toContain('### New findings');
  });

  it('diffs against the current tip of the base branch, not the frozen pull_request.base.sha', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'README.md': '# Shop\n\nDocs only.\n' });
    // After the PR was opened, main gained an undeclared tracker; GitHub re-creates the test merge.
    git(origin.path, 'checkout', '-q', 'main');
    commit(origin.path, 'add mixpanel on main', { 'src/metrics.ts': "mixpanel.init('0123456789abcdef');\n" });
    updateMergeRef(origin.path);
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });

    expect(run.code).toBe(0);
    expect(run.outputs['new-findings-count']).toBe('0');
    expect(run.summary).toContain('Pre-existing drift (1)');
    expect(run.stdout).toContain(`The base branch moved since the pull request was opened (payload base.sha ${origin.baseSha.slice(0, 12)})`);
  });

  it('a fork PR with a read-only token and comment: always passes with a warning, and never logs the token', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'src/app.ts': "export const title = 'Shop 2';\n" });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    api.comments.length = 0;
    api.calls.length = 0;
    api.readOnly = true;
    try {
      const run = await runAction({
        workspace: work,
        eventName: 'pull_request',
        payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha, fork: true }),
        inputs: { comment: 'always', token: 'ghs_readonly_fork_token' },
        apiUrl: api.url,
      });
      expect(run.code).toBe(0);
      expect(run.outputs.conclusion).toBe('success');
      const warnings = annotationsOf(run, 'warning');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toContain('could not write the pull-request comment: GitHub answered 403 (Resource not accessible by integration)');
      expect(warnings[0]!.message).toContain('comes from a fork');
      // The comments, GET /user (who the token writes as), then the write GitHub refuses.
      expect(api.calls.map((call) => `${call.method} ${call.url.replace(/\?.*/, '')}`)).toEqual(['GET /repos/acme/shop/issues/1/comments', 'GET /user', 'POST /repos/acme/shop/issues/1/comments']);
      expect(api.calls[2]!.authorization).toBe('token ghs_readonly_fork_token');
      expect(run.stdout).toContain('::add-mask::ghs_readonly_fork_token'); // the runner masks it from then on
      expect(run.stdout.replace('::add-mask::ghs_readonly_fork_token', '') + run.stderr + run.summary).not.toContain('ghs_readonly_fork_token');
    } finally {
      api.readOnly = false;
    }
  });

  it('on-change: comments while there is drift, and marks the comment resolved once it is gone', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR_PAGE });
    const first = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge', { name: 'first' });
    api.comments.length = 0;
    api.calls.length = 0;
    const inputs = { comment: 'on-change', token: 'ghs_on_change' };
    const run = await runAction({ workspace: first, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('## ❌ disclosed: this change adds 1 finding');
    expect(api.comments[0]!.body).toContain('`public/index.html:5`');

    // The author removes the tracker: a new push to the PR branch.
    git(origin.path, 'checkout', '-q', 'feature');
    const fixed = commit(origin.path, 'remove hotjar', { 'public/index.html': '<!doctype html>\n<html></html>\n' });
    git(origin.path, 'update-ref', 'refs/pull/1/head', fixed);
    git(origin.path, 'checkout', '-q', 'main');
    updateMergeRef(origin.path);
    const second = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge', { name: 'second' });
    const again = await runAction({ workspace: second, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: fixed }), inputs, apiUrl: api.url });
    expect(again.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('## ✅ disclosed: resolved');
    expect(api.comments[0]!.body).toContain('<!-- disclosed:sticky-comment path=. -->');
  });

  it('on a shallow clone (git clone --depth 1), fetches the base branch and deepens history until it meets HEAD', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    // A long-lived PR branch: 60 commits, more than the first deepening step fetches.
    git(origin.path, 'checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 59; i++) commit(origin.path, `work ${i}`, { 'notes.txt': `step ${i}\n` });
    const head = commit(origin.path, 'add hotjar', { 'public/index.html': HOTJAR_PAGE });
    git(origin.path, 'checkout', '-q', 'main');
    commit(origin.path, 'main moves on', { 'CHANGELOG.md': '# Changes\n' });
    const work = join(dir, 'shallow');
    git(dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', '--single-branch', origin.url, work);
    expect(git(work, 'rev-parse', '--is-shallow-repository')).toBe('true');

    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: head }) });
    expect(run.stdout).toContain('The checkout is shallow: fetching origin/main and deepening the history until it meets HEAD');
    expect(run.stdout).toContain('No common commit yet; fetching 250 commits of history.');
    expect(run.stdout).toContain(`Diff base: merge-base ${origin.baseSha.slice(0, 12)} of origin/main`);
    expect(run.code).toBe(1);
    expect(annotationsOf(run, 'error').filter((annotation) => annotation.properties.file).map((annotation) => annotation.properties.file)).toEqual(['public/index.html']);
    expect(run.summary).toContain('The checkout is shallow');
    expect(Number(git(work, 'rev-list', '--count', 'HEAD'))).toBeGreaterThan(1);
  });

  it('fails with an actionable message when the base branch cannot be fetched, and still writes the summary', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'README.md': 'x\n' });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs: { 'base-ref': 'no-such-branch' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::disclosed: cannot fetch the base branch "no-such-branch" from origin \(.*\)\. Check that base-ref names an existing branch/);
    expect(run.outputs.conclusion).toBe('error');
    expect(run.summary).toContain('## ❌ disclosed could not run');
  });

  it('a malformed manifest fails the check with the error annotated at its line', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const broken = `version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n  - vendr: hotjar\n    purpose: Session replay\n`;
    const pr = openPullRequest(origin.path, { 'subprocessors.yml': broken });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });

    expect(run.code).toBe(1);
    const located = annotationsOf(run, 'error').filter((annotation) => annotation.properties.file);
    expect(located).toHaveLength(1);
    expect(located[0]!.properties).toMatchObject({ file: 'subprocessors.yml', line: '5', col: '5' });
    expect(located[0]!.message).toContain('unknown key "vendr"');
    expect(located[0]!.message).toContain('did you mean "vendor"?');
    expect(run.stdout).toContain('::error::disclosed: 1 problem in the policy configuration; nothing was scanned. subprocessors.yml:5:5');
    expect(run.outputs.conclusion).toBe('error');
    expect(run.summary).toContain('## ❌ disclosed: the policy configuration is invalid; nothing was scanned');
    expect(run.summary).toContain('`subprocessors.yml:5:5`');
  });

  it('60 findings: at most 50 annotations (10 errors), a closing line, and a summary listing all 60', async () => {
    const { work, payload } = sixtyFindings();
    // Two scan workers (dist/scan-worker.js), as a large repository would get.
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload, env: { DISCLOSED_WORKERS: '2' } });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'findings-count': '60', 'new-findings-count': '20' });
    const located = run.annotations.filter((annotation) => annotation.properties.file);
    const errors = located.filter((annotation) => annotation.level === 'error');
    // 9 finding errors: the failure message of the step is the tenth error annotation.
    expect(errors).toHaveLength(9);
    expect(errors.every((annotation) => annotation.properties.title === 'disclosed: undeclared-vendor (mixpanel)')).toBe(true);
    // Errors come first in the log, then notices.
    const levels = located.map((annotation) => annotation.level);
    expect(levels.indexOf('notice')).toBeGreaterThan(levels.lastIndexOf('error'));
    // Everything the step writes counts toward GitHub's limits, the failure message included.
    expect(run.annotations.length).toBeLessThanOrEqual(50);
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    const closing = run.annotations.find((annotation) => annotation.properties.title === 'disclosed: more in the job summary')!;
    expect(closing.message).toMatch(/^\d+ more annotations are not shown here \(11 errors, \d+ notices\)/);
    expect(run.annotations.at(-1)!.message).toContain('disclosed: 20 new findings at or above fail-on: error');
    // The summary lists all 60.
    expect(run.summary).toContain('### New findings (20)');
    expect(run.summary).toContain('### Pre-existing drift (40)');
    const rows = run.summary.split('\n').filter((line) => /^\| (error|warning|note) \| `/.test(line));
    expect(rows).toHaveLength(60);
  });

  it('policy-from: base judges the PR by the base branch manifest, so widening ignore cannot hide a tracker', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const widened = `${MANIFEST}ignore: ["public/**"]\nrules:\n  declared-not-found: off\n`;
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR_PAGE, 'subprocessors.yml': widened });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const payload = pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha });

    // policy-from: head (the default): the PR's own manifest hides the tracker, but says so.
    const head = await runAction({ workspace: work, eventName: 'pull_request', payload });
    expect(head.code).toBe(0);
    const notices = annotationsOf(head, 'notice').map((annotation) => `${annotation.properties.file}:${annotation.properties.line} ${annotation.message}`);
    expect(notices).toContain('subprocessors.yml:5 This change stops scanning public/** (ignore).');
    expect(notices).toContain('subprocessors.yml:7 This change lowers rules.declared-not-found: warning → off.');

    const base = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { 'policy-from': 'base' } });
    expect(base.code).toBe(1);
    expect(annotationsOf(base, 'error').find((annotation) => annotation.properties.file)?.properties).toMatchObject({ file: 'public/index.html', line: '5' });
    expect(base.summary).toContain('policy: `subprocessors.yml` from the base branch (policy-from: base)');
    expect(base.summary).toContain('_policy-from: base: these changes take effect for this check once merged._');
  });

  it('a PR that removes a declaration the code still needs fails', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'subprocessors.yml': 'version: 1\nsubprocessors: []\n' });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });
    expect(run.code).toBe(1);
    expect(annotationsOf(run, 'error').find((annotation) => annotation.properties.file)?.properties).toMatchObject({ file: 'src/analytics.ts', line: '4', title: 'disclosed: undeclared-vendor (posthog)' });
  });

  it('writes SARIF to sarif-file and names it in the outputs', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR_PAGE });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({
      workspace: work,
      eventName: 'pull_request',
      payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }),
      inputs: { 'sarif-file': 'reports/disclosed.sarif', 'fail-on': 'never', annotations: 'false', summary: 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['sarif-file']).toBe(join(work, 'reports/disclosed.sarif'));
    expect(Object.keys(run.outputs).sort()).toEqual(['conclusion', 'findings', 'findings-count', 'new-findings-count', 'report-markdown', 'sarif-file']);
    const sarif = JSON.parse(readFileSync(join(work, 'reports/disclosed.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string; properties: { new: boolean } }) => [result.ruleId, result.properties.new])).toEqual([['undeclared-vendor', true]]);
    expect(run.annotations.filter((annotation) => annotation.properties.file)).toEqual([]);
    expect(run.summary).toBe('');
    expect(run.outputs.conclusion).toBe('success');
  });
});

describe('the Action on other events', () => {
  it('push: a full scan judges every finding, without fetching a base; repository text cannot issue workflow commands', async () => {
    const dir = caseDir();
    // A folder whose name is a workflow command: printed at the start of a log line by the report.
    const origin = originRepo(dir, { ...BASE_FILES, 'public/index.html': HOTJAR_PAGE, '::warning::injected/page.ts': "mixpanel.init('abc');\n" });
    const work = checkoutLikeActions(dir, origin.url, 'refs/heads/main');
    const run = await runAction({ workspace: work, eventName: 'push', payload: pushPayload({ before: '0'.repeat(40), after: origin.baseSha }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('full scan of the repository root on push');
    expect(run.stdout).not.toContain('Finding the diff base');
    expect(annotationsOf(run, 'error').filter((annotation) => annotation.properties.file).map((annotation) => `${annotation.properties.file}:${annotation.properties.line}`)).toEqual([
      '::warning::injected/page.ts:1',
      'public/index.html:5',
    ]);
    expect(run.stdout).toMatch(/^::warning::injected\/page\.ts$/m); // in the log, but between stop-commands
    expect(annotationsOf(run, 'warning')).toEqual([]);
    expect(run.summary).toContain('## ❌ disclosed: 2 findings at or above fail-on: error');
    expect(run.summary).toContain('**Full scan**');
    expect(run.summary).toContain('### Findings (2)');
  });

  it('merge_group: diff mode against the queue base branch; path scans a subfolder and annotations stay repository-relative', async () => {
    const dir = caseDir();
    const web = Object.fromEntries(Object.entries(BASE_FILES).map(([path, text]) => [`apps/web/${path}`, text]));
    const origin = originRepo(dir, { ...web, 'README.md': '# Monorepo\n' });
    const pr = openPullRequest(origin.path, { 'apps/web/public/index.html': HOTJAR_PAGE });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'merge_group', payload: mergeGroupPayload({ baseSha: origin.baseSha, headSha: pr.mergeSha }), inputs: { path: 'apps/web' } });
    expect(run.stdout).toContain('diff scan of apps/web on merge_group');
    expect(run.code).toBe(1);
    expect(annotationsOf(run, 'error').find((annotation) => annotation.properties.file)?.properties).toMatchObject({ file: 'apps/web/public/index.html', line: '5' });
    expect(run.summary).toContain('policy: `apps/web/subprocessors.yml`');
  });

  it('pull_request_target with the PR head checked out as data in a subfolder (the safe pattern)', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'public/index.html': HOTJAR_PAGE });
    const workspace = checkoutLikeActions(dir, origin.url, 'refs/heads/main', { name: 'workspace' });
    checkoutLikeActions(workspace, origin.url, 'refs/pull/1/head', { name: 'pr' });
    api.comments.length = 0;
    const run = await runAction({
      workspace,
      eventName: 'pull_request_target',
      payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha, fork: true }),
      inputs: { path: 'pr', comment: 'on-failure', token: 'ghs_target_token', 'policy-from': 'base' },
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(annotationsOf(run, 'error').find((annotation) => annotation.properties.file)?.properties).toMatchObject({ file: 'public/index.html', line: '5' });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('<!-- disclosed:sticky-comment path=pr -->');
  });
});

describe('the Action when it cannot run', () => {
  it('an internal error (a broken installation) fails the check and still writes the summary', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const work = checkoutLikeActions(dir, origin.url, 'refs/heads/main');
    // A copy of the Action whose vendor catalog is unreadable: rules/ is a file, catalog.json is not JSON.
    const broken = join(dir, 'broken-action');
    mkdirSync(join(broken, 'dist'), { recursive: true });
    // Every bundle file: the entry imports the shared engine chunk.
    for (const name of readdirSync(join(ACTION, '..')).filter((file) => file.endsWith('.js'))) copyFileSync(join(ACTION, '..', name), join(broken, 'dist', name));
    copyFileSync(join(ACTION, '..', '..', 'package.json'), join(broken, 'package.json'));
    cpSync(join(ACTION, '..', '..', 'schema'), join(broken, 'schema'), { recursive: true });
    writeFileSync(join(broken, 'rules'), 'not a folder\n');
    writeFileSync(join(broken, 'dist', 'catalog.json'), '{ not json');
    chmodSync(join(broken, 'dist', 'index.js'), 0o644);
    const run = await runAction({ workspace: work, eventName: 'push', payload: pushPayload({ before: '0'.repeat(40), after: origin.baseSha }), action: join(broken, 'dist', 'index.js') });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::disclosed: internal error: .+\. This is a bug in disclosed, not in your repository: please report it at https:\/\/github.com\/disclosed\/disclosed\/issues/);
    expect(run.outputs.conclusion).toBe('error');
    expect(run.summary).toContain('## 💥 disclosed could not run (internal error)');
    expect(run.summary).toContain('This is a bug in disclosed');
  });

  it('path pointing at a file fails with an actionable message and still writes the summary', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const work = checkoutLikeActions(dir, origin.url, 'refs/heads/main');
    const run = await runAction({ workspace: work, eventName: 'push', payload: pushPayload({ before: '0'.repeat(40), after: origin.baseSha }), inputs: { path: 'README.md' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::disclosed: input `path` must be a folder of the checkout, but "README.md" is a file');
    expect(run.summary).toContain('## ❌ disclosed could not run');
    expect(run.outputs.conclusion).toBe('error');
  });

  it('an invalid input value fails with the allowed values', async () => {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const work = checkoutLikeActions(dir, origin.url, 'refs/heads/main');
    const run = await runAction({ workspace: work, eventName: 'push', payload: pushPayload({ before: '0'.repeat(40), after: origin.baseSha }), inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::disclosed: input `fail-on` must be one of error, warning, never, not "sometimes"');
    expect(run.summary).toContain('could not run');
  });
});

// Issue 15 item 9: the REST calls go through Octokit (@actions/github) to GITHUB_API_URL; the
// stand-in API pages its lists with Link headers and refuses more than 50 annotations per
// check-run request, as GitHub does.
describe('check-run: true', () => {
  beforeEach(() => {
    api.calls.length = 0;
    api.comments.length = 0;
    api.checkRuns.length = 0;
    api.checksForbidden = false;
  });

  it('publishes all 60 annotations through one check run on the PR head, in requests of at most 50', async () => {
    const { work, payload, headSha } = sixtyFindings();
    // From a copy of the published files only, no node_modules in reach: Octokit is bundled.
    const installed = caseDir();
    for (const part of ['dist', 'schema', 'package.json']) cpSync(join(ACTION, '..', '..', part), join(installed, part), { recursive: true });
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { 'check-run': 'true', token: 'ghs_checks_token' }, apiUrl: api.url, action: join(installed, 'dist', 'index.js') });

    expect(run.code).toBe(1);
    expect(api.checkRuns).toHaveLength(1);
    const checkRun = api.checkRuns[0]!;
    expect(checkRun).toMatchObject({ name: 'disclosed', head_sha: headSha, status: 'completed', conclusion: 'failure' });
    expect(checkRun.annotations).toHaveLength(60);
    expect(checkRun.annotations.filter((annotation) => annotation.annotation_level === 'failure')).toHaveLength(20);
    expect(checkRun.annotations.filter((annotation) => annotation.annotation_level === 'notice')).toHaveLength(40);
    expect(checkRun.annotations[0]).toMatchObject({ path: 'src/feature-00.ts', start_line: 2, title: 'disclosed: undeclared-vendor (mixpanel)' });
    // Create with the first 50, add the other 10, then complete.
    const calls = api.calls.filter((call) => call.url.startsWith('/repos/acme/shop/check-runs'));
    expect(calls.map((call) => `${call.method} ${call.body?.output?.annotations?.length ?? 0}`)).toEqual(['POST 50', 'PATCH 10', 'PATCH 0']);
    expect(calls[0]!.authorization).toMatch(/^(?:token|bearer) ghs_checks_token$/i);
    // No per-finding workflow commands: only the step's failure message.
    expect(run.annotations.filter((annotation) => annotation.properties.file)).toEqual([]);
    expect(run.stdout).toContain('check-run: 60 annotations published in the check run "disclosed"');
  });

  it('without checks: write (403) falls back to workflow-command annotations, with a notice', async () => {
    const { work, payload } = sixtyFindings();
    api.checksForbidden = true;
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { 'check-run': 'true', token: 'ghs_readonly' }, apiUrl: api.url });

    expect(run.code).toBe(1);
    expect(api.checkRuns).toEqual([]);
    const notice = run.annotations.find((annotation) => annotation.message.startsWith('check-run:'));
    expect(notice?.level).toBe('notice');
    expect(notice?.message).toContain('GitHub answered 403): grant `permissions: checks: write`');
    // Today's behaviour: 9 finding errors + the failure message, within 50 in all.
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    expect(run.annotations.length).toBeLessThanOrEqual(50);
    expect(run.annotations.find((annotation) => annotation.properties.title === 'disclosed: more in the job summary')).toBeDefined();
  });
});

describe('the sticky comment through Octokit', () => {
  /** A PR that changes an unrelated file, with the stand-in API's record cleared. */
  function unrelatedChange() {
    const dir = caseDir();
    const origin = originRepo(dir, BASE_FILES);
    const pr = openPullRequest(origin.path, { 'src/app.ts': "export const title = 'Shop 2';\n" });
    api.calls.length = 0;
    api.comments.length = 0;
    return { work: checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge'), payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) };
  }

  it('pages through 120 comments by the Link header to find its own on page 2, and edits it in place', async () => {
    const { work, payload } = unrelatedChange();
    for (let id = 1; id <= 120; id++) api.comments.push({ id, body: `review note ${id}`, user: { login: 'reviewer', type: 'User' } });
    api.comments.push({ id: 121, body: '<!-- disclosed:sticky-comment path=. -->\nan older report', user: { login: 'github-actions[bot]', type: 'Bot' } });

    const run = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { comment: 'always', token: 'ghs_comment_token' }, apiUrl: api.url });

    expect(run.code).toBe(0);
    expect(api.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /repos/acme/shop/issues/1/comments?per_page=100',
      'GET /repos/acme/shop/issues/1/comments?per_page=100&page=2',
      'GET /user',
      'PATCH /repos/acme/shop/issues/comments/121',
    ]);
    expect(api.comments).toHaveLength(121);
    expect(api.comments[120]!.body).toContain('## ✅ disclosed');
    expect(run.stdout).toContain('PR comment: updated comment 121');
  });

  it("with a GitHub App's installation token (GET /user refused, comments by <app>[bot]) the second run edits the first run's comment", async () => {
    api.botLogin = 'privacy-gate[bot]';
    try {
      const first = unrelatedChange();
      // Another bot's comment in the thread is left alone.
      api.comments.push({ id: 7, body: 'an unrelated bot note', user: { login: 'renovate[bot]', type: 'Bot' } });
      const created = await runAction({ workspace: first.work, eventName: 'pull_request', payload: first.payload, inputs: { comment: 'always', token: 'ghs_app_installation' }, apiUrl: api.url });
      expect(created.stdout).toContain('PR comment: created the comment');
      expect(api.comments.map((comment) => comment.user.login)).toEqual(['renovate[bot]', 'privacy-gate[bot]']);
      const ours = api.comments[1]!.id;
      api.calls.length = 0;

      const again = await runAction({ workspace: first.work, eventName: 'pull_request', payload: first.payload, inputs: { comment: 'always', token: 'ghs_app_installation' }, apiUrl: api.url });
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(new RegExp(`PR comment: (?:updated comment|comment) ${ours}`));
      expect(api.comments).toHaveLength(2);
      expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
    } finally {
      delete api.botLogin;
    }
  });

  it('on GitHub Enterprise Server (GITHUB_API_URL ending in /api/v3), retries a 502 and posts the comment there', async () => {
    const { work, payload } = unrelatedChange();
    api.failNext = 1;
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload, inputs: { comment: 'always', token: 'ghs_ghes_token' }, apiUrl: `${api.url}/api/v3` });

    expect(run.code).toBe(0);
    expect(api.failNext).toBe(0);
    expect(api.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/v3/repos/acme/shop/issues/1/comments?per_page=100',
      'GET /api/v3/repos/acme/shop/issues/1/comments?per_page=100',
      'GET /api/v3/user',
      'POST /api/v3/repos/acme/shop/issues/1/comments',
    ]);
    expect(api.comments).toHaveLength(1);
    expect(run.stdout).toContain('PR comment: created the comment');
  });
});
