import type { Catalog } from '../catalog/catalog.js';
import { sentenceMentions } from './mentions.js';
import { detectFormat, readBlocks } from './read.js';
import { splitSentences } from './sentences.js';
import type { PolicyFormat, PolicyMention, PolicySource, PolicyText } from './types.js';

export type { PolicyFormat, PolicyMention, PolicySource, PolicyText } from './types.js';

/** Read a policy text into sentences and find every vendor, organization and category it mentions. */
export function readPolicyText(catalog: Catalog, source: PolicySource, format: PolicyFormat = detectFormat(source.path, source.text)): PolicyText {
  const text = source.text.replace(/^\uFEFF/, '');
  const sentences = splitSentences(readBlocks(text, format));
  const mentions = sentences.flatMap((sentence) => sentenceMentions(catalog, sentence));
  return {
    path: source.path,
    format,
    sentences: sentences.map(({ text: sentence, line, column }) => ({ text: sentence, line, column })),
    mentions,
  };
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
    (mention) => mention.status === 'named' && ((mention.kind === 'vendor' && mention.id === vendor) || (mention.kind === 'organization' && mention.id === organization)),
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
