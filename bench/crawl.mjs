// `npm run bench:crawl`: how long `disclosed crawl` takes on local sites, in the machine's Chrome or
// Chromium. Serves a 20-page site on 127.0.0.1 (each page links to the next ones, loads a tag-manager
// stand-in that injects a tracker after 100 ms, and an analytics beacon), maps every host to it with
// --host-resolver-rules, and prints the wall time of a crawl of 1 page and of all 20 (median of
// BENCH_RUNS runs, default 3). It also times a crawl of the tests' fixture site
// (test/runtime/site.ts: a tag-manager loader, a consent banner, a page reached by a link), as the
// tests run it. A script, not a test: numbers depend on the machine.

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const PAGES = 20;

if (!existsSync(CLI)) {
  console.error('bench:crawl: dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

function page(n) {
  const links = [1, 2, 3].map((step) => n + step).filter((m) => m < PAGES).map((m) => `<a href="/p${m}">page ${m}</a>`).join(' ');
  return `<!doctype html><html><head><title>Page ${n}</title>
<script src="http://www.googletagmanager.com/gtm.js?id=GTM-BENCH"></script>
<script async src="https://plausible.io/js/script.js"></script>
</head><body><h1>Page ${n}</h1>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(50)}${links}</body></html>`;
}

const server = createServer((request, response) => {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  const path = (request.url ?? '/').split('?')[0];
  if (host === 'site.test') {
    const n = path === '/' ? 0 : Number(path.slice(2));
    if (Number.isInteger(n) && n >= 0 && n < PAGES) return response.writeHead(200, { 'content-type': 'text/html' }).end(page(n));
  }
  if (path === '/gtm.js') {
    return response.writeHead(200, { 'content-type': 'application/javascript' }).end("setTimeout(function(){var s=document.createElement('script');s.src='http://static.hotjar.com/c/hotjar-1.js';document.head.appendChild(s)},100);");
  }
  response.writeHead(200, { 'content-type': 'application/javascript' }).end('/* ok */');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The tests' fixture site, started from its TypeScript source (one definition for tests and bench). */
async function startFixtureSite() {
  const dir = mkdtempSync(join(tmpdir(), 'disclosed-bench-site-'));
  try {
    const { code } = await transform(readFileSync(join(ROOT, 'test/runtime/site.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
    const file = join(dir, 'site.mjs');
    writeFileSync(file, code);
    return await (await import(pathToFileURL(file).href)).startFixtureSite();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeCrawl(pages, start = 'http://site.test/', resolver = `--host-resolver-rules=MAP * 127.0.0.1:${port}`, extra = ['--depth', String(PAGES), '--wait', '0']) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const args = [CLI, 'crawl', start, '--pages', String(pages), ...extra, `--browser-arg=${resolver}`, '--format', 'json', '--fail-on', 'never'];
    // Run asynchronously: the fixture server lives in this process.
    const result = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('close', (code) => resolve({ code, out, err }));
    });
    const elapsed = performance.now() - started;
    if (result.code !== 0) {
      console.error(`bench:crawl: crawl exited ${result.code}: ${result.err}`);
      process.exit(2);
    }
    const loaded = JSON.parse(result.out).runtime.pages.length;
    if (loaded !== pages) {
      console.error(`bench:crawl: expected ${pages} pages, loaded ${loaded}`);
      process.exit(2);
    }
    times.push(elapsed);
  }
  return median(times);
}

const one = await timeCrawl(1);
const twenty = await timeCrawl(PAGES);
server.close();
// As crawl.test.ts's first case: default --pages 10 finds the site's 2 pages, --wait 200.
const fixture = await startFixtureSite();
const fixtureTime = await timeCrawl(2, 'http://shop.test/', fixture.resolverFlag, ['--wait', '200']);
await fixture.close();
console.log(`crawl, 1 local page:   ${(one / 1000).toFixed(2)} s (browser start included)`);
console.log(`crawl, ${PAGES} local pages: ${(twenty / 1000).toFixed(2)} s (median of ${RUNS})`);
console.log(`crawl, fixture site (test/runtime/site.ts, 2 pages): ${(fixtureTime / 1000).toFixed(2)} s (median of ${RUNS})`);

