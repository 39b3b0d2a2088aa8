import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { checkPatternSafety } from '../../src/catalog/regex-safety.js';
import { findHosts, matchSource, MAX_CODE_BYTES } from '../../src/matchers/code.js';
import type { ParseProblem } from '../../src/types.js';
import { languageOf } from '../../src/matchers/languages.js';
import { testCatalog } from '../helpers.js';

const catalog = testCatalog();
const match = (path: string, text: string) => matchSource(catalog, path, text, languageOf(path)!);

describe('findHosts', () => {
  it('finds a host and its subdomains with exact offsets', () => {
    const hits = findHosts("fetch('https://us.i.posthog.com/e')", 'i.posthog.com');
    expect(hits).toEqual([{ index: 15, host: 'us.i.posthog.com', script: false }]);
  });
  it('ignores look-alikes, e-mail addresses and longer labels', () => {
    expect(findHosts('mail support@i.posthog.com', 'i.posthog.com')).toEqual([]);
    expect(findHosts('https://i.posthog.com.evil.net/x', 'i.posthog.com')).toEqual([]);
    expect(findHosts('https://notstatic.hotjar.community', 'static.hotjar.com')).toEqual([]);
    expect(findHosts('xstatic.hotjar.com', 'static.hotjar.com')).toEqual([]);
  });
  it("finds a host after a URL's credentials (a Sentry DSN), but not after an e-mail's local part", () => {
    expect(findHosts('"dsn": "https://4f0c1e2d3b4a59687766554433221100@o450123.ingest.sentry.io/5512345"', 'ingest.sentry.io')).toEqual([
      { index: 49, host: 'o450123.ingest.sentry.io', script: false },
    ]);
    expect(findHosts('mailto:help@o1.ingest.sentry.io, see https://docs.example.com/ or ops@o1.ingest.sentry.io', 'ingest.sentry.io')).toEqual([]);
  });
  it('marks script loads', () => {
    expect(findHosts('<script async src="https://static.hotjar.com/c/x.js">', 'static.hotjar.com')[0]?.script).toBe(true);
    expect(findHosts("s.src = '//js.stripe.com/v3/'", 'js.stripe.com')[0]?.script).toBe(true);
    expect(findHosts("connect-src 'self' https://js.stripe.com", 'js.stripe.com')[0]?.script).toBe(false);
  });
  it('marks a script load on a one-line bundle after thousands of other hits', () => {
    const bundle = `${"x='static.hotjar.com';".repeat(5_000)}s.src='https://static.hotjar.com/c/hotjar-1.js'`;
    const hits = findHosts(bundle, 'static.hotjar.com');
    expect(hits).toHaveLength(5_001);
    expect(hits.at(-1)?.script).toBe(true);
  });
});

describe('matchSource: bounded evidence per host', () => {
  it('keeps 20 host hits and 20 script loads per host and file, the script load after 5,000 mentions included', () => {
    const bundle = `${"x='static.hotjar.com';".repeat(5_000)}\n<script src="https://static.hotjar.com/c/hotjar-1.js"></script>\n`;
    const evidence = match('public/bundle.html', bundle).filter((item) => item.vendor === 'hotjar');
    expect(evidence.filter((item) => item.kind === 'domain')).toHaveLength(20);
    expect(evidence.filter((item) => item.kind === 'script').map((item) => item.line)).toEqual([2]);
  });
});

