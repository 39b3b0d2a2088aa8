import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/runtime/find-browser.js';
import { runCli } from '../helpers.js';
import { startFixtureSite, type FixtureSite } from './site.js';

// `disclosed crawl` and `check --crawl` against a fixture site on 127.0.0.1, in the machine's
// Chromium (CI installs Debian's chromium). Vendor hosts are mapped to the fixture server with
// --host-resolver-rules, so nothing leaves the machine.

const browser = findBrowser(undefined, process.env).path;
if (!browser) console.warn('crawl.test.ts: skipped: no Chrome or Chromium found (apt-get install chromium)');

interface JsonReport {
  detections: { vendor: string; evidence: { kind: string; path: string; match: string; request?: { url: string; page: string; initiator: string[]; phase: string; failed?: string } }[] }[];
  findings: { rule: string; vendor?: string; severity: string; message: string; location: { path: string }; suppressed?: boolean }[];
  runtime: { pages: { url: string; status: string }[]; cookies: { name: string; domain: string }[]; storage: { key: string }[]; consent?: { vendor?: string; action: string }; requests: number };
}

describe.skipIf(!browser)('crawl in headless Chromium', () => {
  let site: FixtureSite;
  let cwd: string;
  const crawl = (args: string[]) => runCli(['crawl', 'http://shop.test/', `--browser-arg=${site.resolverFlag}`, '--wait', '200', '--format', 'json', ...args], { cwd });

  beforeAll(async () => {
    site = await startFixtureSite();
    cwd = mkdtempSync(join(tmpdir(), 'disclosed-crawl-test-'));
    // The policy: Meta Pixel and YouTube are declared; Hotjar and Segment are not.
    writeFileSync(
      join(cwd, 'subprocessors.yml'),
      'version: 1\nsubprocessors:\n  - vendor: meta-pixel\n    purpose: ads measurement\n  - vendor: youtube\n    purpose: product videos\n  - vendor: onetrust\n    purpose: consent banner\n  - vendor: stripe\n    purpose: payments (in the app, not on the marketing site)\n',
    );
  });
  afterAll(async () => {
    await site?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it('records requests with the script that caused them, follows same-site links only, and finds an injected tag', async () => {
    const { code, stdout, stderr } = await crawl([]);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.runtime.pages.map((page) => [page.url, page.status])).toEqual([
      ['http://shop.test/', 'settled'],
      ['http://shop.test/about', 'settled'],
    ]);
    expect(site.requests).not.toContain('other.test/');
    const hotjar = report.detections.find((detection) => detection.vendor === 'hotjar');
    expect(hotjar?.evidence[0]).toMatchObject({
      kind: 'request',
      path: 'http://shop.test/',
      request: { url: 'http://static.hotjar.com/c/hotjar-123.js?sv=6', page: 'http://shop.test/', initiator: ['http://www.googletagmanager.com/gtm.js?id=GTM-TEST'], phase: 'page-load' },
    });
    expect(hotjar?.evidence[0]?.match).toBe('http://static.hotjar.com/c/hotjar-123.js?sv=6 via www.googletagmanager.com/gtm.js');
    // The iframe on the page reached only by a link.
    expect(report.detections.find((detection) => detection.vendor === 'youtube')?.evidence[0]?.path).toBe('http://shop.test/about');
    expect(report.runtime.cookies.map((cookie) => `${cookie.name}@${cookie.domain}`).sort()).toEqual(['server_pref@shop.test', 'shop_session@shop.test']);
    expect(report.runtime.storage.map((item) => item.key)).toContain('cart_id');
    // Undeclared Hotjar (and the tag manager) fail the crawl; a declared vendor the site did not load is no finding.
    expect(report.findings.filter((finding) => finding.rule === 'undeclared-vendor').map((finding) => finding.vendor).sort()).toEqual(['google-tag-manager', 'hotjar']);
    expect(report.findings.some((finding) => finding.rule === 'declared-not-found')).toBe(false);
    expect(code).toBe(1);
  }, 60_000);

  it('--consent accept: trackers before the click are tracking-before-consent; the pixel loaded after accepting is not', async () => {
    const { stdout } = await crawl(['--consent', 'accept', '--pages', '1']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.runtime.consent).toEqual({ page: 'http://shop.test/', action: 'accept', vendor: 'onetrust' });
    const pixel = report.detections.find((detection) => detection.vendor === 'meta-pixel');
    expect(pixel?.evidence.map((item) => item.request?.phase)).toEqual(['after-accept']);
    const early = report.findings.filter((finding) => finding.rule === 'tracking-before-consent');
    expect(early.map((finding) => [finding.vendor, finding.severity])).toEqual([
      ['google-tag-manager', 'warning'],
      ['hotjar', 'warning'],
    ]);
    expect(early[1]?.message).toBe('Hotjar sent a request before the visitor answered the consent banner, on http://shop.test/ (http://static.hotjar.com/c/hotjar-123.js?sv=6 via www.googletagmanager.com/gtm.js)');
  }, 60_000);

  it('--consent reject: a tracker loaded after the visitor rejected is reported', async () => {
    const { stdout } = await crawl(['--consent', 'reject', '--pages', '1']);
    const report = JSON.parse(stdout) as JsonReport;
    const segment = report.findings.find((finding) => finding.rule === 'tracking-before-consent' && finding.vendor === 'segment');
    expect(segment?.message).toContain('after the visitor rejected');
    expect(report.detections.some((detection) => detection.vendor === 'meta-pixel')).toBe(false);
  }, 60_000);

  it('check --crawl merges runtime and static detections in one result', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'disclosed-crawl-check-'));
    try {
      writeFileSync(join(repo, 'subprocessors.yml'), 'version: 1\nsubprocessors:\n  - vendor: posthog\n    purpose: product analytics\n');
      writeFileSync(join(repo, 'app.js'), "import posthog from 'posthog-js';\nposthog.init('phc_x', { api_host: 'https://eu.i.posthog.com' });\n");
      const { code, stdout } = await runCli(['check', '.', '--no-cache', '--crawl', 'http://shop.test/', '--pages', '1', '--wait', '0', `--browser-arg=${site.resolverFlag}`, '--format', 'json'], { cwd: repo });
      const report = JSON.parse(stdout) as JsonReport;
      const kinds = new Map(report.detections.map((detection) => [detection.vendor, [...new Set(detection.evidence.map((item) => item.kind))].sort()]));
      expect(kinds.get('posthog')).not.toContain('request');
      expect(kinds.get('hotjar')).toEqual(['request']);
      const hotjar = report.findings.find((finding) => finding.rule === 'undeclared-vendor' && finding.vendor === 'hotjar');
      expect(hotjar?.location.path).toBe('http://shop.test/');
      // Where it was loaded from: the tag manager's container, which no file of the repository mentions.
      expect(hotjar?.message).toContain('(http://static.hotjar.com/c/hotjar-123.js?sv=6 via www.googletagmanager.com/gtm.js)');
      expect(report.runtime.pages).toHaveLength(1);
      expect(code).toBe(1);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 60_000);

  it('records a request that failed, and names a third party the catalog does not know; submits no form', async () => {
    const { code, stdout } = await runCli(['crawl', 'http://shop.test/reviews', '--pages', '1', '--wait', '0', `--browser-arg=${site.resolverFlag}`, '--format', 'json'], { cwd });
    const report = JSON.parse(stdout) as JsonReport;
    // The server dropped Mixpanel's connection: the request is evidence all the same, marked failed.
    const mixpanel = report.detections.find((detection) => detection.vendor === 'mixpanel');
    expect(mixpanel?.evidence[0]?.request).toMatchObject({ url: 'http://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js', page: 'http://shop.test/reviews', failed: expect.stringMatching(/^net::ERR_/) });
    expect(report.findings.filter((finding) => finding.rule === 'unlisted-third-party').map((finding) => [finding.vendor, finding.severity, finding.location.path])).toEqual([
      ['widget.trustpilot.com', 'note', 'http://shop.test/reviews'],
    ]);
    expect(site.requests).toContain('widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js');
    expect(site.requests).not.toContain('shop.test/subscribe');
    expect(code).toBe(1);
  }, 60_000);

  it('a page whose network never settles is recorded as far as it got, with a warning, within its time limit', async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await runCli(['crawl', 'http://shop.test/live-chat', '--pages', '1', '--wait', '0', '--timeout', '2', `--browser-arg=${site.resolverFlag}`, '--format', 'json'], { cwd });
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.runtime.pages).toEqual([expect.objectContaining({ url: 'http://shop.test/live-chat', status: 'timeout' })]);
    expect(report.runtime.requests).toBeGreaterThan(3);
    expect(stderr).toBe('disclosed: crawl: http://shop.test/live-chat: the network did not settle within 2 s; recorded as far as it got\n');
    // Two waits of at most 2 s each (load, then after the scroll), plus the browser's start.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(code).toBe(0);
  }, 60_000);

  it('the whole crawl stops at its time limit (ten times the per-page limit), saying how many pages were left', async () => {
    const started = Date.now();
    const { stdout, stderr } = await runCli(['crawl', 'http://shop.test/live-chat', '--pages', '10', '--wait', '0', '--timeout', '1', `--browser-arg=${site.resolverFlag}`, '--format', 'json'], { cwd });
    const report = JSON.parse(stdout) as JsonReport;
    // Each chat page takes about 3 s (1 s to load, 2 s after the scroll): the 10 s limit ends the crawl before its 7 pages.
    expect(report.runtime.pages.length).toBeGreaterThan(1);
    expect(report.runtime.pages.length).toBeLessThan(7);
    expect(report.runtime.pages.every((page) => page.status === 'timeout')).toBe(true);
    expect(stderr).toMatch(new RegExp(`stopped after ${report.runtime.pages.length} pages: the crawl's time limit of 10 s was reached; \\d+ queued pages not loaded`));
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('prohibited vendors, exceptions and --fail-on work as in check', async () => {
    const policy = mkdtempSync(join(tmpdir(), 'disclosed-crawl-policy-'));
    try {
      writeFileSync(
        join(policy, 'subprocessors.yml'),
        [
          'version: 1',
          'subprocessors:',
          '  - vendor: youtube',
          '    purpose: product videos',
          'prohibited:',
          '  - vendor: hotjar',
          '    reason: We promise no session recording',
          'exceptions:',
          '  - rule: undeclared-vendor',
          '    vendor: google-tag-manager',
          '    reason: Marketing container, reviewed each quarter',
          '    expires: 2027-06-30',
          '',
        ].join('\n'),
      );
      const args = ['crawl', 'http://shop.test/', '--pages', '1', '--wait', '200', `--browser-arg=${site.resolverFlag}`, '--format', 'json'];
      const { code, stdout } = await runCli(args, { cwd: policy });
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.findings.map((finding) => [finding.rule, finding.vendor, finding.suppressed ?? false])).toEqual([
        ['prohibited-vendor', 'hotjar', false],
        ['undeclared-vendor', 'google-tag-manager', true],
      ]);
      expect(code).toBe(1);
      expect((await runCli([...args, '--fail-on', 'never'], { cwd: policy })).code).toBe(0);
    } finally {
      rmSync(policy, { recursive: true, force: true });
    }
  }, 60_000);

  it('text output names the page and where the vendor was loaded from', async () => {
    const { stdout } = await runCli(['crawl', 'http://shop.test/', '--pages', '1', '--wait', '0', `--browser-arg=${site.resolverFlag}`], { cwd });
    expect(stdout).toContain('http://shop.test/');
    expect(stdout).toContain('Hotjar is used here (http://static.hotjar.com/c/hotjar-123.js?sv=6 via www.googletagmanager.com/gtm.js)');
    expect(stdout).toMatch(/runtime: 1 page loaded in \d+\.\d\ds · \d+ requests · 2 cookies · 1 localStorage key/);
  }, 60_000);

  it('the drift report renders a crawl too (--format html)', async () => {
    const { code, stdout } = await runCli(['crawl', 'http://shop.test/', '--pages', '1', '--wait', '0', `--browser-arg=${site.resolverFlag}`, '--format', 'html'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<!doctype html>/i);
    expect(stdout).toContain('Hotjar');
    expect(stdout).toContain('http://shop.test/');
  }, 60_000);
});

