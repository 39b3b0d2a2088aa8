// URLs a program assembles from parts instead of writing out: a host in one argument or field and
// the path in another. A vendor whose endpoint is known by its path as well as its host
// (`google.com/s2/favicons`, `lrclib.net/api/get`, `github.com/login/oauth/authorize`) is matched
// by a code pattern over the whole URL, which a builder never spells. Each construct below yields
// `https://<host><path>` located at the host literal; the catalog's patterns then run on it.
//   field builders   C# `new UriBuilder { Host = "…", Path = "…" }`, Go `url.URL{Host: "…", Path: "…"}`,
//                    Dart `Uri(host: '…', path: '…')`, Swift `components.host = "…"` then `.path = "…"`,
//                    JavaScript `url.hostname = '…'` then `url.pathname = '…'`
//                    https://learn.microsoft.com/dotnet/api/system.uribuilder https://pkg.go.dev/net/url#URL
//                    https://api.dart.dev/dart-core/Uri/Uri.html https://developer.apple.com/documentation/foundation/urlcomponents
//   call builders    Dart `Uri.https('…', '/…')` https://api.dart.dev/dart-core/Uri/Uri.https.html,
//                    OkHttp `.host("…")…addPathSegments("…")` https://square.github.io/okhttp/5.x/okhttp/okhttp3/-http-url/-builder/,
//                    Android `.authority("…")…appendPath("…")` https://developer.android.com/reference/android/net/Uri.Builder,
//                    Python `urlunparse(("https", "…", "/…", …))` https://docs.python.org/3/library/urllib.parse.html#urllib.parse.urlunparse

import { HOST_NAME } from './third-parties.js';

/** A URL assembled from parts: the URL, and where its host literal starts in the code. */
export interface AssembledUrl {
  url: string;
  offset: number;
}

const PATH = String.raw`/?[A-Za-z0-9._~%!$&()*+,;=:@/-]{1,200}`;

/** A field or named argument holding a host literal: `Host = "…"`, `host: '…'`, `.hostname = "…"`. */
const HOST_FIELD = new RegExp(String.raw`\b(?:[Hh]ost|hostname|authority)\s*[:=]\s*["'](?<host>${HOST_NAME})["']`, 'g');
/** The path beside it, in the same builder: `Path = "…"`, `path: '…'`, `.pathname = '…'`. */
const PATH_FIELD = new RegExp(String.raw`\b(?:[Pp]ath|pathname)\s*[:=]\s*["'](?<path>${PATH})["']`, 'g');
/** How far from a host field its path field may stand: one builder, or a few statements on one components object. */
const FIELD_WINDOW = 300;

/** Calls whose first two string arguments are the host and the path. */
const HOST_PATH_CALL = new RegExp(String.raw`(?:\bUri\.https?|\burlunparse|\burlunsplit)\s*\(\s*(?:\(\s*["']https?["']\s*,\s*)?["'](?<host>${HOST_NAME})["']\s*,\s*["'](?<path>${PATH})["']`, 'g');
/** A builder chain's host call, then its path segments up to the chain's end. */
const HOST_CALL = new RegExp(String.raw`\.(?:host|authority|encodedAuthority)\(\s*"(?<host>${HOST_NAME})"\s*\)`, 'g');
const SEGMENT_CALL = /\.(?:addPathSegments?|addEncodedPathSegments?|appendPath|appendEncodedPath|encodedPath|path)\(\s*"(?<segment>[^"\s]{1,200})"\s*\)/g;
/** How far a chain's path segments may follow its host call. */
const CHAIN_WINDOW = 400;

/** A cheap test first: files with no builder word are most files. */
const HINT = /\b(?:[Hh]ost|hostname|authority|urlunparse|urlunsplit)\b|\bUri\.https?\s*\(/;

function joined(host: string, path: string): string {
  return `https://${host.toLowerCase()}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The URLs `code` (comments blanked) assembles from parts. */
export function assembledUrls(code: string): AssembledUrl[] {
  if (!HINT.test(code)) return [];
  const found: AssembledUrl[] = [];
  for (const match of code.matchAll(HOST_FIELD)) {
    const host = match.groups!.host!;
    const offset = match.index + match[0].indexOf(host);
    const from = Math.max(0, match.index - FIELD_WINDOW);
    const window = code.slice(from, Math.min(code.length, match.index + match[0].length + FIELD_WINDOW));
    for (const path of window.matchAll(PATH_FIELD)) found.push({ url: joined(host, path.groups!.path!), offset });
  }
  for (const match of code.matchAll(HOST_PATH_CALL)) {
    const host = match.groups!.host!;
    found.push({ url: joined(host, match.groups!.path!), offset: match.index + match[0].indexOf(host) });
  }
  for (const match of code.matchAll(HOST_CALL)) {
    const host = match.groups!.host!;
    const after = code.slice(match.index + match[0].length, match.index + match[0].length + CHAIN_WINDOW);
    // The chain ends at its `.build()` or the statement's end.
    const end = after.search(/\.build\(\s*\)|;|\n\s*\n/);
    const chain = end === -1 ? after : after.slice(0, end);
    const segments = [...chain.matchAll(SEGMENT_CALL)].map((segment) => segment.groups!.segment!.replace(/^\/+|\/+$/g, ''));
    if (segments.length > 0) found.push({ url: joined(host, `/${segments.join('/')}`), offset: match.index + match[0].indexOf(host) });
  }
  return found;
}
