import type { Catalog, VendorRule } from './catalog/catalog.js';

/** Ecosystems (and platform/code signature kinds) a vendor file covers. */
export function coverage(vendor: VendorRule): string[] {
  const kinds = Object.keys(vendor.signatures.packages ?? {});
  if (vendor.signatures.android?.length) kinds.push('android');
  if (vendor.signatures.ios?.length) kinds.push('ios');
  if (vendor.signatures.domains?.length) kinds.push('domains');
  if (vendor.signatures.code?.length) kinds.push('code');
  if (Object.keys(vendor.signatures.imports ?? {}).length > 0) kinds.push('imports');
  if (vendor.signatures['gradle-plugins']?.length) kinds.push('gradle-plugins');
  if (vendor.signatures.env?.length) kinds.push('env');
  return kinds;
}

/** `disclosed vendors`: one line per vendor, or JSON. */
export function listVendors(catalog: Catalog, options: { category?: string | undefined; json: boolean }): string {
  const vendors = [...catalog.vendors.values()].filter((vendor) => !options.category || vendor.categories.includes(options.category)).sort((a, b) => a.id.localeCompare(b.id));
  if (options.json) {
    return `${JSON.stringify(
      vendors.map((vendor) => ({ id: vendor.id, name: vendor.name, organization: vendor.organization, categories: vendor.categories, ecosystems: coverage(vendor) })),
      null,
      2,
    )}\n`;
  }
  const width = Math.max(4, ...vendors.map((vendor) => vendor.id.length));
  const lines = vendors.map((vendor) => `${vendor.id.padEnd(width)}  ${vendor.name} (${catalog.organizations.get(vendor.organization)?.name ?? vendor.organization}) · ${vendor.categories.join(', ')} · ${coverage(vendor).join(', ')}`);
  return `${lines.join('\n')}\n${vendors.length} vendors\n`;
}

/** `disclosed explain VENDOR`: signatures and links. */
export function explainVendor(catalog: Catalog, id: string): string | undefined {
  const vendor = catalog.vendors.get(id);
  if (!vendor) return undefined;
  const out: string[] = [`${vendor.name} (${vendor.id})`];
  out.push(`  organization: ${catalog.organizations.get(vendor.organization)?.name ?? vendor.organization} (${vendor.organization})`);
  out.push(`  categories:   ${vendor.categories.map((category) => catalog.categories.get(category) ?? category).join(', ')}`);
  if (vendor.aliases?.length) out.push(`  aliases:      ${vendor.aliases.join(', ')}`);
  if (vendor.homepage) out.push(`  homepage:     ${vendor.homepage}`);
  if (vendor.privacy) out.push(`  privacy:      ${vendor.privacy}`);
  if (vendor.dpa) out.push(`  dpa:          ${vendor.dpa}`);
  out.push(`  role:         ${vendor.role ?? 'processor'}`);
  const organization = catalog.organizations.get(vendor.organization);
  if (organization?.legalEntity) out.push(`  legal entity: ${organization.legalEntity}${organization.country ? ` (${organization.country})` : ''}`);
  out.push('', 'Signatures:');
  for (const [ecosystem, names] of Object.entries(vendor.signatures.packages ?? {})) out.push(`  ${ecosystem.padEnd(10)} ${names.join(', ')}`);
  for (const [ecosystem, names] of Object.entries(vendor.signatures['exclude-packages'] ?? {})) out.push(`  not ${ecosystem.padEnd(6)} ${names.join(', ')}`);
  if (vendor.signatures.domains?.length) out.push(`  domains    ${vendor.signatures.domains.join(', ')}`);
  if (vendor.signatures.android?.length) out.push(`  android    ${vendor.signatures.android.join(', ')}`);
  if (vendor.signatures.ios?.length) out.push(`  ios        ${vendor.signatures.ios.join(', ')}`);
  for (const [family, names] of Object.entries(vendor.signatures.imports ?? {})) out.push(`  import ${family.padEnd(6)} ${names.join(', ')}`);
  if (vendor.signatures['gradle-plugins']?.length) out.push(`  gradle     plugins ${vendor.signatures['gradle-plugins'].join(', ')}`);
  if (vendor.signatures.env?.length) out.push(`  env        ${vendor.signatures.env.join(', ')} (read in code)`);
  for (const rule of vendor.signatures.code ?? []) out.push(`  code       ${rule.id}: /${rule.pattern}/${rule.languages ? ` (${rule.languages.join(', ')})` : ''}`);
  out.push('', `Defined in ${vendor.source}`);
  return `${out.join('\n')}\n`;
}
