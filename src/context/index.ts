import type { Ecosystem, Evidence, EvidenceContext, VendorEvidence } from '../types.js';
import { markConnectors } from './adapters.js';
import { apiFilesByOrganization, isSignInOnly, markApiAuthorization, requestsApiScopes, type VendorFacts } from './api-authorization.js';
import { firstPartyMatcher, isOwnVendor, markFirstParty } from './first-party.js';
import type { LibraryPackage } from './library.js';
import { markUnreachableModules, type SourceTree } from './unreachable.js';
import { markWorkspaceImplementations } from './pub-workspace.js';
import { folderOf, isBuildConfig, isEnvFile, isLockfile, isSeedData, isToolingManifest, isToolingPath, isToolingProgram, isTranslationFile, templateCatalogFolders, testPathMatcher } from './paths.js';

export { isLockfile } from './paths.js';

// Evidence context, decided here and nowhere else, once every file is read, from the facts the
// parsers and matchers recorded: the dependency graph (direct, dev, via), the kill switch a
// platform key sets (switchedOff), the construct around a match (mention), and the path class.

/** What the manifest can change: extra test globs, and which contexts count as integration. */
export interface ContextSettings {
  testPaths?: readonly string[];
  countAsUsed?: readonly EvidenceContext[];
  /** The published library a folder is inside (read from its package manifest at the edge): its provider adapters are connectors. */
  libraryOf?: (folder: string) => LibraryPackage | undefined;
  /** Does the scanned tree hold a dependency file of this ecosystem (a `mix.exs`, a `Gemfile`)? */
  hasPackageFiles?: (ecosystem: Ecosystem) => boolean;
  /** The product's own domains (src/context/first-party.ts): a vendor host inside one is a mention. */
  firstPartyDomains?: readonly string[];
  /** Each vendor's homepage: a vendor at home on the product's own domains is the product itself. */
  homepageOf?: (vendor: string) => string | undefined;
  /** Vendors whose own package the tree publishes (first-party.ts ownVendorsOf): the repository is theirs. */
  ownVendors?: ReadonlySet<string>;
  /** The scanned tree's paths and text, read at the edge: a module folder nothing imports is dead code. */
  sourceTree?: SourceTree;
  /** Each vendor's organization and categories: a sign-in provider's endpoint beside its organization's API authorizes API calls. */
  vendorFacts?: VendorFacts;
}

/** `settings.count-as-used` when the manifest says nothing. */
export const DEFAULT_COUNT_AS_USED: readonly EvidenceContext[] = ['runtime'];


function within(folder: string, path: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}

/** The context of one evidence item, from its own facts and its path. */
export function contextOf(item: Evidence, isTest: (path: string) => boolean): EvidenceContext {
  // A request a browser saw the site send: it runs, whatever its page's URL looks like.
  if (item.kind === 'request') return 'runtime';
  if (item.switchedOff) return 'disabled';
  if (item.mention) return 'mention';
  if (item.kind !== 'package' && (isEnvFile(item.path) || isTranslationFile(item.path))) return 'mention';
  if (item.kind !== 'package' && isSeedData(item.path)) return 'mention';
  if (isTest(item.path)) return 'test';
  if (item.kind === 'package') {
    if (item.dev || isToolingManifest(item.path)) return 'dev';
    if (item.peer) return 'connector';
    if (item.managed) return 'mention';
    if (item.transitive) return 'transitive';
  }
  // A build plugin imported by the bundler's configuration runs at build time only.
  if (item.kind === 'import' && isBuildConfig(item.path)) return 'dev';
  // CI, release automation and maintainers' scripts run on a developer's or CI machine.
  if (item.kind !== 'package' && (isToolingPath(item.path) || (item.program && isToolingProgram(item.path)))) return 'dev';
  return 'runtime';
}

/**
 * A lockfile entry the lockfile itself could not call direct (yarn.lock v1, composer.lock, an old
 * package-lock) is direct when a dependency manifest in the lockfile's folder or below (a
 * workspace) names the same package: that manifest is the one the lockfile locks.
 */
function markDeclaredInManifests(items: VendorEvidence[]): void {
  const declared = items.filter((item) => item.kind === 'package' && !item.transitive && !isLockfile(item.path));
  if (declared.length === 0) return;
  for (const item of items) {
    // A lockfile's direct entry (Gemfile.lock's DEPENDENCIES) takes its kind from the manifest too:
    // only the manifest says which group (`group :development`) declares it.
    if (item.kind !== 'package' || !(item.transitive || isLockfile(item.path))) continue;
    const folder = folderOf(item.path);
    const manifests = declared.filter((other) => other.match === item.match && other.ecosystem === item.ecosystem && within(folder, other.path));
    if (manifests.length === 0) continue;
    delete item.transitive;
    delete item.via;
    // Two workspaces may declare it differently: one that ships it makes it shipped.
    if (manifests.every((manifest) => manifest.dev)) item.dev = true;
    else delete item.dev;
    if (manifests.every((manifest) => manifest.peer)) item.peer = true;
  }
}

