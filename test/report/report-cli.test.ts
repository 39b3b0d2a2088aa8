import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { parseManifest } from '../../src/manifest/load.js';
import { repositoryLink } from '../../src/report.js';
import { writeDemoRepo } from './demo-repo.js';

const scratch = mkdtempSync(join(tmpdir(), 'disclosed-report-'));
const repo = join(scratch, 'repo');
beforeAll(() => {
  mkdirSync(repo);
  writeDemoRepo(repo);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(args, { cwd: scratch, env, now: new Date('2026-11-23T10:00:00Z') });
}

describe('disclosed report', () => {
  it('writes the HTML drift report with -o and says what it wrote; exit 0 even when there is drift', async () => {
    const { code, stdout } = await run(['report', 'repo', '--format', 'html', '-o', 'out.html']);
    expect(code).toBe(0);
    expect(stdout).toBe('wrote out.html (html): 5 vendors detected, 3 undeclared\n');
    const html = readFileSync(join(scratch, 'out.html'), 'utf8');
    expect(html).toContain('<title>Subprocessor drift report: repo</title>');
    expect(html).toContain('Product analytics &#60;b&#62;for the web app&#60;/b&#62;');
  });

  it('defaults to HTML on stdout; --output is the long form of -o', async () => {
    expect((await run(['report', 'repo'])).stdout.startsWith('<!doctype html>')).toBe(true);
    expect((await run(['report', 'repo', '--format', 'markdown', '--output', 'out.md'])).code).toBe(0);
    expect(readFileSync(join(scratch, 'out.md'), 'utf8')).toContain('## Subprocessor drift report: repo');
  });

  it('links evidence to the repository from the GitHub Actions environment', async () => {
    const { stdout } = await run(['report', 'repo', '--format', 'markdown'], { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc' });
    expect(stdout).toContain('## Subprocessor drift report: acme/shop');
    expect(stdout).toContain('[`package.json:5`](https://github.com/acme/shop/blob/abc/package.json#L5)');
  });

  it('renders the public subprocessor table from the manifest', async () => {
    const { code, stdout } = await run(['report', 'repo', '--format', 'subprocessors']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        // Not a git repository: the list is as of today.
        'Last updated: 2026-11-23',
        '',
        '### Processors',
        '',
        'These companies process personal data on our behalf and under our instructions.',
        '',
        '| Subprocessor | Service | Purpose | Data processed | Location | Transfer | Terms |',
        '|---|---|---|---|---|---|---|',
        '| PostHog Inc. | PostHog | Product analytics &lt;b&gt;for the web app&lt;/b&gt; | Usage data, Device data | Germany | Standard Contractual Clauses | [Privacy policy](https://posthog.com/privacy)<br>[DPA](https://posthog.com/dpa) |',
        '| Stripe, Inc. | Stripe | Payment processing |  | United States | EU-U.S. Data Privacy Framework, Standard Contractual Clauses | [Privacy policy](https://stripe.com/privacy)<br>[DPA](https://stripe.com/legal/dpa) |',
        '| Zendesk, Inc. | Zendesk | Customer support |  |  |  | [Privacy policy](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/) |',
        '| Intercom, Inc. | Intercom | Customer messaging |  |  |  | [Privacy policy](https://www.intercom.com/legal/privacy) |',
        '',
      ].join('\n'),
    );
  });

  it('uses --manifest', async () => {
    writeFileSync(join(scratch, 'other.yml'), 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n');
    const { stdout } = await run(['report', 'repo', '--format', 'subprocessors', '--manifest', 'other.yml']);
    expect(stdout).toContain('| Stripe, Inc. | Stripe | Payments | [Privacy policy](https://stripe.com/privacy)<br>[DPA](https://stripe.com/legal/dpa) |');
  });

  it('refuses to publish a list with TODO purposes (exit 1), unless --draft marks it DRAFT', async () => {
    writeFileSync(join(scratch, 'todo.yml'), 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: TODO\n  - vendor: posthog\n    purpose: Analytics\n  - vendor: zendesk\n  - vendor: intercom\n    purpose: "TODO: why you send data to Intercom"\n');
    for (const format of ['subprocessors', 'subprocessors-html', 'subprocessors-json']) {
      const refused = await run(['report', 'repo', '--format', format, '--manifest', 'todo.yml', '-o', `refused.${format}`]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toBe('disclosed: 3 subprocessors have no reviewed purpose: Stripe, Zendesk and Intercom. Write their purpose in todo.yml, or pass --draft for a list marked DRAFT\n');
    }
    const draft = await run(['report', 'repo', '--format', 'subprocessors', '--manifest', 'todo.yml', '--draft']);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('> **Draft, not for publication:** 3 subprocessors have no reviewed purpose: Stripe, Zendesk and Intercom.');
    expect(draft.stdout).not.toContain('TODO');
    expect(draft.stderr).toContain('the list is marked as a draft');
    const html = await run(['report', 'repo', '--format', 'subprocessors-html', '--manifest', 'todo.yml', '--draft']);
    expect(html.stdout).toContain('<p class="draft" id="draft">DRAFT, NOT FOR PUBLICATION: 3 subprocessors');
    const json = JSON.parse((await run(['report', 'repo', '--format', 'subprocessors-json', '--manifest', 'todo.yml', '--draft'])).stdout) as { draft: boolean };
    expect(json.draft).toBe(true);
    expect((await run(['report', 'repo', '--format', 'html', '--draft'])).code).toBe(2);
  });

  it('stops on a location that is not a country code, and suggests the code', async () => {
    writeFileSync(join(scratch, 'where.yml'), 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n    location: [United States, DE]\n    transfer: sccs\n    approved-on: 2026-02-30\n');
    const { code, stderr } = await run(['report', 'repo', '--format', 'subprocessors', '--manifest', 'where.yml']);
    expect(code).toBe(2);
    expect(stderr).toContain('transfer');
    expect(stderr).toContain('scc, dpf, adequacy, bcr, other');
    writeFileSync(join(scratch, 'where.yml'), 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n    location: [United States, DE]\n    approved-on: 2026-02-30\n');
    const second = await run(['report', 'repo', '--format', 'subprocessors', '--manifest', 'where.yml']);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('where.yml:5');
    expect(second.stderr).toContain('"United States" is not a country code: location takes ISO 3166-1 alpha-2 codes, EU or EEA');
    expect(second.stderr).toContain('did you mean "US"?');
    expect(second.stderr).toContain('approved-on must be a real date (YYYY-MM-DD), not "2026-02-30": February 2026 has 28 days');
  });

  it('writes the drift report as JSON', async () => {
    const { code, stdout } = await run(['report', 'repo', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { version: number; vendors: { id: string; status: string }[] };
    expect(report.version).toBe(1);
    expect(report.vendors.map((vendor) => `${vendor.id}: ${vendor.status}`)).toEqual(['hotjar: undeclared', 'meta-pixel: prohibited', 'posthog: declared', 'sentry: undeclared', 'stripe: declared']);
  });

  it('exits 2 on usage errors', async () => {
    const unknown = await run(['report', 'repo', '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown report --format "pdf"; expected one of: html, markdown, json, subprocessors, subprocessors-html, subprocessors-json');
    expect((await run(['report', 'repo', '--colour'])).code).toBe(2);
    expect((await run(['report', 'a', 'b'])).stderr).toContain('report takes one directory');
    expect((await run(['report', 'missing-dir'])).stderr).toContain('not a directory: missing-dir');
    expect((await run(['report', 'repo', '-o', 'no/such/dir/out.html'])).stderr).toContain('cannot write no/such/dir/out.html: ENOENT');
    mkdirSync(join(scratch, 'empty'), { recursive: true });
    const noManifest = await run(['report', 'empty', '--format', 'subprocessors']);
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toContain('no policy manifest found in empty; run `disclosed init` first');
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(['report', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format F');
  });
});

describe('repositoryLink', () => {
  const manifest = parseManifest('version: 1\nsubprocessors: []\nsettings:\n  repository-url: https://gitlab.example.com/team/app.git\n', 'subprocessors.yml');
  it('prefers the GitHub Actions environment, with the commit', () => {
    expect(repositoryLink({ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f00' }, manifest)).toEqual({ repositoryUrl: 'https://github.com/o/r', name: 'o/r', revision: 'f00' });
  });
  it('falls back to settings.repository-url', () => {
    expect(repositoryLink({}, manifest)).toEqual({ repositoryUrl: 'https://gitlab.example.com/team/app', name: 'team/app' });
    expect(repositoryLink({}, null)).toEqual({});
  });
});

describe('disclosed report in a git repository', () => {
  const gitRepo = join(scratch, 'git-repo');
  const git = (args: string[], author: [string, string], date: string) =>
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], {
      cwd: gitRepo,
      env: { PATH: process.env.PATH, HOME: scratch, GIT_AUTHOR_NAME: author[0], GIT_AUTHOR_EMAIL: author[1], GIT_COMMITTER_NAME: author[0], GIT_COMMITTER_EMAIL: author[1], GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: 'utf8',
    }).trim();
  const alice: [string, string] = ['Alice Engineer', 'alice@example.com'];
  const bob: [string, string] = ['Bob Counsel', 'bob@example.com'];
  let first = '';
  let second = '';

  beforeAll(() => {
    mkdirSync(join(gitRepo, 'src'), { recursive: true });
    execFileSync('git', ['init', '-q', '-b', 'main', gitRepo]);
    writeFileSync(join(gitRepo, 'package.json'), JSON.stringify({ name: 'app', dependencies: { '@sentry/browser': '^8.0.0' } }, null, 2) + '\n');
    writeFileSync(join(gitRepo, 'subprocessors.yml'), 'version: 1\nsubprocessors:\n  - vendor: sentry\n    purpose: Error monitoring for the web app\n  - vendor: zendesk\n    purpose: Customer support tickets\n');
    git(['add', '-A'], alice, '2026-08-01T09:00:00Z');
    git(['commit', '-q', '-m', 'Add Sentry and Zendesk'], alice, '2026-08-01T09:00:00Z');
    first = git(['rev-parse', 'HEAD'], alice, '2026-08-01T09:00:00Z');
    writeFileSync(join(gitRepo, 'package.json'), JSON.stringify({ name: 'app', dependencies: { 'posthog-js': '^1.180.0' } }, null, 2) + '\n');
    writeFileSync(join(gitRepo, 'subprocessors.yml'), 'version: 1\nsubprocessors:\n  - vendor: sentry\n    purpose: Error and performance monitoring\n  - vendor: posthog\n    purpose: Product analytics for the web app\n    location: EU\n');
    git(['add', '-A'], bob, '2026-10-15T14:30:00Z');
    git(['commit', '-q', '-m', 'Swap Zendesk for PostHog'], bob, '2026-10-15T14:30:00Z');
    second = git(['rev-parse', 'HEAD'], bob, '2026-10-15T14:30:00Z');
  });

  it('names the commit and branch and links evidence to that commit', async () => {
    writeFileSync(join(scratch, 'link.yml'), 'version: 1\nsubprocessors: []\nsettings:\n  repository-url: https://github.com/acme/app\n');
    const { stdout } = await run(['report', 'git-repo', '--format', 'markdown', '--manifest', 'link.yml']);
    expect(stdout).toContain(`This report describes [commit ${second.slice(0, 12)} on branch main, committed 2026-10-15 14:30 UTC](https://github.com/acme/app/tree/${second}).`);
    expect(stdout).toContain(`(https://github.com/acme/app/blob/${second}/package.json#L4)`);
  });

  it('says when the work tree differs from the commit its links point at', async () => {
    const file = join(gitRepo, 'package.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"app"', '"app2"'));
    try {
      const { stdout } = await run(['report', 'git-repo', '--format', 'markdown']);
      expect(stdout).toContain(`This report describes commit ${second.slice(0, 12)} on branch main, committed 2026-10-15 14:30 UTC, with uncommitted changes.`);
    } finally {
      writeFileSync(file, text);
    }
    expect((await run(['report', 'git-repo', '--format', 'markdown'])).stdout).not.toContain('uncommitted');
  });

  it('dates the public list by the last commit of the manifest', async () => {
    const { stdout } = await run(['report', 'git-repo', '--format', 'subprocessors']);
    expect(stdout.startsWith('Last updated: 2026-10-15\n')).toBe(true);
  });

  it('--since lists vendors added and removed, declarations changed and who changed the manifest', async () => {
    const { code, stdout } = await run(['report', 'git-repo', '--format', 'markdown', '--since', first]);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('### Changes since'));
    expect(section).toContain(`### Changes since \`${first}\``);
    expect(section).toContain('- Vendors new in the code: PostHog');
    expect(section).toContain('- Vendors no longer in the code: Sentry');
    expect(section).toContain('| `sentry` | changed: purpose |');
    expect(section).toContain('| `posthog` | declared |');
    expect(section).toContain('| `zendesk` | no longer declared |');
    expect(section).toContain(`| 2026-10-15 | Bob Counsel | \`${second.slice(0, 12)}\` | Swap Zendesk for PostHog |`);
    expect(section).not.toContain('Alice Engineer');
    const html = (await run(['report', 'git-repo', '--since', first])).stdout;
    expect(html).toContain('<h2 id="changes">Changes since <code>');
    expect(html).toContain('<td>Bob Counsel</td>');
  });

  it('--since a previous JSON report lists what changed since it and who changed the manifest', async () => {
    // The report of the first commit, as a privacy team keeps it from the last quarterly review.
    git(['checkout', '-q', first], alice, '2026-08-01T09:00:00Z');
    let previous: string;
    try {
      previous = (await run(['report', 'git-repo', '--format', 'json'])).stdout;
    } finally {
      git(['checkout', '-q', 'main'], alice, '2026-08-01T09:00:00Z');
    }
    writeFileSync(join(scratch, 'q3.json'), previous);
    const { code, stdout } = await run(['report', 'git-repo', '--format', 'markdown', '--since', 'q3.json']);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('### Changes since'));
    expect(section).toContain(`### Changes since \`q3.json (commit ${first.slice(0, 12)}, 2026-08-01)\``);
    expect(section).toContain('- Vendors new in the code: PostHog');
    expect(section).toContain('- Vendors no longer in the code: Sentry');
    expect(section).toContain('| `sentry` | changed: purpose |');
    expect(section).toContain('| `posthog` | declared |');
    expect(section).toContain('| `zendesk` | no longer declared |');
    expect(section).toContain(`| 2026-10-15 | Bob Counsel | \`${second.slice(0, 12)}\` | Swap Zendesk for PostHog |`);
    expect(section).not.toContain('Alice Engineer');
    writeFileSync(join(scratch, 'not-a-report.json'), '{"version": 1}');
    const wrong = await run(['report', 'git-repo', '--since', 'not-a-report.json']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--since not-a-report.json: not a `disclosed report --format json` file');
  });

  it('--since with an unknown revision or outside git is a usage error, not an empty history', async () => {
    const unknown = await run(['report', 'git-repo', '--since', 'no-such-ref']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--since no-such-ref: not a revision of this repository');
    expect((await run(['report', 'git-repo', '--since', '--upload-pack=x'])).code).toBe(2);
    const outside = await run(['report', 'repo', '--since', 'HEAD']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--since needs a git repository');
  });
});
