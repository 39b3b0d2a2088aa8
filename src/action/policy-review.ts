import type { Manifest } from '../manifest/types.js';
import type { DiffScan } from '../run.js';
import { findIgnoreComments, newIgnores } from '../suppress.js';
import { diffManifests } from './manifest-diff.js';
import type { ManifestChange } from './manifest-diff.js';

// Policy changes a privacy reviewer must see that are not edits of manifest keys: the inline
// suppressions a change adds (a `disclosed-ignore` waves a finding through as surely as an
// exception does), and vendors new in the change that pass only because an organization
// declaration covers every product of that organization (Maps declared long ago, Ads added now),
// and first-party domains the change's own files newly name.

/**
 * Each inline `disclosed-ignore` the change adds, in code or in the manifest itself; then each
 * finding the change brings under a suppression that is not itself listed (an old comment moved
 * onto another vendor's line or widened to the whole file, an old exception whose paths a new
 * vendor falls under): what a suppression waves through is reviewed, not only its text.
 */
export function suppressionChanges(diff: DiffScan, head: Manifest | null, base: Manifest | null): ManifestChange[] {
  const inManifest =
    head === null
      ? []
      : newIgnores(findIgnoreComments(head.path, head.text).ignores, base ? findIgnoreComments(base.path, base.text).ignores : [], base ? new Map([[head.path, base.path]]) : new Map());
  const added: ManifestChange[] = [...diff.addedIgnores, ...inManifest].map((ignore) => ({
    kind: 'suppression-added',
    subject: ignore.rule,
    detail: `"${ignore.reason}"`,
    path: ignore.path,
    line: ignore.line,
    column: ignore.column,
  }));
  const at = (path: string, line: number) => `${path}\0${line}`;
  const listed = new Set([...added, ...diffManifests(base, head).filter((change) => change.kind === 'exception-added')].map((change) => at(change.path, change.line)));
  const brought: ManifestChange[] = [];
  for (const finding of diff.newlySuppressed) {
    const by = finding.suppression?.location;
    if (by && listed.has(at(by.path, by.line))) continue;
    const what = finding.suppression?.kind === 'exception' ? 'the exception' : finding.suppression?.kind === 'inline' ? 'the disclosed-ignore' : 'the suppression';
    brought.push({
      kind: 'suppression-extended',
      subject: `${finding.rule}${finding.vendor ? ` (${finding.vendor})` : ''}`,
      detail: `${what}${by ? ` at ${by.path}:${by.line}` : ''}${finding.suppression?.reason ? ` ("${finding.suppression.reason}")` : ''}`,
      path: finding.location.path,
      line: finding.location.line,
      column: finding.location.column,
    });
  }
  return [...added, ...brought, ...firstPartyChanges(diff)];
}

/**
 * Each first-party domain the change's files newly name (a `security@` address in SECURITY.md, a
 * CNAME): a vendor host inside it stops counting as a vendor, as if settings.first-party-domains
 * had grown. Under policy-from: base the head is judged without it (run.ts diffScan).
 */
function firstPartyChanges(diff: DiffScan): ManifestChange[] {
  return diff.addedFirstParty.map((item) => ({
    kind: 'settings-changed',
    subject: 'first-party domains',
    detail: `${item.domain} is now treated as first-party (read from ${item.path})`,
    path: item.path,
    line: item.line,
    column: 1,
  }));
}

/**
 * Vendors detected in the change and not at the base that the judging manifest admits only
 * through an `organization:` entry (no `vendor:` entry of their own), at their first evidence.
 */
export function organizationCoverage(diff: DiffScan, manifest: Manifest | null): ManifestChange[] {
  if (!manifest) return [];
  const atBase = new Set(diff.base.detections.map((detection) => detection.vendor));
  const named = new Set(manifest.subprocessors.flatMap((entry) => (entry.vendor !== undefined ? [entry.vendor] : [])));
  const organizations = new Set(manifest.subprocessors.flatMap((entry) => (entry.organization !== undefined ? [entry.organization] : [])));
  const changes: ManifestChange[] = [];
  for (const detection of diff.result.detections) {
    if (!detection.declared || atBase.has(detection.vendor) || named.has(detection.vendor) || !organizations.has(detection.organization)) continue;
    const first = detection.evidence[0];
    if (!first) continue;
    changes.push({
      kind: 'covered-by-organization',
      subject: `${detection.name} (${detection.vendor})`,
      detail: `the organization declaration ${detection.organization} in ${manifest.path}`,
      path: first.path,
      line: first.line,
      column: first.column,
    });
  }
  return changes;
}
