import type { Manifest, ManifestSubprocessor } from '../manifest/types.js';
import { isTodoPurpose } from '../manifest/purpose.js';
import type { CatalogNames, DeclaredFacts, VendorRole } from './drift.js';
import { declaredFacts, factsInWords, listInWords } from './drift.js';
import { markdownText } from './escape.js';

// The public subprocessor list, computed from the manifest alone (no scan): the manifest is the
// single source of truth for the list a privacy policy or trust page publishes. A published list
// names contracting legal entities, not products (Google LLC once, its products under it), and
// separates processors (who act on our instructions) from independent controllers (social
// sign-in, video embeds). Rendered here as Markdown, in subprocessors-html.ts and -json.ts.

/** One product (service) of a legal entity, as the manifest declares it. */
export interface SubprocessorService {
  name: string;
  /** Data, location and transfer from the manifest; the purpose only once reviewed. */
  facts: Omit<DeclaredFacts, 'approvedBy' | 'approvedOn'>;
  /** Its purpose is a placeholder (`TODO`, empty): not publishable. */
  unreviewed: boolean;
}

/** A legal entity in one role, with the services of it we use and its terms. */
export interface SubprocessorEntity {
  /** The legal entity (catalog `legal-entity`), else the organization's or product's name. */
  name: string;
  role: VendorRole;
  services: SubprocessorService[];
  privacy: string[];
  dpa: string[];
}

/** The public list: processors and independent controllers, in manifest order. */
export interface SubprocessorList {
  /** When the list last changed (the manifest's last commit), `YYYY-MM-DD`. */
  lastUpdated?: string;
  processors: SubprocessorEntity[];
  controllers: SubprocessorEntity[];
  /** Services whose purpose nobody reviewed yet: the list is a draft while any remain. */
  unreviewed: string[];
}

/** What the published list needs beyond the manifest. */
export interface SubprocessorOptions {
  /** When the list last changed (the manifest's last commit), `YYYY-MM-DD`. */
  lastUpdated?: string;
}

