import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { capAnnotations } from '../../src/action/annotations.js';
import type { Annotation } from '../../src/action/annotations.js';
import { commentBody, commentMarker, findSticky, planComment } from '../../src/action/comment.js';
import { baseRefFor, defaultMode, describeEvent } from '../../src/action/event.js';
import { baseRefspec } from '../../src/action/git-base.js';
import { INPUT_NAMES, readInputs } from '../../src/action/inputs.js';
import { describeChange, diffManifests } from '../../src/action/manifest-diff.js';
import type { ActionOutcome } from '../../src/action/outcome.js';
import { findingsOutput } from '../../src/action/outputs.js';
import { folderPrefix, prefixResult, repoPath } from '../../src/reporters/rebase.js';
import { COMMENT_LIMIT_CHARS, renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js';
import { parseManifest } from '../../src/manifest/load.js';
import type { Finding, ScanResult } from '../../src/types.js';

function finding(i: number, overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'undeclared-vendor',
    severity: 'error',
    vendor: 'hotjar',
    args: { name: 'Hotjar', match: `_hjSettings={hjid:${i}}${'x'.repeat(200)}` },
    location: { path: `src/page-${i}.html`, line: 3, column: 5 },
    evidence: [],
    fingerprint: `fp-${i}`,
    new: true,
    suppressed: false,
    ...overrides,
  };
}

function result(findings: Finding[]): ScanResult {
  return { root: '/repo', manifest: 'subprocessors.yml', detections: [], findings, stats: { files: findings.length, bytes: 0, skipped: { binary: 0, tooLarge: 0, unreadable: 0, submodule: 0, ignored: 0 }, durationMs: 12 }, hints: [] };
}

function outcome(findings: Finding[], overrides: Partial<ActionOutcome> = {}): ActionOutcome {
  return { conclusion: 'failure', toolVersion: '0.0.0-test', mode: 'diff', failOn: 'error', result: result(findings), manifestChanges: [], notes: [], ...overrides };
}

const annotation = (level: Annotation['level'], i: number): Annotation => ({ level, title: `${level} ${i}`, message: 'm', file: 'a.ts', line: i, column: 1 });

describe('capAnnotations', () => {
  it('keeps errors first, 10 errors and 10 warnings, 50 in all including the closing line', () => {
    const all = [...Array.from({ length: 40 }, (_, i) => annotation('notice', i)), ...Array.from({ length: 15 }, (_, i) => annotation('warning', i)), ...Array.from({ length: 15 }, (_, i) => annotation('error', i))];
    const { shown, omitted } = capAnnotations(all, 50);
    expect(shown).toHaveLength(50);
    expect(shown.filter((item) => item.level === 'error')).toHaveLength(10);
    expect(shown.filter((item) => item.level === 'warning')).toHaveLength(10);
    expect(shown.slice(0, 10).every((item) => item.level === 'error')).toBe(true);
    expect(shown.slice(10, 20).every((item) => item.level === 'warning')).toBe(true);
    expect(omitted).toEqual({ error: 5, warning: 5, notice: 11 });
    expect(shown[49]!.title).toBe('disclosed: more in the job summary');
    expect(shown[49]!.message).toContain('21 more annotations are not shown here (5 errors, 5 warnings, 11 notices)');
  });

  it('adds no closing line when everything fits, and honours a lower max-annotations', () => {
    expect(capAnnotations([annotation('error', 1), annotation('notice', 2)], 50).shown).toHaveLength(2);
    const small = capAnnotations(Array.from({ length: 8 }, (_, i) => annotation('error', i)), 5).shown;
    expect(small).toHaveLength(5);
    expect(small[4]!.message).toContain('4 more annotations');
    expect(capAnnotations([annotation('error', 1)], 0).shown).toEqual([]);
  });

  it('keeps room for the annotations the step writes itself (the failure message, a warning)', () => {
    const all = [...Array.from({ length: 12 }, (_, i) => annotation('error', i)), ...Array.from({ length: 60 }, (_, i) => annotation('notice', i))];
    const { shown } = capAnnotations(all, 50, { error: 1, warning: 1 });
    expect(shown).toHaveLength(48);
    expect(shown.filter((item) => item.level === 'error')).toHaveLength(9);
  });
});

