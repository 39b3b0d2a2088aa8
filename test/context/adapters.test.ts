import { describe, expect, it } from 'vitest';
import { adapterFolders, markConnectors, namesVendor } from '../../src/context/adapters.js';
import { libraryAt, libraryLookup } from '../../src/context/library.js';
import type { VendorEvidence } from '../../src/types.js';

// Provider adapters of a published library: which folders are adapter folders, and which
// manifests make a folder a library. The end-to-end cases are fixtures in context.test.ts.

const item = (vendor: string, path: string, kind: VendorEvidence['kind'] = 'code'): VendorEvidence => ({ vendor, kind, path, line: 1, column: 1, match: vendor, context: 'runtime' });

function byVendor(items: VendorEvidence[]): Map<string, VendorEvidence[]> {
  const map = new Map<string, VendorEvidence[]>();
  for (const one of items) map.set(one.vendor, [...(map.get(one.vendor) ?? []), one]);
  return map;
}

describe('namesVendor', () => {
  it('reads a vendor in module and folder names, whatever their casing and separators', () => {
    expect(namesVendor('aws_bedrock.ts', 'amazon-bedrock')).toBe(true);
    expect(namesVendor('VoyageAIEmbeddingFunction.ts', 'voyage-ai')).toBe(true);
    expect(namesVendor('huggingface_embedding_function.py', 'hugging-face-inference')).toBe(true);
    expect(namesVendor('perplexity', 'perplexity')).toBe(true);
  });

  it('does not take a company word or a generic word for a product', () => {
    expect(namesVendor('google.ts', 'google-analytics')).toBe(false);
    expect(namesVendor('analytics.ts', 'google-analytics')).toBe(false);
    expect(namesVendor('index.ts', 'openai')).toBe(false);
  });
});

describe('adapterFolders', () => {
  it('finds a folder of three or more modules, each named after a different vendor, as files or as packages', () => {
    const folders = adapterFolders(
      byVendor([
        item('openai', 'src/llms/openai.ts'),
        item('anthropic', 'src/llms/anthropic.ts'),
        item('groq', 'src/llms/groq.ts'),
        item('perplexity', 'packages/embeddings/perplexity/src/index.ts'),
        item('voyage-ai', 'packages/embeddings/voyageai/src/index.ts'),
        item('cohere', 'packages/embeddings/cohere/src/index.ts'),
        item('posthog', 'src/telemetry/capture.ts'),
      ]),
    );
    expect([...folders.keys()].sort()).toEqual(['packages/embeddings', 'src/llms']);
  });

  it('needs the names: vendors spread over modules named otherwise are no adapter folder, nor is the root', () => {
    const spread = byVendor([item('stripe', 'app/libs/Environment.kt'), item('segment', 'app/libs/Logout.kt'), item('braze', 'app/libs/Push.kt')]);
    expect(adapterFolders(spread).size).toBe(0);
    const root = byVendor([item('sentry', 'sentry.ts'), item('posthog', 'posthog.ts'), item('stripe', 'stripe.ts')]);
    expect(adapterFolders(root).size).toBe(0);
  });

  it('marks nothing when the folder is not in a library, and survives a manifest reader that throws', () => {
    const evidence = byVendor([item('openai', 'src/llms/openai.ts'), item('anthropic', 'src/llms/anthropic.ts'), item('groq', 'src/llms/groq.ts')]);
    markConnectors(evidence, () => {
      throw new Error('unreadable');
    });
    expect([...evidence.values()].flat().map((one) => one.context)).toEqual(['runtime', 'runtime', 'runtime']);
  });
});

