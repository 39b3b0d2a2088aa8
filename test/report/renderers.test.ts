import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load.js';
import { parseManifest } from '../../src/manifest/load.js';
import { formatDriftMarkdown, markdownText } from '../../src/reporters/drift-markdown.js';
import type { DriftReportContext } from '../../src/reporters/drift.js';
import { evidenceContext, evidenceUrl } from '../../src/reporters/drift.js';
import type { Evidence } from '../../src/types.js';
import { escapeHtml, formatHtml } from '../../src/reporters/html.js';
import { buildSubprocessorList, formatSubprocessors, unreviewedMessage } from '../../src/reporters/subprocessors.js';
import { formatSubprocessorsHtml } from '../../src/reporters/subprocessors-html.js';
import { formatSubprocessorsJson } from '../../src/reporters/subprocessors-json.js';
import { formatDriftJson } from '../../src/reporters/drift-json.js';
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

const listSchema = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'subprocessor-list.schema.json'), 'utf8')) as object);
const driftSchema = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'drift-report.schema.json'), 'utf8')) as object);

describe('public subprocessor list', () => {
  const list = (text: string, catalog = testCatalog(), lastUpdated?: string) => {
    const manifest = parseManifest(text, 'subprocessors.yml');
    return buildSubprocessorList(manifest, catalog, lastUpdated ? { lastUpdated } : {});
  };

  it('leaves out Data, Location and Transfer when no entry declares them, and names custom vendors', () => {
    const text = ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Payment processing', '  - vendor: acme-metrics', '    name: Acme Metrics', '    purpose: Metrics', '    categories: [analytics]', '    signatures:', '      domains: ["metrics.acme.io"]'].join('\n');
    const manifest = parseManifest(text, 'subprocessors.yml');
    expect(formatSubprocessors(buildSubprocessorList(manifest, testCatalog(manifest.customVendors)))).toBe(
      ['### Processors', '', 'These companies process personal data on our behalf and under our instructions.', '', '| Subprocessor | Service | Purpose |', '|---|---|---|', '| stripe | Stripe | Payment processing |', '| acme-metrics | Acme Metrics | Metrics |', ''].join('\n'),
    );
  });

  it('names the legal entity the catalog records, for vendors and organizations alike', () => {
    const text = ['version: 1', 'subprocessors:', '  - vendor: stripe', '    purpose: Payments', '  - organization: google', '    purpose: Analytics', '  - vendor: acme-metrics', '    name: Acme Metrics', '    purpose: Metrics', '    categories: [analytics]', '    signatures:', '      domains: ["metrics.acme.io"]'].join('\n');
    const manifest = parseManifest(text, 'subprocessors.yml');
    const table = formatSubprocessors(buildSubprocessorList(manifest, buildCatalog([], manifest.customVendors)));
    // A category label is a reviewed purpose once someone wrote it: only TODO is refused (isTodoPurpose).
    expect(table).toContain('| Stripe, Inc. | Stripe | Payments |');
    expect(table).toMatch(/\| Google LLC \| Google(?: LLC)? \| Analytics \| \[Privacy policy\]\(https:\/\/[^)]+\)(?:<br>\[DPA\]\([^)]+\))? \|\n/);
    expect(table).toContain('| Acme Metrics | Acme Metrics | Metrics |  |');
  });

  it('says there are none for an empty list', () => {
    expect(formatSubprocessors(list('version: 1\nsubprocessors: []\n', undefined, '2026-11-20'))).toBe('Last updated: 2026-11-20\n\nWe do not currently engage any subprocessors.\n');
  });

  const lawyerManifest = [
    'version: 1',
    'subprocessors:',
    '  - vendor: posthog',
    '    purpose: Product analytics for the web app',
    '    data: [usage-data, device-data, browsing history]',
    '    location: [DE]',
    '  - vendor: hotjar',
    '    purpose: TODO describe the purpose',
    '  - vendor: stripe',
    '    purpose: Card payments',
    '    data: [payment-data, contact-details]',
    '    location: US',
    '    transfer: [dpf, scc]',
    '    approved-by: Dana Privacy',
    '    approved-on: 2026-09-01',
    '  - vendor: meta-pixel',
    '    purpose: Sign in with Facebook',
    '    location: [US, IE]',
    '    transfer: scc',
  ].join('\n');
  const lawyerCatalog = () => {
    const catalog = testCatalog();
    // Two products of one company: one legal entity on the list, its products under it.
    catalog.organizations.set('posthog', { id: 'posthog', name: 'PostHog', aliases: [], legalEntity: 'PostHog Inc.', country: 'US' });
    catalog.vendors.set('stripe', { ...catalog.vendors.get('stripe')!, organization: 'posthog', name: 'PostHog Payments', dpa: 'https://posthog.com/dpa' });
    catalog.vendors.set('meta-pixel', { ...catalog.vendors.get('meta-pixel')!, role: 'controller', privacy: 'https://www.facebook.com/privacy/policy/' });
    return catalog;
  };
  const reviewed = lawyerManifest.replace('TODO describe the purpose', 'Session replay on the pricing page');

  it('Markdown: legal entities once with their products under them, processors apart from independent controllers, terms and last-updated date', () => {
    const text = formatSubprocessors(list(reviewed, lawyerCatalog(), '2026-11-20'));
    expect(text).toMatchSnapshot();
    expect(text.startsWith('Last updated: 2026-11-20\n')).toBe(true);
    expect(text).toContain('| PostHog Inc. | PostHog | Product analytics for the web app | Usage data, Device data, browsing history | Germany |  | [DPA](https://posthog.com/dpa) |');
    expect(text).toContain('|  | PostHog Payments | Card payments | Payment data, Contact details | United States | EU-U.S. Data Privacy Framework, Standard Contractual Clauses |  |');
    expect(text).not.toContain('Dana Privacy'); // approval is an internal record
    const [processors, controllers] = text.split('### Independent controllers');
    expect(processors).not.toContain('Facebook');
    expect(controllers).toContain('| meta | Meta Pixel | Sign in with Facebook |  | United States, Ireland | Standard Contractual Clauses | [Privacy policy](https://www.facebook.com/privacy/policy/) |');
  });

  it('HTML: one self-contained page, the entity spanning its services, no script', () => {
    const html = formatSubprocessorsHtml(list(reviewed, lawyerCatalog(), '2026-11-20'));
    expect(html).toMatchSnapshot();
    expect(html).not.toContain('<script');
    expect(html).toContain('<th scope="rowgroup" rowspan="2">PostHog Inc.</th>');
    expect(html).toMatch(/<section id="controllers"><h2>Independent controllers<\/h2>/);
    expect(html).toContain('<time datetime="2026-11-20">2026-11-20</time>');
    expect(html).not.toContain('DRAFT');
  });

  it('JSON: valid against schema/subprocessor-list.schema.json, ids with labels', () => {
    const json = formatSubprocessorsJson(list(reviewed, lawyerCatalog(), '2026-11-20'));
    expect(json).toMatchSnapshot();
    const document = JSON.parse(json) as { processors: { name: string; services: { name: string; location: unknown }[] }[] };
    expect(listSchema(document), JSON.stringify(listSchema.errors)).toBe(true);
    expect(document.processors[0]!.services[1]).toMatchObject({ name: 'PostHog Payments', location: [{ code: 'US', name: 'United States' }] });
    const draft = JSON.parse(formatSubprocessorsJson(list(lawyerManifest, lawyerCatalog()))) as { draft: boolean; unreviewed: string[]; lastUpdated: null };
    expect(listSchema(draft)).toBe(true);
    expect(draft).toMatchObject({ draft: true, unreviewed: ['Hotjar'], lastUpdated: null });
  });

  it('never publishes a TODO purpose: the list says it is a draft and which purposes are missing', () => {
    const drafted = list(lawyerManifest, lawyerCatalog());
    expect(unreviewedMessage(drafted)).toBe('1 subprocessor has no reviewed purpose: Hotjar');
    const text = formatSubprocessors(drafted);
    expect(text.startsWith('> **Draft, not for publication:** 1 subprocessor has no reviewed purpose: Hotjar.')).toBe(true);
    expect(text).not.toMatch(/TODO describe/);
    expect(text).toContain('| contentsquare | Hotjar | **Purpose not yet reviewed** |');
    const html = formatSubprocessorsHtml(drafted);
    expect(html).toContain('<p class="draft" id="draft">DRAFT, NOT FOR PUBLICATION: 1 subprocessor has no reviewed purpose: Hotjar.</p>');
    expect(html).toContain('<title>DRAFT: Subprocessors</title>');
  });
});

