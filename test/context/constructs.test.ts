import { describe, expect, it } from 'vitest';
import { labelsInRegexes, mentionAt, providerSwitchItems } from '../../src/context/constructs.js';
import { contextOf } from '../../src/context/index.js';
import { templateCatalogFolders, testPathMatcher } from '../../src/context/paths.js';

// The construct around a match decides a mention, for every language alike; odd code never throws.

const at = (code: string, needle: string) => mentionAt(code, code.indexOf(needle));

describe('mentionAt', () => {
  it("reads a host whose first label asks for the reader's own as a placeholder, and a real host that starts with the same word as a use", () => {
    expect(at('const help = "Enter YOUR_SUBDOMAIN.zendesk.com";', 'zendesk.com')).toBe('placeholder');
    expect(at("baseUrl: 'https://yourcompany.atlassian.net/rest/api/3'", 'atlassian.net')).toBe('placeholder');
    expect(at('fetch("https://your-resource.openai.azure.com/openai/deployments")', 'openai.azure.com')).toBe('placeholder');
    expect(at("fetch('https://yourls.org/api')", 'yourls.org')).toBeUndefined();
    expect(at("fetch('https://acme.zendesk.com/api/v2/tickets')", 'zendesk.com')).toBeUndefined();
  });

  it('reads a URL template of an embed engine\'s provider table as a url-pattern, not a template the app fills itself', () => {
    const table = [
      'sources: {',
      '  youtube: {',
      "    name   : 'youtube',",
      "    url    : '//www.youtube.com/embed/{id}',",
      '  },',
      '  vimeo: {',
      "    name   : 'vimeo',",
      "    url    : '//player.vimeo.com/video/{id}',",
      '  }',
      '}',
    ].join('\n');
    expect(at(table, 'player.vimeo.com')).toBe('url-pattern');
    expect(at(table, 'www.youtube.com')).toBe('url-pattern');
    const editorJs = "youtube: { embedUrl: 'https://www.youtube.com/embed/<%= remote_id %>' },\nvimeo: { embedUrl: 'https://player.vimeo.com/video/<%= remote_id %>?title=0' },";
    expect(at(editorJs, 'player.vimeo.com')).toBe('url-pattern');
    // Map tile layers are templates too, and a map loads them: an integration.
    expect(at('tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png"\ntileUrl: "https://tile.tracestrack.com/topo__/{z}/{x}/{y}.webp?key={apikey}"', 'tile.tracestrack.com')).toBeUndefined();
    // One provider's template, filled by the app's own code: an integration.
    expect(at("const src = '//player.vimeo.com/video/{id}'.replace('{id}', video.id);", 'player.vimeo.com')).toBeUndefined();
    // JavaScript template literals are the app building the URL, however many hosts are near.
    expect(at('const a = `https://player.vimeo.com/video/${id}`;\nconst b = `https://www.youtube.com/embed/${id}`;', 'player.vimeo.com')).toBeUndefined();
  });

  it("reads a URL in a vertical list of many services' URLs as a url-list (an API client's suggested token endpoints)", () => {
    const directory = [
      'export default [',
      "  'https://api.dropboxapi.com/oauth2/token',",
      "  'https://github.com/login/oauth/access_token',",
      "  'https://slack.com/api/oauth.access',",
      "  'https://graph.facebook.com/v2.8/oauth/access_token',",
      "  'https://www.linkedin.com/oauth/v2/accessToken',",
      "  'https://{{ shop }}.myshopify.com/admin/oauth/authorize',",
      '];',
    ].join('\n');
    expect(at(directory, 'slack.com/api')).toBe('url-list');
    expect(at(directory, 'api.dropboxapi.com')).toBe('url-list');
    expect(at(directory, 'myshopify.com')).toBe('url-list');
    // The same service's endpoints listed together are the product's own calls.
    const own = ['const ENDPOINTS = [', "  'https://api.stripe.com/v1/charges',", "  'https://api.stripe.com/v1/refunds',", "  'https://files.stripe.com/v1/files',", '];'].join('\n');
    expect(at(own, 'api.stripe.com/v1/refunds')).toBeUndefined();
    // Presets the user picks from, one record a line (a record may spread over lines).
    const presets = [
      'const AI_PROVIDERS = [',
      '  { name: "OpenAI", apiUrl: "https://api.openai.com/v1" },',
      '  { name: "Anthropic", apiUrl: "https://api.anthropic.com/v1" },',
      '  {',
      '    name: "Google Gemini",',
      '    apiUrl: "https://generativelanguage.googleapis.com/v1beta",',
      '  },',
      '  { name: "Mistral", apiUrl: "https://api.mistral.ai/v1" },',
      '  { name: "Cohere", apiUrl: "https://api.cohere.ai/v2" },',
      '  { name: "Z.AI", apiUrl: "https://api.z.ai/api/paas/v4" },',
      '] as const;',
    ].join('\n');
    expect(at(presets, 'api.z.ai')).toBe('url-list');
    // A configuration object's keys each hold a URL the product calls.
    const config = ['const config = {', '  sentryDsn: "https://k@o1.ingest.sentry.io/1",', '  posthogHost: "https://eu.i.posthog.com",', '  stripeApi: "https://api.stripe.com",', '  intercom: "https://widget.intercom.io",', '  algolia: "https://x-dsn.algolia.net",', '};'].join('\n');
    expect(at(config, 'eu.i.posthog.com')).toBeUndefined();
  });

  it('reads allow-lists, comparisons, placeholders, defaults and preconnect hints', () => {
    expect(at('"youtube.com",\n"player.vimeo.com",\n"drive.google.com",\n', 'player.vimeo.com')).toBe('allow-list');
    // Module paths are not hosts: Django's INSTALLED_APPS lists the sign-in providers the product enables.
    const apps = ['INSTALLED_APPS = [', '    "allauth.socialaccount",', '    "allauth.socialaccount.providers.github",', '    "allauth.socialaccount.providers.gitlab",', ']'].join('\n');
    expect(at(apps, 'allauth.socialaccount.providers.gitlab')).toBeUndefined();
    expect(at("'iframe_sources' => env('ALLOWED_IFRAME_SOURCES', 'https://*.youtube.com https://*.vimeo.com'),", 'vimeo.com')).toBe('allow-list');
    expect(at('  if (event.origin !== "https://player.vimeo.com") return;', 'player.vimeo.com')).toBe('url-pattern');
    expect(at('\tcase "player.vimeo.com":', 'player.vimeo.com')).toBe('url-pattern');
    expect(at('if host.endswith("hooks.slack.com"):', 'hooks.slack.com')).toBe('url-pattern');
    // A configured API base compared with a vendor's API: the product special-cases calling it.
    expect(at('    return api_base_url is not None and api_base_url.startswith("https://api.groq.com")', 'api.groq.com')).toBeUndefined();
    expect(at("if (this.baseURL.includes('api.deepinfra.com')) {", 'api.deepinfra.com')).toBeUndefined();
    expect(at('\tif strings.HasPrefix(cfg.BaseURL, "https://api.x.ai") {', 'api.x.ai')).toBeUndefined();
    expect(at('if (new URL(link).hostname.startsWith("www.youtube.com")) {', 'www.youtube.com')).toBe('url-pattern');
    expect(at('<input placeholder="https://hooks.slack.com/services/T0/B0/X">', 'hooks.slack.com')).toBe('placeholder');
    expect(at("MAILGUN_HOST = os.environ.get('MAILGUN_HOST', 'api.mailgun.net')", 'api.mailgun.net')).toBe('default-value');
    expect(at("const host = process.env.POSTHOG_HOST || 'us.i.posthog.com'", 'us.i.posthog.com')).toBe('default-value');
    expect(at('<link rel="preconnect" href="https://challenges.cloudflare.com" />', 'challenges.cloudflare.com')).toBe('resource-hint');
  });

  it("reads a whole endpoint URL as the fallback of an environment lookup as the product's own default, a bare host as a skeleton default", () => {
    expect(at("'url' => env('GRAVATAR_URL', 'https://www.gravatar.com/avatar'),", 'gravatar.com')).toBeUndefined();
    expect(at("'location_iq_url' => env('LOCATION_IQ_URL', 'https://us1.locationiq.com/v1/'),", 'us1.locationiq.com')).toBeUndefined();
    expect(at("'host' => env('MAIL_HOST', 'smtp.mailgun.org'),", 'smtp.mailgun.org')).toBe('default-value');
    // An API base with its scheme is the product's default endpoint, path or not.
    expect(at("const host = process.env.POSTHOG_HOST || 'https://us.i.posthog.com/'", 'us.i.posthog.com')).toBeUndefined();
    expect(at("url: process.env.HAVE_I_BEEN_PWNED_URL || 'https://api.pwnedpasswords.com',", 'api.pwnedpasswords.com')).toBeUndefined();
  });

  it('reads a YAML sequence of bare hosts (a referrer database) as a list, not one configured host', () => {
    const referers = ['  Doubleclick:', '    domains:', '      - ad.doubleclick.net', '      - ad-apac.doubleclick.net', '', '  Taboola:', '    domains:', '      - trc.taboola.com', '      - api.taboola.com'].join('\n');
    expect(at(referers, 'ad-apac.doubleclick.net')).toBe('allow-list');
    expect(at(referers, 'trc.taboola.com')).toBe('allow-list');
    // A one-host entry of such a database is one of its rows.
    const database = `${referers}\n\n  Windows Live Spaces:\n    domains:\n      - login.live.com\n\n  Bing:\n    domains:\n      - bing.com\n      - www.bing.com\n`;
    expect(at(database, 'login.live.com')).toBe('allow-list');
    // One host under a key is configuration.
    expect(at('sentry:\n  dsn_host: o123.ingest.sentry.io\n', 'o123.ingest.sentry.io')).toBeUndefined();
    expect(at('hosts:\n  - o123.ingest.sentry.io\nport: 443\n', 'o123.ingest.sentry.io')).toBeUndefined();
  });

  it('reads XML elements that each hold a host (a public suffix list in Android resources) as a list; named strings stay configuration', () => {
    const list = ['<string-array name="public_suffixes">', '        <item>temp-dns.com</item>', '        <item>supabase.co</item>', '        <item>supabase.in</item>', '</string-array>'].join('\n');
    expect(at(list, 'supabase.co')).toBe('allow-list');
    const strings = ['<resources>', '    <string name="sentry_host">o123.ingest.sentry.io</string>', '    <string name="api_host">api.example.org</string>', '</resources>'].join('\n');
    expect(at(strings, 'o123.ingest.sentry.io')).toBeUndefined();
  });

  it('reads hosts assigned to a name that the file uses only inside a CSP directive as a list of allowed sources', () => {
    const middleware = [
      'export default function middleware(req) {',
      '  const helperUrls = ["https://help.flexile.com", "wss://xmrztjqxvugqpgvxpmzz.supabase.co/realtime/v1/websocket"].join(" ");',
      '  const cspHeader = `',
      "    default-src 'self';",
      "    connect-src 'self' ${helperUrls} ${s3Urls};",
      '  `;',
      '}',
    ].join('\n');
    expect(at(middleware, 'xmrztjqxvugqpgvxpmzz.supabase.co')).toBe('allow-list');
    // The same name also handed to a client is a host the code calls.
    const called = middleware.replace('  const cspHeader', '  const socket = new WebSocket(helperUrls);\n  const cspHeader');
    expect(at(called, 'xmrztjqxvugqpgvxpmzz.supabase.co')).toBeUndefined();
    // A name nothing else uses says nothing.
    expect(at('const realtime = "wss://abc.supabase.co/realtime/v1/websocket";\n', 'abc.supabase.co')).toBeUndefined();
  });

  it('reads a vertical list of domain suffixes (trusted endpoint suffixes, cookie domains) as a list', () => {
    const suffixes = ['  @trusted_endpoint_suffixes [', '    ".supabase.co",', '    ".amazonaws.com",', '    "storage.googleapis.com",', '    ".r2.cloudflarestorage.com"', '  ]'].join('\n');
    expect(at(suffixes, 'supabase.co')).toBe('allow-list');
    // One suffix alone is configuration.
    expect(at('config :app, cookie_domain: ".supabase.co"\n', 'supabase.co')).toBeUndefined();
  });

  it('reads a table of domain lists, two hosts a line (equivalent domains of a password manager), as a list', () => {
    const table = [
      'GlobalDomains.Add(GlobalEquivalentDomainsType.Turbotax, new List<string> { "turbotax.com", "intuit.com" });',
      'GlobalDomains.Add(GlobalEquivalentDomainsType.Shopify, new List<string> { "shopify.com", "myshopify.com" });',
    ].join('\n');
    expect(at(table, 'myshopify.com')).toBe('allow-list');
    // Two hosts of one client's configuration, with no list beside them, are configuration.
    expect(at('client = Client(primary="api.mailgun.net", fallback="api.eu.mailgun.net")\nclient.send(message)', 'api.eu.mailgun.net')).toBeUndefined();
  });

  it('reads a table of records, one per line, each opening with a host, as a list', () => {
    const table = ['KNOWN = [', '    KnownDomain("hkdk.events", "Hookdeck", "automation"),', '', '    KnownDomain("*.supabase.co", "Supabase", "backend"),', '    KnownDomain("*.convex.site", "Convex", "backend"),', ']'].join('\n');
    expect(at(table, '*.supabase.co')).toBe('allow-list');
    // The same call with a host once, beside a different call, is configuration.
    expect(at('client = Client("api.mailgun.net")\nclient.send(message)', 'api.mailgun.net')).toBeUndefined();
  });

  it('reads a long Next.js remotePatterns list, far below `images:`, as an allow-list', () => {
    const entries = Array.from({ length: 30 }, (_, i) => `      {\n        hostname: "img${i}.example-cdn.com", // asset bucket ${i}\n      },`).join('\n');
    const config = `module.exports = {\n  images: {\n    remotePatterns: [\n${entries}\n      {\n        hostname: "avatars.githubusercontent.com",\n      },\n    ],\n  },\n};\n`;
    expect(at(config, 'avatars.githubusercontent.com')).toBe('allow-list');
    // A hostname key elsewhere (an API client's options) is configuration.
    expect(at('const client = createClient({\n  retries: 3,\n  hostname: "api.mixpanel.com",\n});', 'api.mixpanel.com')).toBeUndefined();
  });

  it('reads a CSP written over several lines of a string (Rust, nginx) as an allow-list, however far the host is from its directive', () => {
    const rust = [
      '        let csp = format!(',
      '            "default-src \'self\'; \\',
      "                    connect-src 'self' \\",
      '                    https://api.pwnedpasswords.com \\',
      '                    https://app.simplelogin.io/api/ \\',
      '                    https://api.forwardemail.net \\',
      '                    {allowed_connect_src};",',
    ].join('\n');
    expect(at(rust, 'api.forwardemail.net')).toBe('allow-list');
    const nginx = ['add_header Content-Security-Policy "default-src \'self\'; script-src \'self\'', '    https://www.googletagmanager.com', '    https://www.google-analytics.com;";'].join('\n');
    expect(at(nginx, 'www.google-analytics.com')).toBe('allow-list');
    // A URL alone on a line after a call is that call's argument, not a list.
    expect(at('response = requests.post(\n    "https://api.mailgun.net/v3/x/messages",\n    auth=auth)', 'api.mailgun.net')).toBeUndefined();
    expect(at('curl -X POST \\\n  https://api.mailgun.net/v3/x/messages \\\n  -F to=a@b.c', 'api.mailgun.net')).toBeUndefined();
  });

  it('reads CSP directives written as Ruby keys (secure_headers form_action) and HTMLPurifier iframe regexps as allow-lists', () => {
    expect(at("    form_action:     %w['self' platform.twitter.com syndication.twitter.com],", 'platform.twitter.com')).toBe('allow-list');
    expect(at("    frame_ancestors: %w['self' app.slack.com],", 'app.slack.com')).toBe('allow-list');
    const rails = 'config.content_security_policy do |policy|\n  policy.img_src :self, "data:", "https://secure.gaug.es", "https://www.gravatar.com",\n    "https://*.fastly-insights.com", "https://avatars.githubusercontent.com"\n  policy.object_src :none\nend\n';
    expect(at(rails, 'avatars.githubusercontent.com')).toBe('allow-list');
    const sources = "const experienceScriptSource = [\n  \"'self'\",\n  \"'unsafe-inline'\",\n  `${gsiOrigin}client`,\n  \n  'https://static.cloudflareinsights.com/',\n  ...conditionalArray(!isProduction && \"'unsafe-eval'\"),\n];\n";
    expect(at(sources, 'static.cloudflareinsights.com')).toBe('allow-list');
    expect(at("const scripts = [\n  '/app.js',\n  'https://static.cloudflareinsights.com/beacon.min.js',\n];\n", 'static.cloudflareinsights.com')).toBeUndefined();
    expect(at('const hosts = [\n  "https://api.stripe.com", "https://avatars.githubusercontent.com"\n];\n', 'avatars.githubusercontent.com')).toBeUndefined();
    expect(at("            'URI.SafeIframeRegexp' => '%^(http://|https://|//)(www.youtube.com/embed/|player.vimeo.com/video/)%',", 'player.vimeo.com')).toBe('allow-list');
  });

  it('reads a CSP built one statement per source (HOCON `_src=${_src} "..."`, repeated add calls) as an allow-list; repeated loads stay', () => {
    const hocon = '_src=""\n_src=${_src} "\'self\'"\n_src=${_src} "https://js.stripe.com"\n_src=${_src} "bat.bing.com"\n_src=${_src} "fonts.googleapis.com"\n_src=${_src} "\'unsafe-inline\'"\n';
    expect(at(hocon, 'bat.bing.com')).toBe('allow-list');
    expect(at(hocon, 'fonts.googleapis.com')).toBe('allow-list');
    const calls = 'policy.add("connect-src", "\'self\'");\npolicy.add("connect-src", "https://api.segment.io");\npolicy.add("connect-src", "https://api.mixpanel.com");\n';
    expect(at(calls, 'api.mixpanel.com')).toBe('allow-list');
    // Scripts loaded one call after another: no CSP keyword, no allow-list name.
    const loads = 'loadScript("https://static.hotjar.com/c/hotjar-1.js");\nloadScript("https://cdn.segment.com/analytics.js");\nloadScript("https://js.stripe.com/v3");\n';
    expect(at(loads, 'cdn.segment.com')).toBeUndefined();
  });

  it("reads a factory's switch over six or more providers (JustAuth's AuthRequestFactory) as a table; a short switch and plain calls stay uses", () => {
    const providers = ['Github', 'Gitee', 'Google', 'Facebook', 'Twitter', 'Microsoft', 'Okta', 'Linkedin'];
    const factory = ['switch (source) {', ...providers.flatMap((name) => [`    case ${name.toUpperCase()}:`, `        return new Auth${name}Request(config, cache);`]), '    default: return null;', '}'].join('\n');
    const items = providers.map((name) => ({ offset: factory.indexOf(`new Auth${name}Request`) + 4, vendor: name.toLowerCase() }));
    const categories = (vendor: string) => (vendor === 'okta' ? ['identity'] : ['social-login']);
    // Okta's branch lies inside the switch of sign-in providers: one more entry of the same table.
    expect([...providerSwitchItems(factory, items, categories)].sort()).toEqual(providers.map((_, i) => i));
    const short = items.slice(0, 4);
    const shortFactory = factory;
    expect(providerSwitchItems(shortFactory, short, categories).size).toBe(0);
    const calls = providers.map((name) => `builder.add(new Auth${name}Request(config, cache));`).join('\n');
    expect(providerSwitchItems(calls, providers.map((name) => ({ offset: calls.indexOf(`new Auth${name}Request`) + 4, vendor: name.toLowerCase() })), categories).size).toBe(0);
    // A label on the branch's own line (`case "github" -> ...`) counts too.
    const arrows = providers.map((name) => `    case "${name.toLowerCase()}" -> new Auth${name}Request(config, cache);`).join('\n');
    expect(providerSwitchItems(arrows, providers.map((name) => ({ offset: arrows.indexOf(`new Auth${name}Request`) + 4, vendor: name.toLowerCase() })), categories).size).toBe(8);
  });

  it("reads an enumeration of six or more adapters, one qualified name per line (Swoosh adapters an Ecto.Enum accepts), as a table; a short one stays a use", () => {
    const adapters = ['AmazonSES', 'CustomerIO', 'Mailgun', 'Mailjet', 'Postmark', 'Sendgrid', 'SparkPost'];
    const enumeration = ['defconfig(:outbound_email_adapter,', '  Ecto.ParameterizedType.init(Ecto.Enum,', '    values: [', ...adapters.map((name) => `      Swoosh.Adapters.${name},`), '      Swoosh.Adapters.SMTP', '    ]', '  ))'].join('\n');
    const items = adapters.map((name) => ({ offset: enumeration.indexOf(`Swoosh.Adapters.${name}`), vendor: name.toLowerCase() }));
    const categories = () => ['email'];
    expect(providerSwitchItems(enumeration, items, categories).size).toBe(7);
    expect(providerSwitchItems(enumeration, items.slice(0, 5), categories).size).toBe(0);
    // The configuration that picks one adapter is a use, however many adapters stand elsewhere in the file.
    const chosen = `${enumeration}\nconfig :portal, Portal.Mailer, adapter: Swoosh.Adapters.Postmark, api_key: key`;
    const pick = { offset: chosen.lastIndexOf('Swoosh.Adapters.Postmark'), vendor: 'postmark' };
    expect(providerSwitchItems(chosen, [...items, pick], categories).has(items.length)).toBe(false);
  });

  it("reads a host in a view helper's link (Rails link_to, Phoenix link to:) as a hyperlink; a player's /embed/ URL stays", () => {
    const hostOnly = (code: string, needle: string) => mentionAt(code, code.indexOf(needle), false, true);
    expect(hostOnly('<%= link_to "Report a site issue", "https://form.typeform.com/to/iXY4BubB", class: "hover:text-slate-700" %>', 'form.typeform.com')).toBe('hyperlink');
    expect(hostOnly('= link_to t(".feedback"), "https://form.typeform.com/to/abc", target: "_blank"', 'form.typeform.com')).toBe('hyperlink');
    expect(hostOnly('<%= link_to "https://calendly.com/acme/demo", target: "_blank" do %>', 'calendly.com')).toBe('hyperlink');
    expect(hostOnly('<%= link("Docs", to: "https://hexdocs.pm/acme") %>', 'hexdocs.pm')).toBe('hyperlink');
    expect(hostOnly('<%= link_to "Watch", "https://www.youtube.com/embed/abc" %>', 'www.youtube.com')).toBeUndefined();
    // A Markdown link in an agent's description (a Ruby heredoc): a page to open. An image renders, so it loads.
    const description = '  * `push_hubs` - Popular hubs include [Superfeedr](https://pubsubhubbub.superfeedr.com/) and [Google](https://pubsubhubbub.appspot.com/).';
    expect(hostOnly(description, 'pubsubhubbub.superfeedr.com')).toBe('hyperlink');
    expect(hostOnly('Logo: ![Imgur](https://i.imgur.com/abc.png)', 'i.imgur.com')).toBeUndefined();
    // In a JSON data file, the link of a titled record (a badge's click-through): a page to open.
    const badges = '{"recap_1":[{"id":"1","title":"Twitch Recap","image":"https://static-cdn.jtvnw.net/badges/v1/abc/","url":"https://twitch-web.app.link/e/twitch-recap"}]}';
    expect(mentionAt(badges, badges.indexOf('twitch-web.app.link'), true, true)).toBe('hyperlink');
    // A configuration record's endpoint without a title stays a use, and so does a source file's.
    const config = '{"analytics": {"url": "https://twitch-web.app.link/e/x"}}';
    expect(mentionAt(config, config.indexOf('twitch-web.app.link'), true, true)).toBeUndefined();
    expect(mentionAt(badges, badges.indexOf('twitch-web.app.link'), false, true)).toBeUndefined();
    expect(hostOnly('<%= javascript_include_tag "https://js.stripe.com/v3/" %>', 'js.stripe.com')).toBeUndefined();
  });

  it('reads a host in the pattern of a regex compiled from a string as a url-pattern (Go, Python, Java, PHP, JS)', () => {
    expect(at('\tyoutubeReg = regexp.MustCompile("(https?://www.youtube.com/embed/[a-zA-Z0-9\\-_]+)")', 'www.youtube.com')).toBe('url-pattern');
    expect(at('VIMEO = re.compile(r"https://player.vimeo.com/video/(\\d+)")', 'player.vimeo.com')).toBe('url-pattern');
    expect(at('Pattern p = Pattern.compile("https://www.youtube.com/watch\\?v=(.+)");', 'www.youtube.com')).toBe('url-pattern');
    expect(at("if (preg_match('#https://www.youtube.com/embed/(\\w+)#', $url, $m)) {", 'www.youtube.com')).toBe('url-pattern');
    expect(at('const re = new RegExp("https://player.vimeo.com/video/" + id);', 'player.vimeo.com')).toBe('url-pattern');
    // A call that is not a regex stays a use.
    expect(at('resp, err := http.Get("https://www.youtube.com/oembed?url=" + link)', 'www.youtube.com')).toBeUndefined();
  });

  it('reads a host in a bypass list (a VPN tunnel\'s excluded domains) as an allow-list', () => {
    expect(at('                    bypassDomains.append("push.apple.com")', 'push.apple.com')).toBe('allow-list');
  });

  it('leaves calls, loads and single configured hosts alone', () => {
    expect(at("posthog.init('phc_x', { api_host: 'https://us.i.posthog.com' })", 'us.i.posthog.com')).toBeUndefined();
    expect(at('<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC"></script>', 'googletagmanager')).toBeUndefined();
    expect(at("fetch('https://api.mailgun.net/v3/x/messages', { method: 'POST' })", 'api.mailgun.net')).toBeUndefined();
    expect(at("const endpoint = 'https://api.mixpanel.com/track';", 'api.mixpanel.com')).toBeUndefined();
    // A script's file name is a path segment, not a second host in the string (FullStory's snippet).
    expect(at("window['_fs_script'] = 'edge.fullstory.com/s/fs.js';", 'edge.fullstory.com')).toBeUndefined();
    expect(at("const hosts = 'cdn.example-a.com cdn.example-b.com';", 'cdn.example-a.com')).toBe('allow-list');
    // Literals of an array named for what a recogniser looks for are tested against pages, not loaded.
    expect(at("const GTM_SIGNATURES = ['googletagmanager.com/gtm.js']", 'googletagmanager.com')).toBe('url-pattern');
    expect(at("const scripts = ['https://www.googletagmanager.com/gtm.js']", 'googletagmanager.com')).toBeUndefined();
  });

  it('reads a placeholder filled by a conditional over several lines as a placeholder', () => {
    const input = '<Input\n  placeholder={\n    selectedProvider === "azure"\n      ? "https://login.microsoftonline.com/.../federationmetadata/..."\n      : "https://your-idp.example.com/metadata"\n  }\n/>\n';
    expect(at(input, 'login.microsoftonline.com')).toBe('placeholder');
    // A conditional that picks an endpoint to call is no placeholder.
    const call = 'const url =\n  region === "eu"\n    ? "https://api.eu.mixpanel.com/track"\n    : "https://api.mixpanel.com/track";\n';
    expect(at(call, 'api.eu.mixpanel.com')).toBeUndefined();
  });

  it('reads an image object and prose in a JSON data file as content (ActivityPub samples), not configuration', () => {
    const json = (code: string, needle: string) => mentionAt(code, code.indexOf(needle), true);
    const person = '{\n  "name": "Jane",\n  "icon": {\n    "type": "Image",\n    "url": "https://secure.gravatar.com/avatar/a2bd?s=120"\n  }\n}\n';
    expect(json(person, 'secure.gravatar.com')).toBe('media-link');
    expect(json('{\n  "icon": {\n    "url": "https://secure.gravatar.com/avatar/a2bd"\n  }\n}\n', 'secure.gravatar.com')).toBe('media-link');
    expect(json('{"content": "<p>Photo by <img src=\'https://secure.gravatar.com/avatar/5dc0\'></p>"}', 'secure.gravatar.com')).toBe('media-link');
    // An endpoint in a JSON configuration stays configuration.
    expect(json('{\n  "analytics": {\n    "url": "https://api.mixpanel.com/track"\n  }\n}\n', 'api.mixpanel.com')).toBeUndefined();
  });

  it('names the labels a regular expression of the file recognises, through group syntax', () => {
    const code = 'const RE = /^(?:https?:\\/\\/)?(?:www\\.)?youtu(?:be\\.com|\\.be)\\//;\nconst T = /(?:twitter|x)\\.com\\/status/;\n';
    expect(labelsInRegexes(code, ['youtube', 'twitter', 'vimeo'])).toEqual(new Set(['youtube', 'twitter']));
  });

  it('reads the regular expressions of a minified editor bundle (one long line) around each label', () => {
    const filler = 'var a=function(b){return b+1};'.repeat(150);
    const bundle = `${filler}var v=/\\/\\/(player\\.)?vimeo\\.com\\/([a-z]*\\/)*(\\d+)[?]?.*/,y=u.match(v);${filler}if(y)return "//player.vimeo.com/video/"+y[3];${filler}var t="https://www.twitch.tv/";`;
    expect(bundle.length).toBeGreaterThan(2000);
    expect(labelsInRegexes(bundle, ['vimeo', 'twitch'])).toEqual(new Set(['vimeo']));
  });

  it('never throws on odd input', () => {
    const odd = ['', '"', "'unterminated", '`${`', '\n\n\n', 'x'.repeat(5000), '"a.b",\n"c.d"', '\u0000\uffff', '/\\.\\.\\./'];
    for (const code of odd) {
      for (let offset = -1; offset <= code.length + 1; offset += Math.max(1, Math.floor(code.length / 7))) {
        expect(() => mentionAt(code, offset)).not.toThrow();
      }
      expect(() => labelsInRegexes(code, ['abcd'])).not.toThrow();
    }
  });
});

