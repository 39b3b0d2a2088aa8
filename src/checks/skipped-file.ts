import type { Check, RawFinding } from './types.js';

/**
 * A file the scan did not read (too large, binary-looking, a default-ignored vendored copy, a code
 * or template format no stage reads, a checked-out submodule) that carries the signature of a vendor not detected in what was read:
 * what is not read is named, so a tracker cannot pass by hiding where the scan does not look. `digest` is part of the
 * fingerprint: a change to the file is a new finding in diff mode.
 */
export const skippedFile: Check = {
  meta: {
    id: 'skipped-file',
    defaultSeverity: 'warning',
    description: 'A file that carries a vendor signature was not read (too large, binary, default ignore, a format not supported, submodule).',
    help: 'Review the file by hand: declare the vendor if it is shipped, or remove the copy. Inside a served folder vendored copies are read; elsewhere add the path to `settings.include`, or an exception with a reason.',
  },
  run({ catalog, evidence, skippedFiles }) {
    const findings: RawFinding[] = [];
    for (const file of skippedFiles ?? []) {
      // A vendor detected in what was read is judged there: the file not read adds nothing to it.
      const hits = file.hits.filter((hit) => !evidence.has(hit.vendor));
      if (file.reason !== 'submodule' && hits.length === 0) continue;
      const first = hits[0];
      const vendors = [...new Set(hits.map((hit) => hit.vendor))];
      findings.push({
        rule: 'skipped-file',
        ...(vendors.length === 1 ? { vendor: vendors[0]! } : {}),
        args: {
          reason: file.reason,
          names: vendors.map((vendor) => catalog.vendors.get(vendor)?.name ?? vendor).join(', '),
          match: first?.match ?? '',
          digest: file.digest,
        },
        location: { path: file.path, line: first?.line ?? 1, column: first?.column ?? 1 },
        evidence: hits.map(({ vendor: _vendor, ...item }) => item),
      });
    }
    return findings;
  },
};
