import type { Catalog } from '../catalog/catalog.js';
import type { RuntimeSummary } from '../types.js';
import { attributeRequests, type RuntimeEvidence } from './attribute.js';
import { browserError, launchBrowser } from './cdp.js';
import { crawl, normalizePageUrl, type ConsentSelectors, type CrawlOptions } from './crawl.js';
import { findBrowser } from './find-browser.js';

// `disclosed crawl` and `check --crawl`: find a browser, crawl, attribute the requests.

export { isBrowserError } from './cdp.js';

export interface RuntimeOptions extends Omit<CrawlOptions, 'consent'> {
  consent?: 'accept' | 'reject';
  /** `--browser PATH`. */
  browser?: string;
  /** Extra browser flags (`--browser-arg`), e.g. `--host-resolver-rules=...` or a proxy. */
  browserArgs: string[];
  firstPartyDomains: string[];
}

export interface RuntimeScan extends RuntimeEvidence {
  summary: RuntimeSummary;
}

/** The consent platforms the catalog knows how to answer. */
export function consentSelectors(catalog: Catalog): ConsentSelectors[] {
  const platforms: ConsentSelectors[] = [];
  for (const vendor of catalog.vendors.values()) {
    const banner = vendor['consent-banner'];
    if (banner) platforms.push({ vendor: vendor.id, accept: banner.accept, reject: banner.reject });
  }
  return platforms;
}

/** Start URLs as given on the command line: http(s) only, anything else is the caller's usage error. */
export function invalidStartUrls(urls: string[]): string[] {
  return urls.filter((url) => normalizePageUrl(url) === undefined || !/^https?:\/\//i.test(url));
}

export async function runtimeScan(catalog: Catalog, options: RuntimeOptions, env: NodeJS.ProcessEnv): Promise<RuntimeScan> {
  const found = findBrowser(options.browser, env);
  if (!found.path) {
    throw browserError(
      `no Chrome or Chromium found (tried ${found.tried.join(', ')}): install one (Debian/Ubuntu: apt-get install chromium; GitHub's runners have Google Chrome) or pass --browser PATH or CHROME_PATH`,
    );
  }
  const browser = await launchBrowser(found.path, options.browserArgs);
  try {
    const { consent, urls, pages, depth, waitMs, pageTimeoutMs, totalTimeoutMs } = options;
    const record = await crawl(browser, { urls, pages, depth, waitMs, pageTimeoutMs, totalTimeoutMs, ...(consent ? { consent: { action: consent, selectors: consentSelectors(catalog) } } : {}) });
    const attributed = attributeRequests(catalog, record, options.firstPartyDomains);
    return {
      ...attributed,
      summary: {
        pages: record.pages,
        requests: record.requests.length,
        cookies: record.cookies,
        storage: record.storage,
        ...(record.consent ? { consent: record.consent } : {}),
        warnings: record.warnings,
        durationMs: record.durationMs,
      },
    };
  } finally {
    await browser.close();
  }
}