/**
 * Set `context` on every evidence item of one vendor. Never throws: an item whose facts cannot
 * be read stays `runtime`, the conservative answer.
 */
export function assignContexts(items: VendorEvidence[], isTest: (path: string) => boolean): void {
  try {
    markDeclaredInManifests(items);
  } catch {
    // A fact that cannot be cross-checked keeps what its own file said.
  }
  for (const item of items) {
    try {
      item.context = contextOf(item, isTest);
      if (item.context === 'mention' && !item.mention) item.mention = item.managed ? 'version-pin' : isSeedData(item.path) ? 'seed-data' : 'env-file';
    } catch {
      item.context = 'runtime';
    }
    delete item.program;
  }
  // A package declared only as a peer is the user's installation: code importing it uses theirs.
  const peers = new Set(items.filter((item) => item.kind === 'package' && item.context === 'connector').map((item) => `${item.ecosystem ?? ''}\0${item.match}`));
  if (peers.size > 0) {
    const direct = new Set(items.filter((item) => item.kind === 'package' && item.context === 'runtime' && !isLockfile(item.path)).map((item) => `${item.ecosystem ?? ''}\0${item.match}`));
    for (const item of items) {
      const key = `${item.ecosystem ?? ''}\0${item.match}`;
      if (item.kind === 'import' && item.context === 'runtime' && peers.has(key) && !direct.has(key)) item.context = 'connector';
    }
  }
  markBuildPlugins(items);
  // Bundlers ship devDependencies: a dev package that shipped code imports is runtime.
  const imported = new Set(items.filter((item) => item.kind === 'import' && item.context === 'runtime').map((item) => `${item.ecosystem ?? ''}\0${item.match}`));
  if (imported.size === 0) return;
  for (const item of items) {
    if (item.kind === 'package' && item.context === 'dev' && imported.has(`${item.ecosystem ?? ''}\0${item.match}`)) item.context = 'runtime';
  }
}

/**
 * A Gradle plugin applied without the vendor's SDK anywhere else in the project (no dependency,
 * import, manifest key or call) only uploads mapping files or instruments the build: `dev`, as a
 * build plugin is. Crashlytics' plugin left in a build.gradle after the SDK was removed reports
 * nothing; Sentry's, which installs the SDK itself, comes with the DSN in the manifest or an init call.
 */
function markBuildPlugins(items: VendorEvidence[]): void {
  const plugins = items.filter((item) => item.buildPlugin);
  if (plugins.length === 0) return;
  const sdk = items.some((item) => !item.buildPlugin && item.context === 'runtime');
  for (const item of plugins) {
    if (!sdk && item.context === 'runtime') item.context = 'dev';
    delete item.buildPlugin;
  }
}

/**
 * A line that names what only the vendor's own package provides (`twitter: {Ueberauth.Strategy.Twitter, []}`)
 * configures a library that is not installed when the project's dependency files of that ecosystem
 * list none of the vendor's packages: a mention (`not-installed`), as stale configuration is. With
 * no dependency file of that ecosystem in the scan (a subfolder scanned alone), nothing can be told.
 */
function markNotInstalled(items: VendorEvidence[], hasPackageFiles: ((ecosystem: Ecosystem) => boolean) | undefined): void {
  for (const item of items) {
    const ecosystem = item.needsPackage;
    if (!ecosystem) continue;
    delete item.needsPackage;
    if (item.mention) continue;
    const installed = items.some((other) => other.kind === 'package' && other.ecosystem === ecosystem);
    if (!installed && hasPackageFiles?.(ecosystem)) item.mention = 'not-installed';
  }
}

/** Ecosystems whose dependency files can bring in a mobile SDK that a platform key configures. */
const MOBILE_SDK_ECOSYSTEMS: readonly Ecosystem[] = ['maven', 'cocoapods', 'swiftpm', 'pub', 'npm', 'nuget'];

// A platform key that holds the operator's credential or account with the vendor (`com.google.android.geo.API_KEY`,
// `com.facebook.sdk.ApplicationId`, `io.sentry.dsn`, `GADApplicationIdentifier`), by the last part of its name.
const CREDENTIAL_KEY = /(?:api[_-]?key|app(?:lication)?[_-]?id(?:entifier)?|account[_-]?id|client[_-]?(?:id|token|key)|dsn|token|sdk[_-]?key|write[_-]?key|key|secret)$/i;

/**
 * A platform key that tunes an SDK (an AndroidManifest `<meta-data>` or Info.plist setting: a
 * notification icon, a feature switch) sends nothing by itself. When nothing else of the vendor is in
 * the project (no dependency, import, call, host or credential key, in any context), the SDK is not
 * installed and the setting is stale configuration: `not-installed` (Firebase Messaging's notification
 * icon left in a manifest, Google Pay's `wallet.api.enabled` of a payment SDK the app no longer ships).
 * A credential key stays an integration: the operator holds an account with the vendor, and the SDK
 * may come through a wrapper the catalog does not list (a cross-platform maps control reading the
 * Google Maps key). With no dependency file in the scan, nothing can be told. An entitlement (an Xcode
 * `.entitlements` key) is no SDK setting but the capability the app is signed with: Sign in with Apple
 * needs no package.
 */