describe('drift report, JSON', () => {
  it('is valid against schema/drift-report.schema.json and keeps each entry\'s manifest fields', () => {
    const json = formatDriftJson(context({ repositoryUrl: 'https://github.com/acme/web', revision: 'abc123', commit: { sha: '3f2c9a1b7d4e5f60718293a4b5c6d7e8f9012345', branch: 'main', date: '2026-11-20T09:30:00Z' } }));
    const document = JSON.parse(json) as { vendors: { id: string; evidence: { words: string }[] }[]; declarations: { fields: object }[] };
    expect(driftSchema(document), JSON.stringify(driftSchema.errors)).toBe(true);
    expect(document.declarations[0]!.fields).toEqual({ vendor: 'posthog', purpose: 'Product analytics <script>alert(1)</script>', data: ['usage-data', 'device-data'], location: ['EU'] });
    expect(document.vendors.find((vendor) => vendor.id === 'posthog')!.evidence[0]!.words).toBe('in application code');
    expect(json).toMatchSnapshot();
  });
});

describe('drift report a privacy lawyer can sign', () => {
  const manifestText = [
    'version: 1',
    'subprocessors:',
    '  - vendor: posthog',
    '    purpose: Product analytics',
    '    data: [usage-data]',
    '    location: [DE]',
    '    transfer: [scc]',
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
    expect(html).toMatch(/data-vendor="posthog">.*<td>PostHog Inc\.<br><span class="muted">Processor<\/span><\/td>.*Product analytics<br><span class="muted">Data:<\/span> Usage data<br><span class="muted">Location:<\/span> Germany<br><span class="muted">Transfer:<\/span> Standard Contractual Clauses/);
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
    expect(posthog).toMatch(/<details>.*test\/<wbr>analytics\.test\.ts:1.*in test or example code only/);
    expect(markdown).toMatch(/\| PostHog .* in application code<br>and 2 more locations \|/);
  });

  it('explains each rule id it shows and keeps a vendor on one printed page', () => {
    const withFinding = formatHtml({ ...lawyerContext(), result: scanMemory({ ...files, 'src/e.ts': "_hjSettings = {}\nstripe.redirectToCheckout()\n" }, manifestText.replace(/exceptions:[^]*$/, '')) });
    expect(withFinding).toContain('<dt id="rule-undeclared-vendor">undeclared-vendor</dt><dd>A vendor is used in the code but not declared as a subprocessor.</dd>');
    // Explained where it appears too: the link's title says what the rule means.
    expect(withFinding).toContain('<a href="#rule-undeclared-vendor" title="A vendor is used in the code but not declared as a subprocessor."><code class="id">undeclared-vendor</code></a>');
    const markdownFinding = formatDriftMarkdown({ ...lawyerContext(), result: scanMemory({ ...files, 'src/e.ts': "_hjSettings = {}\n" }, manifestText.replace(/exceptions:[^]*$/, '')) });
    expect(markdownFinding).toContain('| [`undeclared-vendor`](https://github.com/disclosed/disclosed/blob/main/docs/rules.md#undeclared-vendor "A vendor is used in the code but not declared as a subprocessor.") |');
    expect(html).toMatch(/@media print \{[^]*tr\.vendor, tr\.vendor td, dl\.rules dd, table\.findings tr, #declared tr \{ break-inside: avoid;/);
  });
});

describe('evidence context in words', () => {
  const base: Evidence = { kind: 'package', path: 'package-lock.json', line: 12, column: 1, match: '@vercel/analytics', ecosystem: 'npm' };
  it('says where each piece of evidence runs, from the context src/context/ decided', () => {
    expect(evidenceContext({ ...base, context: 'runtime', path: 'package.json' })).toBe('direct dependency, shipped');
    expect(evidenceContext({ ...base, kind: 'code', path: 'src/a.ts', context: 'runtime' })).toBe('in application code');
    expect(evidenceContext({ ...base, context: 'transitive', transitive: true, via: ['next', '@vercel/analytics'] })).toBe('transitive dependency via next → @vercel/analytics, pulled in by another package');
    expect(evidenceContext({ ...base, context: 'dev', dev: true })).toBe('development or build dependency only, not shipped');
    expect(evidenceContext({ ...base, kind: 'code', path: 'test/a.test.ts', context: 'test' })).toBe('in test or example code only');
    expect(evidenceContext({ ...base, kind: 'platform', context: 'disabled', switchedOff: true })).toBe('switched off by configuration');
    expect(evidenceContext({ ...base, kind: 'domain', context: 'mention', mention: 'allow-list' })).toBe('mentioned only in an allow-list or content security policy, not called');
    expect(evidenceContext({ ...base, context: 'connector', peer: true })).toBe('a connector your users set up with their own account');
    expect(evidenceContext({ ...base, kind: 'request', context: 'runtime' })).toBe('requested by the running site');
  });

  it('shows the words in both renderings of the drift report', () => {
    const files = { 'package.json': JSON.stringify({ devDependencies: { 'posthog-js': '1.0.0' } }) + '\n', 'src/a.ts': "posthog.init('phc_1')\n" };
    const result = scanMemory(files, MANIFEST);
    const drift = { result, toolVersion: '0.0.0-test', color: false, manifest: parseManifest(MANIFEST, 'subprocessors.yml'), catalog: testCatalog(), title: 'acme/web' };
    const devWords = evidenceContext(result.detections.find((detection) => detection.vendor === 'posthog')!.evidence.find((item) => item.path === 'package.json')!);
    expect(devWords).toMatch(/^development or build dependency only/);
    expect(formatHtml(drift)).toContain(devWords);
    expect(formatDriftMarkdown(drift)).toContain(devWords);
  });
});

describe('drift report, HTML snapshot', () => {
  it('renders the body a privacy team reads (style and script are tested separately)', () => {
    const html = formatHtml(context({ repositoryUrl: 'https://github.com/acme/web', revision: 'abc123', commit: { sha: '3f2c9a1b7d4e5f60718293a4b5c6d7e8f9012345', branch: 'main', date: '2026-11-20T09:30:00Z' }, generatedAt: new Date('2026-11-23T10:00:00Z') }));
    expect(html.slice(html.indexOf('<body>'), html.indexOf('<script>'))).toMatchSnapshot();
  });
});
