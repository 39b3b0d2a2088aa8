import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, actionBuilt, checkoutLikeActions, openPullRequest, originRepo, pullRequestPayload, runAction, scratchDir, startStubApi } from './harness.js';
import type { ActionRun, StubApi } from './harness.js';

// Issue 13, diff mode: each attack a pull request author can make on the gate, built the way the
// runner runs the Action (a PR from a local bare origin, GITHUB_*/INPUT_* environment, a REST
// stand-in on 127.0.0.1, dist/index.js). Rebuild with `npm run build` after changing src/.

const MANIFEST = `version: 1
subprocessors:
  - vendor: posthog
    purpose: Product analytics
`;

const BASE_FILES = {
  'subprocessors.yml': MANIFEST,
  'src/analytics.ts': `import posthog from 'posthog-js';\n\nexport function start(): void {\n  posthog.init('phc_shop', { api_host: 'https://eu.i.posthog.com' });\n}\n`,
  'public/index.html': '<!doctype html>\n<html>\n  <head>\n    <title>Shop</title>\n  </head>\n</html>\n',
  'README.md': '# Shop\n',
};

const HOTJAR_SNIPPET = '    <script>\n      (function(h){ h._hjSettings={hjid:3141592,hjsv:6}; })(window);\n    </script>\n';
const withHotjar = (page: string) => page.replace('  </head>', `${HOTJAR_SNIPPET}  </head>`);

let scratch: string;
let api: StubApi;

beforeAll(async () => {
  if (!actionBuilt()) throw new Error(`${ACTION} is missing: run \`npm run build\` first`);
  scratch = scratchDir();
  api = await startStubApi();
});
// Removing a few thousand files of test repositories takes seconds on a busy machine.
afterAll(async () => {
  await api?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

let counter = 0;

/** A repository with `base` on main, a PR adding `changes`, checked out as actions/checkout does. */
async function pullRequest(base: Record<string, string>, changes: Record<string, string>, options: { inputs?: Record<string, string>; deleted?: string[] } = {}): Promise<ActionRun> {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir);
  const origin = originRepo(dir, base);
  const pr = openPullRequest(origin.path, changes, { ...(options.deleted ? { deleted: options.deleted } : {}) });
  const work = checkoutLikeActions(dir, origin.url, 'refs/pull/1/merge');
  const run = await runAction({ workspace: work, eventName: 'pull_request', payload: pullRequestPayload({ baseSha: origin.baseSha, headSha: pr.headSha }), ...(options.inputs ? { inputs: options.inputs } : {}), apiUrl: api.url, ...(process.env.DISCLOSED_ACTION ? { action: process.env.DISCLOSED_ACTION } : {}) });
  return run;
}

const located = (run: ActionRun, level: string) => run.annotations.filter((annotation) => annotation.level === level && annotation.properties.file);

/** Lines of rendered Markdown that start raw HTML: only the few tags the report writes itself. */
function rawHtmlLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\s*</.test(line) && !/^<\/?(?:details|summary|sub)\b/.test(line.trim()) && !line.startsWith('<!-- disclosed:sticky-comment'));
}

describe('privacy-policy: pointed at a code file (item 2)', () => {
  it('the page is still scanned: a Hotjar snippet added to it fails, and the key change is listed for review', async () => {
    const manifest = `version: 1\nprivacy-policy: public/index.html\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n`;
    const run = await pullRequest(BASE_FILES, { 'subprocessors.yml': manifest, 'public/index.html': withHotjar(BASE_FILES['public/index.html']) });

    expect(run.code).toBe(1);
    expect(located(run, 'error').map((annotation) => `${annotation.properties.file} ${annotation.properties.title}`)).toContain('public/index.html disclosed: undeclared-vendor (hotjar)');
    expect(run.summary).toContain('### Policy changes for privacy review');
    expect(run.summary).toContain('This change changes privacy-policy: (none) → public/index.html.');
    const notice = run.annotations.find((annotation) => annotation.level === 'notice' && annotation.message.includes('privacy-policy'));
    expect(notice?.properties).toMatchObject({ file: 'subprocessors.yml', line: '2' });
  });
});

