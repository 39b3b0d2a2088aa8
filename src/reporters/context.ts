import type { Manifest } from '../manifest/types.js';
import type { Finding, ScanResult } from '../types.js';

/** What every reporter receives: the result and how to present it. */
export interface ReportContext {
  result: ScanResult;
  toolVersion: string;
  /** ANSI colours (text reporter only). */
  color: boolean;
  /**
   * The absolute folder the paths are relative to (the repository root, for every format but
   * text and JSON): SARIF's `%SRCROOT%`.
   */
  srcRoot?: string;
  /** JSON's `root`: the repository-relative folder its paths are relative to (default `.`). */
  root?: string;
  /** Repository web URL for links to evidence, when known. */
  repositoryUrl?: string;
  /** Git revision the links point at. */
  revision?: string;
  /** The policy manifest, for purposes and the declared list (drift report). */
  manifest?: Manifest;
}

/** A reporter is a pure function of the result (ESLint formatters, knip reporters). */
export type Reporter = (context: ReportContext) => string;

/** Counts of unsuppressed findings per severity. */
export function countFindings(findings: Finding[]): { errors: number; warnings: number; notes: number; suppressed: number } {
  const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) {
      counts.suppressed++;
      continue;
    }
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

/**
 * Files not read, per reason, in words ("2 too large, 1 binary"); empty when every listed file
 * was read. Ignored ones are default-ignored web files looked at only for signatures.
 */
export function describeSkipped(stats: ScanResult['stats']): string {
  const { tooLarge, binary, unreadable, submodule, ignored } = stats.skipped;
  const parts: string[] = [];
  if (tooLarge > 0) parts.push(`${tooLarge} too large`);
  if (binary > 0) parts.push(`${binary} binary`);
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  if (submodule > 0) parts.push(plural(submodule, 'submodule'));
  if (ignored > 0) parts.push(`${ignored} ignored (vendored or built, looked at for signatures only)`);
  return parts.join(', ');
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
