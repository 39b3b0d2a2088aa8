import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file name that tries to inject markup into any report that forgets to escape it. */
export const HOSTILE_PATH = `src/"><img src=x onerror="window.__pwned=1">.js`;

/**
 * A small repository with every status a drift report shows: declared, undeclared, prohibited,
 * declared but not found, and a file name that tries HTML injection.
 */
export function writeDemoRepo(root: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'shop', dependencies: { 'posthog-js': '^1.180.0', '@sentry/browser': '^8.0.0', '@stripe/stripe-js': '^4.0.0' } }, null, 2) + '\n',
    'src/analytics.ts': "import posthog from 'posthog-js';\nposthog.init('phc_demo', { api_host: 'https://eu.i.posthog.com' });\n",
    [HOSTILE_PATH]: "posthog.init('phc_hostile');\n",
    'public/index.html': [
      '<!doctype html>',
      '<script>',
      '  window._hjSettings = { hjid: 3141592, hjsv: 6 };',
      "  fbq('init', '1234567890');",
      '</script>',
      '<script async src="https://static.hotjar.com/c/hotjar-3141592.js?sv=6"></script>',
      '',
    ].join('\n'),
    'subprocessors.yml': [
      'version: 1',
      'subprocessors:',
      '  - vendor: posthog',
      '    purpose: Product analytics <b>for the web app</b>',
      '    data: [usage-data, device-data]',
      '    location: EU (Frankfurt)',
      '  - vendor: stripe',
      '    purpose: Payment processing',
      '    location: USA',
      '  - vendor: zendesk',
      '    purpose: Customer support',
      '  - vendor: intercom',
      '    purpose: Customer messaging',
      '    expect-in-code: false',
      'prohibited:',
      '  - category: advertising',
      '    reason: Our policy promises no ad retargeting pixels',
      '',
    ].join('\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
