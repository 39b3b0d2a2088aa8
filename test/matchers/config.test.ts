import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSources, builtinCatalogSource } from '../../src/catalog/load.js';
import { scanText } from '../../src/scan.js';

// Config-driven integrations through the real catalog: each docs or site generator's config file,
// read as the generator reads it (key path, and value where the catalog asks for one).
const catalog = compileSources([builtinCatalogSource()]);
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/config-sites/${name}`, import.meta.url), 'utf8');
const found = (path: string, text: string) =>
  scanText(catalog, path, text)
    .evidence.filter((item) => item.kind === 'config')
    .map(({ vendor, line, column, match }) => [vendor, line, column, match]);

describe('config keys of docs and site generators', () => {
  it('Docusaurus: themeConfig.algolia through the typed wrapper, and the classic preset gtag option (the presets array is not a named level)', () => {
    expect(found('website/docusaurus.config.js', fixture('docusaurus.config.js'))).toEqual([
      ['google-analytics', 11, 9, 'gtag'],
      ['algolia', 19, 7, 'themeConfig.algolia'],
    ]);
  });

  it('VitePress: themeConfig.algolia and themeConfig.carbonAds inside defineConfig', () => {
    expect(found('.vitepress/config.ts', fixture('vitepress-config.ts'))).toEqual([
      ['algolia', 7, 5, 'themeConfig.algolia'],
      ['carbon-ads', 12, 5, 'themeConfig.carbonAds'],
    ]);
  });

  it('Mintlify: integrations in docs.json', () => {
    expect(found('docs/docs.json', fixture('mintlify-docs.json'))).toEqual([
      ['posthog', 6, 6, 'integrations.posthog'],
      ['google-tag-manager', 10, 6, 'integrations.gtm'],
    ]);
  });

  it('MkDocs Material: extra.analytics.provider only when the value is google', () => {
    expect(found('mkdocs.yml', fixture('mkdocs.yml'))).toEqual([['google-analytics', 6, 5, 'extra.analytics.provider: google']]);
    expect(found('mkdocs.yml', fixture('mkdocs-custom.yml'))).toEqual([]);
  });

  it('Jekyll _config.yml and Hugo services', () => {
    expect(found('_config.yml', fixture('jekyll-config.yml'))).toEqual([['google-analytics', 3, 1, 'google_analytics: UA-12345678-1']]);
    expect(found('hugo.toml', fixture('hugo.toml'))).toEqual([['google-analytics', 6, 5, 'services.googleAnalytics.ID: G-MEASUREMENT']]);
  });

  it('Mintlify: legacy mint.json analytics, and the chat and enrichment integrations', () => {
    expect(found('mint.json', fixture('mintlify-mint.json'))).toEqual([
      ['mixpanel', 5, 6, 'analytics.mixpanel'],
      ['intercom', 8, 6, 'integrations.intercom'],
    ]);
  });

  it('Hugo services.disqus and Jekyll minima disqus: the embedded comment templates', () => {
    expect(found('hugo.toml', fixture('hugo-disqus.toml'))).toEqual([['disqus', 6, 5, 'services.disqus.shortname: acme-blog']]);
    expect(found('_config.yml', fixture('jekyll-minima-disqus.yml'))).toEqual([['disqus', 4, 3, 'disqus.shortname: acme-blog']]);
  });

  it('Gatsby: a plugin enabled with options in gatsby-config (the plugin list is not a named level)', () => {
    expect(found('gatsby-config.js', fixture('gatsby-config.js'))).toEqual([['google-analytics', 9, 7, 'resolve: gatsby-plugin-google-gtag']]);
  });

  it('Astro: the Vercel adapter with Web Analytics on, inside its call', () => {
    expect(found('astro.config.mjs', fixture('astro.config.mjs'))).toEqual([['vercel-analytics', 11, 7, 'adapter.webAnalytics.enabled: true']]);
    expect(found('astro.config.mjs', fixture('astro.config.mjs').replace('enabled: true', 'enabled: false'))).toEqual([]);
  });

  it('the same keys in a file the generator does not read are not evidence', () => {
    expect(found('src/settings.json', fixture('mintlify-docs.json'))).toEqual([]);
    expect(found('src/search.ts', fixture('vitepress-config.ts'))).toEqual([]);
    expect(found('config/site.yml', fixture('jekyll-config.yml'))).toEqual([]);
  });

  it('keys in comments are not read', () => {
    const text = "export default {\n  themeConfig: {\n    // algolia: { appId: 'x' },\n    /* carbonAds: { code: 'x' } */\n  },\n}\n";
    expect(found('.vitepress/config.mts', text)).toEqual([]);
  });

  it('never throws on broken configuration', () => {
    for (const [path, text] of [['mkdocs.yml', 'extra: [analytics: {provider: google'], ['hugo.toml', '[services.googleAnalytics\nID = '], ['docs.json', '{"integrations": {"posthog": ']] as const) {
      expect(() => scanText(catalog, path, text)).not.toThrow();
    }
  });
});
