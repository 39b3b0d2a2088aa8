import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Detection, Evidence, Finding } from '../../src/types.js';
import { runCli } from '../helpers.js';

// One fixture per evidence context (test/fixtures/repos/context/<case>/), each run through the
// CLI and asserted in JSON (context, via, integrated, findings) and in text (the reason shown).

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'repos', 'context');
const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'report.schema.json'), 'utf8')) as object;
const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

interface Report {
  detections: Detection[];
  indirect: Detection[];
  findings: (Finding & { message: string })[];
}

async function check(fixture: string, extra: string[] = [], cwd = FIXTURES): Promise<{ json: Report; text: string; code: number }> {
  const json = await runCli(['check', fixture, '--format', 'json', '--no-cache'], { cwd });
  expect(json.stderr).toBe('');
  const report = JSON.parse(json.stdout) as Report;
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  const text = await runCli(['check', fixture, '--no-color', '--no-cache', ...extra], { cwd });
  return { json: report, text: text.stdout, code: json.code };
}

const row = (item: Evidence) => `${item.kind} ${item.path}:${item.line} ${item.context}${item.via ? ` via ${item.via.join(' > ')}` : ''}${item.mention ? ` (${item.mention})` : ''}`;
const rules = (report: Report) => report.findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.vendor ?? ''} ${finding.location.path}:${finding.location.line}`);

function indirectOnly(report: Report, vendor: string): Detection {
  expect(report.detections.map((detection) => detection.vendor)).not.toContain(vendor);
  const detection = report.indirect.find((item) => item.vendor === vendor);
  expect(detection, vendor).toBeDefined();
  expect(detection!.integrated).toBe(false);
  return detection!;
}

describe('evidence context, one fixture per case', () => {
  it('transitive-only vendor: via names the chain from the direct dependency, through a cycle', async () => {
    const { json, text, code } = await check('transitive-only-via');
    expect(code).toBe(0);
    expect(indirectOnly(json, 'mixpanel').evidence.map(row)).toEqual(['package package-lock.json:26 transitive via @boxyhq/saml-jackson > @boxyhq/metrics > mixpanel']);
    expect(rules(json)).toEqual(['note indirect-vendor mixpanel package-lock.json:26']);
    expect(text).toContain('Mixpanel is not integrated here: pulled in by @boxyhq/saml-jackson → @boxyhq/metrics → mixpanel; not imported by this code');
  });

  it('dev-only build plugin: imported by next.config only, a dev dependency', async () => {
    const { json, text } = await check('dev-only-build-plugin');
    expect(indirectOnly(json, 'posthog').evidence.map(row)).toEqual(['import next.config.ts:1 dev', 'package package.json:8 dev']);
    expect(rules(json)).toEqual(['note indirect-vendor posthog next.config.ts:1']);
    expect(text).toContain('PostHog is not integrated here: only a development or build dependency (`@posthog/nextjs-config` at next.config.ts:1)');
  });

  it('Gradle plugin without the SDK: a build plugin alone is dev; with the SDK imported it is runtime', async () => {
    const alone = await check('gradle-plugin-without-sdk');
    expect(indirectOnly(alone.json, 'firebase-crashlytics').evidence.map(row)).toEqual(['package app/build.gradle:4 dev']);
    expect(alone.text).toContain('Firebase Crashlytics is not integrated here: only a development or build dependency');
    const withSdk = await check('gradle-plugin-with-sdk');
    const detection = withSdk.json.detections.find((item) => item.vendor === 'firebase-crashlytics');
    // `com/example/` is the app's package here, not an examples folder.
    expect(detection?.evidence.map(row)).toEqual(['code app/src/main/java/com/example/CrashReporting.java:7 runtime', 'import app/src/main/java/com/example/CrashReporting.java:3 runtime', 'package app/build.gradle:3 runtime']);
  });

  it("a Gradle plugin that installs its SDK itself (Sentry's auto-installation) is the SDK; Crashlytics' plugin beside it stays a build plugin", async () => {
    const { json } = await check('gradle-plugin-installing-sdk');
    expect(json.detections.find((item) => item.vendor === 'sentry')?.evidence.map(row)).toEqual(['package app/build.gradle:3 runtime']);
    expect(indirectOnly(json, 'firebase-crashlytics').evidence.map(row)).toEqual(['package app/build.gradle:4 dev']);
  });

  it('devDependency imported by shipped code: runtime, so undeclared-vendor fails the build', async () => {
    const { json, text, code } = await check('dev-imported-by-shipped-code');
    expect(code).toBe(1);
    const detection = json.detections.find((item) => item.vendor === 'logrocket')!;
    expect(detection.integrated).toBe(true);
    expect(detection.evidence.map(row)).toEqual(['import src/session-replay.ts:3 runtime', 'package package.json:8 runtime']);
    expect(rules(json)).toEqual(['error undeclared-vendor logrocket package.json:8', 'error undeclared-vendor logrocket src/session-replay.ts:3']);
    expect(text).toContain('LogRocket is used here (`logrocket`)');
    expect(text).not.toContain('indirect');
  });

  it('test-only evidence: a call in a spec file is test', async () => {
    const { json, text } = await check('test-only');
    expect(indirectOnly(json, 'mixpanel').evidence.map((item) => item.context)).toEqual(['test']);
    expect(rules(json)).toEqual(['note indirect-vendor mixpanel tests/analytics.spec.ts:6']);
    expect(text).toContain('Mixpanel is not integrated here: only in tests, examples or test tooling (tests/analytics.spec.ts:6)');
  });

  it('kill switch set to false: disabled, as the catalog says', async () => {
    const { json, text, code } = await check('kill-switch-off');
    expect(code).toBe(0);
    const detection = indirectOnly(json, 'firebase-analytics');
    expect(detection.evidence.map(row)).toEqual(['platform app/src/main/AndroidManifest.xml:5 disabled']);
    expect(detection.evidence[0]!.switchedOff).toBe(true);
    expect(text).toContain('Firebase Analytics is not integrated here: switched off at app/src/main/AndroidManifest.xml:5 (`firebase_analytics_collection_enabled`)');
  });

  it('kill switch set to true: the same key is runtime evidence', async () => {
    const { json, text, code } = await check('kill-switch-on');
    expect(code).toBe(1);
    expect(json.detections.find((item) => item.vendor === 'firebase-analytics')?.evidence.map(row)).toEqual(['platform app/src/main/AndroidManifest.xml:5 runtime']);
    expect(json.indirect).toEqual([]);
    expect(text).toContain('Firebase Analytics is used here');
  });

  it('CSP allow-list: every host in it is a mention', async () => {
    const { json, text, code } = await check('csp-allow-list');
    expect(code).toBe(0);
    expect(json.detections).toEqual([]);
    expect(json.indirect.map((item) => `${item.vendor}: ${item.evidence.map(row).join(', ')}`)).toEqual([
      'mixpanel: domain src/security-headers.ts:4 mention (allow-list)',
      'posthog: domain src/security-headers.ts:4 mention (allow-list)',
      'vimeo: domain src/security-headers.ts:5 mention (allow-list)',
    ]);
    expect(text).toContain('PostHog is not integrated here: only mentioned in an allow-list or content security policy at src/security-headers.ts:4, never called');
  });

  it('URL recogniser: a regex that matches the host makes the embed URL it builds a mention', async () => {
    const { json, text } = await check('url-recogniser');
    expect(indirectOnly(json, 'vimeo').evidence.map(row)).toEqual(['domain src/embeds.ts:6 mention (url-pattern)']);
    expect(text).toContain('Vimeo is not integrated here: only mentioned by code that recognises its URLs at src/embeds.ts:6, never called');
  });

  it('placeholder: an example webhook in an input is a mention', async () => {
    const { json, text } = await check('placeholder');
    expect(indirectOnly(json, 'slack').evidence.map(row)).toEqual(['domain src/WebhookForm.tsx:5 mention (placeholder)']);
    expect(text).toContain('Slack is not integrated here: only mentioned as a placeholder at src/WebhookForm.tsx:5, never called');
  });

  it("placeholder host: a host whose first label asks for the reader's own (`your-resource.openai.azure.com`) is an instruction, in help text or an input's hint", async () => {
    const { json, text } = await check('placeholder-host-label');
    expect(indirectOnly(json, 'azure-openai').evidence.map(row)).toEqual(['domain src/AzureSettings.tsx:5 mention (placeholder)', 'domain src/AzureSettings.tsx:9 mention (placeholder)']);
    expect(text).toContain('Azure OpenAI is not integrated here: only mentioned as a placeholder at src/AzureSettings.tsx:5, never called');
  });

  it('API docs example payload: a host inside a multi-line `example = json!({` or `"examples": [{` is sample data', async () => {
    const { json, text } = await check('api-docs-example-payload');
    // The poster URL the handler builds stays an integration; the same host in the OpenAPI example is a mention.
    expect(json.detections.map((item) => `${item.vendor} ${item.evidence.map(row).join(', ')}`)).toEqual([
      'tmdb domain src/routes/documents.rs:26 runtime, domain src/routes/documents.rs:14 mention (placeholder)',
    ]);
    expect(indirectOnly(json, 'gravatar').evidence.map(row)).toEqual(['code src/schemas.py:13 mention (placeholder)']);
    expect(text).toContain('Gravatar is not integrated here: only mentioned as a placeholder at src/schemas.py:13, never called');
  });

  it('dummy ids: a webhook URL whose ids are zeros and X\'s is a sample; a real one is a call', async () => {
    const { json, text } = await check('dummy-id-url');
    expect(json.detections.map((item) => `${item.vendor} ${item.evidence.map(row).join(', ')}`)).toEqual([
      'slack domain src/alerts.rs:3 runtime, domain src/secrets.rs:6 mention (placeholder)',
    ]);
    expect(text).not.toContain('secrets.rs');
  });

  it("model picker: a provider's model among several providers' models, one per line, is a choice offered; the model called is a use", async () => {
    const { json, text } = await check('model-picker-options');
    expect(json.detections.map((item) => `${item.vendor} ${item.evidence.map(row).join(', ')}`)).toEqual([
      'openai code src/agents/summarise.ts:4 runtime, code src/agents/models.ts:3 mention (model-list), code src/agents/models.ts:4 mention (model-list)',
    ]);
    expect(indirectOnly(json, 'anthropic').evidence.map(row)).toEqual(['code src/agents/models.ts:5 mention (model-list)']);
    expect(text).toContain("Anthropic API is not integrated here: only mentioned as one model of a list of several providers' models at src/agents/models.ts:5, never called");
  });

  it('framework default host: env(\'MAIL_HOST\', \'smtp.mailgun.org\') is a mention', async () => {
    const { json, text } = await check('framework-default-host');
    expect(indirectOnly(json, 'mailgun').evidence.map(row)).toEqual(['domain config/mail.php:8 mention (default-value)']);
    expect(text).toContain('Mailgun is not integrated here: only mentioned as a default value at config/mail.php:8, never called');
  });

  it('library provider adapters: one module per provider in a published library are connectors; its own telemetry is runtime', async () => {
    const { json, text, code } = await check('library-provider-adapters');
    expect(code).toBe(1);
    expect(json.detections.map((item) => `${item.vendor}: ${item.evidence.map(row).join(', ')}`)).toEqual(['posthog: domain src/telemetry/capture.ts:2 runtime']);
    expect(json.indirect.map((item) => `${item.vendor}: ${item.evidence.map(row).join(', ')}`)).toEqual([
      'anthropic: code src/llms/anthropic.ts:7 connector, import src/llms/anthropic.ts:1 connector, package package.json:11 connector',
      'groq: code src/llms/groq.ts:7 connector, import src/llms/groq.ts:1 connector, package package.json:12 connector',
      'openai: code src/llms/openai.ts:7 connector, import src/llms/openai.ts:1 connector, package package.json:7 connector',
    ]);
    expect(rules(json)).toContain('error undeclared-vendor posthog src/telemetry/capture.ts:2');
    expect(text).toContain("OpenAI API is not integrated here: a published library's connector only (src/llms/openai.ts:7)");
  });

  it('the same one-module-per-vendor layout in an application is integration: an app loads its modules', async () => {
    const { json, code } = await check('app-provider-modules');
    expect(code).toBe(1);
    expect(json.detections.map((item) => `${item.vendor} ${item.integrated}`)).toEqual(['amplitude true', 'hotjar true', 'mixpanel true']);
    expect(json.indirect).toEqual([]);
  });

  it('peer dependency of a library: the import uses the application\'s own installation, a connector', async () => {
    const { json, text } = await check('library-peer-dependency');
    expect(indirectOnly(json, 'sentry').evidence.map(row)).toEqual(['import src/report.ts:1 connector', 'package package.json:7 connector']);
    expect(text).toContain("Sentry is not integrated here: a published library's connector only");
  });

  it('a library named after a vendor (its SDK or a client for it) sends to it with its users\' accounts', async () => {
    const { json } = await check('vendor-own-sdk');
    expect(indirectOnly(json, 'mixpanel').evidence.map(row)).toEqual(['domain src/client.ts:2 connector']);
  });

  it('URL replacement template: `url:"www.youtube.com/embed/$1"` beside its regex in minified code is a mention', async () => {
    const { json, text } = await check('url-replacement-template');
    expect(indirectOnly(json, 'youtube').evidence.map(row)).toEqual([
      'script public/libs/editor/media.min.js:1 mention (url-pattern)',
      'script public/libs/editor/media.min.js:1 mention (url-pattern)',
    ]);
    expect(indirectOnly(json, 'vimeo').evidence.map(row)).toEqual(['domain public/libs/editor/media.min.js:1 mention (url-pattern)']);
    expect(text).toContain('Vimeo is not integrated here: only mentioned by code that recognises its URLs');
  });

  it("embed provider table: a UI kit's URL templates (`//player.vimeo.com/video/{id}`) beside each other are a mention", async () => {
    const { json, text } = await check('embed-provider-table');
    expect(indirectOnly(json, 'vimeo').evidence.map(row)).toEqual(['domain assets/ui/components/embed.js:29 mention (url-pattern)']);
    expect(indirectOnly(json, 'youtube').evidence.map(row)).toEqual(['script assets/ui/components/embed.js:23 mention (url-pattern)']);
    expect(text).toContain('Vimeo is not integrated here: only mentioned by code that recognises its URLs');
  });

  it("oEmbed provider table: an endpoint beside another provider's is an entry the link-preview engine picks from; the app's own lookup of one video is a use", async () => {
    const { json, text } = await check('oembed-provider-table');
    expect(json.detections.find((item) => item.vendor === 'youtube')?.evidence.map(row)).toEqual(['code lib/intro_video.dart:3 runtime', 'code lib/oembed_resolver.dart:6 mention (url-pattern)']);
    expect(text).toContain('YouTube is used here (`youtube.com/oembed`)');
    expect(text).not.toContain('oembed_resolver.dart:6 ');
  });

  it('a sign-in strategy configured without its package (Ueberauth, no ueberauth_twitter in mix.exs) is a mention', async () => {
    const { json, text } = await check('strategy-without-package');
    expect(indirectOnly(json, 'twitter-oauth').evidence.map(row)).toEqual(['code config/config.exs:7 mention (not-installed)']);
    expect(json.detections.find((item) => item.vendor === 'github-oauth')?.evidence.map(row)).toContain('code config/config.exs:6 runtime');
    expect(text).toContain('only mentioned by configuration of a library the project does not install at config/config.exs:7');
  });

  it("a sign-in provider's OAuth endpoint in an integration's code (a OneDrive uploader) authorizes API calls: a mention; in sign-in code it stays sign-in", async () => {
    const { json, text } = await check('oauth-endpoint-for-api');
    expect(indirectOnly(json, 'microsoft-oauth').evidence.map(row)).toEqual(['domain src/integrations/onedrive/client.ts:2 mention (api-authorization)']);
    expect(json.detections.find((item) => item.vendor === 'microsoft-onedrive')?.evidence.map(row)).toEqual(['code src/integrations/onedrive/client.ts:3 runtime']);
    // The catalog knows X's platform only through its sign-in vendor: a notifier posting with X's OAuth stays an integration of X.
    expect(json.detections.find((item) => item.vendor === 'twitter-oauth')?.evidence.map(row)).toEqual([
      'code src/notifications/twitter.ts:2 runtime',
      'code src/notifications/twitter.ts:3 runtime',
    ]);
    // The token exchange of a Vertex AI client beside its model call: Google's API, not Google sign-in.
    expect(json.detections.find((item) => item.vendor === 'google-oauth')?.evidence.map(row)).toEqual(['code src/auth/google.ts:4 runtime', 'code src/ai/vertex.ts:3 mention (api-authorization)']);
    expect(json.detections.find((item) => item.vendor === 'google-vertex-ai')?.evidence.map(row)).toEqual(['code src/ai/vertex.ts:4 runtime']);
    expect(text).toContain("Microsoft Entra ID sign-in is not integrated here: only its OAuth endpoint, which an integration at src/integrations/onedrive/client.ts:2 calls to be let into the provider's API; no one signs in with it");
  });

  it("a consent request for an API's scope (`gmail.send`) outside sign-in code authorizes that API: the endpoint is a mention and the scope is the API's use; a sign-in page's endpoint stays sign-in", async () => {
    const { json, text } = await check('oauth-consent-for-api-scope');
    expect(json.detections.find((item) => item.vendor === 'google-oauth')?.evidence.map(row)).toEqual(['code src/pages/signin.ts:4 runtime', 'code src/lib/oauth.ts:11 mention (api-authorization)']);
    expect(json.detections.find((item) => item.vendor === 'gmail-api')?.evidence.map(row)).toEqual(['code src/lib/oauth.ts:7 runtime']);
    expect(text).toContain('Gmail API is used here (`googleapis.com/auth/gmail.s`)');
  });

  it("a data file that lists many sites' hosts (a tracker block list) is a list kept about them; a settings file naming one vendor is configuration", async () => {
    const { json, text } = await check('tracker-block-list');
    expect(indirectOnly(json, 'amplitude').evidence.map(row)).toEqual(['domain app/src/main/res/raw/app_trackers_blocklist.json:4 mention (host-list)']);
    expect(indirectOnly(json, 'mixpanel').evidence.map(row)).toEqual(['domain app/src/main/res/raw/app_trackers_blocklist.json:9 mention (host-list)']);
    // The DSN's key before `@` is the URL's credentials, not an e-mail address.
    expect(json.detections.find((item) => item.vendor === 'sentry')?.evidence.map(row)).toEqual([
      'domain app/src/main/res/raw/crash_reporting.json:1 runtime',
      'domain app/src/main/res/raw/app_trackers_blocklist.json:8 mention (host-list)',
    ]);
    expect(text).toContain("Amplitude is not integrated here: only mentioned as one host of a data file that lists many vendors' hosts (a block list or a directory)");
  });

  it('database seeds and migrations write rows: a host there is data; the model that builds the URL is the use', async () => {
    const { json, text } = await check('seed-data');
    expect(indirectOnly(json, 'vimeo').evidence.map(row)).toEqual(['domain db/migrate/20240101120000_add_embed_host_to_settings.rb:3 mention (seed-data)']);
    expect(json.detections.find((item) => item.vendor === 'gravatar')?.evidence.map(row)).toEqual(['code app/models/user.rb:3 runtime', 'code db/seeds.rb:1 mention (seed-data)']);
    expect(text).toContain('only mentioned as data a database migration or seed file writes at db/migrate/20240101120000_add_embed_host_to_settings.rb:3');
  });

  it("a lockfile's direct entry takes the group its manifest declares it in: a gem of `group :development` is dev in Gemfile.lock too", async () => {
    const { json, text } = await check('lockfile-direct-dev-group');
    expect(indirectOnly(json, 'scout-apm').evidence.map(row)).toEqual(['package Gemfile:8 dev', 'package Gemfile.lock:13 dev']);
    expect(json.detections.find((item) => item.vendor === 'sentry')?.evidence.map(row)).toEqual(['package Gemfile:4 runtime', 'package Gemfile.lock:14 runtime']);
    expect(text).toContain('Scout APM is not integrated here: only a development or build dependency (`scout_apm` at Gemfile:8)');
  });

  it("a pub workspace's lockfile marks a member's plugins transitive: a platform implementation takes the kind its app-facing plugin has in the member's pubspec.yaml", async () => {
    const { json, text } = await check('pub-workspace-federated-plugin');
    expect(json.detections.find((item) => item.vendor === 'google-play-billing')?.evidence.map(row)).toEqual(['package pubspec.lock:12 runtime']);
    expect(json.detections.find((item) => item.vendor === 'apple-app-store-billing')?.evidence.map(row)).toEqual(['package pubspec.lock:28 runtime']);
    expect(text).toContain('Google Play Billing is used here (`in_app_purchase_android`)');
  });

  it("a CI action's own package.json is developer tooling: its dependencies are dev", async () => {
    const { json, text } = await check('ci-action-manifest');
    expect(indirectOnly(json, 'asana').evidence.map(row)).toEqual(['package .github/actions/pr-sync/package.json:1 dev']);
    expect(json.detections.map((item) => item.vendor)).toEqual(['sentry']);
    expect(text).toContain('Asana is not integrated here: only a development or build dependency');
  });

  it("a committed bundle (`*-bundle.js`) or library distribution (`assets/ckeditor/ckeditor.js`) is a library's copy: its provider modules and defaults are mentions", async () => {
    const { json } = await check('committed-bundle');
    expect(indirectOnly(json, 'cookiebot').evidence.map(row)).toContain('code consent/libs/autoconsent-bundle.js:1 mention (library-copy)');
    expect(indirectOnly(json, 'usercentrics').evidence.map(row)).toContain('code consent/libs/autoconsent-bundle.js:1 mention (library-copy)');
    // An editor's distribution copied into an assets folder (`ckeditor/ckeditor.js`): its spell-check service is the library's default.
    expect(indirectOnly(json, 'webspellchecker').evidence.map(row)).toContain('domain upload/assets/ckeditor/ckeditor.js:4 mention (library-copy)');
  });

  it('a link-embed engine builds players for whatever a post links to: a mention; a page embedding one video stays an integration', async () => {
    const { json, text } = await check('link-embed-engine');
    for (const vendor of ['soundcloud-embed', 'vimeo', 'twitch-embed']) {
      expect(indirectOnly(json, vendor).evidence.every((item) => item.mention === 'url-pattern'), vendor).toBe(true);
    }
    const youtube = json.detections.find((item) => item.vendor === 'youtube');
    expect(youtube?.evidence.map(row)).toEqual(['script src/pages/about.tsx:5 runtime', 'script src/lib/embed-player.ts:12 mention (url-pattern)']);
    expect(text).toContain('Vimeo is not integrated here: only mentioned by code that recognises its URLs at src/lib/embed-player.ts:18');
  });

  it('a player filled in from the one provider link the file recognises (a pasted YouTube video) is an integration', async () => {
    const { json, text } = await check('single-provider-player');
    const youtube = json.detections.find((item) => item.vendor === 'youtube');
    expect(youtube?.integrated).toBe(true);
    expect(youtube?.evidence.map(row)).toEqual(['script src/components/intro-block.tsx:12 runtime']);
    expect(text).toContain('YouTube is used here');
    expect(json.indirect.map((item) => item.vendor)).toEqual([]);
  });

  it('a version pin in Maven dependency management is a mention; the module that declares the dependency is the use', async () => {
    const { json, text } = await check('maven-managed-pin');
    expect(json.detections.find((item) => item.vendor === 'sentry')?.evidence.map(row)).toEqual(['package app/pom.xml:12 runtime', 'package pom.xml:15 mention (version-pin)']);
    expect(indirectOnly(json, 'qiniu').evidence.map(row)).toEqual(['package pom.xml:20 mention (version-pin)']);
    expect(text).toContain('only mentioned by a version pin (dependency management) that no project references at pom.xml:20');
  });

  it("an SDK's setting left in a manifest without the SDK (no dependency, import or call) is a mention", async () => {
    const { json, text } = await check('sdk-setting-without-sdk');
    expect(indirectOnly(json, 'firebase-cloud-messaging').evidence.map(row)).toEqual(['platform app/src/main/AndroidManifest.xml:6 mention (not-installed)']);
    expect(indirectOnly(json, 'google-pay').evidence.map(row)).toEqual(['platform app/src/main/AndroidManifest.xml:9 mention (not-installed)']);
    expect(rules(json).filter((line) => line.includes('undeclared-vendor'))).toEqual([]);
    expect(text).toContain('only mentioned by configuration of a library the project does not install at app/src/main/AndroidManifest.xml:6');
  });

  it('a capability the app is signed with (Sign in with Apple in .entitlements) is an integration without any SDK package', async () => {
    const { json, text } = await check('sign-in-with-apple-entitlement');
    expect(json.detections.find((item) => item.vendor === 'apple-signin')?.evidence.map(row)).toEqual(['platform App/App.entitlements:7 runtime']);
    expect(json.detections.map((item) => item.vendor)).toEqual(['apple-signin']);
    expect(text).toContain('Sign in with Apple is used here');
  });

  it("a credential key is the operator's account: integrated, also through a wrapper the catalog does not list (MAUI Maps)", async () => {
    const { json } = await check('credential-key-through-wrapper');
    const maps = json.detections.find((item) => item.vendor === 'google-maps');
    expect(maps?.integrated).toBe(true);
    expect(maps?.evidence.map(row)).toEqual(['platform src/App/Platforms/Android/AndroidManifest.xml:4 runtime']);
  });

  it("a library's table of providers lists credentials; the default and the provider the code selects are integrations", async () => {
    const { json, text } = await check('provider-table-config');
    expect(json.detections.map((item) => item.vendor).sort()).toEqual(['mistral', 'openai']);
    expect(json.detections.find((item) => item.vendor === 'mistral')?.evidence.map(row)).toEqual([
      'code app/Ai/ProductWriter.php:12 runtime',
      'code config/ai.php:25 mention (provider-table)',
    ]);
    expect(json.detections.find((item) => item.vendor === 'openai')?.evidence.map(row)).toEqual(['code config/ai.php:30 runtime']);
    for (const vendor of ['anthropic', 'cohere', 'groq']) expect(indirectOnly(json, vendor).evidence.map((item) => item.mention)).toEqual(['provider-table']);
    expect(text).toContain("only mentioned by a table of a library's providers (a credential or a factory case for each) at config/ai.php:10");
  });

  it('media link in a JSON data file: an image URL in a listing is content, not configuration', async () => {
    const { json, text } = await check('media-link-in-data-file');
    expect(indirectOnly(json, 'cloudinary').evidence.map(row)).toEqual([
      'domain src/data/themes.json:8 mention (media-link)',
      'domain src/data/themes.json:15 mention (media-link)',
    ]);
    expect(text).toContain('only mentioned as the link of an image in a data file at src/data/themes.json:8');
  });

  it("link to a vendor's site: a host in an anchor's href, on one line or in a wrapped JSX tag, is a mention", async () => {
    const { json, text } = await check('link-to-vendor-site');
    expect(indirectOnly(json, 'hotjar').evidence.map(row)).toEqual([
      'domain src/Credits.tsx:8 mention (hyperlink)',
      'domain templates/footer.html:4 mention (hyperlink)',
    ]);
    expect(text).toContain('only mentioned as the address of a link');
  });

  it("a player's /embed/ URL in a link is for a lightbox to open in an iframe: an embed, not a page to read", async () => {
    const { json } = await check('lightbox-embed-link');
    expect(json.detections.map((item) => `${item.vendor} ${item.evidence.map(row).join(', ')}`)).toEqual([
      'youtube domain resources/views/show.blade.php:4 runtime, domain resources/views/show.blade.php:8 mention (hyperlink)',
    ]);
  });

  it("first-party host: the product's own domain, named by SECURITY.md's security@ address, is not a vendor", async () => {
    const { json, text, code } = await check('first-party-security-contact');
    expect(indirectOnly(json, 'openstreetmap-tiles').evidence.map(row)).toEqual(['domain src/map.js:5 mention (first-party)']);
    expect(json.detections.map((item) => item.vendor)).toEqual(['thunderforest']);
    expect((json as Report & { firstParty?: unknown }).firstParty).toEqual([{ domain: 'openstreetmap.org', path: 'SECURITY.md', line: 5 }]);
    expect(code).toBe(1);
    expect(text).toContain("OpenStreetMap tiles is not integrated here: only the product itself (first-party: a host of its own domain, or the vendor's own repository) at src/map.js:5");
    expect(text).toContain('first-party domains: openstreetmap.org (SECURITY.md:5)');
  });

  it("first-party vendor: a vendor whose homepage is the product's own domain is the product itself (its own repository)", async () => {
    const { json, text } = await check('first-party-vendor-own-repository');
    expect(indirectOnly(json, 'umami').evidence.map(row)).toEqual(['script src/app/App.tsx:8 mention (first-party)', 'script src/app/App.tsx:8 mention (first-party)']);
    // Another vendor in the same repository stays a vendor.
    expect(json.detections.map((item) => item.vendor)).toEqual(['sentry']);
    expect(text).toContain('Umami Analytics is not integrated here: only the product itself (first-party');
  });

  it("first-party vendor: a root manifest naming the project after the vendor (mix.exs app: :logflare) while its README names the vendor's site is the vendor's own repository", async () => {
    const { json, text } = await check('first-party-vendor-named-by-project');
    expect(indirectOnly(json, 'logflare').evidence.map(row)).toEqual(['domain lib/logflare_web/templates/sources/setup.html.heex:2 mention (first-party)']);
    // Another vendor in the same repository stays a vendor.
    expect(json.detections.map((item) => item.vendor)).toEqual(['stripe']);
    expect(text).toContain('Logflare is not integrated here: only the product itself (first-party');
  });

  it('first-party host: settings.first-party-domains names the domain, with no file to read it from', async () => {
    const { json, code } = await check('first-party-domains-setting');
    expect(indirectOnly(json, 'openstreetmap-tiles').evidence.map(row)).toEqual(['domain src/map.js:5 mention (first-party)']);
    expect(rules(json)).toEqual(['note indirect-vendor openstreetmap-tiles src/map.js:5']);
    expect(code).toBe(0);
  });

  it("maintainer's script: a program under scripts/ runs on a developer's machine, dev", async () => {
    const { json, text } = await check('maintainer-script');
    expect(indirectOnly(json, 'openai').evidence.map(row)).toEqual(['code scripts/translate-i18n.py:6 dev']);
    expect(text).toContain('OpenAI');
  });

  it("maintainer's Node program: a #! file under a scripts/ folder at any depth is dev", async () => {
    const { json, text } = await check('maintainer-node-program');
    expect(indirectOnly(json, 'linear').evidence.map(row)).toEqual(['domain apps/web/scripts/alerts-to-linear.mjs:6 dev']);
    expect(text).toContain('Linear is not integrated here');
  });

  it("maintainer's Node program without #!: JavaScript under scripts/ that reads process.argv or requires fs is dev, and so is the devDependency it imports", async () => {
    const { json, text } = await check('maintainer-node-script-without-shebang');
    expect(indirectOnly(json, 'google-cloud-translation').evidence.map(row)).toEqual(['import scripts/translate.js:5 dev', 'package package.json:5 dev']);
    expect(text).toContain('Google Cloud Translation is not integrated here');
  });

  it("Gradle's daemon toolchain file names the JDK download service the build uses: dev, not the app's", async () => {
    const { json, text } = await check('gradle-daemon-toolchain-download');
    expect(indirectOnly(json, 'foojay-disco').evidence.map(row)).toEqual(['domain gradle/gradle-daemon-jvm.properties:2 dev', 'domain gradle/gradle-daemon-jvm.properties:3 dev']);
    expect(text).toContain('is not integrated here');
  });

  it('JavaScript under a top-level scripts/ with no Node built-in may be served to visitors: runtime', async () => {
    const { json } = await check('browser-script-in-scripts-folder');
    expect(json.detections.find((item) => item.vendor === 'google-cloud-translation')?.evidence.map(row)).toEqual(['import scripts/translate-widget.js:2 runtime', 'package package.json:4 runtime']);
  });

  it('a #! program outside scripts/ and tools/ (bin/) may be the product: runtime', async () => {
    const { json } = await check('node-program-in-bin');
    expect(json.detections.find((item) => item.vendor === 'linear')?.evidence.map(row)).toEqual(['domain bin/server.js:8 runtime']);
  });

  it('unreachable module: a module folder no other code imports is dead code, a mention', async () => {
    const { json, text } = await check('unreachable-module');
    expect(indirectOnly(json, 'intercom').evidence.map(row)).toEqual(['script src/modules/react-intercom/utils/script.ts:4 mention (unreachable-module)']);
    // The module App.tsx imports stays an integration.
    expect(json.detections.map((item) => item.vendor)).toEqual(['posthog']);
    expect(text).toContain('Intercom is not integrated here: only mentioned in a module folder or file that no other code imports (dead code) at src/modules/react-intercom/utils/script.ts:4');
  });

  it('unreachable component file: a component no other file names (no import, no tag) is dead code, a mention', async () => {
    const { json, text } = await check('unreachable-component-file');
    expect(indirectOnly(json, 'chatwoot').evidence.map(row)).toEqual([
      'script src/components/shared/ChatwootWidget.tsx:7 mention (unreachable-module)',
      'domain src/components/shared/ChatwootWidget.tsx:8 mention (unreachable-module)',
    ]);
    expect(json.detections.map((item) => item.vendor)).toEqual(['posthog']);
    expect(text).toContain('Chatwoot Cloud is not integrated here: only mentioned in a module folder or file that no other code imports (dead code) at src/components/shared/ChatwootWidget.tsx:7');
  });

  it('unused dependency: an npm package no file imports, loads or configures is installed, never used', async () => {
    const { json, text } = await check('unused-dependency');
    expect(indirectOnly(json, 'mux').evidence.map(row)).toEqual(['package package.json:5 mention (unused-dependency)']);
    expect(json.detections.map((item) => item.vendor)).toEqual(['stripe']);
    expect(text).toContain('Mux is not integrated here: only mentioned as a dependency that no file of the project imports, loads or configures (installed, never used) at package.json:5');
  });

  it("an SDK used through a wrapper declared beside it (`fullstory-react` imports `@fullstory/browser`) is used", async () => {
    const { json } = await check('sdk-through-wrapper');
    expect(json.detections.find((item) => item.vendor === 'fullstory')?.evidence.map(row)).toEqual(['package package.json:5 runtime']);
  });

  it('the same module imported through a tsconfig path alias (@/modules/...) is reachable: runtime', async () => {
    const { json } = await check('module-imported-through-alias');
    expect(json.detections.find((item) => item.vendor === 'intercom')?.evidence.map(row)).toEqual(['script src/modules/react-intercom/utils/script.ts:4 runtime']);
  });

  it('library copy: a committed Web Font Loader names each provider module; none is configured, so none is used', async () => {
    const { json, text } = await check('library-copy-providers');
    expect(indirectOnly(json, 'google-fonts').evidence.map(row)).toEqual(['domain static/js/webfont.js:2 mention (library-copy)']);
    expect(indirectOnly(json, 'adobe-fonts').evidence.map(row)).toEqual(['domain static/js/webfont.js:3 mention (library-copy)']);
    expect(text).toContain('Google Fonts is not integrated here: only mentioned by a committed copy of a library, among its providers at static/js/webfont.js:2');
  });

  it("an editor library's copy (Quill's banner on its second line) builds a player from pasted links: a mention; the page's own iframe is the use", async () => {
    const { json, text } = await check('editor-library-copy');
    expect(json.detections.find((item) => item.vendor === 'youtube')?.evidence.map(row)).toEqual([
      'script src/about.html:5 runtime',
      'script public/js/quilljs/quill.min.js:6 mention (library-copy)',
    ]);
    expect(text).toContain('YouTube is used here');
  });

  it("a library copied into a served folder's libs/ (no banner) builds an embed from links: a mention; an Nx workspace's own libs/ is the product", async () => {
    const { json } = await check('served-libs-folder-copy');
    expect(indirectOnly(json, 'embedly').evidence.map(row)).toEqual(['domain public/assets/js/libs/jquery.nyroModal/js/jquery.nyroModal.custom.js:11 mention (library-copy)']);
    expect(json.detections.find((item) => item.vendor === 'posthog')?.evidence.map(row)).toContain('import libs/analytics/src/index.ts:1 runtime');
  });

  it('a vendored copy without a banner (Rails vendor/assets) naming several providers of one category holds them all; the one configured is the use', async () => {
    const { json, text } = await check('vendored-provider-table');
    expect(json.detections.map((item) => `${item.vendor} ${item.evidence.map(row).join(', ')}`)).toEqual([
      'maptiler domain app/javascript/map.js:5 runtime, domain vendor/assets/javascripts/leaflet-providers.js:6 mention (library-copy)',
    ]);
    expect(indirectOnly(json, 'jawg').evidence.map(row)).toEqual(['domain vendor/assets/javascripts/leaflet-providers.js:9 mention (library-copy)']);
    expect(indirectOnly(json, 'mapbox').evidence.map(row)).toEqual(['domain vendor/assets/javascripts/leaflet-providers.js:12 mention (library-copy)']);
    expect(text).toContain('Mapbox is not integrated here: only mentioned by a committed copy of a library, among its providers at vendor/assets/javascripts/leaflet-providers.js:12');
  });

  it("a file's own version comment is not a library banner: its hosts stay integrations", async () => {
    const { json } = await check('version-comment-not-banner');
    expect(json.detections.map((item) => `${item.vendor} ${item.evidence.map(row).join(', ')}`)).toEqual([
      'adobe-fonts domain src/fonts.js:3 runtime',
      'google-fonts domain src/fonts.js:3 runtime',
    ]);
  });

  it('library copy with its Google provider configured: the configuration is the integration', async () => {
    const { json } = await check('library-copy-configured');
    expect(json.detections.map((item) => item.vendor)).toEqual(['google-fonts']);
    expect(json.detections[0]!.evidence.map(row)).toEqual(['code templates/footer.tmpl:2 runtime', 'domain static/js/webfont.js:2 mention (library-copy)']);
    expect(indirectOnly(json, 'adobe-fonts').evidence.map(row)).toEqual(['domain static/js/webfont.js:3 mention (library-copy)']);
  });

  it('CI workflow: a webhook a release job calls is dev, not the product', async () => {
    const { json } = await check('ci-workflow');
    expect(indirectOnly(json, 'slack').evidence.map(row)).toEqual(['domain .github/workflows/release.yml:14 dev']);
  });

  it("a coding agent's skill script (.claude/ in a monorepo app) is developer tooling: dev, not the product", async () => {
    const { json } = await check('coding-agent-skill');
    expect(json.detections).toEqual([]);
    expect(indirectOnly(json, 'openrouter').evidence.map(row)).toEqual([
      'code apps/worker/.claude/skills/review/query.mjs:5 dev',
      'code apps/worker/.claude/skills/review/query.mjs:7 dev',
    ]);
  });

  it('Swift test target and Mocks/: capitalised test folders are test paths', async () => {
    const { json } = await check('swift-test-target');
    expect(indirectOnly(json, 'posthog').evidence.map(row)).toEqual([
      'import AppTests/AnalyticsTests.swift:2 test',
      'import Sources/Mocks/AnalyticsClientMock.swift:1 test',
      'domain Sources/Mocks/AnalyticsClientMock.swift:7 test',
    ]);
  });

  it('CSP in snake_case (Rails connect_src/img_src arrays) is an allow-list', async () => {
    const { json } = await check('csp-rails-snake-case');
    expect(indirectOnly(json, 'maptiler').evidence.map(row)).toEqual([
      'domain config/initializers/content_security_policy.rb:6 mention (allow-list)',
      'domain config/initializers/content_security_policy.rb:7 mention (allow-list)',
    ]);
  });

  it('an array of host literals on one line is an allow-list, whatever its name', async () => {
    const { json } = await check('host-array-one-line');
    expect(json.detections.filter((item) => item.integrated).map((item) => item.vendor)).toEqual(['posthog']);
    expect(indirectOnly(json, 'vimeo').evidence.map(row)).toEqual(['domain src/embeds.ts:2 mention (allow-list)']);
  });

  it('CSP text elsewhere in a minified bundle does not demote a call 900 characters away', async () => {
    const { json } = await check('csp-text-in-bundle');
    const posthog = json.detections.find((item) => item.vendor === 'posthog');
    expect(posthog?.integrated).toBe(true);
    expect(posthog?.evidence.map(row)).toContain('code public/app.bundle.js:1 runtime');
  });

  it('a host list on a minified line does not demote a call beside it', async () => {
    const { json } = await check('host-array-one-line');
    const posthog = json.detections.find((item) => item.vendor === 'posthog');
    expect(posthog?.integrated).toBe(true);
    expect(posthog?.evidence.map(row)).toContain('code public/bundle.js:1 runtime');
  });

  it('image optimizer hosts: Next.js images.domains and remotePatterns list hosts the app may show, an allow-list', async () => {
    const { json } = await check('image-optimizer-hosts');
    expect(indirectOnly(json, 'github-avatars').evidence.map(row)).toEqual(['domain next.config.mjs:5 mention (allow-list)']);
    expect(indirectOnly(json, 'cloudinary').evidence.map(row)).toEqual(['domain next.config.mjs:9 mention (allow-list)']);
  });

  it('a link beside a script load of the same vendor: the script is the integration', async () => {
    const { json } = await check('link-and-script-load');
    const hotjar = json.detections.find((item) => item.vendor === 'hotjar');
    expect(hotjar?.integrated).toBe(true);
    expect(hotjar?.evidence.map(row)).toContain('domain templates/base.html:7 mention (hyperlink)');
    expect(hotjar?.evidence.some((item) => item.kind === 'script' && item.context === 'runtime')).toBe(true);
  });

  it('never reports an unlisted third party on a line where a catalog vendor matched (the GA4 snippet)', async () => {
    const { json } = await check('ga4-snippet');
    expect(json.detections.map((item) => item.vendor)).toEqual(['google-analytics']);
    expect(rules(json)).toEqual(['error undeclared-vendor google-analytics public/index.html:4', 'note unlisted-third-party widget.trustpilot.com public/index.html:5']);
  });
});

