// `npm run screenshots`: render every report of disclosed from one fixed input
// (test/fixtures/report-screenshots, committed as one git commit with a fixed date) and take a
// screenshot of each in headless Chromium, for docs/screenshots/ and the README. Run after
// `npm run build`; needs /usr/bin/chromium (or CHROMIUM=path), driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'screenshots');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-screenshots-'));
const repo = join(scratch, 'acme-shop');
const date = '2026-11-20T09:30:00Z';
const env = { PATH: process.env.PATH, HOME: scratch, GIT_AUTHOR_NAME: 'Dana Privacy', GIT_AUTHOR_EMAIL: 'dana@example.com', GIT_COMMITTER_NAME: 'Dana Privacy', GIT_COMMITTER_EMAIL: 'dana@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };

const git = (...args) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, env, encoding: 'utf8' }).trim();
const report = (...args) => execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', repo, ...args], { cwd: scratch, env: { ...env, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: sha }, encoding: 'utf8' });

cpSync(join(root, 'test', 'fixtures', 'report-screenshots'), repo, { recursive: true });
execFileSync('git', ['init', '-q', '-b', 'main', repo]);
git('add', '-A');
git('commit', '-q', '-m', 'Acme shop');
const sha = git('rev-parse', 'HEAD');

// The report says when it was generated; pin that to the commit date so the images only change
// when the reports do.
const pin = (text) => text.replace(/generated \d{4}-\d\d-\d\d \d\d:\d\d UTC/g, 'generated 2026-11-20 10:00 UTC');
const pages = [];
for (const [format, name] of [['html', 'drift-report.html'], ['subprocessors-html', 'subprocessors.html']]) {
  writeFileSync(join(scratch, name), pin(report('--format', format)));
  pages.push(name);
}
// The Markdown renderings are shown as GitHub would: through a minimal page of their text.
for (const [format, name] of [['markdown', 'drift-report.md'], ['subprocessors', 'subprocessors.md']]) {
  const text = pin(report('--format', format));
  writeFileSync(join(out, name), text);
  writeFileSync(join(scratch, `${name}.html`), `<!doctype html><meta charset="utf-8"><style>body{font:13px/1.45 ui-monospace,monospace;white-space:pre-wrap;margin:1.5rem;max-width:110rem}</style><body>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</body>`);
  pages.push(`${name}.html`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  for (const name of pages) {
    await page.goto(pathToFileURL(join(scratch, name)).href, { waitUntil: 'load' });
    const file = join(out, `${name.replace(/\.(html|md)(\.html)?$/, '')}${name.endsWith('.md.html') ? '-markdown' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.info(`wrote ${file.slice(root.length + 1)}`);
  }
  // The drift report as it prints, the first A4 page: what a lawyer signs. (No PDF: Chromium
  // stamps it with the time, so it would change on every run.)
  await page.goto(pathToFileURL(join(scratch, 'drift-report.html')).href, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1040 });
  await page.screenshot({ path: join(out, 'drift-report-print.png') });
  console.info('wrote docs/screenshots/drift-report-print.png');
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
