import type { PolicyMention, PolicyText } from './types.js';

// `disclosed policy-text FILE`: what the tool understood, for a privacy team to read. Pure.

const HEADINGS = {
  named: 'Named as used',
  denied: 'Denied (the text says these are not used)',
  ignored: 'Mentioned, but not as a statement of use',
} as const;

function describe(mention: PolicyMention): string {
  if (mention.kind === 'category') return `category ${mention.categories?.join(', ') ?? mention.id} ("${mention.match}")`;
  if (mention.product) return `${mention.match} ${mention.product} (a product of organization ${mention.id} the catalog does not know)`;
  const label = `${mention.name} (${mention.kind === 'organization' ? 'organization ' : ''}${mention.id})`;
  return mention.match.toLowerCase() === mention.name.toLowerCase() ? label : `${label} as "${mention.match}"`;
}

/** The reading behind a status, where it adds something: "past", "example", ... */
function modalityNote(mention: PolicyMention): string {
  if (mention.modality === 'used' || mention.modality === 'denied') return mention.reason ?? '';
  return `${mention.modality}${mention.reason ? `: ${mention.reason}` : ''}`;
}

/** The report as text: one section per status, one line per mention with its sentence. */
export function renderPolicyText(policy: PolicyText): string {
  const lines = [`${policy.path} (${policy.format}): ${policy.sentences.length} sentence${policy.sentences.length === 1 ? '' : 's'} read`];
  lines.push(`We (the policy's own company): ${policy.controller.length > 0 ? policy.controller.join(', ') : 'not found (set settings.company-names in the manifest)'}`);
  for (const status of ['named', 'denied', 'ignored'] as const) {
    const mentions = policy.mentions.filter((mention) => mention.status === status);
    lines.push('', `${HEADINGS[status]}: ${mentions.length === 0 ? 'none' : ''}`.trimEnd());
    for (const mention of mentions) {
      const extra = [mention.purpose ? `purpose: ${mention.purpose}` : '', mention.location ? `location: ${mention.location}` : ''].filter(Boolean).join('; ');
      lines.push(`  ${mention.line}:${mention.column}  ${describe(mention)}${status === 'named' ? (extra ? ` (${extra})` : '') : ` (${modalityNote(mention)})`}`);
      lines.push(`      "${mention.sentence.length > 200 ? `${mention.sentence.slice(0, 199)}…` : mention.sentence}"`);
    }
  }
  lines.push('', `Named but not in the catalog: ${policy.unknown.length === 0 ? 'none' : ''}`.trimEnd());
  for (const unknown of policy.unknown) lines.push(`  ${unknown.line}:${unknown.column}  ${unknown.name}${unknown.purpose ? ` (${unknown.purpose})` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** The report as JSON: every mention, grouped by status. */
export function renderPolicyTextJson(policy: PolicyText): string {
  const group = (status: PolicyMention['status']) => policy.mentions.filter((mention) => mention.status === status);
  return `${JSON.stringify({ version: 1, path: policy.path, format: policy.format, sentences: policy.sentences.length, controller: policy.controller, named: group('named'), denied: group('denied'), ignored: group('ignored'), unknown: policy.unknown }, null, 2)}\n`;
}
