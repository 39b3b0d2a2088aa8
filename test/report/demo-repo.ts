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
      '    location: [DE]',
      '    transfer: scc',
      '    approved-by: Dana Privacy (DPO)',
      '    approved-on: 2026-09-01',
      '  - vendor: stripe',
      '    purpose: Payment processing',
      '    location: US',
      '    transfer: [dpf, scc]',
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

/**
 * A repository using the given catalog vendors through their npm packages, each imported from five
 * files (so evidence folds), half of them declared and one waived by an exception: the size of
 * report a privacy team prints.
 */
export function writeLargeRepo(root: string, vendors: { id: string; npm: string; host: string }[]): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'large', dependencies: Object.fromEntries(vendors.map((vendor) => [vendor.npm, '^1.0.0'])) }, null, 2) + '\n',
  };
  for (const vendor of vendors) {
    for (let copy = 0; copy < 5; copy++) files[`src/features/integrations/${vendor.id}/module-${copy}.ts`] = `export const send = (body: string) => fetch('https://${vendor.host}/v1/collect', { method: 'POST', body });\n`;
  }
  const declared = vendors.filter((_, index) => index % 2 === 0);
  const waived = vendors[1]!;
  files['subprocessors.yml'] = [
    'version: 1',
    'subprocessors:',
    ...declared.flatMap((vendor) => [`  - vendor: ${vendor.id}`, `    purpose: Used for ${vendor.id} features of the web app`, '    data: [usage-data, account-data]', '    location: EU']),
    'exceptions:',
    '  - rule: undeclared-vendor',
    `    vendor: ${waived.id}`,
    '    reason: Evaluation approved by the DPO until the contract is signed',
    '    expires: 2027-06-30',
    '',
  ].join('\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
