import type { PolicyMention, PolicyText } from './types.js';

// `disclosed policy-text FILE`: what the tool understood, for a privacy team to read. Pure.

const HEADINGS = {
  named: 'Named as used',
  denied: 'Denied (the text says these are not used)',
  ignored: 'Mentioned, but not as a statement of use',
} as const;

function describe(mention: PolicyMention): string {
  if (mention.kind === 'category') return `category ${mention.categories?.join(', ') ?? mention.id} ("${mention.match}")`;
  const label = `${mention.name} (${mention.kind === 'organization' ? 'organization ' : ''}${mention.id})`;
  return mention.match.toLowerCase() === mention.name.toLowerCase() ? label : `${label} as "${mention.match}"`;
}

/** The report as text: one section per status, one line per mention with its sentence. */
export function renderPolicyText(policy: PolicyText): string {
  const lines = [`${policy.path} (${policy.format}): ${policy.sentences.length} sentence${policy.sentences.length === 1 ? '' : 's'} read`];
  for (const status of ['named', 'denied', 'ignored'] as const) {
    const mentions = policy.mentions.filter((mention) => mention.status === status);
    lines.push('', `${HEADINGS[status]}: ${mentions.length === 0 ? 'none' : ''}`.trimEnd());
    for (const mention of mentions) {
      lines.push(`  ${mention.line}:${mention.column}  ${describe(mention)}${status === 'named' ? '' : ` (${mention.reason ?? ''})`}`);
      lines.push(`      "${mention.sentence.length > 200 ? `${mention.sentence.slice(0, 199)}…` : mention.sentence}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The report as JSON: every mention, grouped by status. */
export function renderPolicyTextJson(policy: PolicyText): string {
  const group = (status: PolicyMention['status']) => policy.mentions.filter((mention) => mention.status === status);
  return `${JSON.stringify({ version: 1, path: policy.path, format: policy.format, sentences: policy.sentences.length, named: group('named'), denied: group('denied'), ignored: group('ignored') }, null, 2)}\n`;
}
