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
        '| Subprocessor | Purpose | Data processed | Location |',
        '|---|---|---|---|',
        '| PostHog | Product analytics &lt;b&gt;for the web app&lt;/b&gt; | usage-data, device-data | EU (Frankfurt) |',
        '| Stripe | Payment processing |  | USA |',
        '| Zendesk | Customer support |  |  |',
        '| Intercom | Customer messaging |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('uses --manifest', async () => {
    writeFileSync(join(scratch, 'other.yml'), 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n');
    const { stdout } = await run(['report', 'repo', '--format', 'subprocessors', '--manifest', 'other.yml']);
    expect(stdout).toBe('| Subprocessor | Purpose |\n|---|---|\n| Stripe | Payments |\n');
  });

  it('exits 2 on usage errors', async () => {
    const unknown = await run(['report', 'repo', '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown report --format "pdf"; expected one of: html, markdown, subprocessors');
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
