import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, actionBuilt, checkoutLikeActions, openPullRequest, originRepo, pullRequestPayload, runAction, scratchDir } from './harness.js';

// Issue 15 item 6, in the Action: `path: packages/api` of a monorepo whose manifest is at the
// repository root is judged by that manifest (its paths are root-relative), in diff mode, and
// the annotation names the repository path of the file.

const MANIFEST = `version: 1
subprocessors:
  - vendor: posthog
    purpose: Product analytics
    paths: ["packages/web/**"]
`;

let scratch: string;
beforeAll(() => {
  if (!actionBuilt()) throw new Error(`${ACTION} is missing: run \`npm run build\` first`);
  scratch = scratchDir();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

describe('the Action with path: a subfolder of a monorepo', () => {
  it('finds the root manifest and annotates the repository path of a PR that uses the vendor outside its paths', async () => {
    const origin = originRepo(scratch, {
      'subprocessors.yml': MANIFEST,
      'packages/web/src/analytics.ts': "posthog.init('phc_web');\n",
      'packages/api/src/index.ts': 'export const api = 1;\n',
    });
    const pr = openPullRequest(origin.path, { 'packages/api/src/track.ts': "\nposthog.init('phc_api');\n" });
    const work = checkoutLikeActions(scratch, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), inputs: { path: 'packages/api' } });
    expect(run.stdout).toContain('diff scan of packages/api on pull_request');
    const errors = run.annotations.filter((annotation) => annotation.level === 'error' && annotation.properties.file);
    expect(errors.map((annotation) => [annotation.properties.file, annotation.properties.line, annotation.properties.title])).toEqual([['packages/api/src/track.ts', '2', 'disclosed: out-of-scope (posthog)']]);
    expect(run.summary).toContain('policy: `subprocessors.yml`');
    expect(run.code).toBe(1);
  });
});
