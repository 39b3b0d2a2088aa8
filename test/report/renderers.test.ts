import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { parseManifest } from '../../src/manifest/load.js';
import { formatDriftMarkdown, markdownText } from '../../src/reporters/drift-markdown.js';
import type { DriftReportContext } from '../../src/reporters/drift.js';
import { evidenceUrl } from '../../src/reporters/drift.js';
import { escapeHtml, formatHtml } from '../../src/reporters/html.js';
import { formatSubprocessors } from '../../src/reporters/subprocessors.js';
import { scanMemory, testCatalog } from '../helpers.js';

const HOSTILE = `src/"><img src=x onerror=alert(1)>|[x](javascript:alert(1)).ts`;

const MANIFEST = [
  'version: 1',
  'subprocessors:',
  '  - vendor: posthog',
  '    purpose: Product analytics <script>alert(1)</script>',
  '    data: [usage-data, device-data]',
  '    location: EU',
  '  - vendor: stripe',
  '    purpose: Payments | billing',
  '  - organization: sentry',
  '    purpose: Error monitoring',
  '    expect-in-code: false',
  'prohibited:',
  '  - category: advertising',
  '    reason: No ad pixels',
].join('\n');

function context(overrides: Partial<DriftReportContext> = {}): DriftReportContext {
  const result = scanMemory(
    {
      'src/a.ts': "posthog.init('phc_1')\n",
      [HOSTILE]: "posthog.init('phc_2')\n",
      'public/index.html': '<script>\nwindow._hjSettings = {hjid: 1};\n</script>\n<script>fbq("init", "1") // disclosed-ignore prohibited-vendor -- legal approved the test pixel\n</script>\n',
      'src/track.ts': "fbq('init', '2')\n",
    },
    MANIFEST,
  );
  result.stats.durationMs = 42;
  return { result, toolVersion: '0.0.0-test', color: false, manifest: parseManifest(MANIFEST, 'subprocessors.yml'), catalog: testCatalog(), title: 'acme/web', ...overrides };
}

describe('drift report, Markdown', () => {
  it('renders the verdict, vendors, categories, findings by severity and the declared list', () => {
    expect(formatDriftMarkdown(context({ repositoryUrl: 'https://github.com/acme/web', revision: 'abc123' }))).toMatchSnapshot();
  });

  it('says so when there is no manifest', () => {
    const text = formatDriftMarkdown({ ...context(), manifest: undefined, result: scanMemory({ 'src/a.ts': "posthog.init('x')\n" }) });
    expect(text).toContain('No policy manifest was found');
    expect(text).toContain('| PostHog (`posthog`) | posthog | Product analytics | **Undeclared** | — |');
  });

  it('escapes text from the repository: no raw HTML, links or extra cells', () => {
    const text = formatDriftMarkdown(context({ repositoryUrl: 'https://github.com/acme/web' }));
    // Inside a code span Markdown shows text literally; everywhere else nothing may become markup.
    const outsideCode = text.replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/<(?!br>|sub>|\/sub>)/);
    expect(outsideCode).not.toContain('](javascript:');
    expect(text).toContain('[`src/"><img src=x onerror=alert(1)>\\|[x](javascript:alert(1)).ts:1`](https://');
    expect(markdownText('a|b<c>[d](e)')).toBe('a\\|b&lt;c&gt;\\[d\\](e)');
  });
});

