import { lineStarts, positionAt } from '../ecosystems/position.js';
import type { EvidenceKind, FirstPartyDomain, VendorEvidence } from '../types.js';

// The product's own domains. A catalog vendor's host inside one of them is the product calling
// itself (OpenStreetMap's website loading tile.openstreetmap.org, a vendor's own repository using
// its own API): evidence there is a mention (`first-party`), not an integration.
//
// The manifest's `settings.first-party-domains` is the whole list when it is set. Without it, the
// list is read from files that name the project's own domain and nothing else:
//   SECURITY.md        a `security@` (or other team) address: the security team of the deployment; a list
//                      item that is a site's root URL: the policy's in-scope targets
//                      https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository
//   security.txt       `Canonical:` (the file's own URL) and `Contact: mailto:` (RFC 9116 §2.5.2, §2.5.3);
//                      a contact web page may be a bug-bounty platform's, so it is not read
//   CNAME              the custom domain GitHub Pages serves the site on
//                      https://docs.github.com/en/pages/configuring-a-custom-domain-for-your-github-pages-site
//   package.json       `homepage` when it is a site's root (`https://www.openstreetmap.org`), not a page
//   composer.json      on another site (`https://github.com/acme/app#readme`)

/** At most this many domains are read from the tree (each costs a line count and a matcher branch). */
const MAX_INFERRED = 20;

const SECURITY_POLICIES = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'];
const SECURITY_TXT = ['.well-known/security.txt', 'security.txt', 'public/.well-known/security.txt', 'static/.well-known/security.txt'];
const CNAMES = ['CNAME', 'docs/CNAME', 'public/CNAME', 'static/CNAME'];
const HOMEPAGES = ['package.json', 'composer.json'];

const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}`;
// A role address, not a person's: `security@`, `security-team@`, and the team inboxes a policy names instead
// (`contact@openfoodfacts.org`, `hello@`, `support@`, `psirt@`). A maintainer's own address (`jane@her-company.co.uk`) is not
// the product's domain.
const SECURITY_ADDRESS = new RegExp(
  String.raw`\b(?:security|contact|hello|info|support|team|privacy|psirt|disclosure|vulnerabilit(?:y|ies)|report|abuse|opensource|oss)(?:[-_.+][a-z0-9-]+)?@(?<host>${HOST})\b`,
  'gi',
);
// An address written against harvesters, `support[at]flagsmith[dot]com` or `security (at) acme (dot) io`: the
// `at` and `dot` words only in brackets, so prose ("contact us at acme dot com") is never read as one.
const OBFUSCATED = /[[({]\s*at\s*[\])}]/i;
const OBFUSCATED_AT = /\s*[[({]\s*at\s*[\])}]\s*/gi;
const OBFUSCATED_DOT = /\s*[[({]\s*dot\s*[\])}]\s*/gi;
function deobfuscated(text: string): string {
  if (!OBFUSCATED.test(text)) return text;
  return text.replace(OBFUSCATED_AT, '@').replace(OBFUSCATED_DOT, '.');
}
// A list item that is one site's root URL, bare or as a Markdown link: the in-scope targets of a policy
// (`- [https://polar.sh](https://polar.sh)`, `* https://api.acme.io`).
const SCOPE_ITEM = new RegExp(String.raw`^[ \t]*[-*+][ \t]+(?:\[[^\]\n]*\]\()?<?https?://(?<host>${HOST})/?>?\)?[ \t]*$`, 'gim');
const SECURITY_TXT_FIELD = new RegExp(String.raw`^[ \t]*(?:canonical:[ \t]*https?://(?<site>${HOST})[/:\s]|contact:[ \t]*mailto:[^@\s]+@(?<mail>${HOST})\b)`, 'gim');
const WHOLE_HOST = new RegExp(String.raw`^(?<host>${HOST})$`, 'i');
const SITE_ROOT = new RegExp(String.raw`^https?://(?<host>${HOST})/?$`, 'i');
const HOMEPAGE_FIELD = /"homepage"\s*:\s*"(?<url>[^"\n]*)"/;

