import tlds from 'tlds' with { type: 'json' };
import type { MentionConstruct } from '../types.js';

// The code around a match that makes it a mention: the code recognises, allows or defaults to a
// vendor's host, but does not call it. Decided by construct, for every language alike, from the
// line a match stands on (comments already blanked) and, for lists, its neighbours:
//   allow-list     CSP directives, iframe/host allow-lists, a list of host literals, several hosts in one string,
//                  the remote image hosts a framework's image optimizer accepts (Next.js `images.domains`,
//                  `images.remotePatterns[].hostname`)
//   url-pattern    a host compared with (`===`, `case`, `.endsWith(`) or named by a regex literal, unless what is
//                  compared is the product's configured API base URL (a vendor special-cased, so called)
//   placeholder    an input's placeholder or hint text; an example payload of API docs that spans lines
//                  (`example = json!({`, `examples=[{`, `"example": {`); a URL whose ids are dummies
//                  (`hooks.slack.com/services/T00000000/B00000000/XXXXXXXX`)
//   default-value  the fallback of an environment lookup, `env('MAIL_HOST', 'smtp.mailgun.org')`
//   resource-hint  `<link rel="preconnect|dns-prefetch">`: a connection warmed up, nothing sent
//   url-pattern    also the replacement template of a recogniser: `url: "www.youtube.com/embed/$1"`, and
//                  a URL template of an embed engine's provider table: `url: '//player.vimeo.com/video/{id}'`
//                  beside another provider's template (Semantic UI, Editor.js `<%= remote_id %>`)
//   media-link     in a JSON data file, the value of an image field (`"imageUrl": "https://res.cloudinary.com/..."`):
//                  content a page may show, not the product's configuration
//   hyperlink      a bare host in the `href` of an anchor (`<a href="https://en.gravatar.com">`, JSX, templates,
//                  Rails' `link_to` and Phoenix's `link(to:)` helpers, a Markdown link in a help string):
//                  a page the reader may open, nothing loaded or sent until then. Host evidence only: a
//                  signature that names an endpoint (an OAuth authorize URL in a link) stays an integration,
//                  and so does a player's `/embed/` URL, which a lightbox opens in an iframe
//   url-list       a whole URL alone on its line, or in a one-line record, in a vertical list naming five or more
//                  different sites (a directory or presets the product's users pick from: an OAuth client's suggested
//                  token endpoints, a settings page's AI providers)
//   model-list     a model id listed one per line among models of other providers (a model picker's options)
//   code-sample    (decided in src/matchers/code.ts) a JavaScript import inside a template literal that spans lines:
//                  a setup snippet the product shows its users, not a module it loads
//   not-installed  (decided in src/context/index.ts, not here) configuration of a strategy whose package the
//                  project does not install: `twitter: {Ueberauth.Strategy.Twitter, []}` without ueberauth_twitter
// Every function here is total: odd code yields undefined, never an exception.

const CSP_OR_ALLOW_LIST =
  /content.security.policy|\b(?:default|script|style|img|connect|frame|child|font|media|object|worker|manifest|form)[-_]src\b|\bframe[-_]ancestors\b|\bform[-_]action\b|\bSafeIframeRegexp\b|\b(?:script|connect|frame|img|default|style|font|child|media|worker)Src\b|allow-?list|white-?list|\ballowed[_-]?(?:hosts|origins|domains|sources|iframe)|iframe[_-]?(?:sources|hosts|domains|origins)|\btrusted[_-]?(?:hosts|origins|domains|sources)\b|\bbypass[_-]?(?:domains|hosts|list)\b/i;

