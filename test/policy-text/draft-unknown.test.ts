import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// The draft with custom vendors (a product the catalog lacks, an unknown table row) must be a
// manifest `check` accepts: the CLI validates it before writing, and check runs on it.
describe('init --from-policy with names the catalog does not know', () => {
  it('writes a manifest that validates and that check accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclosed-draft-unknown-'));
    try {
      writeFileSync(
        join(dir, 'privacy.md'),
        '# Acme Privacy Policy\n\nWe use Google Workspace for email.\n\n| Subprocessor | Purpose | Location |\n| --- | --- | --- |\n| Stripe | Payment processing | United States |\n| Maildoso | Inbox hosting | European Union |\n',
      );
      const init = await runCli(['init', '--from-policy', 'privacy.md', '.'], { cwd: dir });
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      const manifest = readFileSync(join(dir, 'subprocessors.yml'), 'utf8');
      expect(manifest).toContain('vendor: google-workspace');
      expect(manifest).toContain('vendor: maildoso');
      const check = await runCli(['check', '.', '--no-cache'], { cwd: dir });
      expect(check.stderr).not.toContain('error:');
      expect(check.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a Google Ads tag does not pass: the draft declares the workspace product, not all of Google, and keeps the Ads denial', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclosed-draft-google-ads-'));
    try {
      writeFileSync(join(dir, 'privacy.md'), '# Acme Privacy Policy\n\nWe use Google Workspace for email and documents.\n\nWe do not use Google Ads trackers.\n');
      writeFileSync(join(dir, 'index.html'), "<!doctype html>\n<script async src=\"https://www.googletagmanager.com/gtag/js?id=AW-123456789\"></script>\n<script>gtag('config', 'AW-123456789');</script>\n");
      expect((await runCli(['init', '--from-policy', 'privacy.md', '.'], { cwd: dir })).code).toBe(0);
      const manifest = readFileSync(join(dir, 'subprocessors.yml'), 'utf8');
      expect(manifest).not.toContain('organization: google');
      const check = await runCli(['check', '.', '--no-cache', '--format', 'json'], { cwd: dir });
      const rules = (JSON.parse(check.stdout) as { findings: { rule: string; vendor: string }[] }).findings.filter((finding) => finding.vendor === 'google-ads').map((finding) => finding.rule);
      expect(rules).toEqual(expect.arrayContaining(['prohibited-vendor', 'policy-text-contradiction']));
      expect(check.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
