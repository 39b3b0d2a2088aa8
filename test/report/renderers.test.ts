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
    expect(text).toContain('| PostHog (`posthog`) | posthog<br>Processor | Product analytics | **Undeclared** | — |');
    expect(text).toContain('**❌ 1 vendor in the code is not on the published list (there is no manifest): PostHog.**');
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
    expect(html).toContain('<div class="verdict verdict-fail" id="verdict"><p>1 vendor in the code is not on the published list: Hotjar.</p><p>1 vendor in the code is prohibited by the manifest: Meta Pixel.</p>');
    const vendors = [...html.matchAll(/<tr class="vendor" data-vendor="([^"]+)">/g)].map((match) => match[1]);
    expect(vendors).toEqual(['hotjar', 'meta-pixel', 'posthog']);
    expect(html).toMatch(/<tr class="vendor" data-vendor="hotjar">.*badge-undeclared/);
    expect(html).toMatch(/<tr class="vendor" data-vendor="meta-pixel">.*badge-prohibited/);
    expect(html).toContain('Product analytics &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<a href="https://github.com/acme/web/blob/abc123/src/a.ts#L1"><code class="loc">src/<wbr>a.ts:1</code></a>');
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
    const allowed = ['wbr', 'dl', 'dt', 'dd', 'html', 'head', 'meta', 'link', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'main', 'div', 'label', 'input', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'br', 'code', 'a', 'details', 'summary', 'svg', 'rect', 'footer', 'script'];
    expect([...tags].filter((tag) => !allowed.includes(tag))).toEqual([]);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('src/<wbr>&#34;&#62;&#60;img src=x onerror=alert(1)&#62;|[x](javascript:alert(1)).ts:1');
    expect(html).toContain('/blob/abc123/src/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7C%5Bx%5D%28javascript%3Aalert%281%29%29.ts#L1');
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  it('links evidence only to http(s) repository URLs', () => {
    expect(evidenceUrl('a.ts', 3, 'javascript:alert(1)')).toBeUndefined();
    expect(evidenceUrl('a.ts', 3, 'https://x.test/r"onmouseover=1')).toBeUndefined();
    expect(evidenceUrl('dir/a b.ts', 3, 'https://git.example.com/team/app/', 'v1.2')).toBe('https://git.example.com/team/app/blob/v1.2/dir/a%20b.ts#L3');
    const plain = formatHtml(context());
    expect(plain).not.toMatch(/<a href="(?!#rule-)/);
    expect(plain).toContain('<code class="loc">src/<wbr>a.ts:1</code>');
  });
});