describe('libraryAt', () => {
  const files = (map: Record<string, string>) => (path: string) => map[path];

  it('the nearest manifest decides: an entry point makes a package a library, an app has none', () => {
    expect(libraryAt('packages/kit/src/llms', files({ 'packages/kit/package.json': '{"name":"kit","main":"dist/index.js"}', 'package.json': '{"private":true}' }))).toEqual({ name: 'kit' });
    expect(libraryAt('src/insights', files({ 'package.json': '{"name":"app","private":true,"scripts":{"dev":"vite"}}' }))).toBeUndefined();
    // An application's private manifest keeps npm init's `main`: still an application (Outline's plugins/<vendor>/).
    expect(libraryAt('plugins/google/server', files({ 'package.json': '{"name":"outline","private":true,"main":"index.js"}' }))).toBeUndefined();
    // A public manifest with npm init's `main` and no index.js beside it is an application too (Forem's liquid tags);
    // with the file there, a package others require.
    expect(libraryAt('app/liquid_tags', files({ 'package.json': '{"name":"dev.to","version":"1.0.0","main":"index.js"}' }))).toBeUndefined();
    expect(libraryAt('lib', files({ 'package.json': '{"name":"left-pad","version":"1.0.0","main":"index.js"}', 'index.js': 'module.exports = leftPad' }))).toEqual({ name: 'left-pad' });
    // A server application names its entry in `main` too, and runs it with `npm start` (Wiki.js): not a package others install.
    expect(libraryAt('server/modules/analytics', files({ 'package.json': '{"name":"wiki","version":"2.5.0","main":"wiki.js","scripts":{"start":"node server"}}', 'wiki.js': 'require("./server")' }))).toBeUndefined();
    expect(libraryAt('lib', files({ 'package.json': '{"name":"kit","main":"dist/index.js","files":["dist"],"scripts":{"start":"node dist/index.js"}}' }))).toEqual({ name: 'kit' });
    // A private workspace package with typed entry points is a library's package.
    expect(libraryAt('packages/kit/src', files({ 'packages/kit/package.json': '{"name":"@acme/kit","private":true,"exports":{".":"./dist/index.js"}}' }))).toEqual({ name: '@acme/kit' });
    // An internal workspace package whose entry points are TypeScript sources is compiled by the app that imports it: part of the app.
    expect(libraryAt('packages/loops/src', files({ 'packages/loops/package.json': '{"name":"@inboxzero/loops","version":"0.0.0","main":"src/index.ts","dependencies":{"loops":"^7.0.0"}}' }))).toBeUndefined();
    expect(libraryAt('packages/ui/src', files({ 'packages/ui/package.json': '{"name":"@acme/ui","exports":{".":{"types":"./src/index.ts","default":"./src/index.tsx"}}}' }))).toBeUndefined();
    // Declaration files ship beside compiled JavaScript: a published package.
    expect(libraryAt('packages/sdk/src', files({ 'packages/sdk/package.json': '{"name":"@acme/sdk","main":"dist/index.js","types":"dist/index.d.ts"}' }))).toEqual({ name: '@acme/sdk' });
  });

  it('reads pyproject tables, setup.py and composer types, and never throws on broken manifests', () => {
    expect(libraryAt('chromadb/utils', files({ 'pyproject.toml': '[build-system]\nrequires = ["maturin"]\n\n[project]\nname = "chromadb"\n' }))).toEqual({ name: 'chromadb' });
    expect(libraryAt('pkg', files({ 'setup.py': 'from setuptools import setup\nsetup(name="x")\n' }))).toEqual({ name: '' });
    // A uv or Poetry application: the [project] table manages its dependencies, it has nothing to build (Polar's server/).
    expect(libraryAt('polar/integrations', files({ 'pyproject.toml': '[project]\nname = "polar"\nversion = "0.0.0"\ndependencies = ["fastapi"]\n\n[tool.uv]\ndev-dependencies = []\n' }))).toBeUndefined();
    expect(libraryAt('app', files({ 'pyproject.toml': '[tool.poetry]\nname = "site"\npackage-mode = false\n\n[build-system]\nrequires = ["poetry-core"]\n' }))).toBeUndefined();
    expect(libraryAt('sdk', files({ 'pyproject.toml': '[tool.poetry]\nname = "acme-sdk"\n\n[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n' }))).toEqual({ name: 'acme-sdk' });
    expect(libraryAt('src', files({ 'composer.json': '{"name":"acme/site","type":"project"}' }))).toBeUndefined();
    expect(libraryAt('src', files({ 'package.json': '{"name": ' }))).toBeUndefined();
    expect(libraryAt('', files({}))).toBeUndefined();
  });

  it('libraryLookup answers many folders of a tree reading each path once, with the same answers', () => {
    const tree: Record<string, string> = { 'packages/kit/package.json': '{"name":"kit","main":"dist/index.js"}', 'package.json': '{"private":true}' };
    const reads = new Map<string, number>();
    const lookup = libraryLookup((path) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return tree[path];
    });
    expect(lookup('packages/kit/src/llms')).toEqual({ name: 'kit' });
    expect(lookup('packages/kit/src/embeddings')).toEqual({ name: 'kit' });
    expect(lookup('apps/web/src')).toBeUndefined();
    expect(lookup('apps/web/src')).toBeUndefined();
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
    expect(reads.get('package.json')).toBe(1);
  });
});
