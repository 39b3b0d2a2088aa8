import { foundIn, renderDeclaration } from './manifest/declaration.js';
import type { NewDeclaration } from './manifest/declaration.js';
import type { ScanResult } from './types.js';

/**
 * A starter manifest declaring every detected vendor, with where it was found, a `TODO` purpose
 * for a reviewer to write (purpose-missing until then), and commented examples of the other
 * sections. A category label is never pre-filled: it would pass review unread into the public list.
 */
export function renderInit(result: ScanResult, now: Date): string {
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosed/disclosed/main/schema/subprocessors.schema.json',
    `# Policy manifest written by \`disclosed init\` on ${now.toISOString().slice(0, 10)}.`,
    '# Declares the subprocessors this code sends data to. Replace each TODO purpose, keep it in step',
    '# with your published privacy policy, and run `disclosed check` in CI.',
    'version: 1',
    '# privacy-policy: docs/privacy-policy.md   # cross-check the published text too',
    '',
  ];
  const integrated = result.detections.filter((detection) => detection.integrated);
  const indirect = result.detections.filter((detection) => !detection.integrated);
  if (integrated.length === 0) lines.push('subprocessors: []');
  else lines.push('subprocessors:');
  for (const detection of integrated) lines.push(...renderDeclaration(declarationOf(detection)));
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

/** A detected vendor as a new entry: TODO purpose, and where it was found. */
export function declarationOf(detection: ScanResult['detections'][number]): NewDeclaration {
  return { vendor: detection.vendor, name: detection.name, foundIn: foundIn(detection.evidence) };
}