describe('public subprocessor table', () => {
  it('renders name, purpose, data and location from the manifest, in manifest order', () => {
    expect(formatSubprocessors(parseManifest(MANIFEST, 'subprocessors.yml'), testCatalog())).toMatchSnapshot();
  });

  it('leaves out Data and Location when no entry declares them, and names custom vendors', () => {
    const manifest = parseManifest(
      ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Payment processing', '  - vendor: acme-metrics', '    name: Acme Metrics', '    purpose: Metrics', '    categories: [analytics]', '    signatures:', '      domains: ["metrics.acme.io"]'].join('\n'),
      'subprocessors.yml',
    );
    expect(formatSubprocessors(manifest, testCatalog(manifest.customVendors))).toBe(
      [
        '### Processors',
        '',
        'These companies process personal data on our behalf and under our instructions.',
        '',
        '| Subprocessor | Service | Purpose |',
        '|---|---|---|',
        '| stripe | Stripe | Payment processing |',
        '| acme-metrics | Acme Metrics | Metrics |',
        '',
      ].join('\n'),
    );
  });

  it('names the legal entity and its country the catalog records, for vendors and organizations alike', () => {
    const manifest = parseManifest(
      ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Payments', '  - organization: google', '    purpose: Analytics', '  - vendor: acme-metrics', '    name: Acme Metrics', '    purpose: Metrics', '    categories: [analytics]', '    signatures:', '      domains: ["metrics.acme.io"]'].join('\n'),
      'subprocessors.yml',
    );
    const table = formatSubprocessors(manifest, buildCatalog([], manifest.customVendors));
    // The subprocessor is the contracting entity; the product is the service it provides.
    expect(table).toContain('| Stripe, Inc. | Stripe | **Purpose not yet reviewed** (Stripe) |');
    expect(table).toContain('| Google LLC | Google LLC | Analytics |');
    // A custom vendor has no legal entity in the catalog: its name stands in.
    expect(table).toContain('| Acme Metrics | Acme Metrics | Metrics |');
  });

  it('says there are none for an empty list', () => {
    expect(formatSubprocessors(parseManifest('version: 1\nsubprocessors: []\n', 'subprocessors.yml'), undefined, { lastUpdated: '2026-11-20' })).toBe('Last updated: 2026-11-20\n\nWe do not currently engage any subprocessors.\n');
  });

  const lawyerManifest = [
    'version: 1',
    'subprocessors:',
    '  - vendor: posthog',
    '    purpose: Product analytics for the web app',
    '    data: [usage-data]',
    '    location: EU',
    '  - vendor: hotjar',
    '    purpose: TODO describe the purpose',
    '  - vendor: stripe',
    '    purpose: Card payments',
    '    location: US',
    '  - vendor: meta-pixel',
    '    purpose: Sign in with Facebook',
  ].join('\n');
  const lawyerCatalog = () => {
    const catalog = testCatalog();
    // Two products of one company: one legal entity on the list, its products under it.
    catalog.organizations.set('posthog', { id: 'posthog', name: 'PostHog', aliases: [], legalEntity: 'PostHog Inc.', country: 'US' });
    catalog.vendors.set('stripe', { ...catalog.vendors.get('stripe')!, organization: 'posthog', name: 'PostHog Payments', dpa: 'https://posthog.com/dpa' });
    catalog.vendors.set('meta-pixel', { ...catalog.vendors.get('meta-pixel')!, role: 'controller', privacy: 'https://www.facebook.com/privacy/policy/' });
    return catalog;
  };

  it('lists legal entities once with their products, processors apart from independent controllers, with terms and a last-updated date', () => {
    const text = formatSubprocessors(parseManifest(lawyerManifest, 'subprocessors.yml'), lawyerCatalog(), { lastUpdated: '2026-11-20' });
    expect(text).toMatchSnapshot();
    expect(text.startsWith('Last updated: 2026-11-20\n')).toBe(true);
    expect(text).toContain('| PostHog Inc. | PostHog, PostHog Payments | Product analytics for the web app; Card payments | usage-data | EU; US | [DPA](https://posthog.com/dpa) |');
    const [processors, controllers] = text.split('### Independent controllers');
    expect(processors).not.toContain('Facebook');
    expect(controllers).toContain('| meta | Meta Pixel | Sign in with Facebook | [Privacy policy](https://www.facebook.com/privacy/policy/) |');
  });

  it('never publishes a TODO or a bare category label as a purpose', () => {
    const text = formatSubprocessors(parseManifest(lawyerManifest.replace('purpose: Product analytics for the web app', 'purpose: product analytics'), 'subprocessors.yml'), lawyerCatalog());
    expect(text).toContain('> **Draft, not for publication:** 2 subprocessors have no reviewed purpose (PostHog and Hotjar).');
    expect(text).not.toMatch(/TODO describe/);
    expect(text).toContain('| contentsquare | Hotjar | **Purpose not yet reviewed** (Hotjar) |');
    expect(text).toContain('| PostHog Inc. | PostHog, PostHog Payments | Card payments; **Purpose not yet reviewed** (PostHog) |');
  });
});

