import type { Catalog } from '../catalog/catalog.js';
import { vendorsOfHost } from '../catalog/catalog.js';
import { matchSource } from '../matchers/code.js';
import { languageOf } from '../matchers/languages.js';
import { isFirstParty, thirdPartyEntity, type ThirdPartyHit } from '../matchers/third-parties.js';
import type { VendorEvidence } from '../types.js';
import type { CrawlRecord, RecordedRequest } from './crawl.js';

// Requests the browser recorded → the same evidence a code scan produces, attributed with the
// catalog's domains; hosts the catalog does not know become unlisted third parties through
// third-party-web, as in code. Everything after this (detections, checks, exceptions,
// suppression, reporters) is shared with `check`.

const MAX_MATCH = 120;

export interface RuntimeEvidence {
  evidence: VendorEvidence[];
  thirdParties: (ThirdPartyHit & { path: string })[];
}

function clip(text: string): string {
  return text.length > MAX_MATCH ? `${text.slice(0, MAX_MATCH - 1)}…` : text;
}

/**
 * Vendors of one request: by host, else by the catalog's script-loader patterns run over the URL
 * as a script tag. A host two products share is told apart by path that way
 * (`connect.facebook.net/.../fbevents.js` is the Meta Pixel), and an embed known by its URL
 * (`youtube.com/embed/`) is found without listing the whole of youtube.com as a domain.
 */
function vendorsOfRequest(catalog: Catalog, url: URL): string[] {
  const byHost = vendorsOfHost(catalog, url.hostname);
  if (byHost.length > 0) return byHost;
  const html = `<script src="${url.href.replace(/"/g, '%22')}"></script>`;
  return [...new Set(matchSource(catalog, 'crawl.html', html, languageOf('crawl.html')!).map((item) => item.vendor))];
}

/** Hosts of the crawled sites themselves and the manifest's first-party domains are never third parties. */
export function attributeRequests(catalog: Catalog, record: CrawlRecord, firstPartyDomains: string[]): RuntimeEvidence {
  const own = [...new Set(record.start.map((start) => new URL(start).hostname.replace(/^www\./, ''))), ...firstPartyDomains];
  const evidence: VendorEvidence[] = [];
  const thirdParties: (ThirdPartyHit & { path: string })[] = [];
  const seen = new Set<string>();
  for (const request of record.requests) {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      continue;
    }
    const vendors = vendorsOfRequest(catalog, url);
    for (const vendor of vendors) {
      // One item per vendor, page, host and phase: a tracker's twenty beacons are one fact.
      const key = `${vendor}\0${request.page}\0${url.hostname}\0${request.phase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(requestEvidence(vendor, request, url));
    }
    if (vendors.length > 0 || isFirstParty(url.hostname, own)) continue;
    const entity = thirdPartyEntity(url.hostname);
    const key = `\0${request.page}\0${url.hostname}`;
    if (!entity || seen.has(key)) continue;
    seen.add(key);
    thirdParties.push({ host: url.hostname, ...entity, path: request.page, line: 1, column: 1 });
  }
  return { evidence, thirdParties };
}

/** `https://static.hotjar.com/c/hotjar-1.js` loaded by `www.googletagmanager.com/gtm.js`: where it came from, in words-free form. */
function requestEvidence(vendor: string, request: RecordedRequest, url: URL): VendorEvidence {
  const by = request.initiator.at(-1);
  const from = by ? ` via ${shortUrl(by)}` : '';
  return { vendor, kind: 'request', path: request.page, line: 1, column: 1, match: `${clip(url.href)}${from}`, request: { ...request } };
}

/** Host and path of a URL, without its query: `www.googletagmanager.com/gtm.js`. */
function shortUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return clip(`${url.host}${url.pathname}`);
  } catch {
    return clip(raw);
  }
}
