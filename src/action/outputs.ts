import { renderMessage } from '../messages.js';
import type { ScanResult } from '../types.js';

// The `findings` output. GitHub keeps at most 1 MB of outputs per job (counted roughly as UTF-16),
// so the JSON is cut to fit and says so.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs

/** Characters we allow the findings output, leaving room for the other outputs and other steps. */
export const FINDINGS_OUTPUT_LIMIT = 900_000;

export interface FindingsOutput {
  json: string;
  truncated: boolean;
  included: number;
}

/** `{version, total, included, truncated, findings: [...]}`: SPEC §4's finding fields, no evidence list. */
export function findingsOutput(result: ScanResult | undefined, limit = FINDINGS_OUTPUT_LIMIT): FindingsOutput {
  const all = (result?.findings ?? []).map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    ...(finding.vendor !== undefined ? { vendor: finding.vendor } : {}),
    message: renderMessage(finding, result!.manifest),
    location: finding.location,
    fingerprint: finding.fingerprint,
    new: finding.new ?? true,
    suppressed: finding.suppressed,
    evidenceCount: finding.evidence.length,
  }));
  const wrap = (count: number) => JSON.stringify({ version: 1, total: all.length, included: count, truncated: count < all.length, findings: all.slice(0, count) });
  let text = wrap(all.length);
  if (text.length <= limit) return { json: text, truncated: false, included: all.length };
  // Each entry costs roughly the same: guess, then step down until it fits.
  let count = Math.floor((all.length * limit) / text.length);
  text = wrap(count);
  while (text.length > limit && count > 0) {
    count = Math.floor(count * 0.95);
    text = wrap(count);
  }
  return { json: text, truncated: true, included: count };
}