describe('matchSource', () => {
  it('locates an SDK call with line and column', () => {
    const evidence = match('src/a.ts', "import posthog from 'posthog-js'\n\n  posthog.init('phc_1')\n");
    expect(evidence).toEqual([
      { vendor: 'posthog', kind: 'code', path: 'src/a.ts', line: 3, column: 3, match: 'posthog.init(' },
      // The import of the vendor's package is evidence too (a devDependency imported by shipped code ships).
      { vendor: 'posthog', kind: 'import', path: 'src/a.ts', line: 1, column: 22, match: 'posthog-js', ecosystem: 'npm' },
    ]);
  });
  it('an import inside a multi-line template literal is a code sample the product shows; the file\'s own import is a use', () => {
    const full = buildCatalog();
    const text = [
      "import posthog from 'posthog-js';",
      '',
      'export const nextSnippet = (key: string) => `',
      "import { PostHogProvider } from 'posthog-js/react';",
      "import * as Sentry from '@sentry/nextjs';",
      'Sentry.init({ dsn: "${key}" });',
      '`;',
      "const oneLine = `import x from 'mixpanel-browser'`;",
    ].join('\n');
    const found = matchSource(full, 'src/components/InstallDialog.tsx', text, languageOf('src/components/InstallDialog.tsx')!)
      .filter((item) => item.kind === 'import')
      .map((item) => `${item.vendor} ${item.line} ${item.mention ?? 'use'}`);
    expect(found).toEqual(['posthog 1 use', 'posthog 4 code-sample', 'sentry 5 code-sample', 'mixpanel 8 use']);
  });

  it("an endpoint the file calls stays a use beside a regex that recognises the same site's pages, not that path", () => {
    const full = buildCatalog();
    const path = 'src/Files.App/Utils/Git/GitHelpers.cs';
    const text = [
      'var codeResponse = await client.PostAsync(',
      '    $"https://github.com/login/device/code?client_id={_clientId}&scope=repo", new StringContent(""));',
      '[GeneratedRegex(@"^(?:https?:\\/\\/)?(?:www\\.)?(?<domain>github|gitlab)\\.com\\/(?<user>[^\\/]+)\\/(?<repo>[^\\/]+?)")]',
      'private static partial Regex GitHubRepositoryRegex();',
    ].join('\n');
    const found = matchSource(full, path, text, languageOf(path)!).filter((item) => item.vendor === 'github-oauth').map((item) => item.mention ?? 'use');
    expect(found).toEqual(['use']);
    // A regex that names the endpoint's path is a recogniser of it (a form validating a pasted Slack webhook).
    const validator = ['const WEBHOOK = /^https:\\/\\/hooks\\.slack\\.com\\/services\\/T\\w+/;', 'const example = "https://hooks.slack.com/services/T123/B456/abc";'].join('\n');
    const slack = matchSource(full, 'src/validate.ts', validator, languageOf('src/validate.ts')!).filter((item) => item.vendor === 'slack' && item.line === 2);
    expect(slack.length).toBeGreaterThan(0);
    expect(slack.every((item) => item.mention !== undefined)).toBe(true);
  });

  it("a host inside another vendor's endpoint match is that vendor's: the Conversions API URL is Meta Pixel's, not the Facebook SDK's", () => {
    const capi = 'export const send = (body: string) =>\n  fetch(`https://graph.facebook.com/v20.0/${env.FB_PIXEL_ID}/events?access_token=${token}`, { method: "POST", body });\n';
    const full = buildCatalog();
    const fullMatch = (text: string) => matchSource(full, 'src/fb.ts', text, languageOf('src/fb.ts')!).map((item) => `${item.vendor} ${item.kind}`);
    expect(fullMatch(capi)).toEqual(['meta-pixel code']);
    // The Graph API by itself stays the Facebook SDK's host.
    const graph = 'export const me = () => fetch("https://graph.facebook.com/v20.0/me?fields=id,name")\n';
    expect(fullMatch(graph)).toEqual(['facebook-sdk domain']);
  });

  it("a shared API host named apart from the call is the file's product: WhatsApp's Cloud API base URL is not the Facebook SDK's", () => {
    const full = buildCatalog();
    const fullMatch = (text: string) => matchSource(full, 'src/whatsapp.ts', text, languageOf('src/whatsapp.ts')!).map((item) => `${item.vendor} ${item.kind} ${item.line}`);
    const whatsapp = [
      'const WHATSAPP_API_URL = "https://graph.facebook.com/v21.0";',
      '',
      'export const send = (to: string, text: string) =>',
      '  fetch(`${WHATSAPP_API_URL}/${env.PHONE_NUMBER_ID}/messages`, {',
      '    method: "POST",',
      '    body: JSON.stringify({ messaging_product: "whatsapp", to, type: "text", text: { body: text } }),',
      '  });',
    ].join('\n');
    expect(fullMatch(whatsapp)).toEqual(['whatsapp-cloud-api code 6']);
    // With the Facebook SDK's own call in the file, its host stays its evidence too.
    expect(fullMatch(`${whatsapp}\nFB.init({ appId: '1234', version: 'v21.0' });\n`)).toContain('facebook-sdk domain 1');
  });

  it('reads static, dynamic and require imports of catalog packages (subpaths cut), but not excluded packages, relative paths or URLs', () => {
    const code = [
      "import type { PostHog } from 'posthog-js/react'",
      "const stripe = await import('stripe')",
      'const sentry = require("@sentry/react/dist")',
      "import '@sentry/cli'",
      "import './posthog-js'",
      "import x from 'https://cdn.example.com/posthog-js'",
    ].join('\n');
    expect(match('src/a.ts', code).filter((item) => item.kind === 'import').map((item) => `${item.vendor} ${item.line}:${item.column} ${item.match}`)).toEqual([
      'posthog 1:31 posthog-js',
      'stripe 2:30 stripe',
      'sentry 3:25 @sentry/react',
    ]);
  });
  it('does not match commented-out code', () => {
    expect(match('src/a.ts', "// posthog.init('phc_1')\n/* fbq('init', '1') */")).toEqual([]);
  });
  it('respects the language restriction of a pattern', () => {
    expect(match('app/a.py', "posthog.init('x')")).toEqual([]);
  });
  it('matches hosts in configuration files but not code patterns', () => {
    const evidence = match('vercel.json', '{"headers": [{"value": "connect-src https://us.i.posthog.com; script-src fbq(\'init\')"}]}');
    expect(evidence.map((item) => [item.vendor, item.kind, item.match])).toEqual([['posthog', 'domain', 'us.i.posthog.com']]);
  });
  it('reports script evidence for a snippet loader', () => {
    const evidence = match('index.html', '<script>window._hjSettings = {hjid: 1}; s.src="https://static.hotjar.com/c/hotjar-1.js"</script>');
    expect(evidence.map((item) => item.kind).sort()).toEqual(['script', 'script']);
  });
});

