import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, actionBuilt, checkoutLikeActions, openPullRequest, originRepo, pullRequestPayload, runAction, scratchDir } from './harness.js';

// Issue 13, item 4, as the runner runs it: a PR that hides a tracker where the scan does not read
// (a default-ignored vendored copy) gets a skipped-file warning on that file, whether it adds the
// file or modifies one that was there; a copy it leaves alone stays pre-existing. Rebuild dist/
// with `npm run build` after changing src/.

const MANIFEST = 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n';
const SNIPPET = (id: number) =>
  `(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:${id},hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');\n`;

let scratch: string | undefined;
beforeAll(() => {
  if (!actionBuilt()) throw new Error(`${ACTION} is missing: run \`npm run build\` first`);
  scratch = scratchDir();
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('skipped-file in diff mode', () => {
  it('annotates a vendored copy the PR adds or modifies, not one it leaves alone; the summary counts what was not read', async () => {
    const dir = join(scratch!, 'case');
    mkdirSync(dir);
    const origin = originRepo(dir, {
      'subprocessors.yml': MANIFEST,
      'src/app.ts': "export const title = 'Shop';\n",
      'third_party/old/hotjar.js': SNIPPET(1),
      'third_party/changed/hotjar.js': SNIPPET(2),
    });
    const pr = openPullRequest(origin.path, { 'third_party/new/hotjar.js': SNIPPET(3), 'third_party/changed/hotjar.js': `${SNIPPET(2)}// updated\n` });
    const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
    const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }) });

    expect(run.code, run.stderr).toBe(0);
    const warned = run.annotations.filter((annotation) => annotation.level === 'warning' && annotation.properties.title === 'disclosed: skipped-file (hotjar)');
    expect(warned.map((annotation) => annotation.properties.file).sort()).toEqual(['third_party/changed/hotjar.js', 'third_party/new/hotjar.js']);
    expect(warned[0]!.message).toContain('Hotjar');
    const old = run.annotations.filter((annotation) => annotation.properties.file === 'third_party/old/hotjar.js');
    expect(old.every((annotation) => annotation.level === 'notice')).toBe(true);
    expect(run.summary).toContain('3 files not read: 3 ignored');
    const findings = JSON.parse(run.outputs.findings!) as { findings: { rule: string; new: boolean; location: { path: string } }[] };
    expect(findings.findings.filter((finding) => finding.rule === 'skipped-file').map((finding) => [finding.location.path, finding.new])).toEqual([
      ['third_party/changed/hotjar.js', true],
      ['third_party/new/hotjar.js', true],
      ['third_party/old/hotjar.js', false],
    ]);
  });
});