const httpsUrl = (url: string | undefined) => (url !== undefined && /^https:\/\/[^\s"'<>()\\`]+$/i.test(url) ? [url] : []);
const unique = (items: string[]) => [...new Set(items.filter((item) => item !== ''))];

function mostCommon(urls: string[]): string[] {
  const counts = new Map<string, number>();
  for (const url of urls) counts.set(url, (counts.get(url) ?? 0) + 1);
  // Ties go to the shortest URL: a company's main policy page, not a product's sub-page.
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
  return best ? [best[0]] : [];
}

interface EntryFacts {
  entity: string;
  role: VendorRole;
  service: SubprocessorService;
  privacy: string[];
  dpa: string[];
}

function serviceOf(name: string, entry: ManifestSubprocessor): SubprocessorService {
  const unreviewed = isTodoPurpose(entry.purpose);
  // Approval is an internal record, not part of what a company publishes.
  const { approvedBy: _by, approvedOn: _on, purpose, ...facts } = declaredFacts([entry]);
  return { name, facts: { ...(!unreviewed && purpose ? { purpose } : {}), ...facts }, unreviewed };
}

function factsOf(entry: ManifestSubprocessor, manifest: Manifest, catalog?: CatalogNames): EntryFacts {
  if (entry.vendor === undefined) {
    const id = entry.organization ?? '';
    const organization = catalog?.organizations.get(id);
    const name = organization?.name ?? id;
    const products = [...(catalog?.vendors.values() ?? [])].filter((vendor) => vendor.organization === id);
    return {
      entity: organization?.legalEntity ?? name,
      role: 'processor',
      service: serviceOf(name, entry),
      // The company's own terms: the link most of its products share, not one per product.
      privacy: mostCommon(products.flatMap((vendor) => httpsUrl(vendor.privacy))),
      dpa: mostCommon(products.flatMap((vendor) => httpsUrl(vendor.dpa))),
    };
  }
  const rule = catalog?.vendors.get(entry.vendor) ?? manifest.customVendors.find((vendor) => vendor.id === entry.vendor);
  const organization = rule ? catalog?.organizations.get(rule.organization) : undefined;
  const product = rule?.name ?? entry.vendor;
  return {
    // A custom vendor's organization may be unknown to the catalog: its own name stands in.
    entity: organization?.legalEntity ?? organization?.name ?? product,
    role: rule?.role === 'controller' ? 'controller' : 'processor',
    service: serviceOf(product, entry),
    privacy: httpsUrl(rule?.privacy),
    dpa: httpsUrl(rule?.dpa),
  };
}

/** The manifest's entries grouped by legal entity and role, in order of first appearance. */
export function buildSubprocessorList(manifest: Manifest, catalog?: CatalogNames, options: SubprocessorOptions = {}): SubprocessorList {
  const groups = new Map<string, EntryFacts[]>();
  for (const entry of manifest.subprocessors) {
    const facts = factsOf(entry, manifest, catalog);
    const key = `${facts.role}\0${facts.entity}`;
    groups.set(key, [...(groups.get(key) ?? []), facts]);
  }
  const entities = [...groups.values()].map(
    (items): SubprocessorEntity => ({
      name: items[0]!.entity,
      role: items[0]!.role,
      services: items.map((item) => item.service),
      privacy: unique(items.flatMap((item) => item.privacy)),
      dpa: unique(items.flatMap((item) => item.dpa)),
    }),
  );
  return {
    ...(options.lastUpdated ? { lastUpdated: options.lastUpdated } : {}),
    processors: entities.filter((entity) => entity.role === 'processor'),
    controllers: entities.filter((entity) => entity.role === 'controller'),
    unreviewed: unique(entities.flatMap((entity) => entity.services.filter((service) => service.unreviewed).map((service) => service.name))),
  };
}

/** "3 subprocessors have no reviewed purpose: a, b and c": why a list is not published. */
export function unreviewedMessage(list: SubprocessorList): string {
  const n = list.unreviewed.length;
  return `${n} subprocessor${n === 1 ? ' has' : 's have'} no reviewed purpose: ${listInWords(list.unreviewed)}`;
}

export const SECTION_TEXT = {
  processors: { title: 'Processors', text: 'These companies process personal data on our behalf and under our instructions.' },
  controllers: {
    title: 'Independent controllers',
    text: 'These companies receive personal data through services we use (such as sign-in or embedded content) and decide themselves how they use it, under their own privacy policies.',
  },
} as const;

export const DRAFT_TEXT = 'Draft, not for publication';
export const NOT_REVIEWED = 'Purpose not yet reviewed';

/** The labelled facts of a service that a published list shows, in one cell each. */
export function serviceColumns(list: SubprocessorList): ('Data' | 'Location' | 'Transfer')[] {
  const services = [...list.processors, ...list.controllers].flatMap((entity) => entity.services);
  return (['Data', 'Location', 'Transfer'] as const).filter((label) => services.some((service) => factsInWords(service.facts).some((fact) => fact.label === label)));
}

/** The text of one labelled fact of a service, or '' when the manifest does not give it. */
export function serviceFact(service: SubprocessorService, label: string): string {
  return factsInWords(service.facts).find((fact) => fact.label === label)?.text ?? '';
}

function table(entities: SubprocessorEntity[], columns: string[]): string[] {
  const withTerms = entities.some((entity) => entity.privacy.length + entity.dpa.length > 0);
  const header = ['Subprocessor', 'Service', 'Purpose', ...columns.map((column) => (column === 'Data' ? 'Data processed' : column)), ...(withTerms ? ['Terms'] : [])];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const entity of entities) {
    const terms = [...entity.privacy.map((url) => `[Privacy policy](${url})`), ...entity.dpa.map((url) => `[DPA](${url})`)].join('<br>');
    entity.services.forEach((service, index) => {
      // The entity is named once, on its first service: its other products sit under it.
      const cells = [
        index === 0 ? markdownText(entity.name) : '',
        markdownText(service.name),
        service.unreviewed ? `**${NOT_REVIEWED}**` : markdownText(service.facts.purpose ?? ''),
        ...columns.map((column) => markdownText(serviceFact(service, column))),
        ...(withTerms ? [index === 0 ? terms : ''] : []),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    });
  }
  return lines;
}

/** The public subprocessor list as Markdown: processors, then independent controllers. */
export function formatSubprocessors(list: SubprocessorList): string {
  const out: string[] = [];
  if (list.unreviewed.length > 0) out.push(`> **${DRAFT_TEXT}:** ${markdownText(unreviewedMessage(list))}. Describe ${list.unreviewed.length === 1 ? 'its' : 'their'} purpose in the manifest.`, '');
  if (list.lastUpdated) out.push(`Last updated: ${list.lastUpdated}`, '');
  if (list.processors.length + list.controllers.length === 0) {
    out.push('We do not currently engage any subprocessors.');
    return `${out.join('\n')}\n`;
  }
  const columns = serviceColumns(list);
  for (const role of ['processors', 'controllers'] as const) {
    if (list[role].length === 0) continue;
    out.push(`### ${SECTION_TEXT[role].title}`, '', SECTION_TEXT[role].text, '', ...table(list[role], columns), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