// Hosts that serve many owners: a project's page there does not make the host its own.
const SHARED_HOSTS = ['hackerone.com', 'bugcrowd.com', 'intigriti.com', 'yeswehack.com', 'huntr.com', 'huntr.dev', 'github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net', 'npmjs.com', 'packagist.org', 'example.com', 'example.org', 'example.net'];

function own(host: string): string | undefined {
  const domain = host.toLowerCase().replace(/^www\./, '');
  if (SHARED_HOSTS.some((shared) => domain === shared || domain.endsWith(`.${shared}`))) return undefined;
  return domain;
}

/** The domains the tree's own files name as the product's, first source first. `read` returns undefined for a missing file. */
export function inferFirstPartyDomains(read: (path: string) => string | undefined): FirstPartyDomain[] {
  const found: FirstPartyDomain[] = [];
  const add = (host: string | undefined, path: string, text: string, offset: number) => {
    // A project names one or two domains; a file naming hundreds is not telling us who we are.
    if (found.length >= MAX_INFERRED) return;
    const domain = host && own(host);
    if (domain && !found.some((item) => item.domain === domain)) found.push({ domain, path, line: positionAt(lineStarts(text), offset).line });
  };
  for (const path of SECURITY_POLICIES) {
    const text = read(path);
    if (text === undefined) continue;
    for (const match of text.matchAll(SECURITY_ADDRESS)) add(match.groups?.host, path, text, match.index);
    // Line numbers are counted in the original text: each line is de-obfuscated on its own.
    if (text.length <= 200_000 && OBFUSCATED.test(text)) {
      const starts = lineStarts(text);
      const lines = text.split('\n');
      for (const [index, line] of lines.entries()) {
        const plain = deobfuscated(line);
        if (plain === line) continue;
        for (const match of plain.matchAll(SECURITY_ADDRESS)) add(match.groups?.host, path, text, starts[index] ?? 0);
      }
    }
    for (const match of text.matchAll(SCOPE_ITEM)) add(match.groups?.host, path, text, match.index);
  }
  for (const path of SECURITY_TXT) {
    const text = read(path);
    if (text === undefined) continue;
    for (const match of text.matchAll(SECURITY_TXT_FIELD)) add(match.groups?.site ?? match.groups?.mail, path, text, match.index);
  }
  for (const path of CNAMES) {
    const text = read(path);
    const first = text?.split('\n', 1)[0]?.trim() ?? '';
    add(WHOLE_HOST.exec(first)?.groups?.host, path, text ?? '', 0);
  }
  for (const path of HOMEPAGES) {
    const text = read(path);
    if (text === undefined) continue;
    const field = HOMEPAGE_FIELD.exec(text);
    if (field) add(SITE_ROOT.exec(field.groups?.url ?? '')?.groups?.host, path, text, field.index);
  }
  return found;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test of whether a matched text names a host inside one of `domains`. */
export function firstPartyMatcher(domains: readonly string[]): ((match: string) => boolean) | undefined {
  const names = domains.map((domain) => domain.toLowerCase().replace(/^\*\./, '').replace(/^www\./, '')).filter((domain) => domain.includes('.'));
  if (names.length === 0) return undefined;
  // The domain as a whole host or the end of one: at the start, or after `//`, `.` or `@`, and
  // before the end, a path, a port or a quote.
  const pattern = new RegExp(String.raw`(?:^|[/.@])(?:${names.map(escaped).join('|')})(?=$|[/:?#'"\s])`, 'i');
  return (match) => pattern.test(match);
}

// Evidence whose match can hold a host. A browser's request to a first-party host is never
// attributed to a vendor in the first place (src/runtime/attribute.ts).
const HOST_KINDS: ReadonlySet<EvidenceKind> = new Set(['domain', 'script', 'code', 'config']);

/** Whether a vendor's homepage is on one of the product's own domains: the repository is the vendor's own. */
export function isOwnVendor(homepage: string | undefined, isFirstParty: (match: string) => boolean): boolean {
  if (!homepage || !URL.canParse(homepage)) return false;
  const host = new URL(homepage).hostname;
  return host !== '' && isFirstParty(host);
}

/**
 * Mark evidence naming a first-party host (a host, a script URL, a call with its URL) a
 * `first-party` mention. Packages and imports name no host and keep their context.
 */
export function markFirstParty(items: VendorEvidence[], isFirstParty: (match: string) => boolean, ownVendor = false): void {
  for (const item of items) {
    if (item.mention) continue;
    // The product is the vendor (Umami's repository, its own tracker on its own site): every trace of it is its own.
    if (ownVendor || (HOST_KINDS.has(item.kind) && isFirstParty(item.match))) item.mention = 'first-party';
  }
}

/** At most this many package manifests are read for the packages the tree publishes. */
const MAX_OWN_MANIFESTS = 400;
const PACKAGE_NAME_FIELD = /"name"\s*:\s*"(?<name>[^"\n]{1,214})"/;

