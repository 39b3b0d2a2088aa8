import { describe, expect, it } from 'vitest';
import { candidateAnnotations, capAnnotations } from '../../src/action/annotations.js';
import { describeChange, diffManifests } from '../../src/action/manifest-diff.js';
import { parseRenames } from '../../src/files/renames.js';
import { parseManifest } from '../../src/manifest/load.js';
import { markNew } from '../../src/run.js';
import { fingerprint, newIgnores } from '../../src/suppress.js';
import type { IgnoreComment } from '../../src/suppress.js';
import type { Finding, ScanResult } from '../../src/types.js';

// The pure parts of the diff-mode fixes of issue 13: what counts as a policy change, as a new
// suppression and as new drift across a rename, and how policy notices rank in the budget.

const BASE = `version: 1
privacy-policy: docs/privacy.md
subprocessors:
  - vendor: posthog
    purpose: Product analytics
settings:
  repository-url: https://github.com/acme/shop
`;

function finding(path: string, overrides: Partial<Finding> = {}): Finding {
  const rule = overrides.rule ?? 'undeclared-vendor';
  const vendor = overrides.vendor ?? 'hotjar';
  return {
    rule,
    severity: 'error',
    vendor,
    args: { name: 'Hotjar', match: '_hjSettings' },
    location: { path, line: 5, column: 3 },
    evidence: [{ kind: 'code', path, line: 5, column: 3, match: '_hjSettings' }],
    fingerprint: fingerprint(rule, vendor, path),
    suppressed: false,
    ...overrides,
  };
}

function result(findings: Finding[]): ScanResult {
  return { root: '.', manifest: 'subprocessors.yml', detections: [], findings, stats: { files: 1, bytes: 1, durationMs: 1, skipped: { binary: 0, tooLarge: 0, unreadable: 0, submodule: 0, ignored: 0 } }, hints: [] };
}

describe('diffManifests: every manifest key is reviewed', () => {
  it('privacy-policy pointed elsewhere is a listed change, on its line', () => {
    const head = parseManifest(BASE.replace('docs/privacy.md', 'public/index.html'), 'subprocessors.yml');
    const changes = diffManifests(parseManifest(BASE, 'subprocessors.yml'), head);
    expect(changes.map((change) => `${change.line} ${describeChange(change)}`)).toEqual(['2 This change changes privacy-policy: docs/privacy.md → public/index.html.']);
  });

  it('settings without a dedicated check (repository-url) and declaration fields (expect-in-code) are listed', () => {
    const head = parseManifest(BASE.replace('acme/shop', 'fork/shop').replace('    purpose: Product analytics\n', '    purpose: Product analytics\n    expect-in-code: false\n'), 'subprocessors.yml');
    const described = diffManifests(parseManifest(BASE, 'subprocessors.yml'), head).map(describeChange);
    expect(described).toEqual(['This change edits the declaration of posthog: expect-in-code.', 'This change changes settings.repository-url: https://github.com/acme/shop → https://github.com/fork/shop.']);
  });

  it('an unchanged manifest, or one with keys reordered, lists nothing', () => {
    const reordered = `version: 1\nsettings:\n  repository-url: https://github.com/acme/shop\nsubprocessors:\n  - purpose: Product analytics\n    vendor: posthog\nprivacy-policy: docs/privacy.md\n`;
    expect(diffManifests(parseManifest(BASE, 'subprocessors.yml'), parseManifest(reordered, 'subprocessors.yml'))).toEqual([]);
  });
});

describe('newIgnores', () => {
  const ignore = (path: string, line: number, reason = 'approved'): IgnoreComment => ({ path, line, column: 1, rule: 'undeclared-vendor', reason });

  it('an ignore moved within its file or carried by a rename is not new; a second copy, or a new reason, is', () => {
    const base = [ignore('a.html', 3), ignore('old.html', 9)];
    const head = [ignore('a.html', 7), ignore('a.html', 12), ignore('new.html', 9), ignore('b.html', 1, 'other')];
    expect(newIgnores(head, base, new Map([['new.html', 'old.html']])).map((item) => `${item.path}:${item.line}`)).toEqual(['a.html:12', 'b.html:1']);
  });
});

describe('markNew across renames', () => {
  it('a renamed file keeps its findings old; a copy at a new path is new', () => {
    const head = result([finding('public/home.html'), finding('public/copy.html')]);
    markNew(head, result([finding('public/index.html')]), new Map([['public/home.html', 'public/index.html']]));
    expect(head.findings.map((item) => `${item.location.path} ${item.new}`)).toEqual(['public/home.html false', 'public/copy.html true']);
  });

  it('a finding whose location moved to a renamed file is old when all its evidence was at the base', () => {
    const atBase = finding('public/b.html', { evidence: [{ kind: 'code', path: 'public/b.html', line: 5, column: 3, match: '_hjSettings' }, { kind: 'code', path: 'public/c.html', line: 5, column: 3, match: '_hjSettings' }] });
    const moved = finding('public/a.html', { evidence: [{ kind: 'code', path: 'public/a.html', line: 5, column: 3, match: '_hjSettings' }, { kind: 'code', path: 'public/b.html', line: 5, column: 3, match: '_hjSettings' }] });
    const head = result([moved]);
    markNew(head, result([atBase]), new Map([['public/a.html', 'public/c.html']]));
    expect(head.findings[0]!.new).toBe(false);
    const notRenamed = result([{ ...moved }]);
    markNew(notRenamed, result([atBase]));
    expect(notRenamed.findings[0]!.new).toBe(true);
  });
});

describe('parseRenames', () => {
  it('reads renames from git diff --name-status -z, ignoring copies and other statuses', () => {
    const output = ['M', 'src/a.ts', 'R100', 'public/index.html', 'public/home.html', 'C80', 'x.js', 'y.js', 'A', 'b\nc.ts', 'R087', 'old name.js', 'new\nname.js', ''].join('\0');
    expect([...parseRenames(output)]).toEqual([
      ['public/home.html', 'public/index.html'],
      ['new\nname.js', 'old name.js'],
    ]);
  });
});

describe('the annotation budget', () => {
  it('policy-change notices rank above new notes: sixty notes do not push them out', () => {
    const notes = Array.from({ length: 60 }, (_, i) => finding(`public/p${i}.html`, { rule: 'unlisted-third-party', severity: 'note', vendor: 'widget.trustpilot.com', args: { host: 'widget.trustpilot.com' } }));
    const change = { kind: 'declared' as const, subject: 'hotjar', path: 'subprocessors.yml', line: 6, column: 13 };
    const { shown } = capAnnotations(candidateAnnotations(result(notes), [change]), 50, { warning: 1 });
    expect(shown).toHaveLength(49);
    expect(shown[0]!.message).toBe('This change newly declares hotjar as a subprocessor.');
    expect(shown.at(-1)!.title).toBe('disclosed: more in the job summary');
  });
});