describe('job summary and comment size guards', () => {
  it('lists every finding when it fits', () => {
    const text = renderSummary(outcome(Array.from({ length: 60 }, (_, i) => finding(i))));
    expect(text.split('\n').filter((line) => line.startsWith('| error |'))).toHaveLength(60);
  });

  it('stays under 1 MiB with 20,000 findings, shortening tables and saying so', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding(i, { new: i % 2 === 0 }));
    const text = renderSummary(outcome(many));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES * 0.8);
    expect(text).toContain('### New findings (10000)');
    expect(text).toMatch(/… and \d+ more in the `findings` output and the SARIF file/);
  });

  it('a comment stays under 65,536 characters and starts with the hidden marker', () => {
    const marker = commentMarker('.');
    const body = commentBody(outcome(Array.from({ length: 5_000 }, (_, i) => finding(i))), marker);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body).toMatch(/… and \d+ more in the job summary of the workflow run/);
  });

  it('the summary of an internal error says what happened and where to report it', () => {
    const text = renderSummary({ conclusion: 'error', toolVersion: '1.0.0', manifestChanges: [], notes: [], internal: true, error: 'boom' });
    expect(text).toContain('## 💥 disclosed could not run (internal error)');
    expect(text).toContain('boom');
    expect(text).toContain('https://github.com/disclosed/disclosed/issues');
  });
});

describe('findingsOutput', () => {
  it('keeps the JSON under the limit, and says it was cut', () => {
    const all = Array.from({ length: 1_000 }, (_, i) => finding(i));
    const full = findingsOutput(result(all));
    expect(full.truncated).toBe(false);
    const cut = findingsOutput(result(all), 50_000);
    expect(cut.json.length).toBeLessThanOrEqual(50_000);
    expect(cut.truncated).toBe(true);
    expect(JSON.parse(cut.json)).toMatchObject({ total: 1_000, truncated: true, included: cut.included });
    expect(findingsOutput(undefined).json).toBe('{"version":1,"total":0,"included":0,"truncated":false,"findings":[]}');
  });
});

describe('diffManifests', () => {
  const base = parseManifest(
    `version: 1
subprocessors:
  - vendor: posthog
    purpose: Product analytics
    paths: ["apps/web/**"]
prohibited:
  - category: advertising
    reason: No ad tech
ignore: ["examples/**"]
`,
    'subprocessors.yml',
  );

  it('lists new declarations, lifted prohibitions, new exceptions, lowered severities and a wider ignore, at their lines', () => {
    const head = parseManifest(
      `version: 1
subprocessors:
  - vendor: posthog
    purpose: Product analytics
  - vendor: hotjar
    purpose: Session replay
exceptions:
  - rule: undeclared-vendor
    vendor: sentry
    reason: Internal tooling
ignore: ["examples/**", "public/**"]
rules:
  undeclared-vendor: warning
settings:
  fail-on: never
`,
      'subprocessors.yml',
    );
    const changes = diffManifests(base, head);
    expect(changes.map((change) => `${change.line} ${describeChange(change)}`)).toEqual([
      '3 This change widens where posthog may be used: now also allowed in everywhere.',
      '5 This change newly declares hotjar as a subprocessor (Session replay).',
      '1 This change lifts the prohibition of category advertising ("No ad tech").',
      '8 This change adds an exception to undeclared-vendor (sentry; no expiry: Internal tooling).',
      '13 This change lowers rules.undeclared-vendor: error → warning.',
      '15 This change lowers settings.fail-on: error → never.',
      '11 This change stops scanning public/** (ignore).',
    ]);
  });

  it('nothing to review when nothing of note changed; a new manifest declares everything', () => {
    expect(diffManifests(base, base)).toEqual([]);
    const added = diffManifests(null, base).map((change) => change.kind);
    expect(added).toEqual(['manifest-added', 'declared', 'ignore-widened']);
    expect(diffManifests(base, null).map((change) => change.kind)).toEqual(['manifest-removed']);
  });

  it('a moved manifest and a new rules-dir are changes for review; the rules-dir one names the folder no longer scanned', () => {
    const moved = parseManifest(base.text, '.github/subprocessors.yml');
    expect(diffManifests(moved, base).map(describeChange)).toEqual(['This change moves the policy manifest from .github/subprocessors.yml to subprocessors.yml.']);
    const withRules = parseManifest(`${base.text}settings:\n  rules-dir: .disclosed/rules/\n`, 'subprocessors.yml');
    expect(diffManifests(base, withRules).map(describeChange)).toEqual([
      'This change changes settings.rules-dir: vendor rules are read from .disclosed/rules, and .disclosed/rules/** is no longer scanned as code.',
    ]);
  });
});