describe('crawl: usage errors', () => {
  it('no browser found is exit 2 naming what to install', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'disclosed-crawl-nobrowser-'));
    try {
      const { code, stderr } = await runCli(['crawl', 'http://shop.test/', '--browser', join(cwd, 'no-such-chrome')], { cwd });
      expect(code).toBe(2);
      expect(stderr).toContain('no Chrome or Chromium found');
      expect(stderr).toContain('apt-get install chromium');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('CHROME_PATH is used before the usual install paths; one that does not exist is exit 2 naming it', async () => {
    expect(findBrowser(undefined, { CHROME_PATH: '/opt/no-such/chrome' })).toEqual({ tried: ['/opt/no-such/chrome'] });
    expect(findBrowser('/opt/explicit/chrome', { CHROME_PATH: '/opt/no-such/chrome' }).tried).toEqual(['/opt/explicit/chrome', '/opt/no-such/chrome']);
    const { code, stderr } = await runCli(['crawl', 'http://shop.test/'], { cwd: tmpdir(), env: { CHROME_PATH: '/opt/no-such/chrome' } });
    expect(code).toBe(2);
    expect(stderr).toContain('no Chrome or Chromium found (tried /opt/no-such/chrome)');
  });

  it('rejects a non-http URL and a bad --consent value', async () => {
    const cwd = tmpdir();
    expect((await runCli(['crawl', 'file:///etc/passwd'], { cwd })).stderr).toContain('not an http(s) URL: file:///etc/passwd');
    expect((await runCli(['crawl', 'http://shop.test/', '--consent', 'maybe'], { cwd })).code).toBe(2);
    expect((await runCli(['crawl'], { cwd })).stderr).toContain('crawl needs at least one URL');
  });
});
