import type { Catalog } from './catalog/catalog.js';
import type { ScanResult } from './types.js';

/** A YAML scalar that needs no quotes, or a quoted one. */
function scalar(text: string): string {
  return /^[\w][\w ./()&,-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off)$/i.test(text) ? text : JSON.stringify(text);
}

/** A placeholder purpose from a vendor's first category ("Product analytics"), for a human to refine. */
export function categoryPurpose(catalog: Catalog, categories: string[] | undefined): string {
  const category = categories?.[0];
  return category ? (catalog.categories.get(category) ?? category) : 'TODO: describe the purpose';
}

/**
 * A starter manifest declaring every detected vendor, with where it was found, a purpose
 * placeholder from its category, and commented examples of the other sections.
 */
export function renderInit(result: ScanResult, catalog: Catalog, now: Date): string {
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosed/disclosed/main/schema/subprocessors.schema.json',
    `# Policy manifest written by \`disclosed init\` on ${now.toISOString().slice(0, 10)}.`,
    '# Declares the subprocessors this code sends data to. Review each purpose, keep it in step',
    '# with your published privacy policy, and run `disclosed check` in CI.',
    'version: 1',
    '# privacy-policy: docs/privacy-policy.md   # cross-check the published text too',
    '',
  ];
  const integrated = result.detections.filter((detection) => detection.integrated);
  const indirect = result.detections.filter((detection) => !detection.integrated);
  if (integrated.length === 0) lines.push('subprocessors: []');
  else lines.push('subprocessors:');
  for (const detection of integrated) {
    const purpose = categoryPurpose(catalog, catalog.vendors.get(detection.vendor)?.categories);
    const places = [...new Set(detection.evidence.map((item) => `${item.path}:${item.line}`))];
    lines.push(`  - vendor: ${detection.vendor}   # ${detection.name}`);
    lines.push(`    purpose: ${scalar(purpose)}`);
    lines.push(`    # found in ${places.slice(0, 3).join(', ')}${places.length > 3 ? ` and ${places.length - 3} more` : ''}`);
  }
  if (indirect.length > 0) {
    lines.push('', '# Present only indirectly (not declared: nothing in this code sends them data). Declare one if it does:');
    for (const detection of indirect) {
      const first = detection.evidence[0];
      const why = first ? `${first.context ?? 'indirect'}${first.via && first.via.length > 0 ? ` via ${first.via.join(' -> ')}` : ''} at ${first.path}:${first.line}` : 'indirect';
      lines.push(`#   - vendor: ${detection.vendor}   # ${detection.name}: ${why.replace(/[\r\n]/g, ' ')}`);
    }
  }
  lines.push(
    '',
    '# What the privacy policy promises is never used:',
    '# prohibited:',
    '#   - category: advertising',
    '#     reason: We do not run ad retargeting pixels',
    '',
    '# Reviewed exceptions, each with a reason and an expiry date:',
    '# exceptions:',
    '#   - rule: undeclared-vendor',
    '#     vendor: sentry',
    '#     paths: ["tools/**"]',
    '#     reason: Internal tooling, no user data',
    '#     expires: 2027-06-30',
    '',
  );
  return lines.join('\n');
}
