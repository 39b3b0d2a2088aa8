import { ruleMeta } from '../checks/index.js';
import { locate } from '../config-errors.js';
import type { Manifest, ManifestException, ManifestProhibition, ManifestSubprocessor } from '../manifest/types.js';
import type { Position, SeveritySetting } from '../types.js';

// What a pull request changes in the policy that a privacy reviewer should see: new
// declarations, lifted prohibitions, new exceptions, lowered severities and a wider ignore, and
// any other edit of a manifest key (privacy-policy, settings, a declaration's fields), named as
// such, so no key can loosen the gate unseen. Each change points at the line of the head manifest
// it is about (or the section it left). The Action adds what the manifest diff cannot see: inline
// suppressions new in the change, and vendors new in the change admitted only by an
// organization declaration.

export type ManifestChangeKind =
  | 'manifest-added'
  | 'manifest-removed'
  | 'manifest-moved'
  | 'declared'
  | 'declaration-widened'
  | 'prohibition-removed'
  | 'exception-added'
  | 'severity-lowered'
  | 'ignore-widened'
  | 'settings-changed'
  | 'declaration-changed'
  | 'suppression-added'
  | 'suppression-extended'
  | 'covered-by-organization';

export interface ManifestChange extends Position {
  kind: ManifestChangeKind;
  /** The manifest file the position is in (the head's, or the base's when it was removed). */
  path: string;
  /** What changed, e.g. `posthog` or `rules.declared-not-found`. */
  subject: string;
  /** Extra words: the purpose, the reason, `error → off`. */
  detail?: string;
}

const SEVERITY_RANK: Record<SeveritySetting, number> = { off: 0, note: 1, warning: 2, error: 3 };
// fail-on: `warning` fails on the most, `never` on nothing.
const FAIL_ON_RANK: Record<string, number> = { never: 0, error: 1, warning: 2 };

function subprocessorKey(entry: ManifestSubprocessor): string {
  return entry.vendor !== undefined ? `vendor:${entry.vendor}` : `organization:${entry.organization}`;
}

function prohibitionKey(entry: ManifestProhibition): string {
  return entry.vendor !== undefined ? `vendor:${entry.vendor}` : entry.organization !== undefined ? `organization:${entry.organization}` : `category:${entry.category}`;
}

function exceptionKey(entry: ManifestException): string {
  return JSON.stringify([entry.rule, entry.vendor ?? null, [...(entry.paths ?? [])].sort(), entry.expires ?? null]);
}

function sectionPosition(manifest: Manifest, key: string): Position {
  return locate(manifest.yaml, [key], 'key');
}

function keyPosition(manifest: Manifest, path: (string | number)[]): Position {
  return locate(manifest.yaml, path, 'key');
}