describe('disclosed-ignore comments new in the change (item 5)', () => {
  const ignored = (reason: string) => HOTJAR_SNIPPET.replace('    <script>\n', `    <script>\n      // disclosed-ignore undeclared-vendor -- ${reason}\n`);
  const suppressed = (page: string) => page.replace('  </head>', `${ignored('marketing asked for it')}  </head>`);

  it('policy-from: head: the suppression applies but is listed for review, and the comment counts it as drift', async () => {
    api.comments.length = 0;
    const run = await pullRequest(BASE_FILES, { 'public/index.html': suppressed(BASE_FILES['public/index.html']) }, { inputs: { comment: 'on-change', token: 'ghs_suppression' } });

    expect(run.code).toBe(0);
    expect(run.summary).toContain('## ✅ disclosed: no new findings; 1 policy change for privacy review below');
    expect(run.summary).toContain('- `public/index.html:6` This change adds an inline suppression of undeclared-vendor ("marketing asked for it").');
    const notice = run.annotations.find((annotation) => annotation.level === 'notice' && annotation.message.includes('inline suppression'));
    expect(notice?.properties).toMatchObject({ file: 'public/index.html', line: '6', title: 'disclosed: policy change for privacy review' });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('adds an inline suppression of undeclared-vendor');
  });

  it('policy-from: base: the new suppression does not apply until merged; one already on the base still does', async () => {
    const base = { ...BASE_FILES, 'public/old.html': `<html><head>\n${ignored('approved in PRIV-12')}</head></html>\n` };
    const run = await pullRequest(base, { 'public/index.html': suppressed(BASE_FILES['public/index.html']) }, { inputs: { 'policy-from': 'base' } });

    expect(run.code).toBe(1);
    const errors = located(run, 'error');
    expect(errors.map((annotation) => annotation.properties.file)).toEqual(['public/index.html']);
    expect(errors[0]!.properties.title).toBe('disclosed: undeclared-vendor (hotjar)');
    expect(run.summary).toContain('This change adds an inline suppression of undeclared-vendor');
    expect(run.summary).toContain('_policy-from: base: these changes take effect for this check once merged._');
  });

  // Other instances of the class: no new comment text, but a suppression the change brings about.
  const FULLSTORY = "    <script>window['_fs_org'] = 'o-ABC123'; window['_fs_host'] = 'fullstory.com';</script>\n";
  const approved = '    <!-- disclosed-ignore undeclared-vendor -- approved in PRIV-12 -->\n';
  const page = BASE_FILES['public/index.html'];

  it('an approved ignore moved onto a new vendor\u2019s line: listed under head, not applied under base', async () => {
    const base = { ...BASE_FILES, 'public/index.html': page.replace('  </head>', `${approved}${HOTJAR_SNIPPET}  </head>`) };
    const moved = page.replace('  </head>', `${HOTJAR_SNIPPET}${approved}${FULLSTORY}  </head>`);
    const head = await pullRequest(base, { 'public/index.html': moved });
    expect(head.code).toBe(0);
    expect(head.summary).toContain('This change adds a finding of undeclared-vendor (fullstory) that the disclosed-ignore at public/index.html:8 ("approved in PRIV-12") suppresses.');
    const notice = head.annotations.find((annotation) => annotation.level === 'notice' && annotation.message.includes('(fullstory) that the disclosed-ignore'));
    expect(notice?.properties).toMatchObject({ file: 'public/index.html', line: '9', title: 'disclosed: policy change for privacy review' });

    const judged = await pullRequest(base, { 'public/index.html': moved }, { inputs: { 'policy-from': 'base' } });
    expect(judged.code).toBe(1);
    expect(located(judged, 'error').map((annotation) => annotation.properties.title)).toEqual(['disclosed: undeclared-vendor (fullstory)']);
  });

  it('a line ignore widened to a file ignore (same rule and reason) does not cover a new vendor under base, and is listed under head', async () => {
    const base = { ...BASE_FILES, 'public/index.html': suppressed(page) };
    const widened = `<!-- disclosed-ignore-file undeclared-vendor -- marketing asked for it -->\n${page.replace('  </head>', `${HOTJAR_SNIPPET}${FULLSTORY}  </head>`)}`;
    const head = await pullRequest(base, { 'public/index.html': widened });
    expect(head.code).toBe(0);
    expect(head.summary).toContain('This change adds a finding of undeclared-vendor (fullstory) that the disclosed-ignore at public/index.html:1');
    expect(head.summary).not.toContain('undeclared-vendor (hotjar) that the disclosed-ignore');

    const judged = await pullRequest(base, { 'public/index.html': widened }, { inputs: { 'policy-from': 'base' } });
    expect(judged.code).toBe(1);
    expect(located(judged, 'error').map((annotation) => annotation.properties.title)).toEqual(['disclosed: undeclared-vendor (fullstory)']);
  });

  it('an old path exception that a new vendor falls under is listed for review', async () => {
    const manifest = `${MANIFEST}exceptions:\n  - rule: undeclared-vendor\n    paths: ["public/legacy/**"]\n    reason: legacy pages being removed\n`;
    const base = { ...BASE_FILES, 'subprocessors.yml': manifest, 'public/legacy/a.html': `<html><head>\n${HOTJAR_SNIPPET}</head></html>\n` };
    const run = await pullRequest(base, { 'public/legacy/b.html': `<html><head>\n${FULLSTORY}</head></html>\n` });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('This change adds a finding of undeclared-vendor (fullstory) that the exception at subprocessors.yml:6 ("legacy pages being removed") suppresses.');
    expect(run.summary).not.toContain('(hotjar) that the exception');
  });

  it('moving a suppressed line within its file is not a new suppression', async () => {
    const base = { ...BASE_FILES, 'public/index.html': suppressed(BASE_FILES['public/index.html']) };
    const moved = base['public/index.html'].replace('<title>Shop</title>', '<meta charset="utf-8">\n    <title>Shop</title>');
    const run = await pullRequest(base, { 'public/index.html': moved }, { inputs: { 'policy-from': 'base' } });

    expect(run.code).toBe(0);
    expect(run.summary).not.toContain('Policy changes for privacy review');
  });
});