/**
 * The vendors whose own package the tree is: a `package.json` outside tests naming one of a vendor's
 * npm packages (Unkey's `web/internal/api/package.json` is `@unkey/api`, Polar's `sdk/typescript/` is
 * `@polar-sh/sdk`). The repository is that vendor's, so its traces there are the product's own, as a
 * vendor whose homepage is on the product's domain is. The name must also spell the vendor's id
 * (`unkey`, `polar`): an application's workspace package that happens to be called like a generic
 * SDK (`analytics`) is not a claim to be that vendor. `read` returns undefined for a missing file.
 */
export function ownVendorsOf(paths: readonly string[], read: (path: string) => string | undefined, vendorsOfNpmPackage: (name: string) => string[], isTest: (path: string) => boolean): Set<string> {
  const own = new Set<string>();
  let manifests = 0;
  for (const path of paths) {
    if (path !== 'package.json' && !path.endsWith('/package.json')) continue;
    if (path.includes('node_modules/') || isTest(path)) continue;
    if (manifests++ >= MAX_OWN_MANIFESTS) break;
    const name = PACKAGE_NAME_FIELD.exec(read(path)?.slice(0, 2_000) ?? '')?.groups?.name;
    if (!name) continue;
    const spelled = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const vendor of vendorsOfNpmPackage(name)) {
      const stem = vendor.split('-')[0]!;
      if (stem.length >= 3 && spelled.includes(stem)) own.add(vendor);
    }
  }
  return own;
}

// The root manifests that name the project itself, with how each spells the name. A `package.json`
// name may carry its owner's scope (`@flagsmith/app`). Of a Go module path only the last element counts
// (`github.com/owner/name/v2` -> `name`): the host and owner are where the code is kept, not what it is.
// `composer.json` is not read: `laravel/laravel` is the name every Laravel skeleton app keeps.
const PROJECT_NAME_FILES: ReadonlyArray<{ path: string; name: (text: string) => string | undefined }> = [
  { path: 'package.json', name: (text) => PACKAGE_NAME_FIELD.exec(text)?.groups?.name },
  // https://hexdocs.pm/mix/Mix.Project.html: `def project, do: [app: :logflare, ...]`
  { path: 'mix.exs', name: (text) => /\bapp:\s*:(?<name>[a-z_][a-z0-9_]{0,60})\b/.exec(text)?.groups?.name },
  { path: 'Cargo.toml', name: (text) => tomlTableName(text, /^\[package\][ \t]*$/m) },
  { path: 'pyproject.toml', name: (text) => tomlTableName(text, /^\[project\][ \t]*$/m) ?? tomlTableName(text, /^\[tool\.poetry\][ \t]*$/m) },
  { path: 'go.mod', name: (text) => /^module[ \t]+(?<name>\S{1,200})/m.exec(text)?.groups?.name?.split('/').filter((part) => !/^v\d+$/.test(part)).at(-1) },
];

