import type { Browser, CdpEvent } from './cdp.js';
import { delay } from './cdp.js';

// Load pages in a headless browser and record what they request: the runtime half of the scan.
// A static scan sees a tag manager's snippet, not the twenty tags configured inside its container,
// nor scripts a CMS or widget injects; the browser sees every request and which script caused it.
// The crawl only navigates to the sites it was given, follows same-site links breadth first,
// submits no form and clicks nothing but a consent banner's button when asked to.

/**
 * When a request was sent: `page-load` when no consent banner was clicked (none asked for, or
 * none found); once a banner is clicked, what came before it is `before-consent`.
 */
export type ConsentPhase = 'page-load' | 'before-consent' | 'after-accept' | 'after-reject';

/** One request a page made (also failed and blocked ones). */
export interface RecordedRequest {
  url: string;
  /** The page being crawled when it was sent. */
  page: string;
  /** Scripts that caused it, outermost first (`gtm.js` → `hotjar-123.js`); empty when the page's HTML did. */
  initiator: string[];
  phase: ConsentPhase;
  /** Why it did not complete (`net::ERR_BLOCKED_BY_CLIENT`, a DNS failure, ...). */
  failed?: string;
}

export interface CrawledPage {
  url: string;
  depth: number;
  /** `settled`: the network went quiet; `timeout`: recorded as far as it got. */
  status: 'settled' | 'timeout' | 'error';
  error?: string;
}

export interface RecordedCookie {
  name: string;
  domain: string;
}

export interface RecordedStorage {
  origin: string;
  key: string;
  page: string;
}

/** How to click a consent platform's banner: CSS selectors (`host >>> inner` reaches into a shadow root). */
export interface ConsentSelectors {
  vendor: string;
  accept: string[];
  reject: string[];
}

export interface ConsentOutcome {
  page: string;
  action: 'accept' | 'reject';
  /** The consent vendor whose banner was clicked; undefined when no known banner was found. */
  vendor?: string;
}

export interface CrawlRecord {
  start: string[];
  pages: CrawledPage[];
  requests: RecordedRequest[];
  cookies: RecordedCookie[];
  storage: RecordedStorage[];
  consent?: ConsentOutcome;
  warnings: string[];
  durationMs: number;
}

export interface CrawlOptions {
  urls: string[];
  /** Pages to load in all (default 10). */
  pages: number;
  /** Links followed from a start page (0 = only the start pages). */
  depth: number;
  /** Extra wait after the network settles, for timers that load tags late. */
  waitMs: number;
  pageTimeoutMs: number;
  totalTimeoutMs: number;
  consent?: { action: 'accept' | 'reject'; selectors: ConsentSelectors[] };
}

/** Quiet time after which a page's network counts as settled. */
const SETTLE_MS = 500;

/** `www.` dropped: `www.acme.com` and `acme.com` are one site for following links. */
function siteOf(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/** A URL to crawl: http(s), no fragment. */
export function normalizePageUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url.href;
}

/** The script URLs behind a request, from the protocol's initiator (a parser, a script's stack). */
function initiatorUrl(initiator: Record<string, unknown> | undefined): string | undefined {
  if (!initiator) return undefined;
  let stack = initiator['stack'] as { callFrames?: { url?: string }[]; parent?: unknown } | undefined;
  while (stack) {
    const frame = stack.callFrames?.find((call) => call.url);
    if (frame?.url) return frame.url;
    stack = stack.parent as typeof stack;
  }
  return typeof initiator['url'] === 'string' && initiator['url'] !== '' ? initiator['url'] : undefined;
}

/** Chain of initiators of `url`, outermost first, stopping at a page document or a cycle. */
function chainOf(url: string, initiators: Map<string, string>, documents: Set<string>): string[] {
  const chain: string[] = [];
  const seen = new Set([url]);
  for (let current = initiators.get(url); current && !documents.has(current) && !seen.has(current); current = initiators.get(current)) {
    seen.add(current);
    chain.unshift(current);
  }
  return chain;
}

