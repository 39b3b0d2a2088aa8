import { describe, expect, it } from 'vitest';
import { hostsBeforePaths } from '../../src/catalog/catalog.js';
import { buildCatalog } from '../../src/catalog/load.js';
import { assembledUrls } from '../../src/matchers/assembled-urls.js';
import { matchSource } from '../../src/matchers/code.js';
import { languageOf } from '../../src/matchers/languages.js';
import { scanFiles } from '../../src/scan.js';

// URLs a program builds from a host and a path: each construct, and the catalog's host-and-path
// patterns run on the URL it makes.

const urls = (code: string) => assembledUrls(code).map((item) => item.url);

describe('assembledUrls', () => {
  it('C# UriBuilder object initializer (Bitwarden icons: Google favicons)', () => {
    const code = 'var builder = new UriBuilder\n{\n    Scheme = "https",\n    Host = "www.google.com",\n    Path = "/s2/favicons",\n    Query = $"domain={domain}"\n};\n';
    expect(assembledUrls(code)).toEqual([{ url: 'https://www.google.com/s2/favicons', offset: code.indexOf('www.google.com') }]);
  });

  it('Dart Uri with named host and path, and Uri.https', () => {
    expect(urls('await dio.getUri(Uri(scheme: "https", host: "lrclib.net", path: "/api/get", queryParameters: q));')).toEqual(['https://lrclib.net/api/get']);
    expect(urls("final uri = Uri.https('sponsor.ajay.app', '/api/skipSegments', {'videoID': id});")).toEqual(['https://sponsor.ajay.app/api/skipSegments']);
  });

  it('Go url.URL and Swift URLComponents fields', () => {
    expect(urls('u := url.URL{Scheme: "https", Host: "api.example-vendor.com", Path: "/v1/track"}')).toEqual(['https://api.example-vendor.com/v1/track']);
    expect(urls('var components = URLComponents()\ncomponents.scheme = "https"\ncomponents.host = "itunes.apple.com"\ncomponents.path = "/search"\n')).toEqual(['https://itunes.apple.com/search']);
  });

  it('OkHttp and Android builder chains join their path segments', () => {
    expect(urls('HttpUrl url = new HttpUrl.Builder().scheme("https").host("api.podcastindex.org").addPathSegments("api/1.0/search").addPathSegment("byterm").build();')).toEqual(['https://api.podcastindex.org/api/1.0/search/byterm']);
    expect(urls('Uri.Builder().scheme("https").authority("www.google.com").appendPath("s2").appendPath("favicons").build()')).toEqual(['https://www.google.com/s2/favicons']);
  });

  it('Python urlunparse', () => {
    expect(urls('url = urlunparse(("https", "www.gravatar.com", "/avatar/" + digest, "", "", ""))')).toEqual(['https://www.gravatar.com/avatar/']);
  });

  it('a name holding a base URL, joined with a path: f-strings, template literals, Ruby, Kotlin, PHP, Elixir, Go', () => {
    const python = 'GITHUB_OAUTH_URL = "https://github.com/login/oauth"\n\ndef token(code):\n    return requests.post(f"{GITHUB_OAUTH_URL}/access_token", data={"code": code})\n';
    expect(assembledUrls(python)).toEqual([{ url: 'https://github.com/login/oauth/access_token', offset: python.indexOf('{GITHUB_OAUTH_URL}') }]);
    expect(urls("const API_BASE = 'https://API.Example-Vendor.com/v2/';\nawait fetch(`${API_BASE}/events`, { method: 'POST' });")).toEqual(['https://api.example-vendor.com/v2/events']);
    expect(urls('class Client {\n  constructor() { this.baseUrl = "https://api.example-vendor.com"; }\n  send() { return fetch(this.baseUrl + "/v1/track"); }\n}')).toEqual(['https://api.example-vendor.com/v1/track']);
    expect(urls('BASE = "https://api.example-vendor.com"\nuri = URI("#{BASE}/v1/track")')).toEqual(['https://api.example-vendor.com/v1/track']);
    expect(urls('private const val BASE_URL: String = "https://api.example-vendor.com"\nval url = "$BASE_URL/v1/track"')).toEqual(['https://api.example-vendor.com/v1/track']);
    expect(urls("<?php\n$base = 'https://api.example-vendor.com';\n$response = $client->post($base . '/v1/track');")).toEqual(['https://api.example-vendor.com/v1/track']);
    expect(urls('@base_url "https://api.example-vendor.com"\ndef track(body), do: Req.post!(@base_url <> "/v1/track", json: body)')).toEqual(['https://api.example-vendor.com/v1/track']);
    expect(urls('const baseURL = "https://api.example-vendor.com"\nreq, _ := http.NewRequest("POST", fmt.Sprintf("%s/v1/track", baseURL), body)')).toEqual(['https://api.example-vendor.com/v1/track']);
  });

  it('no base join for a name that holds no URL, or a URL never joined', () => {
    expect(urls('const base = process.env.API_URL;\nfetch(`${base}/v1/track`);')).toEqual([]);
    expect(urls('const HOME = "https://www.example-vendor.com/";\nlink(HOME);\nconst other = `${name}/x`;')).toEqual([]);
  });

  it('a hostile file of thousands of bases and joins yields a bounded number of URLs', () => {
    const code = Array.from({ length: 5000 }, (_, i) => `base = 'https://a${i}.example.com';\n`).join('') + 'x = `${base}/a`;\n'.repeat(5000);
    const found = assembledUrls(code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(2000);
  });

  it('nothing without a builder, a dotted host or a path beside it', () => {
    expect(urls("fetch('https://www.google.com/s2/favicons?domain=' + domain)")).toEqual([]);
    expect(urls('config = { host: "localhost", path: "/api" }')).toEqual([]);
    expect(urls('const server = { host: "db.internal.example", port: 5432 }')).toEqual([]);
  });
});

describe('matchSource: patterns run on assembled URLs', () => {
  const catalog = buildCatalog();

  it('a UriBuilder for Google favicons is the Google favicon service, located at its host', () => {
    const text = 'public Uri Favicon(string domain)\n{\n    var builder = new UriBuilder\n    {\n        Scheme = "https",\n        Host = "www.google.com",\n        Path = "/s2/favicons",\n    };\n    return builder.Uri;\n}\n';
    const evidence = matchSource(catalog, 'src/Icons/IconService.cs', text, languageOf('src/Icons/IconService.cs')!);
    expect(evidence.filter((item) => item.vendor === 'google-favicons').map((item) => [item.kind, item.line, item.match])).toEqual([['code', 6, 'google.com/s2/favicons']]);
  });

  it("GitHub's token endpoint joined to a base constant is GitHub sign-in, located at the join", () => {
    const text = 'import requests\n\nGITHUB_API_URL = "https://api.github.com"\nGITHUB_OAUTH_URL = "https://github.com/login/oauth"\n\n\ndef get_access_token(code, client_id, client_secret):\n    data = {"code": code, "client_id": client_id, "client_secret": client_secret}\n    response = requests.post(f"{GITHUB_OAUTH_URL}/access_token", data=data)\n    return response.json()["access_token"]\n';
    const evidence = matchSource(catalog, 'api/custom_auth/oauth/github.py', text, languageOf('api/custom_auth/oauth/github.py')!);
    expect(evidence.filter((item) => item.vendor === 'github-oauth').map((item) => [item.kind, item.line])).toEqual([['code', 9]]);
  });

  it('a one-line remotePatterns entry is an allow-list too, the host and the URL it assembles', () => {
    const text = "module.exports = {\n  images: {\n    remotePatterns: [\n      { protocol: 'https', hostname: 'secure.gravatar.com', pathname: '/avatar/**' },\n    ],\n  },\n};\n";
    const evidence = matchSource(catalog, 'next.config.js', text, languageOf('next.config.js')!).filter((item) => item.vendor === 'gravatar');
    expect(evidence.map((item) => [item.kind, item.line, item.mention])).toEqual([
      ['code', 4, 'allow-list'],
      ['domain', 4, 'allow-list'],
    ]);
  });

  it('a Next.js remotePatterns entry (hostname and pathname) stays an allow-list mention', () => {
    const text = "module.exports = {\n  images: {\n    remotePatterns: [\n      {\n        protocol: 'https',\n        hostname: 'secure.gravatar.com',\n        pathname: '/avatar/**',\n      },\n    ],\n  },\n};\n";
    const evidence = matchSource(catalog, 'next.config.js', text, languageOf('next.config.js')!).filter((item) => item.vendor === 'gravatar');
    // The host itself, and the avatar URL the entry assembles: both at the host, both the allow-list's.
    expect(evidence.map((item) => [item.kind, item.line, item.mention])).toEqual([
      ['code', 6, 'allow-list'],
      ['domain', 6, 'allow-list'],
    ]);
  });
});

describe('the prefilter hands over a file that builds a URL from a pattern\'s host', () => {
  const catalog = buildCatalog();

  it('the hosts a pattern names right before a path, through an alternation, never an anchor', () => {
    expect(hostsBeforePaths(String.raw`\blrclib\.net/api/(?:get|search)\b`)).toEqual(['lrclib.net']);
    expect(hostsBeforePaths(String.raw`\b(?:google\.com|s2\.googleusercontent\.com)/s2/favicons\b`)).toEqual(['google.com', 's2.googleusercontent.com']);
    expect(hostsBeforePaths(String.raw`\bposthog\.init\s*\(`)).toEqual([]);
    expect(catalog.builderHosts.has('lrclib.net')).toBe(true);
    // Named in the comments of most libraries: never a reason to read a file.
    expect(catalog.builderHosts.has('github.com')).toBe(false);
  });

  it('a Dart file whose only trace of the vendor is its host in a Uri builder (Spotube: LRCLIB)', () => {
    const text = 'final res = await dio.getUri(\n  Uri(\n    scheme: "https",\n    host: "lrclib.net",\n    path: "/api/get",\n    queryParameters: {"track_name": track.name},\n  ),\n);\n';
    const bytes = Buffer.from(text);
    const files = scanFiles([{ path: 'lib/provider/lyrics/synced.dart', size: bytes.length }], () => bytes, catalog);
    expect(files.evidence.map((item) => [item.vendor, item.line])).toEqual([['lrclib', 4]]);
    // The same host in a link, with no builder, is not read for it.
    const link = Buffer.from('// Lyrics by https://lrclib.net\nfinal credits = "lrclib.net";\n');
    expect(scanFiles([{ path: 'lib/about.dart', size: link.length }], () => link, catalog).evidence).toEqual([]);
  });
});
