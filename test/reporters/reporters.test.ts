import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/reporters/index.js';
import type { ScanResult } from '../../src/types.js';
import { scanMemory } from '../helpers.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS with a default export; require() sidesteps ESM interop differences.
const Ajv04 = (require('ajv-draft-04') as { default: new (options: Options) => { compile(schema: object): ValidateFunction } }).default;

function sample(): ScanResult {
  const manifest = [
    'version: 1',
    'subprocessors:',
    '  - vendor: posthog',
    '    purpose: Analytics',
    '  - vendor: stripe',
    '    purpose: Payments',
    'prohibited:',
    '  - category: advertising',
    '    reason: No ad pixels',
  ].join('\n');
  const result = scanMemory(
    {
      'src/a.ts': "posthog.init('phc_1')\n",
      'public/index.html': '<script>\nwindow._hjSettings = {hjid: 1};\n</script>\n<script>fbq("init", "1") // disclosed-ignore prohibited-vendor -- legal approved the test pixel\n</script>\n',
      'src/track.ts': "fbq('init', '2')\n",
    },
    manifest,
  );
  result.stats.durationMs = 42; // rendered output must be deterministic for snapshots
  return result;
}

const render = (format: string, result = sample()) => REPORTERS[format]!({ result, toolVersion: '0.0.0-test', color: false });

describe('json reporter', () => {
  it('follows SPEC §4', () => {
    const document = JSON.parse(render('json'));
    expect(document).toMatchObject({ version: 1, tool: { name: 'disclosed', version: '0.0.0-test' }, root: '.', manifest: 'subprocessors.yml' });
    expect(document.summary).toMatchObject({ errors: 2, warnings: 1, notes: 0, suppressed: 1 });
    expect(document.detections.map((d: { vendor: string; declared: boolean }) => [d.vendor, d.declared])).toEqual([
      ['hotjar', false],
      ['meta-pixel', false],
      ['posthog', true],
    ]);
    const finding = document.findings.find((f: { rule: string }) => f.rule === 'undeclared-vendor');
    expect(finding).toMatchObject({ severity: 'error', vendor: 'hotjar', location: { path: 'public/index.html', line: 2, column: 8 }, new: true, suppressed: false });
    expect(finding.message).toContain('Hotjar');
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('sarif reporter', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(render('sarif'));
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('carries rules with help, partial fingerprints, repo-relative URIs and suppressions', () => {
    const run = JSON.parse(render('sarif')).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('undeclared-vendor');
    expect(run.tool.driver.rules[0].help.text.length).toBeGreaterThan(10);
    const results = run.results;
    expect(results.every((r: { partialFingerprints: Record<string, string> }) => /^[0-9a-f]{32}$/.test(r.partialFingerprints['disclosed/v1']!))).toBe(true);
    expect(results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('public/index.html');
    const suppressed = results.find((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed.suppressions[0]).toEqual({ kind: 'inSource', justification: 'legal approved the test pixel' });
  });
});

describe('text reporter', () => {
  it('groups by file, then a summary line and the YAML that declares each undeclared vendor', () => {
    expect(render('text')).toMatchSnapshot();
  });
});

describe('markdown reporter', () => {
  it('renders findings and detections as tables', () => {
    expect(render('markdown')).toMatchSnapshot();
  });
});

describe('ordering', () => {
  it('is deterministic whatever the file order', () => {
    expect(render('json')).toBe(render('json'));
  });
});

describe('github reporter', () => {
  it('prints one escaped workflow command per unsuppressed finding', () => {
    const result = sample();
    result.findings[0]!.location.path = 'src/a,b:c.ts';
    const out = render('github', result);
    const lines = out.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('::'))).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=src\/a%2Cb%3Ac\.ts,line=\d+,col=\d+,title=disclosed%3A undeclared-vendor::Hotjar is used here/);
    expect(out).toContain('::warning file=subprocessors.yml,line=5,col=13,title=disclosed%3A declared-not-found::');
    expect(lines.at(-1)).toBe('disclosed: 2 errors, 1 warning, 0 notes in 3 files');
  });
});
