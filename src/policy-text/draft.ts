import type { Catalog } from '../catalog/catalog.js';
import { locationCodes } from '../manifest/vocabulary.js';
import { vendorsOfOrganization } from '../catalog/catalog.js';
import { quote } from './index.js';
import type { PolicyMention, PolicyText, UnknownName } from './types.js';
import { yamlScalar as scalar } from '../manifest/declaration.js';
import { todoPurpose } from '../manifest/purpose.js';

// `disclosed init --from-policy FILE`: a manifest drafted from what a policy text names and
// denies. Named vendors become subprocessors (the purpose guessed from the sentence), denied
// ones become prohibitions, unless that would prohibit something the text also names.

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The purpose a sentence gives for a mention: "Stripe — payment processing", "Stripe | Payments",
 * "PostHog for product analytics", "Intercom to answer support chats".
 */
/**
 * The policy's "Location" cell as the manifest's country codes ("United States" → `[US]`); text
 * with no sure code stays a comment for the reviewer (the manifest takes codes only).
 */
function locationLines(text: string | undefined): string[] {
  if (!text) return [];
  const codes = locationCodes(text);
  return codes ? [`    location: [${codes.join(', ')}]`] : [`    # location: [US]   # TODO: country codes for "${text.replace(/\s+/g, ' ')}"`];
}

