import type { Manifest } from '../manifest/types.js';
import type { CatalogNames } from './drift.js';
import { markdownText } from './drift-markdown.js';

// The public subprocessor table, rendered from the manifest alone (no scan): the manifest is the
// single source of truth for the list a privacy policy or trust page publishes.

/** One published row. */
export interface SubprocessorRow {
  name: string;
  /** The contracting legal entity and its country, as the catalog's organization records them ("Google LLC (US)"). */
  entity: string;
  purpose: string;
  data: string;
  location: string;
}

/** The manifest's `subprocessors:` entries with their display names, in manifest order. */
export function subprocessorRows(manifest: Manifest, catalog?: CatalogNames): SubprocessorRow[] {
  return manifest.subprocessors.map((entry) => {
    const id = entry.vendor ?? entry.organization ?? '';
    const name =
      entry.vendor !== undefined
        ? (catalog?.vendors.get(id)?.name ?? manifest.customVendors.find((vendor) => vendor.id === id)?.name ?? id)
        : (catalog?.organizations.get(id)?.name ?? id);
    const organizationId = entry.vendor !== undefined ? catalog?.vendors.get(id)?.organization : id;
    const organization = organizationId === undefined ? undefined : catalog?.organizations.get(organizationId);
    const entity = organization?.legalEntity ? `${organization.legalEntity}${organization.country ? ` (${organization.country})` : ''}` : '';
    return { name, entity, purpose: entry.purpose ?? '', data: (entry.data ?? []).join(', '), location: entry.location ?? '' };
  });
}

/**
 * The public subprocessor table as Markdown. A subprocessor list names who the contract is with, so the
 * legal entity column appears when the catalog knows one; Data and Location appear when any entry declares them.
 */
export function formatSubprocessors(manifest: Manifest, catalog?: CatalogNames): string {
  const rows = subprocessorRows(manifest, catalog);
  if (rows.length === 0) return 'We do not currently engage any subprocessors.\n';
  const columns: { title: string; value: (row: SubprocessorRow) => string }[] = [
    { title: 'Subprocessor', value: (row) => row.name },
  ];
  if (rows.some((row) => row.entity)) columns.push({ title: 'Legal entity', value: (row) => row.entity });
  columns.push({ title: 'Purpose', value: (row) => row.purpose });
  if (rows.some((row) => row.data)) columns.push({ title: 'Data processed', value: (row) => row.data });
  if (rows.some((row) => row.location)) columns.push({ title: 'Location', value: (row) => row.location });
  const lines = [`| ${columns.map((column) => column.title).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${columns.map((column) => markdownText(column.value(row))).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
