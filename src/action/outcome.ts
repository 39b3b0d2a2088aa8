import type { ConfigError } from '../config-errors.js';
import type { Finding, ScanResult } from '../types.js';
import type { MergeBase } from './git-base.js';
import type { FailOn, Mode, PolicyFrom } from './inputs.js';
import type { ManifestChange } from './manifest-diff.js';

/** `error`: nothing was judged (invalid manifest, bad input, internal error). */
export type Conclusion = 'success' | 'failure' | 'error';

/** Everything the reports of one run are made from: summary, comment, outputs. */
export interface ActionOutcome {
  conclusion: Conclusion;
  toolVersion: string;
  mode?: Mode;
  failOn?: FailOn;
  policyFrom?: PolicyFrom;
  /** The head scan; paths repo-relative; in diff mode each finding is marked `new`. */
  result?: ScanResult;
  base?: MergeBase;
  manifestChanges: ManifestChange[];
  configErrors?: ConfigError[];
  /** A usage or internal error message, ready to show. */
  error?: string;
  internal?: boolean;
  /** Lines worth repeating in the summary (a shallow fetch, a fallback taken). */
  notes: string[];
  repositoryUrl?: string;
  revision?: string;
  /** Link to this workflow run, for the PR comment. */
  runUrl?: string;
}

/** Unsuppressed findings, split into those this change adds and those already at the base. */
export function splitFindings(result: ScanResult): { current: Finding[]; preExisting: Finding[]; suppressed: Finding[] } {
  const current: Finding[] = [];
  const preExisting: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of result.findings) {
    if (finding.suppressed) suppressed.push(finding);
    else if (finding.new === false) preExisting.push(finding);
    else current.push(finding);
  }
  return { current, preExisting, suppressed };
}