describe('drift report a privacy lawyer can sign', () => {
  const manifestText = [
    'version: 1',
    'subprocessors:',
    '  - vendor: posthog',
    '    purpose: Product analytics',
    '    data: [usage-data]',
    '    location: EU (Frankfurt)',
    '  - vendor: meta-pixel',
    '    purpose: Sign in with Facebook',
    'exceptions:',
    '  - rule: undeclared-vendor',
    '    vendor: hotjar',
    '    reason: Trial on the pricing page, approved by legal (DPO-112)',
    '    expires: 2027-03-31',
  ].join('\n');
  const files: Record<string, string> = {
    'public/index.html': '<script>\nwindow._hjSettings = {hjid: 1};\n</script>\n',
    'src/auth/facebook.ts': "fbq('init', '1')\n",
    'test/analytics.test.ts': "posthog.init('phc_test')\n",
    'src/a.ts': "posthog.init('phc_1')\n",
    'src/b.ts': "posthog.init('phc_2')\n",
    'src/c.ts': "posthog.init('phc_3')\n",
    'src/d.ts': "posthog.init('phc_4')\n",
  };
  const catalog = testCatalog();
  catalog.organizations.set('posthog', { id: 'posthog', name: 'PostHog', aliases: [], legalEntity: 'PostHog Inc.', country: 'US' });
  const meta = catalog.vendors.get('meta-pixel')!;
  catalog.vendors.set('meta-pixel', { ...meta, role: 'controller', privacy: 'https://www.facebook.com/privacy/policy/', dpa: 'https://www.facebook.com/legal/terms/dataprocessing' });
  const sha = '3f2c9a1b7d4e5f60718293a4b5c6d7e8f9012345';
  const lawyerContext = (): DriftReportContext => ({
    result: scanMemory(files, manifestText),
    toolVersion: '0.0.0-test',
    color: false,
    manifest: parseManifest(manifestText, 'subprocessors.yml'),
    catalog,
    title: 'acme/web',
    repositoryUrl: 'https://github.com/acme/web',
    commit: { sha, branch: 'main', date: '2026-11-20T09:30:00Z' },
  });
  const html = formatHtml(lawyerContext());
  const markdown = formatDriftMarkdown(lawyerContext());

  it('shows a waived vendor as waived with its reason and expiry, not as undeclared, and leaves it out of the undeclared counts', () => {
    expect(html).toMatch(/<tr class="vendor" data-vendor="hotjar">.*<span class="badge badge-waived">Waived by exception<\/span><br><span class="muted">Trial on the pricing page, approved by legal \(DPO-112\) \(expires 2027-03-31\)<\/span>/);
    expect(html).not.toMatch(/data-vendor="hotjar">.*badge-undeclared/);
    expect(html).toContain('<li><strong>0</strong>undeclared</li><li><strong>1</strong>waived by exception</li>');
    expect(html).toContain('aria-label="Session replay: 0 declared, 0 undeclared, 1 waived"');
    expect(html).toMatch(/<rect class="bar-waived" x="0" y="0" width="320" height="14"\/><rect class="bar-undeclared" x="320" y="0" width="0"/);
    expect(html).toContain('<div class="verdict verdict-pass" id="verdict"><p>1 vendor is not on the list but accepted by a manifest exception: Hotjar.</p>');
    expect(markdown).toContain('| Waived by exception: Trial on the pricing page, approved by legal (DPO-112) (expires 2027-03-31) |');
    expect(markdown).toContain('3 vendors detected (0 undeclared, 1 waived by exception)');
  });

  it('gives each vendor its legal entity, role, declared data and location, and privacy and DPA links', () => {
    expect(html).toMatch(/data-vendor="posthog">.*<td>PostHog Inc\.<br><span class="muted">Processor<\/span><\/td>.*Product analytics<br><span class="muted">Data:<\/span> usage-data<br><span class="muted">Location:<\/span> EU \(Frankfurt\)/);
    expect(html).toMatch(/data-vendor="meta-pixel">.*<td>meta<br><span class="muted">Independent controller<\/span><\/td>/);
    expect(html).toContain('<td class="terms"><a href="https://www.facebook.com/privacy/policy/">Privacy policy</a><a href="https://www.facebook.com/legal/terms/dataprocessing">DPA</a></td>');
    expect(markdown).toContain('| meta<br>Independent controller |');
    expect(markdown).toContain('[Privacy policy](https://www.facebook.com/privacy/policy/)<br>[DPA](https://www.facebook.com/legal/terms/dataprocessing)');
  });

  it('names the commit, branch and date it describes and links evidence to that commit', () => {
    expect(html).toContain('commit 3f2c9a1b7d4e on branch main, committed 2026-11-20 09:30 UTC');
    expect(html).toContain(`<a href="https://github.com/acme/web/blob/${sha}/src/auth/facebook.ts#L1">`);
    expect(html).not.toContain('/blob/HEAD/');
    expect(markdown).toContain(`This report describes [commit 3f2c9a1b7d4e on branch main, committed 2026-11-20 09:30 UTC](https://github.com/acme/web/tree/${sha}).`);
  });

  it('shows the strongest three locations and folds the rest, test code last', () => {
    const posthog = /<tr class="vendor" data-vendor="posthog">.*<\/tr>/.exec(html)![0];
    const shown = posthog.split('<details>')[0]!;
    expect([...shown.matchAll(/<li>/g)]).toHaveLength(3);
    expect(shown).not.toContain('test/');
    expect(posthog).toContain('<details><summary>2 more locations</summary>');
    expect(posthog).toMatch(/<details>.*test\/<wbr>analytics\.test\.ts:1.*in test code/);
    expect(markdown).toMatch(/\| PostHog .* in application code<br>and 2 more locations \|/);
  });

  it('explains each rule id it shows and keeps a vendor on one printed page', () => {
    const withFinding = formatHtml({ ...lawyerContext(), result: scanMemory({ ...files, 'src/e.ts': "_hjSettings = {}\nstripe.redirectToCheckout()\n" }, manifestText.replace(/exceptions:[^]*$/, '')) });
    expect(withFinding).toContain('<dt id="rule-undeclared-vendor">undeclared-vendor</dt><dd>A vendor is used in the code but not declared as a subprocessor.</dd>');
    expect(withFinding).toContain('<a href="#rule-undeclared-vendor"><code class="id">undeclared-vendor</code></a>');
    expect(html).toMatch(/@media print \{[^]*tr\.vendor, tr\.vendor td, dl\.rules dd \{ break-inside: avoid;/);
  });
});
