import type { Catalog } from '../catalog/catalog.js';
import { controllerNames, isControllerName } from './controller.js';
import { readLists } from './lists.js';
import { sentenceMentions } from './mentions.js';
import { detectFormat, readBlocks } from './read.js';
import { splitSentences } from './sentences.js';
import { cellValue, tableRows } from './tables.js';
import type { PolicyFormat, PolicyMention, PolicySentence, PolicySource, PolicyText, UnknownName } from './types.js';

export type { Modality, PolicyFormat, PolicyMention, PolicySource, PolicyText, UnknownName } from './types.js';

/** Read a policy text into sentences and find every vendor, organization and category it mentions. */
export function readPolicyText(catalog: Catalog, source: PolicySource, format: PolicyFormat = detectFormat(source.path, source.text)): PolicyText {
  const text = source.text.replace(/^\uFEFF/, '');
  const located = splitSentences(readBlocks(text, format));
  const sentences: PolicySentence[] = located.map(({ text: sentence, line, column }) => ({ text: sentence, line, column }));
  // The located sentences keep their line breaks: a contact block's address is one line each.
  const controller = controllerNames(located, source.companyNames ?? []);
  const mentions = located
    .flatMap((sentence) => sentenceMentions(catalog, sentence))
    .map((mention): PolicyMention => (mention.kind !== 'category' && isControllerName(mention.match, controller) ? { ...mention, status: 'ignored', modality: 'own-company', reason: "the policy's own company (\"we\")" } : mention));
  const unknown = readTables(sentences, mentions, controller);
  // A name a table already lists is not listed twice.
  for (const name of readLists(located, mentions, controller)) if (!unknown.some((known) => known.name === name.name)) unknown.push(name);
  unknown.sort((a, b) => a.line - b.line || a.column - b.column);
  return { path: source.path, format, sentences, mentions, controller, unknown };
}

/**
 * Subprocessor table rows: the purpose and location of each vendor named in a row's name cell,
 * and the services named there that the catalog does not know.
 */
function readTables(sentences: PolicySentence[], mentions: PolicyMention[], controller: string[]): UnknownName[] {
  const unknown: UnknownName[] = [];
  const bySentence = new Map<string, PolicyMention[]>();
  for (const mention of mentions) {
    const key = `${mention.sentence}\0${mention.line}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), mention]);
  }
  for (const [sentence, row] of tableRows(sentences)) {
    const name = row.cells[row.name] ?? '';
    const purpose = row.purpose !== undefined ? cellValue(row.cells[row.purpose]) : undefined;
    const location = row.location !== undefined ? cellValue(row.cells[row.location]) : undefined;
    const inRow = (bySentence.get(`${sentence.text}\0${sentence.line}`) ?? []).filter((mention) => mention.kind !== 'category' && name.includes(mention.match));
    for (const mention of inRow) {
      if (purpose) mention.purpose = purpose;
      if (location) mention.location = location;
    }
    const display = cellValue(name.replace(/\[(?<text>[^\]]+)\]\([^)]*\)/g, '$<text>'));
    if (inRow.length > 0 || !display || !/^\p{Lu}|^\p{N}/u.test(display) || isControllerName(display, controller)) continue;
    unknown.push({ name: display, ...(purpose ? { purpose } : {}), ...(location ? { location } : {}), line: sentence.line, column: sentence.column + (row.starts[row.name] ?? 0), sentence: sentence.text });
  }
  return unknown;
}

/** The first mention of each id with the given kind and status, in text order. */
export function firstMentions(policy: PolicyText, kind: PolicyMention['kind'], status: PolicyMention['status']): Map<string, PolicyMention> {
  const first = new Map<string, PolicyMention>();
  for (const mention of policy.mentions) {
    if (mention.kind === kind && mention.status === status && !first.has(mention.id)) first.set(mention.id, mention);
  }
  return first;
}

/** Is a vendor named as used: by one of its own names, or by its organization's? */
export function namesVendor(policy: PolicyText, vendor: string, organization: string | undefined): boolean {
  return policy.mentions.some(
    // "Google Workspace" names Google's workspace product, not Google Ads.
    (mention) => mention.status === 'named' && ((mention.kind === 'vendor' && mention.id === vendor) || (mention.kind === 'organization' && mention.id === organization && mention.product === undefined)),
  );
}

/** Is an organization named as used: by its name, or by one of its products? */
export function namesOrganization(policy: PolicyText, organization: string): boolean {
  return policy.mentions.some(
    (mention) => mention.status === 'named' && ((mention.kind === 'organization' && mention.id === organization) || (mention.kind === 'vendor' && mention.organization === organization)),
  );
}

/** A sentence short enough to quote in a one-line message. */
export function quote(sentence: string, max = 160): string {
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