describe('drift report, HTML', () => {
  const html = formatHtml(context({ repositoryUrl: 'https://github.com/acme/web', revision: 'abc123', generatedAt: new Date('2026-11-23T10:00:00Z') }));

  it('is one self-contained document: a strict CSP, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^"]+&#39;; script-src &#39;sha256-/);
    expect(html).not.toMatch(/<[^>]*\ssrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/<link(?![^>]*href="data:)/i);
    // The only absolute URLs are links to evidence lines in the repository's web view.
    const urls = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((match) => match[0]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/github\.com\/acme\/web\/blob\/abc123\//);
  });

  it('shows the verdict, every vendor with its status and purpose, findings by severity and the declared list', () => {
    expect(html).toContain('<p class="verdict verdict-fail" id="verdict">Drift found');
    const vendors = [...html.matchAll(/<tr data-vendor="([^"]+)">/g)].map((match) => match[1]);
    expect(vendors).toEqual(['hotjar', 'meta-pixel', 'posthog']);
    expect(html).toMatch(/<tr data-vendor="hotjar">.*badge-undeclared/);
    expect(html).toMatch(/<tr data-vendor="meta-pixel">.*badge-prohibited/);
    expect(html).toContain('Product analytics &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<a href="https://github.com/acme/web/blob/abc123/src/a.ts#L1"><code>src/a.ts:1</code></a>');
    expect(html).toContain('<h3>Errors (');
    expect(html).toContain('<h3>Suppressed (1)</h3>');
    expect(html).toContain('legal approved the test pixel');
    expect(html).toMatch(/<code class="muted">stripe<\/code><\/td><td>Payments \| billing<\/td>.*badge-unused/);
    expect(html).toMatch(/organization: sentry.*badge-not-expected/);
    expect(html).toContain('aria-label="Product analytics: 1 declared, 0 undeclared"');
    expect(html).toContain('generated 2026-11-23 10:00 UTC');
  });

  it('escapes file paths, vendor names and messages: only its own tags appear', () => {
    const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'link', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'main', 'div', 'label', 'input', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'br', 'code', 'a', 'details', 'summary', 'svg', 'rect', 'footer', 'script'];
    expect([...tags].filter((tag) => !allowed.includes(tag))).toEqual([]);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('src/&#34;&#62;&#60;img src=x onerror=alert(1)&#62;|[x](javascript:alert(1)).ts:1');
    expect(html).toContain('/blob/abc123/src/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7C%5Bx%5D%28javascript%3Aalert%281%29%29.ts#L1');
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  it('links evidence only to http(s) repository URLs', () => {
    expect(evidenceUrl('a.ts', 3, 'javascript:alert(1)')).toBeUndefined();
    expect(evidenceUrl('a.ts', 3, 'https://x.test/r"onmouseover=1')).toBeUndefined();
    expect(evidenceUrl('dir/a b.ts', 3, 'https://git.example.com/team/app/', 'v1.2')).toBe('https://git.example.com/team/app/blob/v1.2/dir/a%20b.ts#L3');
    const plain = formatHtml(context());
    expect(plain).not.toContain('<a href');
    expect(plain).toContain('<code>src/a.ts:1</code>');
  });
});

describe('public subprocessor table', () => {
  it('renders name, purpose, data and location from the manifest, in manifest order', () => {
    expect(formatSubprocessors(parseManifest(MANIFEST, 'subprocessors.yml'), testCatalog())).toMatchSnapshot();
  });

  it('leaves out Data and Location when no entry declares them, and names custom vendors', () => {
    const manifest = parseManifest(
      ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Payments', '  - vendor: acme-metrics', '    name: Acme Metrics', '    purpose: Metrics', '    categories: [analytics]', '    signatures:', '      domains: ["metrics.acme.io"]'].join('\n'),
      'subprocessors.yml',
    );
    expect(formatSubprocessors(manifest, testCatalog(manifest.customVendors))).toBe('| Subprocessor | Purpose |\n|---|---|\n| Stripe | Payments |\n| Acme Metrics | Metrics |\n');
  });

  it('names the legal entity and its country the catalog records, for vendors and organizations alike', () => {
    const manifest = parseManifest(
      ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Payments', '  - organization: google', '    purpose: Analytics', '  - vendor: acme-metrics', '    name: Acme Metrics', '    purpose: Metrics', '    categories: [analytics]', '    signatures:', '      domains: ["metrics.acme.io"]'].join('\n'),
      'subprocessors.yml',
    );
    expect(formatSubprocessors(manifest, buildCatalog([], manifest.customVendors))).toBe(
      '| Subprocessor | Legal entity | Purpose |\n|---|---|---|\n| Stripe | Stripe, Inc. (US) | Payments |\n| Google LLC | Google LLC (US) | Analytics |\n| Acme Metrics |  | Metrics |\n',
    );
  });

  it('says there are none for an empty list', () => {
    expect(formatSubprocessors(parseManifest('version: 1\nsubprocessors: []\n', 'subprocessors.yml'))).toBe('We do not currently engage any subprocessors.\n');
  });
});