/** The changes from `base` to `head` worth a privacy review; [] when nothing of note changed. */
export function diffManifests(base: Manifest | null, head: Manifest | null): ManifestChange[] {
  if (!base && !head) return [];
  if (!head) return [{ kind: 'manifest-removed', path: base!.path, subject: base!.path, line: 1, column: 1 }];
  const changes: ManifestChange[] = [];
  const at = (position: Position) => ({ path: head.path, line: position.line, column: position.column });
  if (!base) changes.push({ kind: 'manifest-added', subject: head.path, ...at({ line: 1, column: 1 }) });
  // Another file is the policy now: a path CODEOWNERS may not protect, so it is reviewed as such.
  else if (base.path !== head.path) changes.push({ kind: 'manifest-moved', subject: head.path, detail: base.path, ...at({ line: 1, column: 1 }) });

  const before = new Map((base?.subprocessors ?? []).map((entry) => [subprocessorKey(entry), entry]));
  for (const entry of head.subprocessors) {
    const subject = entry.vendor ?? entry.organization!;
    const old = before.get(subprocessorKey(entry));
    if (!old) {
      changes.push({ kind: 'declared', subject: entry.organization !== undefined ? `organization ${subject}` : subject, ...(entry.purpose ? { detail: entry.purpose } : {}), ...at(entry.position) });
      continue;
    }
    const widened = old.paths !== undefined && (entry.paths === undefined || entry.paths.some((path) => !old.paths!.includes(path)));
    if (widened) {
      const now = entry.paths === undefined ? 'everywhere' : entry.paths.filter((path) => !old.paths!.includes(path)).join(', ');
      changes.push({ kind: 'declaration-widened', subject, detail: `now also allowed in ${now}`, ...at(entry.position) });
    }
    // Any other field edited (purpose, expect-in-code, a custom vendor's signatures): named, so a
    // reviewer sees it; `paths` is left to the widening check above.
    const edited = changedFields(rawEntry(base!, old.position), rawEntry(head, entry.position)).filter((field) => field !== 'paths' || !widened);
    if (edited.length > 0) changes.push({ kind: 'declaration-changed', subject, detail: edited.join(', '), ...at(entry.position) });
  }

  const kept = new Set(head.prohibited.map(prohibitionKey));
  for (const entry of base?.prohibited ?? []) {
    if (kept.has(prohibitionKey(entry))) continue;
    changes.push({ kind: 'prohibition-removed', subject: prohibitionKey(entry).replace(':', ' '), ...(entry.reason ? { detail: entry.reason } : {}), ...at(sectionPosition(head, 'prohibited')) });
  }

  const oldExceptions = new Set((base?.exceptions ?? []).map(exceptionKey));
  for (const entry of head.exceptions) {
    if (oldExceptions.has(exceptionKey(entry))) continue;
    const scope = [entry.vendor, entry.paths?.join(', '), entry.expires ? `until ${entry.expires}` : 'no expiry'].filter(Boolean).join('; ');
    changes.push({ kind: 'exception-added', subject: entry.rule, detail: `${scope}: ${entry.reason}`, ...at(entry.position) });
  }

  const ruleIds = new Set([...Object.keys(base?.rules ?? {}), ...Object.keys(head.rules)]);
  for (const id of [...ruleIds].sort()) {
    const fallback = ruleMeta(id)?.defaultSeverity ?? 'error';
    const was = base?.rules[id] ?? fallback;
    const now = head.rules[id] ?? fallback;
    if (SEVERITY_RANK[now] >= SEVERITY_RANK[was]) continue;
    const where = head.rules[id] !== undefined ? keyPosition(head, ['rules', id]) : sectionPosition(head, 'rules');
    changes.push({ kind: 'severity-lowered', subject: `rules.${id}`, detail: `${was} → ${now}`, ...at(where) });
  }
  const failWas = base?.settings['fail-on'] ?? 'error';
  const failNow = head.settings['fail-on'] ?? 'error';
  if ((FAIL_ON_RANK[failNow] ?? 1) < (FAIL_ON_RANK[failWas] ?? 1)) {
    changes.push({ kind: 'severity-lowered', subject: 'settings.fail-on', detail: `${failWas} → ${failNow}`, ...at(keyPosition(head, ['settings', 'fail-on'])) });
  }

  const added = (now: string[] | undefined, was: string[] | undefined) => (now ?? []).map((value, i) => ({ value, i })).filter(({ value }) => !(was ?? []).includes(value));
  for (const { value, i } of added(head.ignore, base?.ignore)) changes.push({ kind: 'ignore-widened', subject: 'ignore', detail: value, ...at(locate(head.yaml, ['ignore', i])) });
  for (const { value, i } of added(head.settings.exclude, base?.settings.exclude)) {
    changes.push({ kind: 'ignore-widened', subject: 'settings.exclude', detail: value, ...at(locate(head.yaml, ['settings', 'exclude', i])) });
  }
  const includeWas = JSON.stringify(base?.settings.include ?? []);
  if (JSON.stringify(head.settings.include ?? []) !== includeWas) {
    changes.push({ kind: 'settings-changed', subject: 'settings.include', detail: `only ${(head.settings.include ?? ['everything']).join(', ')} is scanned now`, ...at(keyPosition(head, ['settings', 'include'])) });
  }
  for (const { value, i } of added(head.settings['first-party-domains'], base?.settings['first-party-domains'])) {
    changes.push({ kind: 'settings-changed', subject: 'settings.first-party-domains', detail: `${value} is now treated as first-party`, ...at(locate(head.yaml, ['settings', 'first-party-domains', i])) });
  }
  if ((head.settings['rules-dir'] ?? '') !== (base?.settings['rules-dir'] ?? '')) {
    const dir = head.settings['rules-dir']?.replace(/\/+$/, '');
    // The rules-dir is read as vendor rules and left out of the scan: say which folder that is.
    const detail = dir ? `vendor rules are read from ${dir}, and ${dir}/** is no longer scanned as code` : '(removed)';
    changes.push({ kind: 'settings-changed', subject: 'settings.rules-dir', detail, ...at(keyPosition(head, ['settings', 'rules-dir'])) });
  }
  if (base) changes.push(...otherKeyChanges(base, head, changes));
  return changes;
}

