import type { VendorEvidence } from '../types.js';

// A sign-in provider's OAuth endpoints also hand out tokens for the provider's own APIs: a backup
// tool's OneDrive driver, a help desk's Office 365 mailbox and a CRM plugin's Dynamics sync all call
// login.microsoftonline.com to be let into an API, and sign nobody in. Which it is shows in where the code lives: sign-in code sits
// in auth, login or SSO modules, an API's authorization in the integration that uses the API. The
// integration itself (OneDrive, Dynamics) is a vendor of its own when the catalog knows it.
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow (one endpoint, any resource's scope)

/** Path words of code that signs users in (a path naming one keeps the endpoint as sign-in). */
const SIGN_IN_WORDS: ReadonlySet<string> = new Set([
  'auth', 'authn', 'authentication', 'authenticator', 'authenticators', 'authclient', 'login', 'logins', 'logon', 'signin', 'signon', 'sso', 'oidc',
  'openid', 'identity', 'idp', 'idps', 'account', 'accounts', 'session', 'sessions', 'passport', 'socialite', 'omniauth', 'saml',
]);

/**
 * Path words of an integration that calls a service's API with the operator's or a user's grant.
 * Not `plugins`: sign-in comes as a plugin as often (Outline's `plugins/azure/`).
 */
const INTEGRATION_WORDS: ReadonlySet<string> = new Set([
  'integration', 'integrations', 'uploader', 'uploaders', 'driver', 'drivers', 'storage', 'storages', 'backup', 'backups',
  'migration', 'migrations', 'migrator', 'importer', 'importers', 'exporter', 'exporters', 'sync', 'mail', 'mailer', 'mailbox', 'smtp',
  'imap', 'notification', 'notifications', 'notifier', 'notifiers', 'vault', 'calendar', 'crm', 'conference', 'connector', 'connectors',
]);

/** The words of a path: folder and file names split at separators and at lower-to-upper case changes. */
export function pathWords(path: string): string[] {
  return path
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Is a file, by its path, an integration's code rather than sign-in code? */
export function isIntegrationPath(path: string): boolean {
  const words = pathWords(path);
  if (words.some((word) => SIGN_IN_WORDS.has(word))) return false;
  return words.some((word) => INTEGRATION_WORDS.has(word));
}

/** Does a file's path name sign-in code (an `auth`, `login` or `sso` folder or file)? */
function isSignInPath(path: string): boolean {
  return pathWords(path).some((word) => SIGN_IN_WORDS.has(word));
}

// An OAuth scope of a provider's API, which a sign-in request does not ask for: Google's
// `https://www.googleapis.com/auth/gmail.send` (https://developers.google.com/identity/protocols/oauth2/scopes;
// `userinfo.*` and `openid` are sign-in's own), Microsoft Graph's `https://graph.microsoft.com/Mail.Send` or
// `/.default` (https://learn.microsoft.com/graph/permissions-reference; `User.Read` is sign-in's), Exchange
// Online's `https://outlook.office365.com/IMAP.AccessAsUser.All`.
const API_SCOPE = /\bgoogleapis\.com\/auth\/(?!userinfo\b|openid\b|plus\.me\b|plus\.login\b)[a-z]|\bgraph\.microsoft\.com\/(?:\.default\b|(?!User\.Read\b)[A-Z][A-Za-z]+\.[A-Z])|\boutlook\.office(?:365)?\.com\/[A-Z][A-Za-z]+\.[A-Z]/;

/** Does this text ask a provider for a scope of one of its APIs (Gmail, Graph mail), not for sign-in? */
export function requestsApiScopes(text: string): boolean {
  return API_SCOPE.test(text);
}

// An endpoint match: a host, or a host with a path (`api.twitter.com/oauth/`), not a framework's
// name for the provider (`Socialite::driver('google')`, a package, a credential variable).
const ENDPOINT_MATCH = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:?#]|$)/i;

/**
 * Catalog categories of APIs a provider's OAuth endpoint grants access to (a model API, a CRM, a mail
 * or storage API), unlike what a sign-in page may load beside its button (analytics, fonts, maps).
 */
const API_CATEGORIES: ReadonlySet<string> = new Set(['ai', 'data-enrichment', 'marketing', 'email', 'sms', 'communication', 'backend', 'search']);

/** What the catalog says of a vendor, for the rules below. */
export interface VendorFacts {
  organizationOf: (vendor: string) => string | undefined;
  categoriesOf: (vendor: string) => readonly string[];
  /** Does the catalog know APIs of this organization as vendors of their own (organizationsWithApis)? */
  hasApis: (organization: string) => boolean;
}

/** Does the catalog know an API of this vendor's kind (see API_CATEGORIES)? */
function isApiVendor(categories: readonly string[]): boolean {
  return !categories.includes('social-login') && categories.some((category) => API_CATEGORIES.has(category));
}

/**
 * Organizations whose APIs the catalog knows as vendors of their own (Microsoft: Azure OpenAI, Dynamics 365,
 * OneDrive). Their sign-in provider stands for sign-in only. An organization known only by its sign-in vendor
 * (Pinterest, Box) has that vendor stand for its whole platform, API calls included.
 */
export function organizationsWithApis(vendors: Iterable<{ organization: string; categories: readonly string[] }>): Set<string> {
  const organizations = new Set<string>();
  for (const vendor of vendors) if (isApiVendor(vendor.categories)) organizations.add(vendor.organization);
  return organizations;
}

/**
 * The files where an API of each organization is used (`google` → the file calling Vertex AI): a
 * sign-in provider's endpoint beside its own organization's API there gets a token for that API.
 */
export function apiFilesByOrganization(byVendor: ReadonlyMap<string, readonly VendorEvidence[]>, facts: VendorFacts): Map<string, Set<string>> {
  const files = new Map<string, Set<string>>();
  for (const [vendor, items] of byVendor) {
    if (!isApiVendor(facts.categoriesOf(vendor))) continue;
    const organization = facts.organizationOf(vendor);
    if (!organization) continue;
    for (const item of items) {
      if (item.mention || item.kind === 'package') continue;
      let paths = files.get(organization);
      if (!paths) files.set(organization, (paths = new Set()));
      paths.add(item.path);
    }
  }
  return files;
}

/** Is a vendor a sign-in provider and nothing else (Dropbox's vendor is its storage API too)? */
export function isSignInOnly(categories: readonly string[]): boolean {
  return categories.length > 0 && categories.every((category) => category === 'social-login');
}

/**
 * A sign-in provider's endpoint in an integration's code, in a file that calls an API of the
 * provider's own organization (a Vertex AI client's service-account token exchange with
 * accounts.google.com), or in a file outside sign-in code that asks for an API's scope (`gmail.send`),
 * authorizes API calls: a mention (`api-authorization`). Framework
 * signatures, packages and credentials are left as they are.
 */
export function markApiAuthorization(items: VendorEvidence[], organizationApiFiles: ReadonlySet<string> | undefined, asksApiScopes: (path: string) => boolean = () => false): void {
  for (const item of items) {
    if (item.mention || item.switchedOff) continue;
    if (item.kind !== 'domain' && item.kind !== 'code') continue;
    if (!ENDPOINT_MATCH.test(item.match)) continue;
    if (isIntegrationPath(item.path) || organizationApiFiles?.has(item.path)) item.mention = 'api-authorization';
    // A consent request for an API's scope outside sign-in code (`lib/oauth.ts` asking for `gmail.send`).
    else if (!isSignInPath(item.path) && asksApiScopes(item.path)) item.mention = 'api-authorization';
  }
}
