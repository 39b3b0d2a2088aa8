import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { parseManifest } from '../../src/manifest/load.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'policy-text');
const scratch = mkdtempSync(join(tmpdir(), 'disclosed-policy-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd = FIXTURES) {
  return runCli(args, { cwd });
}

interface JsonFinding {
  rule: string;
  vendor: string;
  severity: string;
  message: string;
  location: { path: string; line: number };
}

describe('disclosed check with a privacy-policy text', () => {
  it('reports the three policy-text rules at the policy line (or the manifest entry), quoting the sentence', async () => {
    const { code, stdout } = await run(['check', 'repo-policy-drift', '--format', 'json']);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.rule.startsWith('policy-text-'));
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.vendor, `${finding.location.path}:${finding.location.line}`])).toEqual([
      ['policy-text-undeclared', 'warning', 'hubspot', 'docs/privacy.md:3'],
      ['policy-text-contradiction', 'error', 'meta-pixel', 'docs/privacy.md:7'],
      ['policy-text-missing', 'warning', 'slack', 'subprocessors.yml:8'],
    ]);
    const [undeclared, contradiction, missing] = findings;
    expect(undeclared!.message).toBe('the privacy policy names HubSpot ("We use Posthog for product analytics and Hubspot for our website chat.") but subprocessors.yml does not declare it');
    expect(contradiction!.message).toBe(
      'the privacy policy says Facebook is not used ("We don\'t run ad retargeting pixels (no Facebook, LinkedIn, Google Ads trackers)."), but Meta Pixel is detected in the code (public/index.html:7)',
    );
    expect(missing!.message).toBe('Slack is declared as a subprocessor but the privacy policy (docs/privacy.md) does not name it');
  });

  it('--privacy-policy FILE replaces the manifest\'s text', async () => {
    const { code, stdout } = await run(['check', 'repo-policy-drift', '--privacy-policy', 'plain-lowercase-bullets.md', '--format', 'json']);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.rule.startsWith('policy-text-'));
    const summary = findings.map((finding) => `${finding.rule} ${finding.vendor} ${finding.location.path}:${finding.location.line}`);
    // "no facebook pixel" contradicts the Meta Pixel in public/index.html.
    expect(summary).toContain('policy-text-contradiction meta-pixel plain-lowercase-bullets.md:3');
    expect(summary).toContain('policy-text-undeclared hubspot plain-lowercase-bullets.md:11');
    expect(summary).toContain('policy-text-missing slack subprocessors.yml:8');
    expect(summary.some((line) => line.includes('posthog') || line.includes(' stripe '))).toBe(false);
  });

  it('a privacy-policy that does not exist is a usage error (exit 2)', async () => {
    const repo = join(scratch, 'missing-policy');
    cpSync(join(FIXTURES, 'repo-policy-drift'), repo, { recursive: true });
    writeFileSync(join(repo, 'subprocessors.yml'), 'version: 1\nprivacy-policy: docs/gone.md\nsubprocessors: []\n');
    const { code, stderr } = await run(['check', repo]);
    expect(code).toBe(2);
    expect(stderr).toContain('privacy-policy not found: docs/gone.md (named in subprocessors.yml)');
    expect((await run(['check', 'repo-policy-drift', '--privacy-policy', 'nope.md'])).code).toBe(2);
  });

  it('a privacy-policy path outside the repository is refused', async () => {
    const repo = join(scratch, 'outside-policy');
    cpSync(join(FIXTURES, 'repo-policy-drift'), repo, { recursive: true });
    writeFileSync(join(repo, 'subprocessors.yml'), 'version: 1\nprivacy-policy: ../../etc/passwd\nsubprocessors: []\n');
    const { code, stderr } = await run(['check', repo]);
    expect(code).toBe(2);
    expect(stderr).toContain('privacy-policy must stay inside the repository');
  });
});

describe('disclosed check: tense and the policy\'s own company', () => {
  it('a past statement about a vendor still in the code is a contradiction that says "no longer used"', async () => {
    const { code, stdout } = await run(['check', 'repo-policy-past-use', '--no-cache', '--format', 'json']);
    const findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => [finding.rule, finding.vendor, `${finding.location.path}:${finding.location.line}`])).toEqual([
      ['policy-text-contradiction', 'meta-pixel', 'docs/privacy.md:7'],
      ['undeclared-vendor', 'meta-pixel', 'public/index.html:9'],
    ]);
    expect(findings[0]!.message).toBe(
      'the privacy policy says Facebook Pixel is no longer used ("We stopped loading the Facebook Pixel in 2023, and we no longer share conversions with Meta."), but Meta Pixel is detected in the code (public/index.html:9)',
    );
    expect(code).toBe(1);
  });

  it('settings.company-names: the policy\'s own company, named like a catalog vendor, is never one', async () => {
    const own = await run(['check', 'repo-policy-own-company', '--no-cache', '--format', 'json']);
    expect((JSON.parse(own.stdout) as { findings: JsonFinding[] }).findings).toEqual([]);
    expect(own.code).toBe(0);
    // Without the setting, "Mixpanel stores your account data" names Mixpanel as a third party.
    const repo = join(scratch, 'own-company-unset');
    cpSync(join(FIXTURES, 'repo-policy-own-company'), repo, { recursive: true });
    writeFileSync(join(repo, 'subprocessors.yml'), readFileSync(join(repo, 'subprocessors.yml'), 'utf8').replace(/settings:\n.*\n/, ''));
    const unset = await run(['check', repo, '--no-cache', '--format', 'json']);
    expect((JSON.parse(unset.stdout) as { findings: JsonFinding[] }).findings.map((finding) => [finding.rule, finding.vendor])).toEqual([['policy-text-undeclared', 'mixpanel']]);
  });
});

