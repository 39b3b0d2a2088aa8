import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages.js';
import { scanMemory } from '../helpers.js';

const PAGE = [
  '<html><head>',
  '<script async src="https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"></script>',
  '<script src="https://cdn.jsdelivr.net/npm/lodash@4/lodash.min.js"></script>',
  '<script src="https://static.app.acme.example/app.js"></script>',
  '<script src="https://assets.shop.com/app.js"></script>',
  '<!-- <script src="https://www.crazyegg.com/pages/scripts/0011/1234.js"></script> -->',
  '</head><body><a href="https://www.trustpilot.com/review/acme">Reviews</a></body></html>',
].join('\n');

describe('unlisted-third-party', () => {
  it('names a recognised third party loaded by a script tag, and nothing else', () => {
    const result = scanMemory({ 'public/index.html': PAGE }, 'version: 1\nsettings:\n  first-party-domains: [shop.com]\n');
    const findings = result.findings.filter((finding) => finding.rule === 'unlisted-third-party');
    expect(findings.map((f) => [f.vendor, `${f.location.path}:${f.location.line}:${f.location.column}`, f.severity])).toEqual([
      ['widget.trustpilot.com', 'public/index.html:2:28', 'note'],
    ]);
    expect(renderMessage(findings[0]!, result.manifest)).toMatch(/widget\.trustpilot\.com \(Trust Pilot, analytics\)/);
  });

  it('finds fetch and beacon calls in code, but not hosts the catalog already knows', () => {
    const code = "navigator.sendBeacon('https://widget.trustpilot.com/e', body);\nfetch('https://us.i.posthog.com/e'); import('https://js.stripe.com/v3/')\n";
    const result = scanMemory({ 'src/a.ts': code });
    expect(result.findings.filter((f) => f.rule === 'unlisted-third-party').map((f) => f.vendor)).toEqual(['widget.trustpilot.com']);
  });
});
