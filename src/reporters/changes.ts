import type { FileCommit } from '../git.js';
import type { Manifest, ManifestSubprocessor } from '../manifest/types.js';
import type { Detection } from '../types.js';
import { codeSpan, escapeHtml, markdownText } from './escape.js';

// `report --since REF`: what changed for the quarterly review a privacy team does. Vendors that
// appeared in or left the code, declarations added, removed or changed in the manifest, and who
// changed the manifest (its git history), all computed from data and rendered at the edge.

/** One manifest entry that differs between REF and now. */
export interface DeclarationChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: the fields that differ, e.g. `purpose`. */
  fields?: string[];
}

/** Everything `--since` reports. */
export interface ChangeSummary {
  since: string;
  vendorsAdded: string[];
  vendorsRemoved: string[];
  declarations: DeclarationChange[];
  commits: FileCommit[];
  manifest: string;
}

const entryId = (entry: EntryFields) => (entry.vendor !== undefined ? entry.vendor : `organization: ${entry.organization ?? ''}`);
const FIELDS = ['purpose', 'data', 'location', 'transfer', 'approved-by', 'approved-on', 'paths', 'expect-in-code'] as const;

/** The fields of a manifest entry that `--since` compares (a manifest, or a previous JSON report). */
export type EntryFields = Omit<ManifestSubprocessor, 'custom' | 'position'>;

/** Manifest entries added, removed or changed between two manifests (either may be absent). */
export function declarationChanges(before: Manifest | EntryFields[] | null, after: Manifest | null): DeclarationChange[] {
  const old = new Map((Array.isArray(before) ? before : (before?.subprocessors ?? [])).map((entry) => [entryId(entry), entry]));
  const now = new Map((after?.subprocessors ?? []).map((entry) => [entryId(entry), entry]));
  const changes: DeclarationChange[] = [];
  for (const [id, entry] of now) {
    const previous = old.get(id);
    if (!previous) {
      changes.push({ id, change: 'added' });
      continue;
    }
    const fields = FIELDS.filter((field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(entry[field] ?? null));
    if (fields.length > 0) changes.push({ id, change: 'changed', fields });
  }
  for (const id of old.keys()) if (!now.has(id)) changes.push({ id, change: 'removed' });
  return changes;
}

/** Vendors detected now and not at REF, and the reverse, by display name. */
export function vendorChanges(before: Pick<Detection, 'vendor' | 'name'>[], after: Pick<Detection, 'vendor' | 'name'>[]): { added: string[]; removed: string[] } {
  const old = new Set(before.map((detection) => detection.vendor));
  const now = new Set(after.map((detection) => detection.vendor));
  return {
    added: after.filter((detection) => !old.has(detection.vendor)).map((detection) => detection.name),
    removed: before.filter((detection) => !now.has(detection.vendor)).map((detection) => detection.name),
  };
}

const CHANGE_WORDS = { added: 'declared', removed: 'no longer declared', changed: 'changed' } as const;

/** The change summary as a Markdown section. */
export function formatChangesMarkdown(changes: ChangeSummary): string {
  const out = [`### Changes since ${codeSpan(changes.since)}`, ''];
  out.push(`- Vendors new in the code: ${changes.vendorsAdded.length > 0 ? markdownText(changes.vendorsAdded.join(', ')) : 'none'}`);
  out.push(`- Vendors no longer in the code: ${changes.vendorsRemoved.length > 0 ? markdownText(changes.vendorsRemoved.join(', ')) : 'none'}`);
  out.push('');
  if (changes.declarations.length === 0) out.push(`No subprocessor entry of ${codeSpan(changes.manifest)} changed.`, '');
  else {
    out.push('| Subprocessor | Change |', '|---|---|');
    for (const item of changes.declarations) out.push(`| ${codeSpan(item.id)} | ${CHANGE_WORDS[item.change]}${item.fields ? `: ${item.fields.join(', ')}` : ''} |`);
    out.push('');
  }
  if (changes.commits.length === 0) out.push(`Nobody changed ${codeSpan(changes.manifest)} since ${codeSpan(changes.since)}.`, '');
  else {
    out.push(`Who changed ${codeSpan(changes.manifest)}:`, '', '| Date | Author | Commit | Message |', '|---|---|---|---|');
    for (const commit of changes.commits) out.push(`| ${commit.date.slice(0, 10)} | ${markdownText(commit.author)} | ${codeSpan(commit.sha.slice(0, 12))} | ${markdownText(commit.subject)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The change summary as an HTML section. */
export function formatChangesHtml(changes: ChangeSummary): string {
  const list = (names: string[]) => (names.length > 0 ? escapeHtml(names.join(', ')) : 'none');
  const out = [`<h2 id="changes">Changes since <code>${escapeHtml(changes.since)}</code></h2>`];
  out.push(`<ul><li>Vendors new in the code: ${list(changes.vendorsAdded)}</li><li>Vendors no longer in the code: ${list(changes.vendorsRemoved)}</li></ul>`);
  if (changes.declarations.length === 0) out.push(`<p>No subprocessor entry of <code>${escapeHtml(changes.manifest)}</code> changed.</p>`);
  else {
    const rows = changes.declarations.map((item) => `<tr><td><code>${escapeHtml(item.id)}</code></td><td>${escapeHtml(`${CHANGE_WORDS[item.change]}${item.fields ? `: ${item.fields.join(', ')}` : ''}`)}</td></tr>`);
    out.push(`<table class="changes"><thead><tr><th>Subprocessor</th><th>Change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (changes.commits.length === 0) out.push(`<p>Nobody changed <code>${escapeHtml(changes.manifest)}</code> since then.</p>`);
  else {
    const rows = changes.commits.map((commit) => `<tr><td>${escapeHtml(commit.date.slice(0, 10))}</td><td>${escapeHtml(commit.author)}</td><td><code>${escapeHtml(commit.sha.slice(0, 12))}</code></td><td>${escapeHtml(commit.subject)}</td></tr>`);
    out.push(`<table class="changes"><thead><tr><th>Date</th><th>Author</th><th>Commit</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  return out.join('\n');
}