describe('inputs and events', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('leaves unset inputs undefined so the manifest settings apply; applies the documented defaults', () => {
    expect(readInputs(reader({}))).toEqual({ path: '.', annotations: true, maxAnnotations: 50, comment: 'never', summary: true, checkRun: false, policyFrom: 'head', crawlUrls: [] });
    expect(readInputs(reader({ 'crawl-url': 'https://preview.acme.test/\n  https://preview.acme.test/pricing ' })).crawlUrls).toEqual(['https://preview.acme.test/', 'https://preview.acme.test/pricing']);
    expect(readInputs(reader({ 'fail-on': 'Warning', 'max-annotations': '500', annotations: 'false' }))).toMatchObject({ failOn: 'warning', maxAnnotations: 50, annotations: false });
    expect(() => readInputs(reader({ comment: 'sometimes' }))).toThrow();
    expect(() => readInputs(reader({ 'max-annotations': '-1' }))).toThrow();
  });

  it('reads pull requests (fork or not), merge groups and pushes', () => {
    const pr = describeEvent({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REPOSITORY: 'acme/shop' }, {
      pull_request: { number: 7, base: { ref: 'main', sha: 'a'.repeat(40), repo: { full_name: 'acme/shop' } }, head: { sha: 'b'.repeat(40), repo: { full_name: 'eve/shop', fork: true } } },
    });
    expect(pr).toMatchObject({ name: 'pull_request_target', repository: { owner: 'acme', repo: 'shop' }, pullRequest: { number: 7, baseRef: 'main', fromFork: true } });
    expect(defaultMode(pr)).toBe('diff');
    const group = describeEvent({ GITHUB_EVENT_NAME: 'merge_group' }, { merge_group: { base_ref: 'refs/heads/release/2.x' } });
    expect(baseRefFor(group, undefined, {})).toBe('release/2.x');
    expect(baseRefFor(group, 'develop', {})).toBe('develop');
    const push = describeEvent({ GITHUB_EVENT_NAME: 'push' }, { ref: 'refs/heads/main' });
    expect(defaultMode(push)).toBe('full');
    expect(baseRefFor(push, undefined, {})).toBeUndefined();
  });

  it('turns a base into a refspec', () => {
    expect(baseRefspec('main')).toEqual({ refspec: '+refs/heads/main:refs/remotes/origin/main', local: 'refs/remotes/origin/main' });
    expect(baseRefspec('refs/heads/release/1')).toEqual({ refspec: '+refs/heads/release/1:refs/remotes/origin/release/1', local: 'refs/remotes/origin/release/1' });
    expect(baseRefspec('origin/main').local).toBe('refs/remotes/origin/main');
    expect(baseRefspec('c'.repeat(40))).toEqual({ refspec: 'c'.repeat(40), local: 'c'.repeat(40) });
  });
});

