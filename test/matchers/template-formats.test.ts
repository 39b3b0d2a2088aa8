import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 13, item 15: server templates and content formats that load scripts are read, each with
// HTML-style script and host matching. One file per format in the fixture, each loading Hotjar in
// that format's own syntax.

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'repos', 'template-formats');

const FILES = [
  ['HAML', 'app/views/layouts/application.html.haml'],
  ['Slim', 'app/views/layouts/application.html.slim'],
  ['Pug', 'views/layout.pug'],
  ['Jade', 'views/legacy/layout.jade'],
  ['HEEx', 'lib/shop_web/components/layouts/root.html.heex'],
  ['EEx', 'lib/shop_web/templates/layout/app.html.eex'],
  ['ASP.NET page', 'Default.aspx'],
  ['ASP.NET user control', 'Controls/Analytics.ascx'],
  ['MDX', 'pages/index.mdx'],
  ['Markdoc', 'content/about.mdoc'],
  ['PHP template', 'app/design/frontend/Acme/shop/Magento_Theme/templates/head.phtml'],
  ['HTML with server-side includes', 'htdocs/index.shtml'],
  ['Smarty', 'templates/smarty/footer.tpl'],
  ['Latte', 'app/Presenters/templates/@layout.latte'],
  ['FreeMarker', 'src/main/resources/templates/layout.ftlh'],
  ['Velocity', 'src/main/resources/velocity/layout.vm'],
  ['Mako', 'views/mako/base.mako'],
  ['Groovy Server Pages', 'grails-app/views/layouts/main.gsp'],
  ['Edge', 'resources/views/layout.edge'],
  ['ColdFusion', 'web/cfml/header.cfm'],
  ['Crystal ECR', 'src/views/layout.ecr'],
] as const;

describe('template and content formats', async () => {
  const run = await runCli(['check', '.', '--format', 'json', '--no-cache'], { cwd: FIXTURE });
  const json = JSON.parse(run.stdout) as { detections: { vendor: string; evidence: { path: string; kind: string; match: string }[] }[] };
  const hotjar = json.detections.find((detection) => detection.vendor === 'hotjar')?.evidence ?? [];

  it.each(FILES)('%s (%s): a script loaded from a catalog host is detected', (_format, path) => {
    expect(hotjar.filter((item) => item.path === path)).toEqual([expect.objectContaining({ kind: 'script', match: 'static.hotjar.com' })]);
  });

  // The newer formats each hide a Mixpanel script in their own comment syntax ({* *}, <#-- -->,
  // ## and #* *#, <%doc> and ##, <%-- --%> and %{-- --}%, {{-- --}}, <!--- --->, <%# %>).
  it('a script inside a template comment is not read, in every template format', () => {
    expect(json.detections.find((detection) => detection.vendor === 'mixpanel')).toBeUndefined();
  });
});

// Issue 14, item 2: an inline suppression written in each template language's own comment syntax
// (`-#`, Slim `/`, `//-`, `//`, `<%!-- --%>`, `<%# %>`, `@* *@`, `<%-- --%>`, `{/* */}`, `<!-- -->`)
// suppresses the finding on the next line, with its reason, and none is malformed or unused.
const IGNORES = join(import.meta.dirname, '..', 'fixtures', 'repos', 'template-ignore-comments');
const IGNORED_FILES = ['layout.html.haml', 'layout.html.slim', 'layout.pug', 'layout.jade', 'root.html.heex', 'app.html.eex', '_Layout.cshtml', 'Default.aspx', 'Analytics.ascx', 'index.mdx', 'about.mdoc'];

describe('inline suppression in template comment syntaxes', async () => {
  const run = await runCli(['check', '.', '--format', 'json', '--no-cache'], { cwd: IGNORES });
  const json = JSON.parse(run.stdout) as { findings: { rule: string; suppressed: boolean; location: { path: string }; suppression?: { reason?: string } }[] };

  it.each(IGNORED_FILES)('%s', (path) => {
    const here = json.findings.filter((finding) => finding.location.path === path);
    expect(here.map((finding) => [finding.rule, finding.suppressed])).toEqual([['undeclared-vendor', true]]);
    expect(JSON.stringify(here[0]!.suppression)).toContain('internal staff pages, no customer data"');
  });
});