// Just before a string literal: it is compared or tested, not called.
const COMPARED_BEFORE =
  /(?:[!=]==?|\bcase|\bwhen|\bin\s*\(?|\.(?:includes|startsWith|endsWith|indexOf|test|match|contains|hasSuffix|hasPrefix|equals)\s*\(|\bstrings\.(?:Contains|HasSuffix|HasPrefix|EqualFold)\s*\([^,()]*,|\b(?:str_contains|str_ends_with|str_starts_with)\s*\([^,()]*,)\s*$/i;
// The pattern of a regular expression compiled from a string (Go `regexp.MustCompile("https?://www.youtube.com/embed/...")`,
// Python `re.compile(r"...")`, Java `Pattern.compile(`, C# `new Regex(`, Rust `Regex::new(`, PHP `preg_match('...'`, Ruby
// `Regexp.new(`, JS `new RegExp(`, Swift `NSRegularExpression(pattern:`): a URL the code recognises, not one it calls.
const REGEX_CTOR_BEFORE =
  /(?:\bregexp\.(?:MustCompile|Compile)(?:POSIX)?|\bre\.(?:compile|match|search|fullmatch|sub|findall|finditer|split)|\bPattern\.(?:compile|matches)|\bnew\s+Regex|\bRegex(?:::new)?|\bRegexp\.new|\bnew\s+RegExp|\bRegExp|\bpreg_(?:match|match_all|replace|replace_callback|split)|\bNSRegularExpression\s*\(\s*pattern\s*:)\s*\(?\s*[rbuR]?$/;
// The compared value is the product's own configured API base (`api_base_url.startswith("https://api.groq.com")`,
// `baseURL.includes('api.deepinfra.com')`, Go `strings.HasPrefix(cfg.BaseURL, "`): the code special-cases calling
// that vendor's API, so the product is built to send data there. A recogniser tests a link or a page instead.
const API_BASE_NAME = String.raw`(?:base_?ur[il]|api_?base|api_?url|api_?host|api_?endpoint)\w*`;
const API_BASE_COMPARED = new RegExp(
  String.raw`\b[\w$.]*${API_BASE_NAME}\s*\)?\s*(?:\.(?:startsWith|includes|contains|hasPrefix)\s*\(|[!=]==?)\s*$|\b(?:strings\.(?:HasPrefix|Contains)|str_(?:starts_with|contains))\s*\(\s*[\w$.>-]*${API_BASE_NAME}\s*,\s*$`,
  'i',
);
// Just after it: `'x' === host`, or the end of a `case 'x':` label.
const COMPARED_AFTER = /^\s*(?:[!=]==?|\.(?:equals|includes)\s*\()/;

// An array named for what a recogniser looks for (`const GTM_SIGNATURES = ['googletagmanager.com/gtm.js']`,
// `knownPatterns = [...]`): the literals in it are tested against pages, not loaded.
const RECOGNISER_ARRAY_BEFORE = /\b[\w$]*(?:signatures?|patterns?|matchers?|detectors?|fingerprints?)\s*(?::[^=\n]{0,60})?=\s*\[[^\]]*$/i;

const PLACEHOLDER_BEFORE = /\b(?:placeholder|hint|hintText|example)\s*[=:]\s*\{?\s*(?:t\(|__\(|_\()?\s*$|\b(?:setPlaceholder|setHint|placeholder)\s*\(\s*$/i;

// The opening of an example value that spans lines: an OpenAPI or JSON-schema example payload (utoipa's
// `example = json!({`, pydantic's `examples=[{`, NestJS's `@ApiProperty({ example: {`, a schema's `"example": {`).
// Literals inside are sample data shown in API docs.
const EXAMPLE_OPEN = /\bexamples?["']?\s*[=:(]\s*(?:json!\s*\(\s*)?[{[(]/gi;
/** How far above a literal its example's opening may stand. */
const EXAMPLE_WINDOW = 3_000;

// A URL path segment that is a dummy id, all zeros or X's after an optional type letter (Slack's documented
// `T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`): a sample, never an endpoint the product calls.
const DUMMY_SEGMENT = /\/[A-Za-z]?(?:X{6,}|x{6,}|0{6,})(?=[/?#&]|$)/;

// A host whose first label asks the reader to put their own in (`https://your-resource.openai.azure.com`,
// `YOUR_SUBDOMAIN.zendesk.com`, `yourcompany.atlassian.net`): an instruction in a hint or a help text, never a
// host the product calls. `yourls.org` is a real host: the label must name what to fill in.
const PLACEHOLDER_LABEL = /^(?:your[-_]\w|your(?:company|domain|org|organi[sz]ation|instance|tenant|subdomain|server|site|shop|store|app|project|workspace|account|resource|name|team)\b)/i;

/** The host around `offset` (`your-resource.openai.azure.com` for a match on any part of it). */
function hostAround(text: string, column: number): string {
  let start = Math.min(column, text.length);
  while (start > 0 && /[\w.-]/.test(text[start - 1]!)) start--;
  let end = Math.min(column, text.length);
  while (end < text.length && /[\w.-]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

// The fallback argument of an environment or configuration lookup.
// A fallback that is a whole endpoint URL (`env('GRAVATAR_URL', 'https://www.gravatar.com/avatar')`) is the
// product's own default, called unless an operator overrides it; a framework skeleton's defaults fill a
// connection setting with a bare host (`env('MAIL_HOST', 'smtp.mailgun.org')`). An API base with its scheme and no
// path (`process.env.HAVE_I_BEEN_PWNED_URL || 'https://api.pwnedpasswords.com'`) is the product's default endpoint too.
const ENDPOINT_URL = /^(?:(?:https?:)?\/\/[\w.-]+(?::\d+)?\/[\w.~%-]|https?:\/\/[\w.-]+(?::\d+)?\/?$)/i;
const DEFAULT_BEFORE =
  /(?:\b(?:env|getenv|Env::get|os\.environ\.get|os\.getenv|environ\.get|System\.getenv|config|ENV\.fetch|env\.get|Deno\.env\.get)\s*\(\s*["'][^"']*["']\s*,\s*|\bprocess\.env\.[A-Z0-9_]+\s*(?:\|\||\?\?)\s*|\bENV\[\s*["'][^"']*["']\s*\]\s*(?:\|\||\?\?)\s*|\bgetenv\(\s*["'][^"']*["']\s*\)\s*\?:\s*|\bos\.Getenv\(\s*"[^"]*"\s*\)\s*(?:\|\||\?\?)\s*)$/;

// `$1`..`$9`: a regular-expression replacement, the output side of a URL recogniser (TinyMCE's media table).
const REPLACEMENT_TEMPLATE = /\$[1-9]/;

/**
 * A URL template that a generic embed engine fills in with a media id: `//player.vimeo.com/video/{id}`,
 * `https://www.youtube.com/embed/<%= remote_id %>`. Code that embeds one vendor itself builds the
 * URL (`${id}`, `+ id`); an id placeholder left for an engine means a table of providers. Map tile
 * templates (`{z}/{x}/{y}`) are not this: a map loads every tile layer it lists.
 */
const URL_TEMPLATE = /\/\/(?<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)[^\s'"`]*?(?:(?<!\$)\{\{?\s*(?:[a-z_]\w*_)?id\s*\}\}?|<%=?\s*(?:[a-z_]\w*_)?id\s*%>)/gi;
/** How far around a template its sibling providers may stand (a provider entry spans a few dozen lines). */
const TABLE_WINDOW = 3_000;

// An oEmbed endpoint (https://oembed.com/#section7.1: `https://www.youtube.com/oembed`, `https://vimeo.com/api/oembed.json`).
// Beside another provider's, it is an entry of an oEmbed provider table: the app asks whichever provider a
// shared link points to for its title and thumbnail, and picks none itself.
const OEMBED_ENDPOINT = /\/\/(?<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)[^\s'"`]*?\boembed\b/gi;

// A JSON key naming an image: `"imageUrl":`, `"thumbnail":`, `"logo":`, just before the value.
const MEDIA_KEY_BEFORE = /["'](?:[a-z]+[_-]?)?(?:image|img|thumbnail|thumb|avatar|logo|icon|cover|photo|picture|banner|poster|screenshot|preview)(?:[_-]?(?:url|uri|src|href|link))?["']\s*:\s*$/i;

// In a JSON data file, a URL under `url`/`href` of an image object (ActivityPub's `"icon": {"type": "Image", "url": ...}`),
// or a host inside a prose value (`"content"`, `"summary"`: a post's HTML): content a page may show.
const URL_KEY_BEFORE = /["'](?:url|href|src)["']\s*:\s*$/i;
const IMAGE_OBJECT = /["'](?:type|mediaType)["']\s*:\s*["'](?:Image|image\/[\w.+-]+)["']|["'](?:[a-z]+[_-]?)?(?:image|icon|avatar|logo|thumbnail|photo|picture|banner|cover)["']\s*:\s*\{\s*$/i;
// In a JSON data file, the `url` of a record that has a title or a name (`{"title": "60 Seconds!", "image": "...",
// "url": "https://..."}`, a badge's or a directory entry's link): a page the reader may open. Host evidence only.
const LINK_KEY_BEFORE = /["'](?:url|href|link)["']\s*:\s*$/i;
const TITLE_KEY = /["'](?:title|name|label)["']\s*:\s*["']/;

/** Whether the record a key opens at the end of `before` has a title or a name before it (read within 800 characters). */
function inTitledRecord(before: string): boolean {
  const record = before.slice(-800);
  const open = record.lastIndexOf('{');
  return open !== -1 && !record.includes('}', open) && TITLE_KEY.test(record.slice(open));
}
const PROSE_VALUE = /^\s*\{?\s*["'](?:content|summary|body|html|description|text|source|caption|bio|note)["']\s*:\s*"/i;

// An anchor's `href` just before a literal; the tag may start on an earlier line of a wrapped element.
// https://html.spec.whatwg.org/multipage/links.html#attr-hyperlink-href
const HREF_BEFORE = /\bhref\s*=\s*\{?\s*$/i;
// A view helper that writes an anchor, with the URL as its argument: Rails' `link_to "Report", "https://..."`
// (https://api.rubyonrails.org/classes/ActionView/Helpers/UrlHelper.html#method-i-link_to, also the block form
// `link_to "https://..." do`) and Phoenix's `link("Docs", to: "https://...")`
// (https://hexdocs.pm/phoenix_html/Phoenix.HTML.Link.html#link/2).
const LINK_HELPER_BEFORE = /\blink_to\s*\(?\s*(?:(?:"[^"\n]*"|'[^'\n]*'|[\w.@:]+(?:\([^()\n]*\))?)\s*,\s*)?$|\blink\s*\([^()\n]*\bto:\s*$/;
// A player's embed URL in a link is for a lightbox (GLightbox, Fancybox, Magnific Popup) to open in an iframe,
// not a page to read: `<a href="https://www.youtube-nocookie.com/embed/{{ $id }}" class="glightbox-video">`.
const EMBED_PATH = /^(?:https?:)?\/\/[^/\s]+\/(?:[^\s?#]*\/)?embed(?:\/|\?|$)/i;
// A Markdown link, `[Superfeedr](https://pubsubhubbub.superfeedr.com/)`, in a description the code holds (a Ruby heredoc, a
// help string): a page the reader may open. Not an image, `![logo](https://...)`, which renders by loading it.
const MARKDOWN_LINK_BEFORE = /(?<![!\]])\[[^\]\n]{1,200}\]\(\s*(?:https?:)?\/\/$/;
const ANCHOR_OPEN = /<a\b[^<>]*$/i;

// Next.js image optimizer hosts, https://nextjs.org/docs/app/api-reference/components/image#remotepatterns
// (`domains` is its older form): the key on the match's line, the block's name just above it.
// The key may follow an entry's opening brace and its other fields on one line (`{ protocol: 'https', hostname: 'x.com' }`).
const IMAGE_HOSTS_KEY = /^\s*(?:\{\s*)?(?:["']?(?:protocol|port|search)["']?\s*:\s*(?:["'][^"'\n]{0,40}["']|\d{1,5})\s*,\s*){0,3}["']?(?:domains|hostname)["']?\s*:/;
const IMAGE_HOSTS_BLOCK = /\bimages["']?\s*:\s*\{|\bremotePatterns\b/;
// A line of a `remotePatterns` entry (`{`, `hostname: "x.com",`, `pathname: "/**",`, `},`) or of a `domains` array:
// a long list is read upward through them to the block's name.
const IMAGE_HOSTS_ENTRY = /^\s*(?:[{}[\],]+|["']?(?:protocol|hostname|port|pathname|search)["']?\s*:.*|["'][^"']*["'],?|\{\s*(?:["']?(?:protocol|hostname|port|pathname|search)["']?\s*:\s*(?:["'][^"'\n]{0,200}["']|\d{1,5})\s*(?:,\s*)?){1,5}\}\s*,?)\s*$/;
/** Lines of a remotePatterns list read upward from a hostname. */
const IMAGE_HOSTS_LINES = 400;

const RESOURCE_HINT = /\brel\s*=\s*["']?(?:preconnect|dns-prefetch)\b/i;

// A bare host is not a path's segment: `fs.js` of `edge.fullstory.com/s/fs.js` is a file, not a second host.
const HOST_IN_TEXT = /(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s"'`,;]+|(?<![/\w.-])(?:\*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi;

/**
 * How many hosts the URLs and hosts written in one string name. An OAuth scope list names one host
 * many times (`https://www.googleapis.com/auth/gmail.send https://www.googleapis.com/auth/userinfo.email`):
 * a request for access, not a list of allowed sites.
 */
function distinctHosts(found: readonly string[]): number {
  return new Set(found.map((item) => item.replace(/^[a-z][a-z0-9+.-]*:/i, '').replace(/^\/\//, '').split(/[/?#:]/)[0]!.toLowerCase())).size;
}

// A host as a literal holds it: `tile.openstreetmap.org`, `//cdn.x.com/`, `https://*.x.com`, and a domain
// suffix (`.supabase.co`, as a list of trusted endpoint suffixes or cookie domains writes it). One source
// for the three constructs below, so they agree on what a host literal is.
const HOST_TEXT = String.raw`(?:(?:https?:)?\/\/)?(?:\*?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?`;
const QUOTE = '["\'`]';

// A literal that is only a host.
const BARE_HOST = new RegExp(`^${HOST_TEXT}$`, 'i');

// A quoted host literal followed by list punctuation: `"tile.openstreetmap.org",`, `"x.com" }`.
const HOST_LITERAL = new RegExp(String.raw`${QUOTE}${HOST_TEXT}${QUOTE}\s*[,\]}]`, 'gi');

// A line holding one host literal and list punctuation: `"player.vimeo.com",` or `"x.com": {},`.
const HOST_LIST_ITEM = new RegExp(String.raw`^\s*${QUOTE}${HOST_TEXT}${QUOTE}\s*(?::\s*(?:\{\s*\}|true|1|null|nil)|=>\s*(?:true|1))?\s*[,;]?\s*$`, 'i');

// A YAML sequence item that is only a host: `      - ad.doubleclick.net` (a referrer database, a list of domains).
const YAML_HOST_ITEM = new RegExp(String.raw`^\s*-\s+["']?${HOST_TEXT}["']?\s*$`, 'i');

// A line of a multi-line string that only continues a list of hosts: `  https://api.x.com \`
// (a CSP header built over several lines in Rust, shell or nginx). Each token is a host with whatever
// path follows it, written so that a token can be split only one way: a host pattern followed by
// `[^\s]*` could end anywhere inside the token, and a line of ten such tokens that fails at its end
// then backtracks through every split (seconds per line, a hang for a hostile one).
const HOST_TOKEN = String.raw`(?:(?:https?:)?\/\/)?(?:\*\.)?[a-z0-9-]+\.[a-z0-9-][^\s'"\`]*`;
const HOST_CONTINUATION = new RegExp(String.raw`^\s*(?:${HOST_TOKEN}\s+)*${HOST_TOKEN}\s*(?:\\|;|["'\`]\s*[,;)]?)?\s*$`, 'i');
/** Lines above a continued host that are looked at for the directive opening the list. */
const CONTINUATION_LINES = 40;
// A CSP source keyword, quoted as the header writes it (`"'self'"`, `'unsafe-inline'`, a nonce or hash source):
// https://www.w3.org/TR/CSP3/#grammardef-keyword-source. A list holding one is a directive's sources.
const CSP_KEYWORD = /'(?:self|none|unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|wasm-unsafe-eval|report-sample)'|'(?:nonce|sha256|sha384|sha512)-/;
// One item of a vertical list in code: a string or template literal, or a spread or call, then a comma.
const LIST_ITEM_LINE = /^\s*(?:["'`][^\n]{0,200}["'`]|\.\.\.[\w.$]{1,80}\([^\n]{0,200}\)|[\w.$]{1,80})\s*,?\s*$/;
// A line of a code list that only continues quoted hosts, `"https://*.fastly-insights.com", "https://avatars.githubusercontent.com"`
// (Rails' `policy.img_src :self, "...",` wrapped onto a second line). One quoted token after another: no backtracking.
const QUOTED_HOSTS_LINE = new RegExp(String.raw`^\s*(?:${QUOTE}${HOST_TOKEN}${QUOTE}\s*,\s*)*${QUOTE}${HOST_TOKEN}${QUOTE}\s*[,)\]]?\s*$`, 'i');

// An XML element without attributes that holds only a host: `<item>supabase.co</item>` (a public suffix list in
// Android resources). A named resource (`<string name="sentry_host">`) is configuration, so attributes rule it out.
const XML_HOST_ITEM = new RegExp(String.raw`^\s*<(?<tag>[A-Za-z][\w:.-]{0,40})>\s*${HOST_TEXT}\s*</\k<tag>>\s*$`, 'i');

// IANA's top-level domains (https://data.iana.org/TLD/tlds-alpha-by-domain.txt, through the `tlds` package): a dotted
// name ends in one to be a host. `"allauth.socialaccount.providers.gitlab"` in Django's INSTALLED_APPS is a module path.
const TOP_LEVEL_DOMAINS = new Set<string>(tlds);
const LAST_LABEL = /\.(?<tld>[a-z][a-z0-9-]{1,62})\/?\s*["'`]?\s*(?::[^\n]*|=>[^\n]*|<\/[^\n]*)?[,;]?\s*$/i;
const endsInTopLevelDomain = (line: string): boolean => {
  const tld = LAST_LABEL.exec(line)?.groups?.tld;
  return tld !== undefined && TOP_LEVEL_DOMAINS.has(tld.toLowerCase());
};

const isHostItem = (line: string): boolean =>
  (HOST_LIST_ITEM.test(line) || YAML_HOST_ITEM.test(line) || XML_HOST_ITEM.test(line)) && endsInTopLevelDomain(line);

/** YAML host items around a line that make its file a table of domains, and how far around they are counted. */
const TABLE_ITEMS = 6;
const TABLE_ITEMS_WINDOW = 1_500;

/** YAML sequence items that are only a host, within TABLE_ITEMS_WINDOW characters of `at`. */
function hostItemsNear(code: string, at: number): number {
  let count = 0;
  for (const line of code.slice(Math.max(0, at - TABLE_ITEMS_WINDOW), at + TABLE_ITEMS_WINDOW).split('\n')) if (YAML_HOST_ITEM.test(line)) count++;
  return count;
}

/** The string literal on `line` around column `at` (0-based): its bounds, or undefined. */
function literalAround(line: string, at: number): { start: number; end: number } | undefined {
  for (let start = Math.min(at, line.length - 1); start >= 0; start--) {
    const quote = line[start];
    if (quote !== '"' && quote !== "'" && quote !== '`') continue;
    const end = line.indexOf(quote, at);
    if (end === -1) return undefined;
    return { start, end };
  }
  return undefined;
}

const LINE_WINDOW = 1_000;

/** Characters each side of a match that decide a line-wide construct on a long line. */
const NEAR = 200;

/** The text of a line around `column`: the whole line, or NEAR characters either side on a long (minified) one. */
function nearColumn(text: string, column: number): string {
  return text.length > NEAR * 2 ? text.slice(Math.max(0, column - NEAR), column + NEAR) : text;
}

function lineAt(code: string, offset: number): { text: string; start: number; end: number } {
  // At most LINE_WINDOW characters each side: a minified line with thousands of hits stays linear.
  const start = Math.max(code.lastIndexOf('\n', offset - 1) + 1, offset - LINE_WINDOW);
  let end = code.indexOf('\n', offset);
  if (end === -1) end = code.length;
  end = Math.min(end, offset + LINE_WINDOW);
  return { text: code.slice(start, end), start, end };
}

/** The non-blank line before (`step` -1) or after (+1) the line starting at `start`. */
function neighbour(code: string, start: number, end: number, step: -1 | 1): string | undefined {
  let at = step === -1 ? start - 1 : end + 1;
  for (let tries = 0; tries < 3 && at >= 0 && at <= code.length; tries++) {
    const line = lineAt(code, Math.max(0, Math.min(at, code.length)));
    if (line.text.trim() !== '') return line.text;
    at = step === -1 ? line.start - 1 : line.end + 1;
  }
  return undefined;
}

/**
 * The construct that makes the match at `offset` in `code` (comments blanked) a mention, or
 * undefined when it reads as a call, a load or configuration. `dataFile`: the code is a JSON file
 * no parser claimed (data, not a dependency manifest).
 */
export function mentionAt(code: string, offset: number, dataFile = false, hostOnly = false): MentionConstruct | undefined {
  if (offset < 0 || offset > code.length) return undefined;
  const line = lineAt(code, offset);
  const text = line.text;
  const column = offset - line.start;
  // On a long (minified) line only the match's own surroundings speak: a CSP string or a preconnect
  // tag elsewhere in a bundle says nothing about a call 800 characters away.
  const near = nearColumn(text, column);
  if (RESOURCE_HINT.test(near)) return 'resource-hint';
  if (PLACEHOLDER_LABEL.test(hostAround(text, column))) return 'placeholder';
  if (CSP_OR_ALLOW_LIST.test(near)) return 'allow-list';
  if (IMAGE_HOSTS_KEY.test(text) && inImageHostsBlock(code, line.start)) return 'allow-list';
  if (hostOnly && MARKDOWN_LINK_BEFORE.test(text.slice(Math.max(0, column - 240), column))) return 'hyperlink';
  // The non-blank lines before and after, read once whichever list construct asks first.
  let beside: [string | undefined, string | undefined] | undefined;
  const besideLines = () => (beside ??= [neighbour(code, line.start, line.end, -1), neighbour(code, line.start, line.end, 1)]);
  const literal = literalAround(text, column);
  if (literal) {
    const before = text.slice(0, literal.start);
    const after = text.slice(literal.end + 1);
    if (COMPARED_BEFORE.test(before) && !API_BASE_COMPARED.test(before)) return 'url-pattern';
    if (COMPARED_AFTER.test(after) || RECOGNISER_ARRAY_BEFORE.test(before) || REGEX_CTOR_BEFORE.test(before)) return 'url-pattern';
    const inside = text.slice(literal.start + 1, literal.end);
    if (PLACEHOLDER_BEFORE.test(before) || placeholderBranch(code, line.start, before) || DUMMY_SEGMENT.test(inside)) return 'placeholder';
    if (inExample(code, line.start + literal.start)) return 'placeholder';
    if (DEFAULT_BEFORE.test(before) && !ENDPOINT_URL.test(inside)) return 'default-value';
    // With a regular expression beside it (an escaped dot), not a shell script's `$1` argument.
    if (REPLACEMENT_TEMPLATE.test(inside) && REGEX_LINE.test(text)) return 'url-pattern';
    if (inProviderTable(code, line.start + literal.start + 1, inside)) return 'url-pattern';
    if (dataFile && MEDIA_KEY_BEFORE.test(before.slice(-80))) return 'media-link';
    if (dataFile && PROSE_VALUE.test(before)) return 'media-link';
    if (dataFile && URL_KEY_BEFORE.test(before.slice(-80)) && inImageObject(besideLines()[0], text)) return 'media-link';
    if (dataFile && hostOnly && LINK_KEY_BEFORE.test(before.slice(-80)) && inTitledRecord(before)) return 'hyperlink';
    if (hostOnly && HREF_BEFORE.test(before) && !EMBED_PATH.test(inside) && inAnchorTag(code, line.start + literal.start)) return 'hyperlink';
    if (hostOnly && LINK_HELPER_BEFORE.test(before) && !EMBED_PATH.test(inside)) return 'hyperlink';
    if (distinctHosts(inside.match(HOST_IN_TEXT) ?? []) >= 2 && /^[\s\w:/.*,;'"-]*$/.test(inside.replace(/\$\{[^}]*\}/g, ''))) return 'allow-list';
    // The match is one of three or more bare host literals listed on one line
    // (`img_src = [:self, "a.com", "b.com", ...]`): hosts listed, not called. Only the literal that
    // holds the match decides, so a call elsewhere on a minified line is never demoted by a list near it.
    if (BARE_HOST.test(inside)) {
      const listed = (text.match(HOST_LITERAL) ?? []).length;
      if (listed >= 3) return 'allow-list';
      // A table of domain lists, one entry per line (`Add(Shopify, new List<string> { "shopify.com", "myshopify.com" });`):
      // two hosts listed here and two on a line beside it.
      if (listed === 2 && besideLines().some((other) => other !== undefined && (other.match(HOST_LITERAL) ?? []).length >= 2)) return 'allow-list';
      // A table of records, one per line, each opening with a host (`KnownDomain("*.supabase.co", "Supabase", "backend"),`).
      if (isTableRow(besideLines(), before)) return 'allow-list';
    }
  }
  if (isHostItem(text)) {
    const [previous, next] = besideLines();
    if ((previous !== undefined && isHostItem(previous)) || (next !== undefined && isHostItem(next))) return 'allow-list';
    // The first or last item of a list of hosts whose key names an allow-list or a CSP.
    if ((previous !== undefined && CSP_OR_ALLOW_LIST.test(previous)) || (next !== undefined && CSP_OR_ALLOW_LIST.test(next))) return 'allow-list';
    // A one-host list among many (`Windows Live: {domains: [login.live.com]}` in a referrer database).
    if (YAML_HOST_ITEM.test(text) && hostItemsNear(code, line.start) >= TABLE_ITEMS) return 'allow-list';
  }
  if (HOST_CONTINUATION.test(text) && continuesDirective(code, line.start)) return 'allow-list';
  if (QUOTED_HOSTS_LINE.test(text) && listOpensAbove(code, line.start, CONTINUATION_LINES, CSP_OR_ALLOW_LIST, QUOTED_HOSTS_LINE)) return 'allow-list';
  // A host item below a CSP keyword in one vertical list (`scriptSrc: ["'self'", "'unsafe-inline'", 'https://static.x.com/',`).
  if (QUOTED_HOSTS_LINE.test(text) && listOpensAbove(code, line.start, CONTINUATION_LINES, CSP_KEYWORD, LIST_ITEM_LINE)) return 'allow-list';
  if (literal && inRepeatedSourceList(code, line)) return 'allow-list';
  if (literal && assignedForPolicyOnly(code, line)) return 'allow-list';
  if (inModelPicker(code, line)) return 'model-list';
  if (inUrlDirectory(code, line)) return 'url-list';
  return undefined;
}

// A name assigned on the line (`const helperUrls = ["https://help.x.com", "wss://y.supabase.co/realtime"].join(" ")`,
// `AVATAR_HOSTS = "..."`): the literals are what the name holds.
// The start of a line that declares or assigns a name: `export const `, `val `, or nothing (`KEY = ...`).
const DECLARATION = String.raw`^\s*(?:(?:export\s+)?(?:const|let|var|final|val)\s+)?`;
const ASSIGNED_NAME = new RegExp(String.raw`${DECLARATION}(?<name>[A-Za-z_$][\w$]{2,60})\s*(?::\s*[\w<>[\]|, ]{1,60})?=(?![=>])`);
/** At most this much code is searched for the other uses of a name. */
const NAME_USES_WINDOW = 200_000;

/**
 * Whether the line assigns its literal to a name that the file uses only where a CSP directive or an
 * allow-list is written (`connect-src 'self' ${helperUrls} ${s3Urls};`): sources a policy allows, not
 * a host the code calls. A name used anywhere else (passed to a client, fetched) keeps its hosts.
 */
function assignedForPolicyOnly(code: string, line: { text: string; start: number; end: number }): boolean {
  const name = ASSIGNED_NAME.exec(line.text)?.groups?.name;
  if (!name || code.length > NAME_USES_WINDOW) return false;
  const use = new RegExp(String.raw`(?<![\w$.])${name.replace(/\$/g, '\\$')}(?![\w$])`, 'g');
  let uses = 0;
  for (const match of code.matchAll(use)) {
    if (match.index >= line.start && match.index <= line.end) continue;
    const at = lineAt(code, match.index);
    if (!CSP_OR_ALLOW_LIST.test(nearColumn(at.text, match.index - at.start))) return false;
    if (++uses >= 20) break;
  }
  return uses > 0;
}

// One statement per source, repeated line after line with only its literal changing: a CSP built up in
// HOCON (`_src=${_src} "'self'"`, `_src=${_src} "https://js.stripe.com"`, Play's `application.conf`) or in
// code (`csp.add("script-src", "https://x.com");`). The list is a directive's sources when one of its
// literals is a CSP keyword, or a line of it names a CSP or an allow-list.
const LITERAL = /"[^"\n]*"|'[^'\n]*'|`[^`\n]*`/g;
/** Lines above and below read for the rest of a repeated-statement list. */
const REPEATED_LINES = 80;
/** Statements a list needs before its shape says anything. */
const REPEATED_MIN = 3;

// Lines one file may have read for these lists, all matches together: a generated file of ten thousand
// `urls.push("https://...")` lines would otherwise read 160 neighbours per match. Past it, a match is read
// as code (the reading that blanks less).
const REPEATED_BUDGET = 200_000;
let repeatedSpent: { code: string; lines: number } | undefined;

function inRepeatedSourceList(code: string, line: { text: string; start: number; end: number }): boolean {
  if (line.text.length > LINE_WINDOW) return false;
  if (repeatedSpent?.code !== code) repeatedSpent = { code, lines: 0 };
  const spent = repeatedSpent;
  if (spent.lines > REPEATED_BUDGET) return false;
  const shape = (text: string) => text.trim().replace(LITERAL, '""');
  const own = shape(line.text);
  // One literal per statement, and code around it: a bare literal line is a plain list, read elsewhere.
  if (own.split('""').length !== 2 || own === '""' || own === '"",') return false;
  let items = 1;
  let sources = false;
  const judge = (text: string) => {
    for (const literal of text.match(LITERAL) ?? []) if (CSP_KEYWORD.test(literal)) sources = true;
    if (CSP_OR_ALLOW_LIST.test(text)) sources = true;
  };
  judge(line.text);
  for (const step of [-1, 1] as const) {
    let at = line;
    for (let count = 0; count < REPEATED_LINES; count++) {
      const next = step === -1 ? at.start - 1 : at.end + 1;
      if (next < 0 || next > code.length) break;
      at = lineAt(code, next);
      spent.lines++;
      if (at.text.trim() === '') continue;
      if (at.text.length > LINE_WINDOW || shape(at.text) !== own) {
        // The statement that opens or closes the list may name it (`csp.script-src = ${_src}`).
        if (at.text.length <= LINE_WINDOW && CSP_OR_ALLOW_LIST.test(at.text)) sources = true;
        break;
      }
      items++;
      judge(at.text);
    }
  }
  return items >= REPEATED_MIN && sources;
}

// One item of a vertical list of `provider/model` ids (a gateway's model picker: 'openai/gpt-5',
// 'anthropic/claude-sonnet-4-5', 'google-ai-studio/gemini-2.5-flash', one per line).
const MODEL_ITEM = /^\s*["'`](?<provider>[a-z][\w.-]{1,40})[/:][^"'`\s]{1,80}["'`]\s*,?\s*$/i;
/** How many lines above and below a model item are read for its list. */
const MODEL_LIST_LINES = 12;

/**
 * Is the line one model id of a list of three or more, one per line, from two or more providers? Such
 * a list offers choices (which model an organisation picks for its agent); the product's own route is
 * written where it calls a model. A list of one provider's models stays a use of that provider.
 */
function inModelPicker(code: string, line: { text: string; start: number; end: number }): boolean {
  const own = MODEL_ITEM.exec(line.text)?.groups?.provider;
  if (!own) return false;
  const providers = new Set([own.toLowerCase()]);
  let items = 1;
  for (const step of [-1, 1] as const) {
    let at = line;
    for (let count = 0; count < MODEL_LIST_LINES; count++) {
      const next = step === -1 ? at.start - 1 : at.end + 1;
      if (next < 0 || next > code.length) break;
      at = lineAt(code, next);
      const provider = MODEL_ITEM.exec(at.text)?.groups?.provider;
      if (!provider) break;
      providers.add(provider.toLowerCase());
      items++;
    }
  }
  return items >= 3 && providers.size >= 2;
}

// A vertical list of whole URLs, one per line, naming many services: bare literals (an OAuth client's suggested token
// endpoints: `'https://api.dropboxapi.com/oauth2/token',` `'https://slack.com/api/oauth.access',` ...) or one-line records
// each holding one URL (`{ name: "Mistral", apiUrl: "https://api.mistral.ai/v1" },`, a tuple `("Groq", "https://...")`):
// presets or a directory the product offers its users to pick from, not endpoints it calls. A record written over several
// lines passes without counting. A list of one or two services' URLs stays a use, and so does a configuration object whose
// keys each hold a URL (`sentryDsn: "https://..."`): its lines are not records.
const URL_LITERAL = /["'`]https?:\/\/(?:[^/"'`\n]{0,80}\.)?(?<site>[a-z0-9-]+\.[a-z]{2,24})(?::\d{1,5})?(?:[/?#][^"'`\s]*)?["'`]/gi;
const BARE_URL_LINE = /^\s*["'`][^"'`\n]*["'`]\s*,?\s*$/;
const RECORD_LINE = /^\s*[{[(].*[}\])]\s*,?\s*$/;
// What is left of a line of data once its literals are gone: keys, brackets, commas, colons.
const DATA_SHAPE = /^[\s{}[\]():,\w$."]*$/;
/** Lines read each side of a URL item for the rest of its list. */
const URL_LIST_LINES = 30;
/** Different sites (the last two labels of each host) a list of URLs needs to be a directory. */
const URL_LIST_SITES = 5;

/** The site of a list item's one URL; undefined for a data line that holds none (part of a longer record); null ends the list. */
function urlItemSite(text: string): string | undefined | null {
  if (text.length > 300) return null;
  if (!DATA_SHAPE.test(text.replace(LITERAL, '""'))) return null;
  const urls = [...text.matchAll(URL_LITERAL)];
  if (urls.length === 0) return undefined;
  if (urls.length > 1 || !(BARE_URL_LINE.test(text) || RECORD_LINE.test(text))) return undefined;
  return urls[0]!.groups!.site!.toLowerCase();
}

function inUrlDirectory(code: string, line: { text: string; start: number; end: number }): boolean {
  const own = urlItemSite(line.text);
  if (!own) return false;
  const sites = new Set([own]);
  for (const step of [-1, 1] as const) {
    let at = line;
    for (let count = 0; count < URL_LIST_LINES && sites.size < URL_LIST_SITES; count++) {
      const next = step === -1 ? at.start - 1 : at.end + 1;
      if (next < 0 || next > code.length) break;
      at = lineAt(code, next);
      const site = urlItemSite(at.text);
      if (site === null) break;
      if (site !== undefined) sites.add(site);
    }
  }
  return sites.size >= URL_LIST_SITES;
}

// A branch of a conditional that fills a placeholder over several lines (`placeholder={\n  cond\n    ? "https://..."`).
const BRANCH_START = /^\s*[?:]\s*$/;
const PLACEHOLDER_OPEN = /\b(?:placeholder|hint|hintText)\s*[=:]\s*\{?\s*$/i;
/** Lines read upward from a branch to the placeholder it fills. */
const BRANCH_LINES = 3;

// Only the condition and the other branch may stand between the branch and its placeholder.
const BRANCH_LINE = /^\s*(?:[?:]\s*)?[^;{}]*$/;

function placeholderBranch(code: string, lineStart: number, before: string): boolean {
  return BRANCH_START.test(before) && listOpensAbove(code, lineStart, BRANCH_LINES, PLACEHOLDER_OPEN, BRANCH_LINE);
}

/**
 * Does the literal at `at` stand inside an example value opened on an earlier line? The last
 * opening within EXAMPLE_WINDOW above counts, while its bracket is not yet closed.
 */
function inExample(code: string, at: number): boolean {
  const window = code.slice(Math.max(0, at - EXAMPLE_WINDOW), at);
  if (!/example/i.test(window)) return false;
  let after = -1;
  EXAMPLE_OPEN.lastIndex = 0;
  for (let open = EXAMPLE_OPEN.exec(window); open; open = EXAMPLE_OPEN.exec(window)) after = open.index + open[0].length;
  if (after === -1 || !window.includes('\n', after)) return false;
  let depth = 1;
  for (let index = after; index < window.length; index++) {
    const char = window[index];
    if (char === '{' || char === '[' || char === '(') depth++;
    else if ((char === '}' || char === ']' || char === ')') && --depth === 0) return false;
  }
  return true;
}

/** The line above opens an image object or types it (`"icon": {` then `"type": "Image",`), or the match's own line does. */
function inImageObject(previous: string | undefined, line: string): boolean {
  return IMAGE_OBJECT.test(line) || (previous !== undefined && IMAGE_OBJECT.test(previous));
}

/**
 * Does a line beside this one open the same way (`KnownDomain(`, `add(`) with another bare host
 * literal? Then the two are rows of one table of hosts.
 */
function isTableRow(beside: readonly (string | undefined)[], before: string): boolean {
  const prefix = before.trim();
  if (prefix === '' || prefix.length > 80) return false;
  for (const other of beside) {
    if (other === undefined) continue;
    const rest = other.trim();
    if (!rest.startsWith(prefix)) continue;
    const quote = rest[prefix.length];
    if (quote !== '"' && quote !== "'" && quote !== '`') continue;
    const end = rest.indexOf(quote, prefix.length + 1);
    if (end !== -1 && BARE_HOST.test(rest.slice(prefix.length + 1, end))) return true;
  }
  return false;
}

/**
 * Walk the lines above the line starting at `start`, nearest first, at most `limit` of them: each
 * line is `is` when it opens the list (true), `entry` when it continues it; blank lines pass, any
 * other line ends the walk (false). A line longer than LINE_WINDOW (minified) is no list line and
 * is not read whole.
 */
function listOpensAbove(code: string, start: number, limit: number, is: RegExp, entry: RegExp): boolean {
  let end = start - 1;
  for (let step = 0; step < limit && end > 0; step++) {
    const lineStart = code.lastIndexOf('\n', end - 1) + 1;
    const text = code.slice(lineStart, end);
    end = lineStart - 1;
    if (text.trim() === '') continue;
    if (text.length > LINE_WINDOW) return false;
    if (is.test(text)) return true;
    if (!entry.test(text)) return false;
  }
  return false;
}

/**
 * Is the line at `start` inside Next.js's `images` block: the block's name within 300 characters
 * above, or above a run of `remotePatterns` entry lines (a list of dozens of hosts)?
 */
function inImageHostsBlock(code: string, start: number): boolean {
  return IMAGE_HOSTS_BLOCK.test(code.slice(Math.max(0, start - 300), start)) || listOpensAbove(code, start, IMAGE_HOSTS_LINES, IMAGE_HOSTS_BLOCK, IMAGE_HOSTS_ENTRY);
}

/**
 * Do the lines above `start` continue hosts up to a line that opens a CSP directive or an
 * allow-list (`connect-src 'self' \`)? Only host lines may stand between them.
 */
function continuesDirective(code: string, start: number): boolean {
  return listOpensAbove(code, start, CONTINUATION_LINES, CSP_OR_ALLOW_LIST, HOST_CONTINUATION);
}

/**
 * Is the literal at `at` a URL template of a provider table: a placeholder left for an engine, with
 * another provider's template (another host) near it?
 */
function inProviderTable(code: string, at: number, inside: string): boolean {
  if (inside.includes('${')) return false;
  return besideOtherHost(code, at, inside, URL_TEMPLATE) || besideOtherHost(code, at, inside, OEMBED_ENDPOINT);
}

/** Is the literal `inside` at `at` a URL of the `entry` kind with another host's URL of that kind near it? */
function besideOtherHost(code: string, at: number, inside: string, entry: RegExp): boolean {
  entry.lastIndex = 0;
  const own = entry.exec(inside)?.groups?.['host']?.toLowerCase();
  if (!own) return false;
  const start = Math.max(0, at - TABLE_WINDOW);
  const window = code.slice(start, at + inside.length + TABLE_WINDOW);
  entry.lastIndex = 0;
  for (const match of window.matchAll(entry)) {
    if (match.groups?.['host']?.toLowerCase() !== own) return true;
  }
  return false;
}

/** Is `at` inside an `<a ...` start tag, opened on its line or at most five lines before? */
function inAnchorTag(code: string, at: number): boolean {
  const before = code.slice(Math.max(0, at - 600), at);
  const lines = before.split('\n').slice(-6).join('\n');
  return ANCHOR_OPEN.test(lines);
}

// A line that holds a regular expression: a literal `/.../` or a pattern compiled from a string,
// recognised by an escaped dot, which ordinary strings and calls do not write.
const REGEX_LINE = /\\\./;

/**
 * The second-level labels (`vimeo` of player.vimeo.com) that some regular expression of the file
 * recognises: a file that matches URLs of a host is a URL recogniser or an oEmbed table for it.
 * `labels` are the labels asked about; the answer is the subset found.
 */
export function labelsInRegexes(code: string, labels: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const wanted = [...new Set(labels)].filter((label) => label.length >= 4);
  if (wanted.length === 0 || !code.includes('\\.')) return found;
  for (let start = 0; start < code.length; ) {
    let end = code.indexOf('\n', start);
    if (end === -1) end = code.length;
    const line = code.slice(start, end);
    start = end + 1;
    if (!REGEX_LINE.test(line)) continue;
    if (line.length > LONG_LINE) {
      // A minified bundle is one line: only the surroundings of each occurrence are read.
      const lower = line.toLowerCase();
      for (const label of wanted) if (!found.has(label) && recognisedNear(lower, label)) found.add(label);
      continue;
    }
    const flat = flatten(line);
    for (const label of wanted) {
      const at = flat.indexOf(label);
      if (at !== -1 && flat.slice(at + label.length, at + label.length + 24).includes('\\.')) found.add(label);
    }
  }
  return found;
}

// A host a regular expression names: a label before an escaped dot and a top-level domain (`vimeo\\.com`,
// `youtu\\.be`), an optional `?` between for `(?:www\\.)?`-style groups once flattened.
const REGEX_HOST = /(?<label>[a-z0-9][a-z0-9-]{2,})\??\\\.[a-z]{2,6}\b/g;
/** Characters either side of the point asked about that a large or minified file is read for regex hosts. */
const REGEX_HOST_WINDOW = 4_000;

/**
 * The second-level labels of every host some regular expression of the file names (`youtu`,
 * `vimeo`, `instagram` of a video plugin's recognisers). A large file (a bundle) is read only
 * around `offset`. `www` and the labels of escaped top-level parts are left out.
 */
export function regexHostLabels(code: string, offset: number): Set<string> {
  const labels = new Set<string>();
  try {
    const text = code.length > 200_000 ? code.slice(Math.max(0, offset - REGEX_HOST_WINDOW), offset + REGEX_HOST_WINDOW) : code;
    if (!text.includes('\\.')) return labels;
    for (const line of text.split('\n')) {
      if (!REGEX_LINE.test(line)) continue;
      for (const found of flatten(line.length > LONG_LINE ? line.slice(0, 50_000) : line).matchAll(REGEX_HOST)) {
        const label = found.groups?.label;
        if (label && label !== 'www') labels.add(label);
      }
    }
  } catch {
    // odd code: no recogniser read
    labels.clear();
  }
  return labels;
}

/** Lines past this length are read around each label only. */
const LONG_LINE = 2000;
/** Occurrences of one label looked at on a long line. */
const MAX_OCCURRENCES = 200;

// Group syntax splits names (`youtu(?:be\.com|\.be)`, `(?:twitter|x)\.com`); without it they read whole.
function flatten(text: string): string {
  return text.replace(/\(\?[:=!]|[()]/g, '').toLowerCase();
}

// The first path segment of an endpoint a signature names (`github.com/login/device/code` → login).
const FIRST_SEGMENT = /^(?:[a-z][\w+.-]*:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/(?<segment>[A-Za-z][\w-]{2,})/i;

/**
 * The lines of a file that hold a regular expression (an escaped dot), lower-cased and joined, read once per file
 * for `regexesNamePath`; null when one of them is a minified line, on which any path may stand.
 */
export function regexLinesOf(code: string): string | null {
  const lines: string[] = [];
  for (let start = 0; start < code.length; ) {
    let end = code.indexOf('\n', start);
    if (end === -1) end = code.length;
    const line = code.slice(start, end);
    start = end + 1;
    if (!REGEX_LINE.test(line)) continue;
    if (line.length > LONG_LINE) return null;
    lines.push(line.toLowerCase());
  }
  return lines.join('\n');
}

/**
 * Whether a regex of the file (its `regexLinesOf`) names the path of an endpoint match too (`hooks\.slack\.com\/services`
 * for `hooks.slack.com/services/...`). A recogniser of a site's pages (`(github|gitlab)\.com\/(?<user>...)`) says
 * nothing about the same site's OAuth endpoint the file calls. A match without a path, or a minified line, answers yes.
 */
export function regexesNamePath(regexLines: string | null, match: string): boolean {
  const segment = FIRST_SEGMENT.exec(match)?.groups?.segment?.toLowerCase();
  return !segment || regexLines === null || regexLines.includes(segment);
}

/** Does an occurrence of `label` on a long lower-cased line stand in a regular expression (an escaped dot after it)? */
function recognisedNear(lower: string, label: string): boolean {
  let at = lower.indexOf(label);
  for (let seen = 0; at !== -1 && seen < MAX_OCCURRENCES; seen++) {
    if (flatten(lower.slice(at, at + label.length + 40)).slice(label.length, label.length + 24).includes('\\.')) return true;
    at = lower.indexOf(label, at + label.length);
  }
  return false;
}

/** The second-level label of a host: `vimeo` of `player.vimeo.com`, `youtube` of `www.youtube.com`. */
export function hostLabel(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/^\*\./, '').split('/')[0]!.split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  return labels[labels.length - 2];
}

// A registry entry: the variable's own name as the key or name the read is given, at the start of
// its line (`OPENAI_API_KEY: process.env.OPENAI_API_KEY,` in t3-env's runtimeEnv, `"KEY": os.getenv("KEY")`,
// `KEY = os.environ.get("KEY")`), or a schema line declaring it (`KEY: z.string().optional()`).
const REGISTRY_KEY = new RegExp(String.raw`${DECLARATION}["'\`]?(?<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["'\`]?\s*(?::[^=]|=[^=])`);

/** The variable a credential read names: the last upper-case name of the match (`NEXT_PUBLIC_POSTHOG_KEY` of `env.NEXT_PUBLIC_POSTHOG_KEY`). */
function readName(match: string): string | undefined {
  return /[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[^A-Z0-9_]*$)/.exec(match)?.[0];
}

/**
 * Which credential reads of a file only list their variable (`reads`: each read's offset in `code`
 * and its matched text): the read stands in a registry entry named after its variable, and no
 * other line of the file names the variable (a use would: `{"api_key": OPENAI_API_KEY}`,
 * `new Stripe(env.STRIPE_SECRET_KEY)`). Environment-schema files (t3-env, a settings module) list
 * every variable a template might need, used or not; whether the product uses one shows elsewhere.
 * One pass over the file for all the variables together, so a file full of reads costs one scan.
 */
export function envRegistryReads(code: string, reads: readonly { offset: number; match: string }[]): Set<number> {
  const registry = new Set<number>();
  try {
    const lineOf = (offset: number) => {
      const start = code.lastIndexOf('\n', offset - 1) + 1;
      const end = code.indexOf('\n', offset);
      return code.slice(start, end === -1 ? code.length : end);
    };
    const candidates = new Map<string, number[]>();
    reads.forEach((read, i) => {
      const name = readName(read.match);
      if (name && REGISTRY_KEY.exec(lineOf(read.offset))?.groups?.name === name) candidates.set(name, [...(candidates.get(name) ?? []), i]);
    });
    if (candidates.size === 0) return registry;
    // A name is used when some line naming it is not its registry or schema line.
    const used = new Set<string>();
    const names = new RegExp(String.raw`(?<![A-Za-z0-9_])(?:${[...candidates.keys()].join('|')})(?![A-Za-z0-9_])`, 'g');
    for (const found of code.matchAll(names)) {
      if (used.has(found[0])) continue;
      if (REGISTRY_KEY.exec(lineOf(found.index))?.groups?.name !== found[0]) used.add(found[0]);
    }
    for (const [name, indexes] of candidates) if (!used.has(name)) for (const i of indexes) registry.add(i);
  } catch {
    // odd code: every read stays a use
  }
  return registry;
}

// A player URL the code fills in from a link it parsed: a template literal's `${...}`, `%{...}`, `{{...}}`,
// `%s`, `$1`, or a concatenation on the URL's line.
const FILLED_IN = /\$\{|%\{|\{\{|%s\b|\$[1-9]|["'`]\s*\+|\+\s*["'`]/;

/**
 * Whether the match at `offset` stands in a URL the code fills in (`src={`https://www.youtube-nocookie.com/embed/${id}`}`):
 * a player built from a parsed link, not the pattern that parsed it.
 */
export function filledInAt(code: string, offset: number): boolean {
  if (offset < 0 || offset > code.length) return false;
  const line = lineAt(code, offset);
  return FILLED_IN.test(nearColumn(line.text, offset - line.start));
}

/**
 * Which embed hosts of a file are players built from links the content holds (`items`: offset and
 * vendor of each embed-category match): their line fills a URL template, and such templates in the
 * file name at least `minVendors` embed providers. A link-embed engine (Bluesky's embed player turning
 * a posted YouTube, Spotify or Twitch link into its player, a help center's Markdown embed table) loads
 * whichever player a post links to; the product chose none of them. A page embedding one provider's
 * video, or a few with their ids written out, stays an integration.
 */
export function linkEmbedTemplates(code: string, items: readonly { offset: number; vendor: string }[], minVendors: number): Set<number> {
  const templated = new Set<number>();
  try {
    const vendors = new Set<string>();
    for (const [i, item] of items.entries()) {
      const line = lineAt(code, item.offset);
      // A long minified line says nothing about one URL: only its surroundings are read.
      const column = item.offset - line.start;
      if (!FILLED_IN.test(nearColumn(line.text, column))) continue;
      templated.add(i);
      vendors.add(item.vendor);
    }
    if (vendors.size < minVendors) templated.clear();
  } catch {
    // odd code: every host stays a use
    templated.clear();
  }
  return templated;
}

/**
 * The vendors among `vendors` that share a category with at least `min - 1` other distinct vendors of
 * the list: the members of a table of providers of one kind (a library's drivers, a factory's cases).
 */
export function vendorsSharingCategory(vendors: Iterable<string>, categoriesOf: (vendor: string) => readonly string[], min: number): Set<string> {
  const byCategory = new Map<string, Set<string>>();
  for (const vendor of vendors) {
    for (const category of categoriesOf(vendor)) {
      const members = byCategory.get(category) ?? new Set<string>();
      members.add(vendor);
      byCategory.set(category, members);
    }
  }
  const shared = new Set<string>();
  for (const members of byCategory.values()) if (members.size >= min) for (const vendor of members) shared.add(vendor);
  return shared;
}

// A credential read as the value of a generic key (`'key' => env('COHERE_API_KEY')`, `apiKey: process.env.X`,
// `"api_key": os.getenv("X")`): with the object a read may start from (`process.`, `os.environ.`).
const TABLE_ENTRY = /(?:^|[[{,])\s*["'`]?(?:key|secret|token|api[_-]?key|apiKey|api[_-]?token|apiToken|access[_-]?token|accessToken|secret[_-]?key|secretKey)["'`]?\s*(?:=>|:|=)\s*(?:[\w$]+\.){0,3}$/;
// The entry's block opens under a name (`'cohere' => [`, `cohere: {`, `"cohere": {`), on its line or a few lines up,
// with no call between (`openai: createOpenAI({ apiKey: ... })` is a call, not a table entry).
const BLOCK_OPEN = /["'`]?(?<name>[\w-]+)["'`]?\s*(?:=>|:)\s*[[{]/g;
// The table's choice: `'default' => 'openai'`, `'default' => env('AI_PROVIDER', 'openai')`. Not the per-task defaults
// a library ships (`'default_for_reranking' => 'cohere'`), which stand in its published file whatever the product uses.
const TABLE_DEFAULT = /["'`]?default["'`]?\s*(?:=>|:)\s*(?:[\w.:]*\(\s*["'`][^"'`]*["'`]\s*,\s*)?["'`](?<name>[\w-]+)["'`]/gi;
const BLOCK_LINES = 4;
const ENTRY_WINDOW = 2_000;
/** Vendors of one kind a table names before it is a library's list of drivers rather than the product's choice. */
const TABLE_VENDORS = 3;

/**
 * Which credential reads of a file are entries of a provider table (`reads`: offset and vendor of
 * each): the read is the value of a generic key, and such entries name at least three
 * vendors of one category. A library's published configuration lists every driver it supports
 * (`config/ai.php` of the Laravel AI SDK: Anthropic, Azure, Cohere, ... each `'key' => env(...)`);
 * which of them the product uses shows elsewhere (a call, a package, the provider it selects). The
 * entry the table names as its default (`'default' => 'openai'`) is the product's choice and stays a use.
 */
export function providerTableReads(code: string, reads: readonly { offset: number; vendor: string }[], categoriesOf: (vendor: string) => readonly string[]): Set<number> {
  const table = new Set<number>();
  if (reads.length === 0) return table;
  try {
    const entries: number[] = [];
    const chosen = new Set([...code.matchAll(TABLE_DEFAULT)].map((found) => found.groups!.name!.toLowerCase()));
    for (const [i, read] of reads.entries()) {
      const lineStart = code.lastIndexOf('\n', read.offset - 1) + 1;
      // What stands before the read on its line is the key, and the object a read may start from (`process.`, `os.environ.`).
      if (!TABLE_ENTRY.test(code.slice(lineStart, read.offset))) continue;
      let windowStart = lineStart;
      for (let up = 0; up < BLOCK_LINES && windowStart > 0; up++) windowStart = code.lastIndexOf('\n', windowStart - 2) + 1;
      // Bounded: a minified line is no table.
      const window = code.slice(Math.max(windowStart, read.offset - ENTRY_WINDOW), read.offset);
      const opener = [...window.matchAll(BLOCK_OPEN)].at(-1);
      if (!opener || window.slice(opener.index + opener[0].length).includes('(')) continue;
      // The provider the table names as its default is the product's choice: a use.
      if (!chosen.has(opener.groups!.name!.toLowerCase())) entries.push(i);
    }
    const tabled = vendorsSharingCategory(entries.map((i) => reads[i]!.vendor), categoriesOf, TABLE_VENDORS);
    for (const i of entries) if (tabled.has(reads[i]!.vendor)) table.add(i);
  } catch {
    // odd code: every read stays a use
  }
  return table;
}

// A `case` label on its own line or before the branch's statement (`case GOOGLE:`, `case "github" ->`, `case .apple:`),
// and a branch that does nothing but build or return one client (`return new AuthGoogleRequest(config, cache);`).
const CASE_LABEL = /^\s*case\b[^\n]{0,200}?(?::|->)\s*(?<rest>[^\n]*)$/;
// An item of a vertical enumeration that is one qualified name alone on its line (`Swoosh.Adapters.Postmark,` in the
// values of an `Ecto.Enum`, `App\\Mail\\Drivers\\Mailgun::class,`): the choices a setting accepts, one per provider.
const ENUM_ITEM = /^\s*[A-Za-z_]\w*(?:(?:\.|::|\\)[A-Za-z_]\w*)+\s*,?\s*$/;
/** Vendors of one category a switch builds clients for before it is a factory over every provider a library knows. */
const SWITCH_VENDORS = 6;

/**
 * Which code matches of a file stand in the branches of one provider switch (`items`: offset and vendor
 * of each): a factory that turns a provider name into that provider's client, one `case` per provider
 * (JustAuth's `AuthRequestFactory`: `case GOOGLE: return new AuthGoogleRequest(...)`, forty sign-in
 * providers). Six or more vendors of one category behind `case` labels are every provider the factory
 * supports; which ones the product enables is configuration, found elsewhere (a package, a key, a call).
 * So are six or more such vendors each named alone on a line of one enumeration (Firezone's outbound-email
 * setting accepts `Swoosh.Adapters.AmazonSES`, `...Mailgun`, `...Postmark`, ...: nineteen choices, one chosen
 * by the deployer's configuration).
 */
export function providerSwitchItems(code: string, items: readonly { offset: number; vendor: string }[], categoriesOf: (vendor: string) => readonly string[]): Set<number> {
  const inCase = new Set<number>();
  if (items.length < SWITCH_VENDORS) return inCase;
  try {
    const branches: number[] = [];
    for (const [i, item] of items.entries()) {
      const line = lineAt(code, item.offset);
      const own = CASE_LABEL.exec(line.text);
      // The label on the match's own line, before it; or alone on the line above (`case GOOGLE:` then the return).
      if (own && line.text.length - own.groups!.rest!.length <= item.offset - line.start) {
        branches.push(i);
        continue;
      }
      if (ENUM_ITEM.test(line.text)) {
        branches.push(i);
        continue;
      }
      const above = line.start > 0 ? neighbour(code, line.start, line.end, -1) : undefined;
      const label = above === undefined ? undefined : CASE_LABEL.exec(above);
      if (label && label.groups!.rest!.trim() === '') branches.push(i);
    }
    const switched = vendorsSharingCategory(branches.map((i) => items[i]!.vendor), categoriesOf, SWITCH_VENDORS);
    if (switched.size === 0) return inCase;
    // The switch spans its first and last such branch: a provider of another category between them
    // (Okta, Stack Overflow among the sign-in cases) is one more entry of the same table.
    const spanned = branches.filter((i) => switched.has(items[i]!.vendor)).map((i) => items[i]!.offset);
    const [first, last] = [Math.min(...spanned), Math.max(...spanned)];
    for (const i of branches) if (items[i]!.offset >= first && items[i]!.offset <= last) inCase.add(i);
  } catch {
    // odd code: every match stays a use
  }
  return inCase;
}