describe('comments', () => {
  it('plans per mode: always, on-failure and on-change resolve an earlier comment once clean', () => {
    const failing = outcome([finding(1)]);
    const clean = outcome([], { conclusion: 'success' });
    expect(planComment('never', failing)).toBe('none');
    expect(planComment('always', clean)).toBe('upsert');
    expect(planComment('on-failure', failing)).toBe('upsert');
    expect(planComment('on-failure', clean)).toBe('resolve');
    expect(planComment('on-change', clean)).toBe('resolve');
    expect(planComment('on-change', { ...clean, manifestChanges: [{ kind: 'declared', subject: 'hotjar', path: 'subprocessors.yml', line: 5, column: 13 }] })).toBe('upsert');
    expect(planComment('always', { ...clean, conclusion: 'error', internal: true, result: undefined })).toBe('none');
  });

  it('finds the sticky comment by its marker, among comments written by the token identity only', () => {
    const marker = commentMarker('apps/web/');
    expect(marker).toBe('<!-- disclosed:sticky-comment path=apps/web -->');
    const comments = [
      { id: 1, body: 'unrelated', user: { login: 'dev', type: 'User' } },
      // The PR author pastes the marker to have the bot overwrite (or hide in) their comment.
      { id: 2, body: `${marker}\nnothing to see`, user: { login: 'dev', type: 'User' } },
      // Another bot carrying the marker is not us either.
      { id: 3, body: `${marker}\nother app`, user: { login: 'renovate[bot]', type: 'Bot' } },
      { id: 4, body: `${marker}\nours`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    expect(findSticky(comments, marker, 'github-actions[bot]')?.id).toBe(4);
    expect(findSticky(comments.slice(0, 3), marker, 'github-actions[bot]')).toBeUndefined();
    expect(findSticky(comments, marker, 'Dev-Bot-Account')).toBeUndefined();
  });

  it('when the token cannot name itself: github-actions[bot] first, then another bot, never a user', () => {
    const marker = commentMarker('.');
    const user = { id: 2, body: `${marker}\npasted`, user: { login: 'dev', type: 'User' } };
    const app = { id: 3, body: `${marker}\nan App's report`, user: { login: 'privacy-gate[bot]', type: 'Bot' } };
    const workflow = { id: 4, body: `${marker}\nours`, user: { login: 'github-actions[bot]', type: 'Bot' } };
    expect(findSticky([user, app, workflow], marker, undefined)?.id).toBe(4);
    expect(findSticky([user, app], marker, undefined)?.id).toBe(3);
    expect(findSticky([user], marker, undefined)).toBeUndefined();
  });
});

describe('paths', () => {
  it('prefixes a subfolder scan so paths are repository-relative', () => {
    expect(folderPrefix('/repo', '/repo')).toBe('');
    expect(folderPrefix('/repo', '/repo/apps/web')).toBe('apps/web');
    expect(repoPath('/repo', 'apps/web', 'subprocessors.yml')).toBe('apps/web/subprocessors.yml');
    expect(repoPath('/repo', 'apps/web', '/repo/.disclosed/rules/acme.yml')).toBe('.disclosed/rules/acme.yml');
    expect(repoPath('/repo', '', '/elsewhere/x.yml')).toBeUndefined();
    const shifted = prefixResult(result([finding(1)]), 'apps/web');
    expect(shifted.manifest).toBe('apps/web/subprocessors.yml');
    expect(shifted.findings[0]!.location.path).toBe('apps/web/src/page-1.html');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { description?: string; default?: string }>;
    outputs: Record<string, { description?: string }>;
    branding?: object;
  };

  it('runs dist/index.js on node24 and declares every input the code reads, each described', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toBeDefined();
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toBeTruthy();
    expect(Object.keys(action.outputs).sort()).toEqual(['conclusion', 'findings', 'findings-count', 'new-findings-count', 'report-markdown', 'sarif-file']);
  });

  it('sets no default that could override the manifest; only the token has one', () => {
    const withDefaults = Object.entries(action.inputs).filter(([, input]) => input.default !== undefined);
    expect(withDefaults).toEqual([['token', expect.objectContaining({ default: '${{ github.token }}' })]]);
  });
});