describe('languageOf', () => {
  it('knows code, templates and config, and not docs', () => {
    expect(languageOf('a/b.tsx')?.language).toBe('js');
    expect(languageOf('views/x.blade.php')?.language).toBe('html');
    expect(languageOf('.env.example')?.language).toBe('config');
    expect(languageOf('README.md')).toBeUndefined();
    expect(languageOf('CHANGELOG')).toBeUndefined();
    expect(languageOf('notes.txt')).toBeUndefined();
  });
});

describe('pattern positions', () => {
  it('point at the call, not at blank lines a leading \\s* took in', () => {
    const catalog = testCatalog([
      {
        id: 'acme',
        name: 'Acme',
        organization: 'acme',
        categories: ['analytics'],
        source: 'test',
        signatures: { code: [{ id: 'import', keywords: ['acme_sdk'], pattern: String.raw`^[ \t]*import\s+'package:acme_sdk/` }] },
      },
    ]);
    const evidence = matchSource(catalog, 'lib/main.dart', "// header\n\n\n  import 'package:acme_sdk/acme.dart';\n", languageOf('lib/main.dart')!);
    expect(evidence.map((item) => [item.line, item.column])).toEqual([[4, 3]]);
  });
});

describe('the per-file time budget', () => {
  const acme = testCatalog([
    {
      id: 'acme',
      name: 'Acme',
      organization: 'acme',
      categories: ['analytics'],
      source: 'test',
      signatures: {
        domains: ['cdn.acme.test'],
        code: [
          { id: 'one', keywords: ['acme_one'], pattern: String.raw`\bacme_one\(` },
          { id: 'two', keywords: ['acme_two'], pattern: String.raw`\bacme_two\(` },
        ],
      },
    },
  ]);
  const text = ['acme_one()', '', 'acme_one()', 'acme_two()', "load('https://cdn.acme.test/a.js')"].join('\n');
  const language = languageOf('src/a.js')!;

  it('stops the patterns, keeps what was found, still matches domains, and says where it stopped', () => {
    // A clock that runs out right after the first match: deterministic, not timing-based.
    let calls = 0;
    const budget = { ms: 1_000, now: () => (++calls <= 2 ? 0 : 1_000_000) };
    const problems: ParseProblem[] = [];
    const evidence = matchSource(acme, 'src/a.js', text, language, undefined, undefined, problems, budget);
    expect(evidence.map((item) => [item.kind, item.line])).toEqual([
      ['code', 1],
      ['domain', 5],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: 10 });
    expect(problems[0]!.message).toMatch(/time budget \(1000 ms\): 2 of 2 code patterns/);
  });

  it('within the budget, every pattern runs and nothing is reported', () => {
    const problems: ParseProblem[] = [];
    const evidence = matchSource(acme, 'src/a.js', text, language, undefined, undefined, problems);
    expect(evidence.map((item) => item.line)).toEqual([1, 3, 4, 5]);
    expect(problems).toEqual([]);
  });
});

describe('patterns on pathological files', () => {
  // Issue 13: `^\s*import…` ran for more than 15 minutes on a file of blank lines (each line start
  // rescanned every following blank line). The keyword in a comment is enough to run the patterns.
  it('a 2 MiB Swift file of blank lines is matched in linear time', () => {
    const text = `// FirebaseAnalytics\n${'\n'.repeat(MAX_CODE_BYTES - 64)}import Foundation\n`;
    const full = buildCatalog();
    const started = performance.now();
    const problems: ParseProblem[] = [];
    expect(matchSource(full, 'App/AppDelegate.swift', text, languageOf('App/AppDelegate.swift')!, undefined, undefined, problems)).toEqual([]);
    expect(problems).toEqual([]);
    // Linear: tens of milliseconds. The old pattern would take hours; generous for a busy machine.
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(checkPatternSafety(String.raw`^\s*import\s+FirebaseAnalytics\b`)).not.toEqual([]);
  });
});