function markPlatformKeysAlone(items: VendorEvidence[], hasPackageFiles: ((ecosystem: Ecosystem) => boolean) | undefined): void {
  const settings = items.filter((item) => item.kind === 'platform' && !item.mention && !item.switchedOff && !item.path.endsWith('.entitlements'));
  if (settings.length === 0) return;
  if (items.some((item) => item.kind !== 'platform' || CREDENTIAL_KEY.test(item.match.split('.').at(-1)!))) return;
  if (!MOBILE_SDK_ECOSYSTEMS.some((ecosystem) => hasPackageFiles?.(ecosystem))) return;
  for (const item of settings) item.mention = 'not-installed';
}

/** A catalog of deployment templates is read as examples (paths.ts templateCatalogFolders); the manifest's `!` globs still win. */
function templateCatalogGlobs(tree: SourceTree | undefined): string[] {
  if (!tree) return [];
  try {
    return templateCatalogFolders(tree.paths()).map((folder) => `${folder}/**`);
  } catch {
    return [];
  }
}

/** Contexts of every vendor's evidence, with the manifest's test paths. */
export function assignAllContexts(byVendor: Map<string, VendorEvidence[]>, settings: ContextSettings = {}): void {
  const isTest = testPathMatcher([...templateCatalogGlobs(settings.sourceTree), ...(settings.testPaths ?? [])]);
  const isFirstParty = firstPartyMatcher(settings.firstPartyDomains ?? []);
  try {
    if (settings.sourceTree) markUnreachableModules(byVendor, settings.sourceTree);
  } catch {
    // Reachability that cannot be worked out leaves every module reachable.
  }
  try {
    if (settings.sourceTree) markWorkspaceImplementations(byVendor, settings.sourceTree);
  } catch {
    // A workspace whose members cannot be read keeps what its lockfile says.
  }
  const facts = settings.vendorFacts;
  let apiFiles: Map<string, Set<string>> | undefined;
  try {
    if (facts) apiFiles = apiFilesByOrganization(byVendor, facts);
  } catch {
    // Without the map, only the path decides whether a sign-in endpoint authorizes an API.
  }
  const scopeRequests = new Map<string, boolean>();
  const asksApiScopes = (path: string): boolean => {
    let asks = scopeRequests.get(path);
    if (asks === undefined) scopeRequests.set(path, (asks = requestsApiScopes(settings.sourceTree?.read(path) ?? '')));
    return asks;
  };
  for (const [vendor, items] of byVendor) {
    try {
      if (settings.ownVendors?.has(vendor)) markFirstParty(items, () => false, true);
      else if (isFirstParty) markFirstParty(items, isFirstParty, isOwnVendor(settings.homepageOf?.(vendor), isFirstParty));
      const organization = facts?.organizationOf(vendor) ?? '';
      if (facts && isSignInOnly(facts.categoriesOf(vendor)) && facts.hasApis(organization)) markApiAuthorization(items, apiFiles?.get(organization), asksApiScopes);
      markNotInstalled(items, settings.hasPackageFiles);
      markPlatformKeysAlone(items, settings.hasPackageFiles);
    } catch {
      // A fact that cannot be cross-checked keeps what its own file said.
    }
    assignContexts(items, isTest);
  }
  if (settings.libraryOf) markConnectors(byVendor, settings.libraryOf);
}

/** Whether evidence shows integration: some item's context counts as used. */
export function isIntegrated(items: readonly Evidence[], countAsUsed: readonly EvidenceContext[] = DEFAULT_COUNT_AS_USED): boolean {
  return items.some((item) => countAsUsed.includes(item.context ?? 'runtime'));
}

const CONTEXT_RANK: Record<EvidenceContext, number> = { runtime: 0, dev: 1, transitive: 2, connector: 3, disabled: 4, mention: 5, test: 6 };

/** Within a context: calls and scripts, then imports, hosts and platform keys, then manifests, then lockfiles. */
function kindRank(item: Evidence): number {
  if (item.kind === 'code' || item.kind === 'script' || item.kind === 'request') return 0;
  if (item.kind !== 'package') return 1;
  return isLockfile(item.path) ? 3 : 2;
}

/** Strongest evidence first; ties in path, line, column order. */
export function compareStrength(a: Evidence, b: Evidence): number {
  return (
    CONTEXT_RANK[a.context ?? 'runtime'] - CONTEXT_RANK[b.context ?? 'runtime'] ||
    kindRank(a) - kindRank(b) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column
  );
}

/** The strongest of some evidence (the first of them sorted by strength). */
export function strongest<T extends Evidence>(items: readonly T[]): T {
  return [...items].sort(compareStrength)[0]!;
}
