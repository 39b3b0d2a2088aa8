import type { Manifest, ManifestSubprocessor } from '../manifest/types.js';
import type { CatalogNames, VendorRole } from './drift.js';
import { listInWords } from './drift.js';
import { markdownText } from './drift-markdown.js';

// The public subprocessor list, rendered from the manifest alone (no scan): the manifest is the
// single source of truth for the list a privacy policy or trust page publishes. A published list
// names contracting legal entities, not products, and separates processors (who act on our
// instructions) from independent controllers (social sign-in, video embeds).

/** One published row: a legal entity in one role, with the products of it we use. */
export interface SubprocessorRow {
  /** The legal entity (catalog `legal-entity`), else the organization's or product's name. */
  name: string;
  role: VendorRole;
  products: string[];
  purpose: string;
  data: string;
  location: string;
  privacy: string[];
  dpa: string[];
  /** Products whose purpose is a placeholder (TODO, or the category label `init` writes). */
  unreviewed: string[];
}

/** What the published list needs beyond the manifest. */
export interface SubprocessorOptions {
  /** When the list last changed (the manifest's last commit), `YYYY-MM-DD`. */
  lastUpdated?: string;
}

const PLACEHOLDER = /^\s*(?:todo|tbd|fixme|xxx)\b|^\s*$/i;

/** A purpose nobody reviewed: empty, TODO, or only the vendor's category label (what `init` writes). */
export function isPlaceholderPurpose(purpose: string | undefined, categoryLabels: string[]): boolean {
  if (purpose === undefined || PLACEHOLDER.test(purpose)) return true;
  return categoryLabels.some((label) => label.toLowerCase() === purpose.trim().toLowerCase());
}

const httpsUrl = (url: string | undefined) => (url !== undefined && /^https:\/\/[^\s"'<>()\\`]+$/i.test(url) ? [url] : []);
const unique = (items: string[]) => [...new Set(items.filter((item) => item !== ''))];

interface EntryFacts {
  entity: string;
  role: VendorRole;
  product: string;
  entry: ManifestSubprocessor;
  privacy: string[];
  dpa: string[];
  placeholder: boolean;
}

function factsOf(entry: ManifestSubprocessor, manifest: Manifest, catalog?: CatalogNames): EntryFacts {
  if (entry.vendor === undefined) {
    const id = entry.organization ?? '';
    const organization = catalog?.organizations.get(id);
    const name = organization?.name ?? id;
    return { entity: organization?.legalEntity ?? name, role: 'processor', product: name, entry, privacy: [], dpa: [], placeholder: isPlaceholderPurpose(entry.purpose, []) };
  }
  const rule = catalog?.vendors.get(entry.vendor) ?? manifest.customVendors.find((vendor) => vendor.id === entry.vendor);
  const organization = rule ? catalog?.organizations.get(rule.organization) : undefined;
  const product = rule?.name ?? entry.vendor;
  const labels = (rule?.categories ?? []).map((id) => catalog?.categories.get(id) ?? id);
  return {
    // A custom vendor's organization may be unknown to the catalog: its own name stands in.
    entity: organization?.legalEntity ?? organization?.name ?? product,
    role: rule?.role === 'controller' ? 'controller' : 'processor',
    product,
    entry,
    privacy: httpsUrl(rule?.privacy),
    dpa: httpsUrl(rule?.dpa),
    placeholder: isPlaceholderPurpose(entry.purpose, labels),
  };
}

/** The manifest's entries grouped by legal entity and role, in order of first appearance. */
export function subprocessorRows(manifest: Manifest, catalog?: CatalogNames): SubprocessorRow[] {
  const groups = new Map<string, EntryFacts[]>();
  for (const entry of manifest.subprocessors) {
    const facts = factsOf(entry, manifest, catalog);
    const key = `${facts.role}\0${facts.entity}`;
    groups.set(key, [...(groups.get(key) ?? []), facts]);
  }
  return [...groups.values()].map((items) => {
    const first = items[0]!;
    const reviewed = items.filter((item) => !item.placeholder);
    return {
      name: first.entity,
      role: first.role,
      products: unique(items.map((item) => item.product)),
      purpose: unique(reviewed.map((item) => item.entry.purpose ?? '')).join('; '),
      data: unique(items.flatMap((item) => item.entry.data ?? [])).join(', '),
      location: unique(items.map((item) => item.entry.location ?? '')).join('; '),
      privacy: unique(items.flatMap((item) => item.privacy)),
      dpa: unique(items.flatMap((item) => item.dpa)),
      unreviewed: unique(items.filter((item) => item.placeholder).map((item) => item.product)),
    };
  });
}

/** Products whose purpose still has to be reviewed before the list is published. */
export function unreviewedProducts(rows: SubprocessorRow[]): string[] {
  return rows.flatMap((row) => row.unreviewed);
}

function table(rows: SubprocessorRow[]): string[] {
  const columns: { title: string; value: (row: SubprocessorRow) => string }[] = [
    { title: 'Subprocessor', value: (row) => markdownText(row.name) },
    { title: 'Service', value: (row) => markdownText(row.products.join(', ')) },
    {
      title: 'Purpose',
      // A placeholder is never published as a purpose: the cell says it is not reviewed.
      value: (row) => [row.purpose ? markdownText(row.purpose) : '', ...(row.unreviewed.length > 0 ? [`**Purpose not yet reviewed** (${markdownText(row.unreviewed.join(', '))})`] : [])].filter(Boolean).join('; '),
    },
  ];
  if (rows.some((row) => row.data)) columns.push({ title: 'Data processed', value: (row) => markdownText(row.data) });
  if (rows.some((row) => row.location)) columns.push({ title: 'Location', value: (row) => markdownText(row.location) });
  if (rows.some((row) => row.privacy.length + row.dpa.length > 0)) {
    columns.push({ title: 'Terms', value: (row) => [...row.privacy.map((url) => `[Privacy policy](${url})`), ...row.dpa.map((url) => `[DPA](${url})`)].join('<br>') });
  }
  const lines = [`| ${columns.map((column) => column.title).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${columns.map((column) => column.value(row)).join(' | ')} |`);
  return lines;
}

/** The public subprocessor list as Markdown: processors, then independent controllers. */
export function formatSubprocessors(manifest: Manifest, catalog?: CatalogNames, options: SubprocessorOptions = {}): string {
  const rows = subprocessorRows(manifest, catalog);
  const out: string[] = [];
  if (options.lastUpdated) out.push(`Last updated: ${options.lastUpdated}`, '');
  if (rows.length === 0) {
    out.push('We do not currently engage any subprocessors.');
    return `${out.join('\n')}\n`;
  }
  const unreviewed = unreviewedProducts(rows);
  if (unreviewed.length > 0) {
    out.push(
      `> **Draft, not for publication:** ${unreviewed.length} subprocessor${unreviewed.length === 1 ? ' has' : 's have'} no reviewed purpose (${markdownText(listInWords(unreviewed))}). Describe ${unreviewed.length === 1 ? 'its' : 'their'} purpose in ${markdownText(manifest.path)}.`,
      '',
    );
  }
  const processors = rows.filter((row) => row.role === 'processor');
  const controllers = rows.filter((row) => row.role === 'controller');
  if (processors.length > 0) out.push('### Processors', '', 'These companies process personal data on our behalf and under our instructions.', '', ...table(processors), '');
  if (controllers.length > 0) {
    out.push('### Independent controllers', '', 'These companies receive personal data through services we use (such as sign-in or embedded content) and decide themselves how they use it, under their own privacy policies.', '', ...table(controllers), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