/** The `name = "..."` key of the TOML table `header` opens, before the next table. */
function tomlTableName(text: string, header: RegExp): string | undefined {
  const opened = header.exec(text);
  if (!opened) return undefined;
  const start = opened.index + opened[0].length;
  const next = text.slice(start).search(/^\[/m);
  const table = next === -1 ? text.slice(start) : text.slice(start, start + next);
  return /^name[ \t]*=[ \t]*["'](?<name>[^"'\n]{1,200})["']/m.exec(table)?.groups?.name;
}

// The README a repository's front page shows (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes).
const README_FILES = ['README.md', 'README', 'README.rst', 'README.markdown', 'readme.md', 'Readme.md', 'README.txt', 'README.adoc'];

/** The registrable domain of a host: its last two labels, three under a two-part public suffix (`example.co.uk`). */
function registrableOf(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const twoPart = labels.length >= 3 && labels.at(-1)!.length === 2 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2)!);
  return labels.slice(twoPart ? -3 : -2).join('.');
}

/** Whether `text` names `domain` or a host under it, not a longer domain ending the same way (`storefront.com` is not `front.com`). */
function namesDomain(text: string, domain: string): boolean {
  for (let at = text.indexOf(domain); at !== -1; at = text.indexOf(domain, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    // After it, neither more of a label nor another label (`sentry.io.example.org` is example.org's).
    const after = text.slice(at + domain.length, at + domain.length + 2);
    if (!/[a-z0-9-]/.test(before) && !/^(?:[a-z0-9-]|\.[a-z0-9])/.test(after)) return true;
  }
  return false;
}

const spelled = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * What a project name says the project is: each part of `@owner/name`, spelled without punctuation
 * (`words`), and a part that is a host as its registrable domain (`bsky.app`).
 */
function nameParts(name: string): { words: string[]; domains: string[] } {
  const words: string[] = [];
  const domains: string[] = [];
  for (const part of name.toLowerCase().split(/[/@]/)) {
    if (part === '' || /^v\d+$/.test(part)) continue;
    if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(part)) {
      const domain = registrableOf(part);
      if (domain) domains.push(domain);
      continue;
    }
    if (spelled(part).length >= 4) words.push(spelled(part));
  }
  return { words, domains };
}

/** A vendor as the project's name can claim it: its id, its organization's id, its homepage. */
export interface VendorIdentity {
  id: string;
  organization?: string;
  homepage?: string;
}

/**
 * The vendors the repository is, by its own name: a root manifest naming the project after a vendor's
 * id or its organization's (Logflare's `mix.exs` says `app: :logflare`) while the manifest or the README
 * names the vendor's homepage domain, or naming it after that domain (Bluesky's app is `bsky.app`, its
 * docs docs.bsky.app). A name that shares only a brand with another organization's domain claims nothing: OpenStreetMap's website (`openstreetmap`) is not
 * OpenStreetMap France (openstreetmap.fr). Names of fewer than four letters are too easy to share.
 * `read` returns undefined for a missing file.
 */
export function ownVendorsByName(read: (path: string) => string | undefined, vendors: Iterable<VendorIdentity>): Set<string> {
  const words = new Set<string>();
  const domains = new Set<string>();
  // What the project says about itself: its manifests and its README, where a project named after a
  // vendor names the vendor's site (Logflare's README links logflare.app).
  let about = '';
  for (const file of PROJECT_NAME_FILES) {
    const text = read(file.path)?.slice(0, 20_000);
    const name = text === undefined ? undefined : file.name(text);
    if (!name) continue;
    about += text!.toLowerCase();
    const parts = nameParts(name);
    for (const word of parts.words) words.add(word);
    for (const domain of parts.domains) domains.add(domain);
  }
  const own = new Set<string>();
  if (words.size === 0 && domains.size === 0) return own;
  for (const readme of README_FILES) about += read(readme)?.slice(0, 50_000).toLowerCase() ?? '';
  for (const vendor of vendors) {
    const home = vendor.homepage && URL.canParse(vendor.homepage) ? registrableOf(new URL(vendor.homepage).hostname) : undefined;
    if (home === undefined) continue;
    // A name that is a word (`front`, `radar`, `stream`) is shared by many projects: it claims the vendor
    // only when the project also names the vendor's domain. A name that is the vendor's host claims it alone.
    const byName = words.has(spelled(vendor.id)) || (vendor.organization !== undefined && words.has(spelled(vendor.organization)));
    if (domains.has(home) || (byName && namesDomain(about, home))) own.add(vendor.id);
  }
  return own;
}