// Runs in the page: clicks the first visible element a selector finds; `a >>> b` looks for `b`
// inside the shadow root of `a` (Usercentrics renders its banner in one).
const CLICK_FIRST = `(selectors) => {
  const find = (selector) => {
    let roots = [document];
    const parts = selector.split('>>>').map((part) => part.trim());
    for (const [i, part] of parts.entries()) {
      const found = roots.map((root) => root.querySelector(part)).find(Boolean);
      if (!found) return null;
      if (i === parts.length - 1) return found;
      roots = [found.shadowRoot].filter(Boolean);
    }
    return null;
  };
  for (const [index, selector] of selectors.entries()) {
    const element = find(selector);
    if (element && typeof element.click === 'function') { element.click(); return index; }
  }
  return -1;
}`;

/** Crawl the start URLs breadth first; never throws for a page that fails (it is recorded). */
export async function crawl(browser: Browser, options: CrawlOptions): Promise<CrawlRecord> {
  const started = performance.now();
  const record: CrawlRecord = { start: options.urls, pages: [], requests: [], cookies: [], storage: [], warnings: [], durationMs: 0 };
  const { browserContextId } = await browser.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const send = <T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}) => browser.send<T>(method, params, sessionId);

  const sites = new Set(options.urls.map((url) => siteOf(new URL(url))));
  const initiators = new Map<string, string>();
  const documents = new Set<string>();
  const byId = new Map<string, RecordedRequest>();
  const inflight = new Set<string>();
  let lastActivity = performance.now();
  let page = '';
  let phase: ConsentPhase = 'page-load';
  let loaded = false;
  let mainFrame = '';

  const unsubscribe = browser.on((event: CdpEvent) => {
    if (event.sessionId !== sessionId) return;
    const params = event.params;
    if (event.method === 'Network.requestWillBeSent') {
      const request = params['request'] as { url: string };
      const requestId = String(params['requestId']);
      lastActivity = performance.now();
      inflight.add(requestId);
      // The chain stops at the crawled page's own document; an iframe's document is a link of it.
      if (params['type'] === 'Document' && params['frameId'] === mainFrame) documents.add(request.url);
      const by = initiatorUrl(params['initiator'] as Record<string, unknown> | undefined);
      if (by && by !== request.url) initiators.set(request.url, by);
      if (!/^https?:/.test(request.url)) return;
      const recorded: RecordedRequest = { url: request.url, page, initiator: chainOf(request.url, initiators, documents), phase };
      byId.set(requestId, recorded);
      record.requests.push(recorded);
    } else if (event.method === 'Network.loadingFinished') {
      inflight.delete(String(params['requestId']));
      lastActivity = performance.now();
    } else if (event.method === 'Network.loadingFailed') {
      const requestId = String(params['requestId']);
      inflight.delete(requestId);
      lastActivity = performance.now();
      const recorded = byId.get(requestId);
      if (recorded) recorded.failed = String(params['blockedReason'] ?? params['errorText'] ?? 'failed');
    } else if (event.method === 'Page.loadEventFired') {
      loaded = true;
    } else if (event.method === 'Page.javascriptDialogOpening') {
      void send('Page.handleJavaScriptDialog', { accept: false }).catch(() => undefined);
    }
  });

  const deadline = started + options.totalTimeoutMs;
  /** Waits for the load event, then for SETTLE_MS without network activity; false on timeout. */
  const settle = async (limit: number): Promise<boolean> => {
    const until = Math.min(performance.now() + limit, deadline);
    while (performance.now() < until) {
      const quiet = performance.now() - lastActivity;
      if (loaded && inflight.size === 0 && quiet >= SETTLE_MS) return true;
      await delay(50);
    }
    return false;
  };
  const evaluate = async <T>(expression: string): Promise<T | undefined> => {
    const reply = await send<{ result?: { value?: T } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }).catch(() => undefined);
    return reply?.result?.value;
  };

  try {
    await send('Network.enable');
    await send('Page.enable');
    const tree = await send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree');
    mainFrame = tree.frameTree.frame.id;
    await browser.send('Browser.setDownloadBehavior', { behavior: 'deny', browserContextId }).catch(() => undefined);
    const queue: { url: string; depth: number }[] = [];
    const queued = new Set<string>();
    for (const url of options.urls) {
      const normal = normalizePageUrl(url);
      if (normal && !queued.has(normal)) {
        queued.add(normal);
        queue.push({ url: normal, depth: 0 });
      }
    }
    while (queue.length > 0 && record.pages.length < options.pages) {
      if (performance.now() >= deadline) {
        record.warnings.push(`stopped after ${record.pages.length} pages: the crawl's time limit of ${Math.round(options.totalTimeoutMs / 1000)} s was reached; ${queue.length} queued pages not loaded`);
        break;
      }
      const next = queue.shift()!;
      page = next.url;
      loaded = false;
      lastActivity = performance.now();
      const crawled: CrawledPage = { url: next.url, depth: next.depth, status: 'settled' };
      record.pages.push(crawled);
      const navigation = await send<{ errorText?: string }>('Page.navigate', { url: next.url }).catch((error: Error) => ({ errorText: error.message }));
      if (navigation.errorText) {
        crawled.status = 'error';
        crawled.error = navigation.errorText;
        record.warnings.push(`${next.url}: could not load (${navigation.errorText})`);
        continue;
      }
      let settled = await settle(options.pageTimeoutMs);
      if (options.waitMs > 0) await delay(options.waitMs);
      // One scroll, for tags that load on scroll or when a section comes into view.
      await evaluate('window.scrollTo(0, document.documentElement.scrollHeight); true');
      settled = (await settle(Math.max(SETTLE_MS * 4, 2_000))) && settled;

      if (options.consent && !record.consent) {
        const { action, selectors } = options.consent;
        const lists = selectors.map((platform) => ({ vendor: platform.vendor, list: action === 'accept' ? platform.accept : platform.reject }));
        const flat = lists.flatMap(({ vendor, list }) => list.map((selector) => ({ vendor, selector })));
        // The click's own requests are sent before the evaluation returns: switch the phase first.
        const mark = record.requests.length;
        phase = action === 'accept' ? 'after-accept' : 'after-reject';
        const index = await evaluate<number>(`(${CLICK_FIRST})(${JSON.stringify(flat.map((item) => item.selector))})`);
        record.consent = { page: next.url, action, ...(index !== undefined && index >= 0 ? { vendor: flat[index]!.vendor } : {}) };
        if (index === undefined || index < 0) {
          phase = 'page-load';
          for (const request of record.requests.slice(mark)) request.phase = 'page-load';
          record.warnings.push(`${next.url}: no consent banner of a known platform was found to ${action}`);
        } else {
          for (const request of record.requests.slice(0, mark)) request.phase = 'before-consent';
          lastActivity = performance.now();
          settled = (await settle(options.pageTimeoutMs)) && settled;
          if (options.waitMs > 0) await delay(options.waitMs);
        }
      }
      if (!settled) {
        crawled.status = 'timeout';
        record.warnings.push(`${next.url}: the network did not settle within ${Math.round(options.pageTimeoutMs / 1000)} s; recorded as far as it got`);
      }

      const keys = await evaluate<string[]>('(() => { try { return Object.keys(window.localStorage); } catch { return []; } })()');
      const origin = (await evaluate<string>('location.origin')) ?? new URL(next.url).origin;
      for (const key of keys ?? []) record.storage.push({ origin, key, page: next.url });

      if (next.depth >= options.depth) continue;
      const links = (await evaluate<string[]>('[...document.querySelectorAll("a[href]")].map((a) => a.href)')) ?? [];
      for (const link of links) {
        const normal = normalizePageUrl(link, next.url);
        if (!normal || queued.has(normal) || !sites.has(siteOf(new URL(normal)))) continue;
        queued.add(normal);
        queue.push({ url: normal, depth: next.depth + 1 });
      }
    }
    const { cookies } = await browser.send<{ cookies: { name: string; domain: string }[] }>('Storage.getCookies', { browserContextId }).catch(() => ({ cookies: [] }));
    for (const cookie of cookies) record.cookies.push({ name: cookie.name, domain: cookie.domain.replace(/^\./, '') });
  } finally {
    unsubscribe();
    await browser.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
  }
  record.durationMs = Math.round(performance.now() - started);
  return record;
}
