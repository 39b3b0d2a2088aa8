import { resolve } from 'node:path';
import { parseCommandArgs } from './args.js';
import type { Manifest } from '../manifest/types.js';
import { REPORTERS } from '../reporters/index.js';
import { outputPairs, useColor, writeOutput } from './outputs.js';
import type { ReportContext } from '../reporters/context.js';
import { invalidStartUrls, isBrowserError, runtimeScan, type RuntimeOptions, type RuntimeScan } from '../runtime/index.js';
import { exitCodeFor, prepareScan, toolVersion, usageError, type CliIo } from '../run.js';
import { emptyFilesScan, evaluate } from '../scan.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ScanResult } from '../types.js';

// `disclosed crawl URL...`: what the site loads at runtime, judged with the same rules as `check`.
// `check --crawl URL` uses runtimeOptions and runtimeFailure from here.

export const CRAWL_USAGE = `Usage: disclosed crawl URL... [options]

Loads each page in headless Chrome or Chromium, records every request, cookie and localStorage key,
follows same-site links, and reports vendors found at runtime with the same rules as \`check\`.

Options:
  --manifest FILE          policy manifest (default: the one in the current directory)
  --pages N                pages to load in all (default 10)
  --depth N                links to follow from a start page (default 2)
  --wait MS                extra wait after the network settles (default 1000)
  --consent accept|reject  click the consent banner of a known platform after the first page loads, and record again;
                           tracking before consent or after rejection is reported (tracking-before-consent)
  --timeout S              per-page limit in seconds (default 30); the whole crawl stops after 10 times that
  --browser PATH           Chrome or Chromium to use (default: CHROME_PATH, then the usual install paths)
  --browser-arg ARG        extra browser flag (repeatable), e.g. --browser-arg=--proxy-server=...
  --format F, --output FILE, --fail-on LEVEL, --color, --no-color: as for check
`;

/** Options shared by `crawl` and `check --crawl`. */
export const RUNTIME_OPTIONS = {
  pages: { type: 'string' },
  depth: { type: 'string' },
  wait: { type: 'string' },
  consent: { type: 'string' },
  timeout: { type: 'string' },
  browser: { type: 'string' },
  'browser-arg': { type: 'string', multiple: true },
} as const;

function count(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) throw usageError(`--${name} must be a whole number from 0 to ${max}, not "${value}"`);
  return Number(value);
}

/** Validated runtime options from parsed command-line values. */
export function runtimeOptions(
  urls: string[],
  values: { pages?: string; depth?: string; wait?: string; consent?: string; timeout?: string; browser?: string; 'browser-arg'?: string[] },
  manifest: Manifest | null,
): RuntimeOptions {
  const invalid = invalidStartUrls(urls);
  if (invalid.length > 0) throw usageError(`not an http(s) URL: ${invalid.join(', ')}`);
  if (values.consent !== undefined && values.consent !== 'accept' && values.consent !== 'reject') throw usageError(`--consent must be accept or reject, not "${values.consent}"`);
  const timeout = count(values.timeout, 'timeout', 30, 600);
  if (timeout === 0) throw usageError('--timeout must be at least 1 second');
  return {
    urls,
    pages: Math.max(1, count(values.pages, 'pages', 10, 10_000)),
    depth: count(values.depth, 'depth', 2, 100),
    waitMs: count(values.wait, 'wait', 1000, 120_000),
    pageTimeoutMs: timeout * 1000,
    totalTimeoutMs: timeout * 1000 * 10,
    ...(values.consent ? { consent: values.consent } : {}),
    ...(values.browser ? { browser: values.browser } : {}),
    browserArgs: values['browser-arg'] ?? [],
    firstPartyDomains: manifest?.settings['first-party-domains'] ?? [],
  };
}

/** No browser, or one that would not start, is something to install or fix: exit 2 with the reason. */
export async function withBrowser<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isBrowserError(error)) throw usageError(error.message);
    throw error;
  }
}

/**
 * A crawl judges what the site loads; a declared vendor the crawled pages did not load is no
 * news (it may live in the app or the back end), so declared-not-found is off unless the manifest sets it.
 */
export function crawlManifest(manifest: Manifest | null): Manifest | null {
  if (!manifest || manifest.rules['declared-not-found'] !== undefined) return manifest;
  return { ...manifest, rules: { ...manifest.rules, 'declared-not-found': 'off' } };
}

/** The result of a crawl alone, through the same checks, exceptions and suppression as `check`. */
export function crawlResult(catalog: Catalog, manifest: Manifest | null, runtime: RuntimeScan, now: Date): ScanResult {
  const files = emptyFilesScan();
  files.evidence.push(...runtime.evidence);
  files.thirdParties.push(...runtime.thirdParties);
  const source = { root: runtime.summary.pages[0]?.url ?? '', description: 'crawl', list: () => [], read: () => undefined };
  const result = evaluate({ source, catalog, manifest: crawlManifest(manifest), accept: () => true, now }, files, performance.now() - runtime.summary.durationMs);
  return { ...result, runtime: runtime.summary, hints: [] };
}

export async function runCrawl(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs('crawl', {
    args,
    options: { ...RUNTIME_OPTIONS, manifest: { type: 'string' }, format: { type: 'string', multiple: true, short: 'f' }, output: { type: 'string', multiple: true, short: 'o' }, 'fail-on': { type: 'string' }, 'no-color': { type: 'boolean' }, color: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  if (values.help) {
    io.stdout(CRAWL_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw usageError(`crawl needs at least one URL\n\n${CRAWL_USAGE}`);
  const outputs = outputPairs(tokens);

  // The manifest and catalog as for a check of the current directory (custom vendors, rules-dir).
  const prepared = prepareScan(io.cwd, { manifest: values.manifest }, io);
  const failOn = values['fail-on'] ?? prepared.manifest?.settings['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw usageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  const options = runtimeOptions(positionals, values, prepared.manifest);
  const runtime = await withBrowser(() => runtimeScan(prepared.catalog, options, io.env));
  const result = crawlResult(prepared.catalog, prepared.manifest, runtime, io.now);
  for (const warning of runtime.summary.warnings) io.stderr(`disclosed: crawl: ${warning}\n`);

  for (const { format, output } of outputs) {
    // Colour follows the stream written to (stdout), as for check; never into a file.
    const color = output ? false : useColor({ color: values.color, noColor: values['no-color'] }, io);
    const text = REPORTERS[format]!({ result, toolVersion: toolVersion(), color, ...(prepared.manifest ? { manifest: prepared.manifest } : {}), catalog: prepared.catalog } as ReportContext);
    if (output) writeOutput(resolve(io.cwd, output), output, text);
    else io.stdout(text);
  }
  return exitCodeFor(result, failOn);
}