/** The raw YAML value of a manifest, as an object (the schema has validated its shape). */
function rawValue(manifest: Manifest): Record<string, unknown> {
  const value = manifest.yaml.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The raw `subprocessors:` entry whose `vendor:`/`organization:` stands at `position`. */
function rawEntry(manifest: Manifest, position: Position): Record<string, unknown> {
  const entries = rawValue(manifest).subprocessors;
  if (!Array.isArray(entries)) return {};
  const index = manifest.subprocessors.findIndex((entry) => entry.position.line === position.line && entry.position.column === position.column);
  const entry: unknown = entries[index];
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
}

/** JSON with object keys sorted: a reordered mapping is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

function changedFields(was: Record<string, unknown>, now: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort();
  return keys.filter((key) => canonical(was[key]) !== canonical(now[key]));
}

function shortValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : canonical(value);
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

/**
 * Every top-level key and every `settings` key whose value differs and that no check above has
 * already described: `privacy-policy` (which text is cross-checked),
 * `repository-url`, and keys added to the schema later (company-names, count-as-used). Nothing a PR
 * writes in the manifest goes unlisted.
 */
function otherKeyChanges(base: Manifest, head: Manifest, described: ManifestChange[]): ManifestChange[] {
  const covered = new Set(described.map((change) => change.subject.split(' ')[0]!.replace(/^(rules)\..*$/, '$1')));
  for (const change of described) {
    if (change.kind === 'declared' || change.kind === 'declaration-widened' || change.kind === 'declaration-changed') covered.add('subprocessors');
    if (change.kind === 'prohibition-removed') covered.add('prohibited');
    if (change.kind === 'exception-added') covered.add('exceptions');
  }
  const was = rawValue(base);
  const now = rawValue(head);
  const changes: ManifestChange[] = [];
  const report = (path: string[], before: unknown, after: unknown) => {
    const subject = path.join('.');
    if (covered.has(subject) || canonical(before) === canonical(after)) return;
    const where = after === undefined ? locate(head.yaml, path.slice(0, -1), 'key') : locate(head.yaml, path, 'key');
    changes.push({ kind: 'settings-changed', subject, detail: `${shortValue(before)} → ${after === undefined ? '(removed)' : shortValue(after)}`, path: head.path, line: where.line, column: where.column });
  };
  const settingsOf = (value: Record<string, unknown>) => (typeof value.settings === 'object' && value.settings !== null ? (value.settings as Record<string, unknown>) : {});
  for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
    if (key === 'version' || key === 'settings') continue;
    report([key], was[key], now[key]);
  }
  const settingsWas = settingsOf(was);
  const settingsNow = settingsOf(now);
  for (const key of [...new Set([...Object.keys(settingsWas), ...Object.keys(settingsNow)])].sort()) report(['settings', key], settingsWas[key], settingsNow[key]);
  return changes;
}

const PHRASES: Record<ManifestChangeKind, (change: ManifestChange) => string> = {
  'manifest-added': (c) => `adds the policy manifest ${c.subject}`,
  'manifest-removed': (c) => `removes the policy manifest ${c.subject}: every vendor becomes undeclared`,
  'manifest-moved': (c) => `moves the policy manifest from ${c.detail} to ${c.subject}`,
  declared: (c) => `newly declares ${c.subject} as a subprocessor${c.detail ? ` (${c.detail})` : ''}`,
  'declaration-widened': (c) => `widens where ${c.subject} may be used: ${c.detail}`,
  'prohibition-removed': (c) => `lifts the prohibition of ${c.subject}${c.detail ? ` ("${c.detail}")` : ''}`,
  'exception-added': (c) => `adds an exception to ${c.subject} (${c.detail})`,
  'severity-lowered': (c) => `lowers ${c.subject}: ${c.detail}`,
  'ignore-widened': (c) => `stops scanning ${c.detail} (${c.subject})`,
  'settings-changed': (c) => `changes ${c.subject}: ${c.detail}`,
  'declaration-changed': (c) => `edits the declaration of ${c.subject}: ${c.detail}`,
  'suppression-added': (c) => `adds an inline suppression of ${c.subject}${c.detail ? ` (${c.detail})` : ''}`,
  'suppression-extended': (c) => `adds a finding of ${c.subject} that ${c.detail} suppresses`,
  'covered-by-organization': (c) => `adds ${c.subject}, admitted only by ${c.detail}: confirm the published policy covers this product`,
};

/** One sentence for the summary, the comment and the notice on the manifest line. */
export function describeChange(change: ManifestChange): string {
  return `This change ${PHRASES[change.kind](change)}.`;
}