describe('Markdown injection through file names and manifest text (item 7)', () => {
  it('a file name with a newline and <!-- hides nothing; a purpose cannot mention, link or show an image', async () => {
    api.comments.length = 0;
    const evil = 'src/x\n<!--\n.ts';
    const purpose = '@octocat see [docs](https://evil.example/x) ![t](https://evil.example/p.png) <img src=x> `code` www.evil.example';
    const manifest = `${MANIFEST}  - vendor: hotjar\n    purpose: ${JSON.stringify(purpose)}\n`;
    const run = await pullRequest(BASE_FILES, { [evil]: "mixpanel.init('0123456789abcdef');\n", 'subprocessors.yml': manifest }, { inputs: { comment: 'always', token: 'ghs_injection' } });

    expect(run.code).toBe(1);
    const body = api.comments[0]!.body;
    for (const markdown of [run.summary, body]) {
      expect(markdown).toContain('### New findings (2)');
      expect(markdown).toContain('`src/x␤<!--␤.ts:1`');
      expect(markdown).toContain('### Policy changes for privacy review');
      expect(markdown).toContain('newly declares hotjar');
      expect(rawHtmlLines(markdown)).toEqual([]);
      expect(markdown).not.toMatch(/@octocat/);
      expect(markdown).not.toContain('](https://evil');
      expect(markdown).not.toContain('<img');
      expect(markdown).not.toContain('www.evil');
    }
    expect(body).toContain('@&#8203;octocat');
    expect(body).toContain('\\[docs\\]');
    // The link to the file percent-encodes the newline, so it cannot end the line either.
    expect(run.summary).toContain('/src/x%0A%3C%21--%0A.ts#L1)');
  });
});

