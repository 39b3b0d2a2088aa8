import { describe, expect, it } from 'vitest';
import { firstPartyMatcher, inferFirstPartyDomains, ownVendorsByName, ownVendorsOf, type VendorIdentity } from '../../src/context/first-party.js';

// The product's own domains, read from the few files that name them (src/context/first-party.ts).

const tree = (files: Record<string, string>) => (path: string) => files[path];
const domains = (files: Record<string, string>) => inferFirstPartyDomains(tree(files)).map((item) => `${item.domain} ${item.path}:${item.line}`);

describe('inferFirstPartyDomains', () => {
  it('a security@ address in SECURITY.md (root, .github/ or docs/) names the deployment\u2019s domain', () => {
    expect(domains({ 'SECURITY.md': '# Security\n\nPlease write to [the team](mailto:tom@compton.nu;security@openstreetmap.org).\n' })).toEqual(['openstreetmap.org SECURITY.md:3']);
    expect(domains({ '.github/SECURITY.md': 'Report to security-team@Acme.io please.\n' })).toEqual(['acme.io .github/SECURITY.md:1']);
  });

  it('a team address (contact@, hello@) and the in-scope site roots a SECURITY.md lists name the product\u2019s domains', () => {
    expect(domains({ 'SECURITY.md': 'Please contact contact@openfoodfacts.org to report any vulnerability.\n' })).toEqual(['openfoodfacts.org SECURITY.md:1']);
    const scope = '## Scope\n\n- [https://polar.sh](https://polar.sh)\n- [https://api.polar.sh](https://api.polar.sh)\n* https://hackerone.com/\n- See https://docs.polar.sh for the API.\n';
    expect(domains({ 'SECURITY.md': scope })).toEqual(['polar.sh SECURITY.md:3', 'api.polar.sh SECURITY.md:4']);
  });

  it('an address written against harvesters (support[at]flagsmith[dot]com, security (at) acme (dot) io) names the domain too', () => {
    expect(domains({ 'SECURITY.md': '# Reporting Security Issues\n\nPlease report any security issues you discover to support[at]flagsmith[dot]com\n' })).toEqual(['flagsmith.com SECURITY.md:3']);
    expect(domains({ '.github/SECURITY.md': 'Mail security (at) acme-corp (dot) io or security{at}acme.dev.\n' })).toEqual(['acme-corp.io .github/SECURITY.md:1', 'acme.dev .github/SECURITY.md:1']);
    // `at` and `dot` as words in prose are not an address.
    expect(domains({ 'SECURITY.md': 'Contact us at the security team, or write to security at acme dot com.\n' })).toEqual([]);
  });

  it('other addresses in SECURITY.md (a maintainer, a bounty platform) name nothing', () => {
    expect(domains({ 'SECURITY.md': 'Write to jane@gravitystorm.co.uk or report through https://hackerone.com/acme.\n' })).toEqual([]);
  });

  it('security.txt: Canonical and a mailto Contact count; a contact web page (often a bounty platform) does not', () => {
    const text = 'Contact: https://hackerone.com/acme\nContact: mailto:psirt@acme-corp.com\nCanonical: https://www.acme.com/.well-known/security.txt\n';
    expect(domains({ 'public/.well-known/security.txt': text })).toEqual(['acme-corp.com public/.well-known/security.txt:2', 'acme.com public/.well-known/security.txt:3']);
  });

  it('a GitHub Pages CNAME names the site\u2019s domain; anything but one host on its first line names nothing', () => {
    expect(domains({ 'docs/CNAME': 'www.tandoor.dev\n' })).toEqual(['tandoor.dev docs/CNAME:1']);
    expect(domains({ CNAME: 'not a host name\n' })).toEqual([]);
  });

  it('a homepage counts only at a site\u2019s root, never a page on a shared host', () => {
    expect(domains({ 'package.json': '{\n  "name": "tutorbook",\n  "homepage": "https://tutorbook.org"\n}\n' })).toEqual(['tutorbook.org package.json:3']);
    expect(domains({ 'package.json': '{ "homepage": "https://github.com/acme/app#readme" }' })).toEqual([]);
    expect(domains({ 'package.json': '{ "homepage": "https://stripe.com/docs/payments" }' })).toEqual([]);
    expect(domains({ 'composer.json': '{ "homepage": "https://gitlab.com/" }' })).toEqual([]);
  });

  it('a hostile SECURITY.md naming thousands of domains yields at most 20 (each costs a line count and a matcher branch)', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `security@host${i}.example-${i}.org`).join('\n');
    expect(domains({ 'SECURITY.md': text })).toHaveLength(20);
  });

  it('each domain once, at its first source', () => {
    expect(domains({ 'SECURITY.md': 'security@acme.com\n', CNAME: 'acme.com\n' })).toEqual(['acme.com SECURITY.md:1']);
  });
});

describe('firstPartyMatcher', () => {
  const isOwn = firstPartyMatcher(['openstreetmap.org'])!;

  it('matches the domain and its subdomains as hosts in hosts, URLs and calls', () => {
    expect(isOwn('tile.openstreetmap.org')).toBe(true);
    expect(isOwn('https://nominatim.openstreetmap.org/search?q=')).toBe(true);
    expect(isOwn("fetch('https://openstreetmap.org/api')")).toBe(true);
  });

  it('never a longer domain that ends with the same letters, nor another top-level domain', () => {
    expect(isOwn('tile.notopenstreetmap.org')).toBe(false);
    expect(isOwn('tile-cyclosm.openstreetmap.fr')).toBe(false);
    expect(isOwn('openstreetmap.org.evil.example')).toBe(false);
  });

  it('no domains, no matcher', () => {
    expect(firstPartyMatcher([])).toBeUndefined();
  });
});