export function guessPurpose(mention: PolicyMention): string | undefined {
  const sentence = mention.sentence;
  const at = sentence.indexOf(mention.match);
  if (at === -1) return undefined;
  // "We do not use X for advertising" names X, but advertising is not its purpose.
  if (/\b(?:not|never|no)\b|n['’]t\b/i.test(sentence.slice(0, at))) return undefined;
  const after = sentence.slice(at + mention.match.length);
  const patterns = [
    // "Sentry (error monitoring)", "Amazon Web Services (hosting, Ireland region)"
    /^\s*\((?<purpose>[^)]{3,60})\)/u,
    // a short product suffix, then a dash, bar or colon: "google workspace — inbox hosting"
    /^[\p{L}\p{N} .&/'’-]{0,40}?\s*(?:\s[—–-]|[|:])\s*(?<purpose>[^.;|()]{3,80})/u,
    /^[^.;|]{0,40}?\b(?:for|to\s+(?:provide|power|handle|run|process|send|host|deliver)|to\s+help\s+us)\s+(?<purpose>[^.;,|()]{3,80})/iu,
  ];
  for (const pattern of patterns) {
    // Stop where the next company's part of the sentence starts: "... analytics and Hubspot for chat".
    const purpose = pattern.exec(after)?.groups?.purpose?.split(/\s(?:and|or|while|but|whereas)\s+(?=\p{Lu})/u)[0]!.trim().replace(/\s+/g, ' ').replace(/[,:–—-]+$/, '').trim();
    if (purpose && /\p{L}{3}/u.test(purpose)) return capitalize(purpose.replace(/^(?:our|the|your)\s+/i, ''));
  }
  return undefined;
}

/** A custom vendor id for a name ("Google Workspace" → google-workspace), never a catalog id. */
function customId(name: string, catalog: Catalog, taken: Set<string>): string | undefined {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  if (!/^[a-z0-9]/.test(base)) return undefined;
  let id = catalog.vendors.has(base) ? `${base}-custom` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The manifest text drafted from a policy text; `policyPath` goes into `privacy-policy:` when set. */
export function renderPolicyDraft(policy: PolicyText, catalog: Catalog, now: Date, policyPath: string | undefined): string {
  const named = policy.mentions.filter((mention) => mention.status === 'named');
  const denied = policy.mentions.filter((mention) => mention.status === 'denied');
  const namedVendors = new Map<string, PolicyMention[]>();
  const namedOrganizations = new Map<string, PolicyMention[]>();
  // "Google Workspace": a product the catalog does not know, declared as its own custom vendor,
  // never as all of Google (which would admit Google Ads).
  const products = new Map<string, UnknownName>();
  for (const mention of named) {
    if (mention.kind === 'organization' && mention.product) {
      const name = `${mention.match} ${mention.product}`;
      if (!products.has(name.toLowerCase())) products.set(name.toLowerCase(), { name, ...(mention.purpose ? { purpose: mention.purpose } : {}), ...(mention.location ? { location: mention.location } : {}), line: mention.line, column: mention.column, sentence: mention.sentence });
      continue;
    }
    const map = mention.kind === 'vendor' ? namedVendors : mention.kind === 'organization' ? namedOrganizations : undefined;
    if (!map) continue;
    map.set(mention.id, [...(map.get(mention.id) ?? []), mention]);
  }
  // An organization named only by its legal name is declared as such; one whose product is named
  // is covered by that product's entry.
  const organizationsOfNamed = new Set([...namedVendors.keys()].map((id) => catalog.vendors.get(id)?.organization));
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosed/disclosed/main/schema/subprocessors.schema.json',
    `# Policy manifest drafted by \`disclosed init --from-policy\` on ${now.toISOString().slice(0, 10)} from ${policy.path}.`,
    '# Each entry quotes the sentence it came from. Review the guessed purposes, add what the text',
    '# leaves out, then run `disclosed check`.',
    'version: 1',
    policyPath ? `privacy-policy: ${scalar(policyPath)}` : `# privacy-policy: ${policy.path}   # a path inside the repository, to cross-check`,
    '',
  ];
  const entries: string[] = [];
  const sourceComment = (mention: PolicyMention) => `    # ${policy.path}:${mention.line}: ${quote(mention.sentence, 100).replace(/\s+/g, ' ')}`;
  const location = (mentions: { location?: string }[]) => mentions.map((mention) => mention.location).find(Boolean);
  for (const [id, mentions] of [...namedVendors].sort((a, b) => a[0].localeCompare(b[0]))) {
    const vendor = catalog.vendors.get(id)!;
    const purpose = mentions.map((mention) => mention.purpose ?? guessPurpose(mention)).find(Boolean) ?? todoPurpose(vendor.name);
    const where = location(mentions);
    entries.push(`  - vendor: ${id}   # ${vendor.name}`, `    purpose: ${scalar(purpose)}`, ...locationLines(where), sourceComment(mentions[0]!));
  }
  for (const [id, mentions] of [...namedOrganizations].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (organizationsOfNamed.has(id)) continue;
    const name = catalog.organizations.get(id)?.name ?? id;
    const purpose = mentions.map((mention) => mention.purpose ?? guessPurpose(mention)).find(Boolean) ?? todoPurpose(name);
    const where = location(mentions);
    entries.push(`  - organization: ${id}   # ${name}`, `    purpose: ${scalar(purpose)}`, ...locationLines(where), sourceComment(mentions[0]!));
  }
  // Services the catalog does not know: declared as custom vendors, with what a reviewer must add.
  const customIds = new Set<string>();
  for (const unknown of [...products.values(), ...policy.unknown]) {
    const id = customId(unknown.name, catalog, customIds);
    if (!id) continue;
    entries.push(
      `  - vendor: ${id}   # ${unknown.name}: named in the policy, not in the catalog`,
      `    name: ${scalar(unknown.name)}`,
      '    categories: [other]   # TODO: the catalog category that fits (see `disclosed vendors`)',
      `    purpose: ${scalar(unknown.purpose ?? todoPurpose(unknown.name))}`,
      ...locationLines(unknown.location),
      '    signatures: {}   # TODO: its domains or packages, so that `check` can find it in the code',
      '    expect-in-code: false   # TODO: remove once signatures are added',
      `    # ${policy.path}:${unknown.line}: ${quote(unknown.sentence, 100).replace(/\s+/g, ' ')}`,
    );
  }
  lines.push(entries.length > 0 ? 'subprocessors:' : 'subprocessors: []', ...entries, '');

  // Prohibit what the text denies. A denial that would also cover something the text names is
  // kept for the rest: "no Google Ads trackers" while Google Maps is declared prohibits Google Ads;
  // "no Google trackers" prohibits every other Google product, one by one.
  const namedIds = new Set(namedVendors.keys());
  for (const id of namedOrganizations.keys()) if (!organizationsOfNamed.has(id)) for (const vendor of vendorsOfOrganization(catalog, id)) namedIds.add(vendor);
  const prohibitions: string[] = [];
  const seen = new Set<string>();
  for (const mention of denied) {
    const key = `${mention.kind}:${mention.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let covered: string[];
    if (mention.kind === 'vendor') covered = [mention.id];
    else if (mention.kind === 'organization') covered = vendorsOfOrganization(catalog, mention.id);
    else covered = [...catalog.vendors.values()].filter((vendor) => vendor.categories.some((category) => mention.categories?.includes(category))).map((vendor) => vendor.id);
    const reason = `The privacy policy says: ${quote(mention.sentence, 120)}`;
    if (mention.kind === 'vendor' && namedIds.has(mention.id)) continue;
    if (mention.kind === 'organization' && covered.some((id) => namedIds.has(id))) {
      for (const id of covered.filter((vendor) => !namedIds.has(vendor) && !seen.has(`vendor:${vendor}`))) {
        seen.add(`vendor:${id}`);
        prohibitions.push(`  - vendor: ${id}`, `    reason: ${JSON.stringify(reason)}`);
      }
      continue;
    }
    if (mention.kind === 'category' && covered.some((id) => namedIds.has(id))) continue;
    for (const category of mention.kind === 'category' ? (mention.categories ?? [mention.id]) : [mention.id]) {
      if (mention.kind === 'category' && seen.has(`category-id:${category}`)) continue;
      seen.add(`category-id:${category}`);
      prohibitions.push(`  - ${mention.kind}: ${category}`, `    reason: ${JSON.stringify(reason)}`);
    }
  }
  lines.push(prohibitions.length > 0 ? 'prohibited:' : '# prohibited: []   # nothing the text denies', ...prohibitions, '');
  return lines.join('\n');
}
