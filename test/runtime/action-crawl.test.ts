import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/runtime/find-browser.js';
import { checkoutLikeActions, originRepo, pushPayload, runAction, scratchDir } from '../action/harness.js';

// The Action's crawl-url input, run as the runner runs dist/index.js: a site served on 127.0.0.1
// loads a tracker no file of the repository mentions; the runtime finding fails the check.
// Offline, the tracker's request fails (no DNS), and a failed request is recorded all the same.

const browser = findBrowser(undefined, process.env).path;

describe.skipIf(!browser)('the Action with crawl-url', () => {
  let port = 0;
  let close: () => Promise<void> = async () => undefined;
  let scratch = '';
  beforeAll(async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><script async src="http://static.hotjar.com/c/hotjar-42.js?sv=6"></script></head><body>Preview</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise((resolve) => server.close(() => resolve()));
    scratch = scratchDir('disclosed-action-crawl-');
  });
  afterAll(async () => {
    await close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('fails on a vendor found only at runtime, naming the page', async () => {
    const origin = originRepo(scratch, {
      'subprocessors.yml': 'version: 1\nsubprocessors:\n  - vendor: stripe\n    purpose: Payments\n    expect-in-code: false\n',
      'src/app.ts': 'export const answer = 42;\n',
    });
    const work = checkoutLikeActions(scratch, origin.url, 'refs/heads/main');
    const run = await runAction({ workspace: work, eventName: 'push', payload: pushPayload({ before: '0'.repeat(40), after: origin.baseSha }), inputs: { 'crawl-url': `http://127.0.0.1:${port}/` } });
    expect(run.stdout).toMatch(/crawl: 1 page loaded, \d+ requests? recorded/);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.outputs.findings!) as { findings: { rule: string; vendor: string; location: { path: string } }[] };
    expect(findings.findings.map((finding) => [finding.rule, finding.vendor, finding.location.path])).toEqual([['undeclared-vendor', 'hotjar', `http://127.0.0.1:${port}/`]]);
  }, 120_000);
});