describe('disclosed policy-text FILE', () => {
  it('prints what the text names, denies and ignores, with line and sentence', async () => {
    const { code, stdout } = await run(['policy-text', 'repo-policy-drift/docs/privacy.md']);
    expect(code).toBe(0);
    expect(stdout).toContain('repo-policy-drift/docs/privacy.md (markdown): 4 sentences read');
    expect(stdout).toContain('Named as used:\n  3:8  PostHog (posthog)\n      "We use Posthog for product analytics and Hubspot for our website chat."');
    expect(stdout).toContain('  7:40  Meta Platforms (organization meta) as "Facebook" (no)');
    expect(stdout).toContain('  7:14  category advertising ("ad retargeting pixels") (don\'t run)');
    expect(stdout).toContain('Mentioned, but not as a statement of use: none');
  });

  it('--json groups mentions by status', async () => {
    const { code, stdout } = await run(['policy-text', 'opt-out-links-only.md', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { format: string; named: unknown[]; denied: unknown[]; ignored: { id: string; reason: string }[] };
    expect(report.format).toBe('markdown');
    expect(report.named).toEqual([]);
    expect(report.denied).toEqual([]);
    expect(report.ignored.map((mention) => mention.id)).toContain('google');
  });

  it('needs exactly one existing file', async () => {
    expect((await run(['policy-text'])).code).toBe(2);
    expect((await run(['policy-text', 'nope.md'])).code).toBe(2);
  });
});

describe('disclosed init --from-policy FILE', () => {
  it('drafts a manifest that validates: named vendors declared with a purpose, denied ones prohibited', async () => {
    const repo = join(scratch, 'draft');
    cpSync(join(FIXTURES, 'repo-policy-drift'), repo, { recursive: true });
    rmSync(join(repo, 'subprocessors.yml'));
    const { code, stdout } = await run(['init', '--from-policy', 'docs/privacy.md'], repo);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote subprocessors.yml: 3 subprocessors and 4 prohibitions drafted from docs/privacy.md');
    const text = readFileSync(join(repo, 'subprocessors.yml'), 'utf8');
    const manifest = parseManifest(text, 'subprocessors.yml');
    expect(manifest.privacyPolicy).toBe('docs/privacy.md');
    expect(manifest.subprocessors.map((entry) => [entry.vendor, entry.purpose])).toEqual([
      ['hubspot', 'Website chat'],
      ['posthog', 'Product analytics'],
      // No purpose in its sentence: the TODO a reviewer must write, never the category label.
      ['stripe', 'TODO: why you send data to Stripe'],
    ]);
    expect(manifest.prohibited.map((entry) => entry.vendor ?? entry.organization ?? `category:${entry.category}`)).toEqual(['category:advertising', 'meta', 'linkedin', 'google-ads']);
    // The draft is usable as is: check runs against it (and finds the Meta Pixel contradiction).
    const check = await run(['check', repo, '--format', 'json']);
    expect(check.code).toBe(1);
    expect((JSON.parse(check.stdout) as { findings: JsonFinding[] }).findings.map((finding) => finding.rule)).toContain('policy-text-contradiction');
  });

  it('refuses to overwrite without --force', async () => {
    const repo = join(scratch, 'draft-exists');
    cpSync(join(FIXTURES, 'repo-policy-drift'), repo, { recursive: true });
    const refused = await run(['init', '--from-policy', 'docs/privacy.md'], repo);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; use --force');
    expect((await run(['init', '--from-policy', 'docs/privacy.md', '--force'], repo)).code).toBe(0);
  });

  it('drafts from every fixture text into a manifest that validates', async () => {
    for (const fixture of ['legal-numbered-sections.txt', 'plain-lowercase-bullets.md', 'markdown-tables-anchors.md', 'html-nav-cookie-banner.html', 'opt-out-links-only.md', 'faq-style-holdout.md', 'plain-text-aligned-table.txt']) {
      const dir = mkdtempSync(join(scratch, 'each-'));
      const { code, stderr } = await run(['init', '--from-policy', join(FIXTURES, fixture), dir]);
      expect({ fixture, code, stderr }).toEqual({ fixture, code: 0, stderr: '' });
      expect(() => parseManifest(readFileSync(join(dir, 'subprocessors.yml'), 'utf8'), 'subprocessors.yml')).not.toThrow();
    }
  });
});
