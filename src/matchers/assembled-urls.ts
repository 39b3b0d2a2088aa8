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
//   base joins       a name given a URL literal, then joined with a path in the same file:
//                    `GITHUB_OAUTH_URL = "https://github.com/login/oauth"` … `f"{GITHUB_OAUTH_URL}/access_token"`,
//                    `${BASE}/…` (JavaScript, Kotlin, Dart), `#{BASE}/…` (Ruby), `"$base/…"` (Kotlin, Dart, PHP),
//                    `BASE + "/…"`, `$base . '/…'` (PHP), `BASE <> "/…"` (Elixir), `fmt.Sprintf("%s/…", BASE)` (Go);
//                    located at the join, where the URL is used

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

/** Where a URL literal opens: the scan for named URLs starts at each and reads back for the name. */
const URL_OPENING = /["'`]https?:\/\//g;
/** The URL literal itself, from its opening quote. */
const URL_LITERAL = new RegExp(String.raw`["'\`](?<url>https?://${HOST_NAME}(?:/[A-Za-z0-9._~%!&()*+,;=:@/-]{0,200})?)["'\`]`, 'iy');
/**
 * The name a URL literal is given, read back from the literal: a constant, a variable or a field
 * (`this.baseUrl = '…'`, PHP's `$base = '…'`, `val BASE: String = "…"`, an object key `apiBase: '…'`,
 * Go's `base := "…"`), or an Elixir module attribute (`@base_url "…"`).
 */
const NAME_BEFORE = /(?<![\w$@])(?:(?<name>\$?[A-Za-z_][\w$]{1,60})[ \t]{0,8}(?::[ \t]{0,8}[\w.<>?]{1,40}[ \t]{0,8})?(?::=|=>|=|:)|(?<attribute>@[a-z_]\w{1,60})[ \t])[ \t]{0,8}$/i;
/** How far back from a URL literal its name may start. */
const NAME_WINDOW = 140;
/** A path joined to a name: written after it in one string, or concatenated to it. */
const JOIN_PATH = String.raw`(?<path>/[A-Za-z0-9._~%!&()*+,;=:@/-]{1,200})`;
/** An optional owner before the name: `self.`, `this.`, `static::`, `$this->`, `Config.`. */
const OWNER = String.raw`(?:[\w$]{1,60}(?:\.|::|->))?`;
const NAME = String.raw`(?<name>[@$]?[A-Za-z_][\w$]{1,60})`;
const JOINS = [
  // `${BASE}/…`, `#{@base}/…`, f"{BASE}/…", "{$base}/…"
  new RegExp(String.raw`(?:\$\{|#\{|\{)\s{0,8}${OWNER}${NAME}\s{0,8}\}${JOIN_PATH}`, 'g'),
  // "$BASE/…" in Kotlin, Dart and PHP strings (the `$` is PHP's variable sigil or the interpolation)
  new RegExp(String.raw`(?<![\w$\\])(?<name>\$[A-Za-z_]\w{1,60})${JOIN_PATH}`, 'g'),
  // fmt.Sprintf("%s/…", BASE), "%s/…" % BASE
  new RegExp(String.raw`["'\`]%[sv]${JOIN_PATH}["'\`]\s{0,8}(?:,|%)\s{0,8}${OWNER}${NAME}\b`, 'g'),
];
/** A concatenation's operator and the path string after it; its name is read back from the operator. */
const CONCAT = new RegExp(String.raw`[ \t]{0,4}(?:\+|\.\.?|<>)[ \t]{0,4}["'\`]${JOIN_PATH}["'\`]`, 'g');
/** The name before a concatenation: BASE + "/…", $base . '/…', @base <> "/…", BASE .. "/…". */
const CONCAT_NAME = new RegExp(String.raw`(?<![\w$@])${OWNER}${NAME}$`);
/** How far back from a concatenation's operator its name may start: an owner and a name, each of up to 62 characters. */
const CONCAT_WINDOW = 2 * 62;
/** How many named URLs of one file are followed: a table of hundreds is data, not a client. */
const MAX_URL_NAMES = 200;
/** How many URLs one name may hold (a base set per environment), and how many joined URLs one file yields: a hostile file of
 * thousands of names and joins costs a bounded amount. */
const MAX_URLS_PER_NAME = 8;
const MAX_JOINED_URLS = 2000;

function joined(host: string, path: string): string {
  return `https://${host.toLowerCase()}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The URLs `code` (comments blanked) assembles from parts. */
export function assembledUrls(code: string): AssembledUrl[] {
  if (!HINT.test(code)) return baseJoins(code);
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
  found.push(...baseJoins(code));
  return found;
}

/** A cheap test for base joins: a path after a closing brace, a `$name`, or a string opening on `/` after an operator. */
const JOIN_HINT = /\}\/|\$[A-Za-z_]\w{0,60}\/|(?:\+|\.|<>)\s{0,4}["'`]\/|%[sv]\//;

/** URLs made by joining a path to a name that holds a URL literal (`f"{GITHUB_OAUTH_URL}/access_token"`). */
function baseJoins(code: string): AssembledUrl[] {
  if (!code.includes('://') || !JOIN_HINT.test(code)) return [];
  const bases = new Map<string, Set<string>>();
  for (const opening of code.matchAll(URL_OPENING)) {
    if (bases.size >= MAX_URL_NAMES) break;
    const named = NAME_BEFORE.exec(code.slice(Math.max(0, opening.index - NAME_WINDOW), opening.index));
    if (!named) continue;
    URL_LITERAL.lastIndex = opening.index;
    const literal = URL_LITERAL.exec(code);
    if (!literal) continue;
    const name = named.groups!.name ?? named.groups!.attribute!;
    // The host as the other builders write it, lower-case; the path as written.
    const url = literal.groups!.url!.replace(/\/+$/, '').replace(/^https?:\/\/[^/]+/, (origin) => origin.toLowerCase());
    const urls = bases.get(name) ?? new Set<string>();
    if (urls.size < MAX_URLS_PER_NAME) bases.set(name, urls.add(url));
  }
  if (bases.size === 0) return [];
  const found: AssembledUrl[] = [];
  const joins: Array<{ name: string; path: string; offset: number }> = [];
  for (const join of JOINS) {
    for (const match of code.matchAll(join)) joins.push({ name: match.groups!.name!, path: match.groups!.path!, offset: match.index });
  }
  for (const match of code.matchAll(CONCAT)) {
    const named = CONCAT_NAME.exec(code.slice(Math.max(0, match.index - CONCAT_WINDOW), match.index));
    if (named) joins.push({ name: named.groups!.name!, path: match.groups!.path!, offset: match.index - named[0].length });
  }
  for (const { name, path, offset } of joins) {
    // PHP writes `$base` at both ends; Kotlin and Dart interpolate `$BASE` of a name declared without it.
    const urls = bases.get(name) ?? (name.startsWith('$') ? bases.get(name.slice(1)) : undefined);
    if (!urls) continue;
    for (const url of urls) found.push({ url: `${url}${path}`, offset });
    if (found.length >= MAX_JOINED_URLS) break;
  }
  return found;
}
