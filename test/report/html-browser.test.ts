import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli.js';
import { writeDemoRepo } from './demo-repo.js';

// The HTML report in a real browser (issue 7 "Done when"): Debian's chromium package, driven by
// playwright-core, which never downloads a browser of its own. CI installs the package (.ci/run).
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`html-browser.test.ts: skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

describe.skipIf(!available)(`HTML report in headless Chromium${available ? '' : ' (skipped: /usr/bin/chromium not found)'}`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'disclosed-browser-'));
  const reportFile = join(scratch, 'report.html');
  const reportUrl = pathToFileURL(reportFile).href;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const repo = join(scratch, 'repo');
    mkdirSync(repo);
    writeDemoRepo(repo);
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, cwd: scratch, isTTY: false, now: new Date('2026-11-23T10:00:00Z'), env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: '0123456789abcdef' } };
    expect(await main(['report', 'repo', '--format', 'html', '-o', reportFile], io)).toBe(0);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Anything but the report file itself is recorded and refused: the page must not need it.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === reportUrl) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(reportUrl, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const visibleVendors = () => page.$$eval('#vendors tbody tr', (rows) => rows.filter((row) => !row.hasAttribute('hidden')).map((row) => row.getAttribute('data-vendor')));

  it('renders the verdict and the vendor table', async () => {
    expect(await page.title()).toBe('Subprocessor drift report: acme/shop');
    expect(await page.textContent('#verdict')).toContain('Drift found');
    expect(await visibleVendors()).toEqual(['hotjar', 'meta-pixel', 'posthog', 'sentry', 'stripe']);
    expect(await page.isVisible('#vendors')).toBe(true);
    const statuses = await page.$$eval('#vendors tbody tr', (rows) => rows.map((row) => `${row.getAttribute('data-vendor')}: ${row.querySelector('.badge')?.textContent}`));
    expect(statuses).toEqual(['hotjar: Undeclared', 'meta-pixel: Prohibited', 'posthog: Declared', 'sentry: Undeclared', 'stripe: Declared']);
    // Evidence is listed strongest first (the calls, then the manifest); each links to its line.
    const links = await page.$$eval('#vendors tr[data-vendor="posthog"] a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toContain('https://github.com/acme/shop/blob/0123456789abcdef/package.json#L4');
    expect(links.indexOf('https://github.com/acme/shop/blob/0123456789abcdef/src/analytics.ts#L2')).toBeLessThan(links.indexOf('https://github.com/acme/shop/blob/0123456789abcdef/package.json#L4'));
  });

  it('a hostile file name is shown as text, never run or rendered as markup', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.textContent('#vendors tr[data-vendor="posthog"]')).toContain('src/"><img src=x onerror="window.__pwned=1">.js:1');
  });

  it('filters rows as the user types', async () => {
    expect(await page.isVisible('#filter')).toBe(true);
    await page.fill('#filter', 'hotjar');
    expect(await visibleVendors()).toEqual(['hotjar']);
    expect(await page.textContent('#filter-status')).toBe('1 of 5 vendors match');
    // The filter applies to the findings tables too.
    const findingRows = await page.$$eval('table.findings tbody tr', (rows) => rows.filter((row) => !row.hasAttribute('hidden')).map((row) => row.textContent ?? ''));
    expect(findingRows.length).toBeGreaterThan(0);
    for (const row of findingRows) expect(row.toLowerCase()).toContain('hotjar');
    await page.fill('#filter', 'ANALYTICS'); // case-insensitive, matches categories and purposes
    expect(await visibleVendors()).toEqual(['posthog']);
    await page.fill('#filter', 'no such vendor');
    expect(await visibleVendors()).toEqual([]);
    await page.fill('#filter', '');
    expect(await visibleVendors()).toHaveLength(5);
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const header = page.locator('#vendors thead th', { hasText: 'Status' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // Status sorts undeclared (0) before declared (1); the order within each keeps the table's.
    expect(await visibleVendors()).toEqual(['hotjar', 'meta-pixel', 'sentry', 'posthog', 'stripe']);
    const vendorHeader = page.locator('#vendors thead th', { hasText: 'Vendor' });
    await vendorHeader.locator('button').click();
    expect(await visibleVendors()).toEqual(['hotjar', 'meta-pixel', 'posthog', 'sentry', 'stripe']);
    await vendorHeader.locator('button').click();
    expect(await vendorHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await visibleVendors()).toEqual(['stripe', 'sentry', 'posthog', 'meta-pixel', 'hotjar']);
    await vendorHeader.locator('button').click();
  });

  it('made no network request and raised no script or CSP error; a screenshot is kept for review', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(ARTIFACTS, 'report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(blocked).toEqual([]);
    expect(requests).toEqual([reportUrl]);
    expect(pageErrors).toEqual([]);
  });
});
