import { isTodoPurpose } from '../manifest/purpose.js';
import type { Check, RawFinding } from './types.js';

/**
 * A declaration whose purpose nobody has written: missing, empty, or the `TODO` placeholder that
 * `init` and `declare` write. Reported at the `purpose:` value, or at the entry when it has none.
 */
export const purposeMissing: Check = {
  meta: {
    id: 'purpose-missing',
    defaultSeverity: 'warning',
    description: 'A declared subprocessor has no purpose yet: none, empty, or the TODO placeholder.',
    help: 'Write why you send it data under `purpose:`, in the words of your privacy policy; the public subprocessor list does not publish a TODO.',
  },
  run({ catalog, manifest }) {
    if (!manifest) return [];
    const findings: RawFinding[] = [];
    for (const entry of manifest.subprocessors) {
      if (!isTodoPurpose(entry.purpose)) continue;
      const id = entry.vendor ?? entry.organization!;
      const name = entry.vendor !== undefined ? (catalog.vendors.get(id)?.name ?? id) : (catalog.organizations.get(id)?.name ?? id);
      const state = entry.purpose === undefined ? 'none' : entry.purpose.trim() === '' ? 'empty' : 'todo';
      findings.push({ rule: 'purpose-missing', vendor: id, args: { name, state }, location: { path: manifest.path, ...(entry.purposePosition ?? entry.position) }, evidence: [] });
    }
    return findings;
  },
};