describe('SARIF and Markdown show the context', () => {
  it('SARIF results carry context and via in properties; related locations name the context', async () => {
    const run = await runCli(['check', 'transitive-only-via', '--format', 'sarif', '--no-cache'], { cwd: FIXTURES });
    const result = (JSON.parse(run.stdout) as { runs: { results: { ruleId: string; level: string; properties: Record<string, unknown> }[] }[] }).runs[0]!.results[0]!;
    expect(result).toMatchObject({ ruleId: 'indirect-vendor', level: 'note', properties: { vendor: 'mixpanel', context: 'transitive', via: ['@boxyhq/saml-jackson', '@boxyhq/metrics', 'mixpanel'] } });
  });

  it('the Markdown table says whether each vendor is integrated, and why not', async () => {
    const run = await runCli(['check', 'kill-switch-off', '--format', 'markdown', '--no-cache'], { cwd: FIXTURES });
    expect(run.stdout).toContain('| Integrated |');
    expect(run.stdout).toMatch(/Firebase Analytics \(`firebase-analytics`\) \| google \| analytics \| \*\*no\*\* \| no \(disabled\) \|/);
  });
});

describe('what the manifest changes', () => {
  function withManifest(fixture: string, manifest: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'disclosed-context-'));
    cpSync(join(FIXTURES, fixture), dir, { recursive: true });
    writeFileSync(join(dir, 'subprocessors.yml'), manifest);
    return dir;
  }

  it('count-as-used: [runtime, transitive] counts a transitive vendor as used', async () => {
    const dir = withManifest('transitive-only-via', 'version: 1\nsubprocessors: []\nsettings:\n  count-as-used: [runtime, transitive]\n');
    const { json, code } = await check(dir, [], dir);
    expect(code).toBe(1);
    expect(json.detections.map((item) => [item.vendor, item.integrated])).toEqual([['mixpanel', true]]);
    expect(rules(json)).toEqual(['error undeclared-vendor mixpanel package-lock.json:26']);
  });

  it('a prohibited vendor present only indirectly is a warning; an explicit severity wins', async () => {
    const prohibits = 'version: 1\nsubprocessors: []\nprohibited:\n  - vendor: mixpanel\n    reason: No product analytics\n';
    const dir = withManifest('transitive-only-via', prohibits);
    const { json, code, text } = await check(dir, [], dir);
    expect(code).toBe(0);
    expect(rules(json)).toEqual(['warning prohibited-vendor mixpanel package-lock.json:26']);
    expect(text).toContain('present only indirectly: pulled in by @boxyhq/saml-jackson → @boxyhq/metrics → mixpanel');
    const strict = withManifest('transitive-only-via', `${prohibits}rules:\n  prohibited-vendor: error\n`);
    expect(rules((await check(strict, [], strict)).json)).toEqual(['error prohibited-vendor mixpanel package-lock.json:26']);
  });

  it('test-paths adds globs, and `!glob` takes paths out of the built-in list', async () => {
    const dir = withManifest('test-only', 'version: 1\nsubprocessors: []\nsettings:\n  test-paths: ["!tests/**"]\n');
    const { json } = await check(dir, [], dir);
    expect(json.detections.find((item) => item.vendor === 'mixpanel')?.evidence.map((item) => item.context)).toEqual(['runtime']);
    const more = withManifest('placeholder', 'version: 1\nsubprocessors: []\nsettings:\n  test-paths: ["src/**"]\n');
    expect((await check(more, [], more)).json.indirect[0]?.evidence.map((item) => item.context)).toEqual(['mention']);
  });

  it('first-party-domains set (even to []) is the whole list: nothing is read from SECURITY.md', async () => {
    const dir = withManifest('first-party-security-contact', 'version: 1\nsubprocessors: []\nsettings:\n  first-party-domains: []\n');
    const { json } = await check(dir, [], dir);
    expect(json.detections.map((item) => item.vendor).sort()).toEqual(['openstreetmap-tiles', 'thunderforest']);
    expect((json as Report & { firstParty?: unknown }).firstParty).toBeUndefined();
  });

  it('init declares integrated vendors and lists indirect ones as comments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclosed-context-'));
    cpSync(join(FIXTURES, 'transitive-only-via'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'dev-imported-by-shipped-code'), dir, { recursive: true, force: false });
    const run = await runCli(['init', dir], { cwd: dir });
    expect(run.code).toBe(0);
    const written = readFileSync(join(dir, 'subprocessors.yml'), 'utf8');
    expect(written).toMatch(/^ {2}- vendor: logrocket {3}# LogRocket$/m);
    expect(written).not.toMatch(/^ {2}- vendor: mixpanel/m);
    expect(written).toContain('#   - vendor: mixpanel   # Mixpanel: transitive via @boxyhq/saml-jackson -> @boxyhq/metrics -> mixpanel at package-lock.json:26');
  });
});