describe('the base is judged by its own policy text (item 8)', () => {
  const POLICY = '# Privacy policy\n\nWe use PostHog for product analytics and Hotjar for session replay.\n';
  const base = {
    ...BASE_FILES,
    'subprocessors.yml': `version: 1\nprivacy-policy: docs/privacy.md\nsubprocessors:\n  - vendor: posthog\n    purpose: Product analytics\n  - vendor: hotjar\n    purpose: Session replay\n`,
    'docs/privacy.md': POLICY,
    'public/index.html': withHotjar(BASE_FILES['public/index.html']),
  };

  it('a PR that edits the policy text to deny a vendor the code uses fails: the contradiction is new', async () => {
    const run = await pullRequest(base, { 'docs/privacy.md': '# Privacy policy\n\nWe use PostHog for product analytics.\n\nWe do not run Hotjar or any session recording tools.\n' });

    expect(run.code).toBe(1);
    const titles = located(run, 'error').map((annotation) => annotation.properties.title);
    expect(titles).toContain('disclosed: policy-text-contradiction (hotjar)');
    expect(run.summary).not.toMatch(/pre-existing[^\n]*policy-text-contradiction/);
  });

  it('a PR that moves the policy file and updates the manifest passes, with the move listed and no temporary path', async () => {
    const manifest = base['subprocessors.yml'].replace('docs/privacy.md', 'legal/privacy.md');
    const run = await pullRequest(base, { 'legal/privacy.md': POLICY, 'subprocessors.yml': manifest }, { deleted: ['docs/privacy.md'] });

    expect(run.stdout).not.toMatch(/disclosed-policy-|\/tmp\//);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('This change changes privacy-policy: docs/privacy.md → legal/privacy.md.');
  });

  it('the base reads its rules-dir from the base commit: a PR that moves the rules folder (manifest updated) runs', async () => {
    const rule = `id: acme-pixel\nname: Acme Pixel\norganization: acme\ncategories: [analytics]\nsignatures:\n  code:\n    - id: acme-init\n      keywords: [acmepixel]\n      pattern: 'acmePixel\\.init\\('\n      kind: code\nexamples:\n  match:\n    - file: a.js\n      text: "acmePixel.init(1)"\n  noMatch:\n    - file: a.js\n      text: "acme"\n`;
    const files = {
      ...BASE_FILES,
      'subprocessors.yml': `${MANIFEST}settings:\n  rules-dir: .disclosed/rules\n`,
      '.disclosed/rules/_organizations.yml': 'acme:\n  name: Acme\n',
      '.disclosed/rules/acme-pixel.yml': rule,
      'src/pixel.js': 'acmePixel.init(1);\n',
    };
    const moved = { 'subprocessors.yml': `${MANIFEST}settings:\n  rules-dir: policy/rules\n`, 'policy/rules/_organizations.yml': 'acme:\n  name: Acme\n', 'policy/rules/acme-pixel.yml': rule };
    const run = await pullRequest(files, moved, { deleted: ['.disclosed/rules/_organizations.yml', '.disclosed/rules/acme-pixel.yml'] });

    expect(run.stdout).not.toContain('rules-dir not found');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Pre-existing drift (1)');
    expect(run.summary).toContain('This change changes settings.rules-dir: vendor rules are read from policy/rules, and policy/rules/\\*\\* is no longer scanned as code.');
  });
});

describe('organization declarations and products added later (item 11)', () => {
  it('Google Maps declared through organization: google; a PR adding Google Ads passes with a review notice', async () => {
    const base = {
      ...BASE_FILES,
      'subprocessors.yml': `${MANIFEST}  - organization: google\n    purpose: Store locator map\n`,
      'public/stores.html': '<script async src="https://maps.googleapis.com/maps/api/js?key=AIzaXXXX&callback=initMap"></script>\n',
    };
    const ads = '<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script>\n';
    const run = await pullRequest(base, { 'public/checkout.html': ads });

    expect(run.code).toBe(0);
    expect(run.summary).toContain('This change adds Google Ads (google-ads), admitted only by the organization declaration google in subprocessors.yml: confirm the published policy covers this product.');
    const notice = run.annotations.find((annotation) => annotation.level === 'notice' && annotation.message.includes('admitted only by'));
    expect(notice?.properties).toMatchObject({ file: 'public/checkout.html', line: '1', title: 'disclosed: policy change for privacy review' });
    expect(run.summary).not.toContain('Google Maps (google-maps), admitted');
  });
});

describe('the annotation budget (item 13)', () => {
  it('sixty new notes do not push a new declaration notice out', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 60; i++) notes[`public/p${String(i).padStart(2, '0')}.html`] = `<script src="https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"></script>\n`;
    const manifest = `${MANIFEST}  - vendor: hotjar\n    purpose: Session replay\n`;
    const run = await pullRequest(BASE_FILES, { ...notes, 'subprocessors.yml': manifest });

    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/unlisted-third-party/);
    expect(run.annotations.length).toBeLessThanOrEqual(50);
    const notice = run.annotations.find((annotation) => annotation.message.includes('newly declares hotjar'));
    expect(notice?.properties).toMatchObject({ file: 'subprocessors.yml', title: 'disclosed: policy change for privacy review' });
  });
});

