import { compileCatalog } from '../src/catalog/catalog.js';
import type { Catalog, VendorRule } from '../src/catalog/catalog.js';
import type { FileSource } from '../src/files/source.js';
import { parseManifest } from '../src/manifest/load.js';
import type { Manifest } from '../src/manifest/types.js';
import { scan } from '../src/scan.js';
import { main } from '../src/cli.js';
import type { CliIo } from '../src/cli.js';
import type { ScanResult } from '../src/types.js';

/** A FileSource over an in-memory tree. */
export function memorySource(files: Record<string, string>): FileSource {
  return {
    root: '/memory',
    description: 'memory',
    list: () => Object.entries(files).map(([path, text]) => ({ path, size: Buffer.byteLength(text) })),
    read: (path) => (path in files ? Buffer.from(files[path]!) : undefined),
  };
}

const CATEGORIES = new Map([
  ['analytics', 'Product analytics'],
  ['session-replay', 'Session replay'],
  ['advertising', 'Advertising'],
  ['payments', 'Payments'],
  ['error-monitoring', 'Error monitoring'],
]);

/** A small, fixed catalog for unit tests of the engine (the real catalog has its own tests). */
export const TEST_VENDORS: VendorRule[] = [
  {
    id: 'posthog',
    name: 'PostHog',
    organization: 'posthog',
    categories: ['analytics'],
    source: 'test',
    signatures: {
      packages: { npm: ['posthog-js', 'posthog-node'], pypi: ['posthog'] },
      domains: ['i.posthog.com'],
      code: [{ id: 'init', keywords: ['posthog'], pattern: String.raw`\bposthog\.init\(`, languages: ['js', 'html'] }],
    },
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    organization: 'contentsquare',
    categories: ['session-replay'],
    source: 'test',
    signatures: {
      packages: { npm: ['@hotjar/browser'] },
      domains: ['static.hotjar.com'],
      code: [{ id: 'settings', keywords: ['_hjsettings'], pattern: String.raw`\b_hjSettings\s*=`, kind: 'script' }],
    },
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    organization: 'meta',
    categories: ['advertising'],
    source: 'test',
    signatures: { domains: ['connect.facebook.net'], code: [{ id: 'init', keywords: ['fbq'], pattern: String.raw`\bfbq\(\s*['"]init` }] },
  },
  {
    id: 'facebook-sdk',
    name: 'Facebook SDK',
    organization: 'meta',
    categories: ['social'],
    source: 'test',
    signatures: { packages: { maven: ['com.facebook.android:facebook-*'] }, 'exclude-packages': { maven: ['com.facebook.android:facebook-flipper'] }, ios: ['FacebookAppID'] },
  },
  {
    id: 'stripe',
    name: 'Stripe',
    organization: 'stripe',
    categories: ['payments'],
    source: 'test',
    signatures: { packages: { npm: ['@stripe/stripe-js', 'stripe'] }, domains: ['js.stripe.com'] },
  },
  {
    id: 'sentry',
    name: 'Sentry',
    organization: 'sentry',
    categories: ['error-monitoring'],
    source: 'test',
    signatures: { packages: { npm: ['@sentry/*'] }, 'exclude-packages': { npm: ['@sentry/cli'] } },
  },
];

export function testCatalog(extra: VendorRule[] = []): Catalog {
  const organizations = [...new Set([...TEST_VENDORS, ...extra].map((vendor) => vendor.organization))].map((id) => ({ id, name: id, aliases: [] }));
  return compileCatalog([...TEST_VENDORS, ...extra], organizations, new Map([...CATEGORIES, ['social', 'Social']]));
}

/** Scan an in-memory tree with the test catalog and an optional manifest text. */
export function scanMemory(files: Record<string, string>, manifestText?: string, now = new Date('2026-11-23T00:00:00Z')): ScanResult {
  const manifest: Manifest | null = manifestText === undefined ? null : parseManifest(manifestText, 'subprocessors.yml');
  const catalog = testCatalog(manifest?.customVendors ?? []);
  return scan({ source: memorySource(files), catalog, manifest, accept: () => true, skipMatching: new Set(manifest ? [manifest.path] : []), now });
}

/** Run the CLI in-process, capturing its output, at a fixed date. */
export async function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; now?: Date }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd,
    isTTY: false,
    env: options.env ?? {},
    now: options.now ?? new Date('2026-11-23T00:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