describe('contextOf and test paths', () => {
  const isTest = testPathMatcher();

  it('classes tests, specs, stories, examples and test-tool configs as test, not product code', () => {
    for (const path of ['src/__tests__/a.ts', 'app/src/androidTest/X.kt', 'pkg/a_test.go', 'src/Button.stories.tsx', 'examples/next/app.tsx', 'sample_apps/ios/App.swift', 'tests/Feature/ExportTest.php', 'phpunit.xml', 'lighthouse.config.ts', 'hintrc.production.json', 'cypress/e2e/login.cy.ts', 'apps/web-e2e/src/app.spec.ts', 'packages/insomnia-smoke-test/server/insomnia-api.ts', 'app/javascript/components/ContactsCard/story/fixtures.js', 'src/api/user.fixture.ts', 'src/api/client.mock.ts', 'setup/pkg/linux/README.html', 'docs/img/app-architecture.drawio.xml', 'packages/dev-server/test-plugins/experimental-ui/components/LocationMap.tsx', 'spec/test_helpers/stripe.rb', 'packages/integration-tests/src/checkout.ts']) {
      expect(isTest(path), path).toBe(true);
    }
    for (const path of ['src/app.ts', 'docs/mintlify/docs.json', 'src/testimonials.tsx', 'latest/index.ts', 'src/history/index.ts', 'src/mockup.ts']) expect(isTest(path), path).toBe(false);
    // Load tests and benchmarks call the product's API (or a vendor's) from outside.
    for (const path of ['benchmarks/keyverify.js', 'benchmarks/artillery/ratelimit.yaml', 'go/benchmark/main.go', 'loadtest/k6.js']) expect(isTest(path), path).toBe(true);
    // An AI product's evaluation suites run its prompts against many models; the product calls its own.
    for (const path of ['apps/evals/src/lib/models.ts', 'src/summarize.eval.ts']) expect(isTest(path), path).toBe(true);
    // Sample data named as such in an app target, and Xcode's development assets.
    for (const path of ['damus/TestData.swift', 'app/src/main/java/org/acme/MockData.kt', 'App/Preview Content/PreviewData.swift', 'lib/preview_data.dart']) expect(isTest(path), path).toBe(true);
    for (const path of ['src/TestDataExporter.ts', 'app/models/data.rb']) expect(isTest(path), path).toBe(false);
    for (const path of ['src/eval/expression.ts', 'lib/evaluate.ts']) expect(isTest(path), path).toBe(false);
    // Cucumber's step definitions and support code drive scenarios; a Rails app's own `app/features/` is product code.
    for (const path of ['features/step_definitions/oembed_steps.rb', 'features/support/env.rb', 'core/lib/spree/testing_support/blacklist_urls.rb']) expect(isTest(path), path).toBe(true);
    expect(isTest('app/features/billing/checkout.rb')).toBe(false);
    // Folders named for what they sample or fix: a log sample of an ingest pipeline, a docs site's code examples.
    for (const path of ['priv/supabase/ingest_samples/cloudflare.logs.prod.json', 'site/code-examples/stripe/checkout.js', 'spec/api_fixtures/user.json']) expect(isTest(path), path).toBe(true);
    for (const path of ['src/resamples/index.ts', 'app/samplers/posthog.ts']) expect(isTest(path), path).toBe(false);
    // `com.example` is a package name in an app's shipped sources; its tests and a real examples/ folder stay tests.
    expect(isTest('app/src/main/java/com/example/shop/CrashReporting.java')).toBe(false);
    expect(isTest('app/src/main/kotlin/com/example/shop/Analytics.kt')).toBe(false);
    expect(isTest('app/src/test/java/com/example/shop/AnalyticsTest.java')).toBe(true);
    expect(isTest('examples/android/app/src/main/java/com/acme/Demo.java')).toBe(true);
    // Rust test modules in their own files; a module whose name only contains `test` is product code.
    for (const path of ['crates/milli/src/update/test_settings.rs', 'src/routes/tests.rs', 'src/search_test.rs', 'src/api_tests.rs']) expect(isTest(path), path).toBe(true);
    for (const path of ['src/attestation.rs', 'src/contest.rs', 'src/testing_utils/mod.rs']) expect(isTest(path), path).toBe(false);
  });

  it('decides one context per item, in order: disabled, mention, test, dev, transitive, runtime', () => {
    const base = { kind: 'package' as const, path: 'package-lock.json', line: 1, column: 1, match: 'x' };
    expect(contextOf({ ...base, transitive: true, dev: true }, isTest)).toBe('dev');
    expect(contextOf({ ...base, transitive: true }, isTest)).toBe('transitive');
    expect(contextOf({ ...base, path: 'tests/package.json' }, isTest)).toBe('test');
    expect(contextOf({ ...base, kind: 'platform', switchedOff: true, path: 'tests/AndroidManifest.xml' }, isTest)).toBe('disabled');
    expect(contextOf({ ...base, kind: 'domain', path: '.env.example' }, isTest)).toBe('mention');
    expect(contextOf({ ...base, kind: 'import', path: 'vite.config.ts' }, isTest)).toBe('dev');
    expect(contextOf({ ...base, kind: 'code', path: 'src/a.ts' }, isTest)).toBe('runtime');
  });

  it('a broken test glob from the manifest never throws', () => {
    expect(() => testPathMatcher(['[', '!**/{', '']).call(null, 'src/a.ts')).not.toThrow();
  });
});

describe('templateCatalogFolders', () => {
  it("finds a self-hosting platform's catalog of Compose templates, flat or one folder per app, and never the product's own Compose files", () => {
    const apps = ['dify', 'lobe-chat', 'n8n', 'ghost', 'plausible', 'umami', 'supabase', 'openclaw', 'minio'];
    const flat = apps.map((app) => `templates/compose/${app}.yaml`);
    const perApp = apps.map((app) => `apps/dokploy/templates/${app}/docker-compose.yml`);
    const own = ['docker-compose.yml', 'docker-compose.prod.yml', 'docker/dev/docker-compose.yml', 'charts/app/templates/deployment.yaml'];
    expect(templateCatalogFolders([...flat, ...perApp, ...own]).sort()).toEqual(['apps/dokploy/templates', 'templates/compose']);
    expect(templateCatalogFolders([...own, ...apps.slice(0, 7).map((app) => `templates/compose/${app}.yaml`)])).toEqual([]);
    // The product's own services, each with its Compose file beside its code, are no catalog.
    const services = apps.flatMap((app) => [`services/${app}/docker-compose.yml`, `services/${app}/src/main.go`]);
    expect(templateCatalogFolders(services)).toEqual([]);
  });
});