describe('ownVendorsOf', () => {
  const packages: Record<string, string[]> = { '@unkey/api': ['unkey'], analytics: ['segment'], '@sentry/browser': ['sentry'] };
  const vendorsOf = (name: string) => packages[name] ?? [];
  const isTest = (path: string) => path.startsWith('test/');

  it("a package.json naming one of a vendor's packages, spelled with the vendor's id, makes the repository that vendor's", () => {
    const files: Record<string, string> = {
      'package.json': '{ "name": "unkey-monorepo", "private": true }',
      'web/internal/api/package.json': '{\n  "name": "@unkey/api",\n  "private": true\n}',
      'web/apps/dashboard/package.json': '{ "name": "@unkey/dashboard" }',
    };
    expect([...ownVendorsOf(Object.keys(files), (path) => files[path], vendorsOf, isTest)]).toEqual(['unkey']);
  });

  it('a generic workspace name, a test fixture and installed packages claim nothing', () => {
    const files: Record<string, string> = {
      'packages/analytics/package.json': '{ "name": "analytics", "private": true }',
      'test/fixtures/mock-sentry/package.json': '{ "name": "@sentry/browser" }',
      'node_modules/@sentry/browser/package.json': '{ "name": "@sentry/browser" }',
      'apps/web/package.json': '{ "name": "web", "dependencies": { "@sentry/browser": "^8.0.0" } }',
      'broken/package.json': '{ "name": ',
    };
    expect([...ownVendorsOf(Object.keys(files), (path) => files[path], vendorsOf, isTest)]).toEqual([]);
  });
});

describe('ownVendorsByName', () => {
  const vendors: VendorIdentity[] = [
    { id: 'logflare', organization: 'logflare', homepage: 'https://logflare.app' },
    { id: 'bluesky', organization: 'bluesky', homepage: 'https://docs.bsky.app' },
    { id: 'osm-france-tiles', organization: 'openstreetmap-france', homepage: 'https://www.openstreetmap.fr' },
    { id: 'openstreetmap-tiles', organization: 'openstreetmap', homepage: 'https://wiki.openstreetmap.org/wiki/Tile_servers' },
    { id: 'laravel-nightwatch', organization: 'laravel', homepage: 'https://nightwatch.laravel.com' },
    { id: 'github-oauth', organization: 'github', homepage: 'https://docs.github.com/en/apps/oauth-apps' },
    { id: 'sentry', organization: 'sentry', homepage: 'https://sentry.io' },
    { id: 'bbc', homepage: 'https://www.bbc.co.uk' },
  ];
  const own = (files: Record<string, string>) => [...ownVendorsByName((path) => files[path], vendors)];

  it("a root manifest naming the project after a vendor or its organization, where the project names the vendor's domain, or after that domain, makes the repository that vendor's", () => {
    const readme = (site: string) => ({ 'README.md': `# The project\n\nHosted at https://${site}/ or run your own.\n` });
    expect(own({ 'mix.exs': 'defmodule Logflare.Mixfile do\n  def project do\n    [app: :logflare, version: "1.0.0"]\n  end\nend\n', ...readme('logflare.app') })).toEqual(['logflare']);
    expect(own({ 'package.json': '{\n  "name": "bsky.app",\n  "version": "1.0.0"\n}' })).toEqual(['bluesky']);
    expect(own({ 'Cargo.toml': '[workspace]\nmembers = ["a"]\n\n[package]\nauthors = ["x"]\nname = "sentry"\nhomepage = "https://sentry.io"\n' })).toEqual(['sentry']);
    expect(own({ 'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\n\n[tool.poetry]\nname = "Sentry"\n', ...readme('docs.sentry.io') })).toEqual(['sentry']);
    expect(own({ 'go.mod': 'module github.com/getsentry/sentry/v2\n\ngo 1.22\n', 'README': 'See sentry.io.\n' })).toEqual(['sentry']);
    // The OpenStreetMap website is OpenStreetMap's, and not OpenStreetMap France's, whose domain shares the brand.
    expect(own({ 'package.json': '{ "name": "openstreetmap", "private": true }', ...readme('www.openstreetmap.org') })).toEqual(['openstreetmap-tiles']);
  });

  it("a project named after a vendor's word claims nothing when it never names the vendor's domain (or names a longer one)", () => {
    expect(own({ 'mix.exs': '[app: :logflare]' })).toEqual([]);
    expect(own({ 'package.json': '{ "name": "sentry" }', 'README.md': 'Our shop: https://sentry.io.example.org and https://mysentry.io\n' })).toEqual([]);
  });

  it('where the code is kept, a skeleton name, a short name and a name that only contains a vendor claim nothing', () => {
    // The host and owner of a Go module path are not the project.
    expect(own({ 'go.mod': 'module github.com/laravel/app\n' })).toEqual([]);
    // composer.json is not read: every Laravel skeleton is laravel/laravel.
    expect(own({ 'composer.json': '{ "name": "laravel/laravel", "type": "project" }' })).toEqual([]);
    expect(own({ 'package.json': '{ "name": "@sentry-internal/monorepo" }' })).toEqual([]);
    expect(own({ 'package.json': '{ "name": "bbc" }' })).toEqual([]);
    expect(own({ 'package.json': '{ "name": "logflare-exporter" }', 'mix.exs': '[app: :my_app]' })).toEqual([]);
    expect(own({ 'package.json': '{ "name": ' })).toEqual([]);
  });
});
