import thirdPartyWeb from 'third-party-web/nostats-subset.js';

const { getEntity } = thirdPartyWeb;
import type { Position } from '../types.js';

// Third parties the catalog does not know: hosts a script is loaded from, or that code sends to,
// named with the `third-party-web` entity data (MIT; https://github.com/patrickhulce/third-party-web).
// Only hosts it recognises are reported, and only where the code loads or calls them: a link in
// a footer is not a data flow. CDNs and hosting are infrastructure, not subprocessors by design.

/** A third-party host seen in code, before first-party filtering (which needs the manifest). */
export interface ThirdPartyHit extends Position {
  host: string;
  entity: string;
  category: string;
}

const SKIPPED_CATEGORIES = new Set(['cdn', 'hosting']);

/** A host name as a URL or a builder spells it: up to nine labels, each bounded, so no match backtracks far. */
export const HOST_NAME = String.raw`[a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24}`;

// A literal absolute URL in a loading or sending position: `<script src=`, `.src =`, `import(`,
// `fetch(`, `navigator.sendBeacon(`, `new WebSocket(`, `new EventSource(`, `xhr.open('POST', `.
const URL_CONTEXT = new RegExp(
  String.raw`(?:\bsrc\s*[=:]\s*(?:\{\s*)?["'\`]|\.src\s*=\s*["'\`]|\b(?:import|fetch|sendBeacon|importScripts|loadScript|getScript)\s*\(\s*["'\`]|\bnew\s+(?:WebSocket|EventSource)\s*\(\s*["'\`]|\.open\s*\(\s*["'\`](?:GET|POST|PUT)["'\`]\s*,\s*["'\`])(?:(?:https?|wss?):)?\/\/(?<host>${HOST_NAME})(?=[/:"'\`?#\s])`,
  'gi',
);

/** Keywords that make the prefilter hand a file to this matcher even with no vendor keyword. */
export const THIRD_PARTY_KEYWORDS = ['<script', '<iframe', 'sendbeacon'];

/** The third-party-web entity of a host, unless it is a CDN or hosting; for hosts seen at runtime. */
export function thirdPartyEntity(host: string): { entity: string; category: string } | undefined {
  const entity = getEntity(`https://${host}/`);
  if (!entity || SKIPPED_CATEGORIES.has(entity.category)) return undefined;
  return { entity: entity.name, category: entity.category };
}

/** Third-party hosts loaded or called in already comment-blanked code. */
export function findThirdParties(code: string, at: (offset: number) => Position, known: (host: string) => boolean): ThirdPartyHit[] {
  const hits: ThirdPartyHit[] = [];
  // Every absolute URL has `//`; most files have none left once comments are blanked.
  if (!code.includes('//')) return hits;
  const seen = new Set<string>();
  URL_CONTEXT.lastIndex = 0;
  for (let match = URL_CONTEXT.exec(code); match; match = URL_CONTEXT.exec(code)) {
    const host = match.groups!.host!.toLowerCase();
    if (seen.has(host) || known(host)) continue;
    seen.add(host);
    const entity = getEntity(`https://${host}/`);
    if (!entity || SKIPPED_CATEGORIES.has(entity.category)) continue;
    hits.push({ host, entity: entity.name, category: entity.category, ...at(match.index + match[0].length - host.length) });
  }
  return hits;
}

/** Hosts that are never third parties: the product's own, loopback, and reserved example names. */
export function isFirstParty(host: string, firstParty: string[]): boolean {
  const lower = host.toLowerCase();
  const own = ['localhost', 'example.com', 'example.org', 'example.net', ...firstParty.map((domain) => domain.toLowerCase().replace(/^\*\./, ''))];
  if (own.some((domain) => lower === domain || lower.endsWith(`.${domain}`))) return true;
  return /\.(?:test|local|localhost|example|invalid|internal)$/.test(lower) || /^[\d.]+$/.test(lower);
}