describe('renames (item 18)', () => {
  it('a pure rename of a file with pre-existing drift adds no drift', async () => {
    const page = withHotjar(BASE_FILES['public/index.html']);
    const run = await pullRequest({ ...BASE_FILES, 'public/index.html': page }, { 'public/home.html': page }, { deleted: ['public/index.html'] });

    expect(run.code).toBe(0);
    expect(located(run, 'error')).toEqual([]);
    expect(run.summary).toContain('## ✅ disclosed: this change adds no drift (1 pre-existing finding below)');
    expect(run.summary).toContain('`public/home.html:6`');
  });

  it('a rename that moves the finding to a file sorting first is still pre-existing; a copy elsewhere is new', async () => {
    const page = withHotjar(BASE_FILES['public/index.html']);
    const base = { ...BASE_FILES, 'public/b.html': page, 'public/c.html': page.replace('Shop', 'Cart') };
    const renamed = await pullRequest(base, { 'public/a.html': base['public/c.html'] }, { deleted: ['public/c.html'] });
    expect(renamed.code).toBe(0);

    const copied = await pullRequest(base, { 'public/a.html': base['public/c.html'] });
    expect(copied.code).toBe(1);
    expect(located(copied, 'error').map((annotation) => annotation.properties.file)).toEqual(['public/a.html']);
  });
});

describe('first-party domains read from the change\u2019s own files (item 5, another instance)', () => {
  // A SECURITY.md naming the vendor's domain would turn its script into the product's own host.
  const changes = {
    'SECURITY.md': '# Security\n\nReport vulnerabilities to security@hotjar.com.\n',
    'public/index.html': BASE_FILES['public/index.html'].replace('  </head>', '    <script async src="https://static.hotjar.com/c/hotjar-3141592.js?sv=6"></script>\n  </head>'),
  };

  it('policy-from: head: the domain applies, and is listed for review at the line that names it', async () => {
    const run = await pullRequest(BASE_FILES, changes);
    expect(run.summary).toContain('This change changes first-party domains: hotjar.com is now treated as first-party (read from SECURITY.md).');
    const notice = run.annotations.find((annotation) => annotation.level === 'notice' && annotation.message.includes('first-party domains'));
    expect(notice?.properties).toMatchObject({ file: 'SECURITY.md', line: '3' });
  });

  it('policy-from: base: a domain the change newly names does not apply until merged', async () => {
    const run = await pullRequest(BASE_FILES, changes, { inputs: { 'policy-from': 'base' } });
    expect(run.code).toBe(1);
    expect(located(run, 'error').map((annotation) => annotation.properties.title)).toEqual(['disclosed: undeclared-vendor (hotjar)']);
  });
});
