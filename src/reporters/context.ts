import type { Manifest } from '../manifest/types.js';
import type { Finding, NotRead, ScanResult } from '../types.js';

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
  /** `check --verbose`: name each file not read (text), and list their paths (JSON). */
  verbose?: boolean;
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

/** Submodules named in the one-line summary of what was not read; the rest are counted. */
const MAX_NAMED = 5;

/**
 * The files not read, in one sentence ("4 files not read: 1 over the size limit, 1 binary, 2 in
 * formats not supported (CoffeeScript ×2)"); empty when every listed file was read. Ignored ones
 * are default-ignored web files looked at only for signatures.
 */
export function describeSkipped(stats: ScanResult['stats'], notRead: NotRead[] = []): string {
  const { tooLarge, binary, unreadable, submodule, ignored, unsupported = 0, translations = 0, formats = {} } = stats.skipped;
  const parts: string[] = [];
  if (tooLarge > 0) parts.push(`${tooLarge} over the size limit`);
  if (binary > 0) parts.push(`${binary} binary`);
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  if (submodule > 0) {
    // Named: a submodule not checked out is a whole repository the scan did not see.
    const named = notRead.filter((file) => file.reason === 'submodule');
    const names = named.map((file) => file.path);
    const shown = names.length > MAX_NAMED ? [...names.slice(0, MAX_NAMED), `${names.length - MAX_NAMED} more`] : names;
    // One checked out whose repository could not be read is also a skipped-file finding.
    const why = named.some((file) => file.checkedOut) ? 'not scanned' : 'not checked out';
    parts.push(`${plural(submodule, 'submodule')} ${why}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`);
  }
  if (ignored > 0) parts.push(`${ignored} ignored (vendored or built, looked at for signatures only)`);
  if (unsupported > 0) {
    const named = Object.entries(formats)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([format, count]) => `${format} ×${count}`);
    parts.push(`${unsupported} in formats not supported (${named.join(', ')})`);
  }
  if (translations > 0) parts.push(`${translations} translation ${translations === 1 ? 'catalog' : 'catalogs'} (text, not code)`);
  const total = tooLarge + binary + unreadable + submodule + ignored + unsupported + translations;
  return total === 0 ? '' : `${plural(total, 'file')} not read: ${parts.join(', ')}`;
}

/** Why one file was not read, in a few words (`check --verbose`). */
export function describeNotRead(file: NotRead): string {
  switch (file.reason) {
    case 'too-large':
      return 'over the size limit';
    case 'submodule':
      return file.checkedOut ? 'a submodule whose own repository cannot be read' : 'a submodule not checked out';
    case 'ignored':
      return 'ignored by default (vendored or built), looked at for signatures only';
    case 'unsupported':
      return `a format not supported (${file.format ?? 'unknown'})`;
    case 'translation':
      return 'a translation catalog: text shown to people, not code';
    default:
      return file.reason;
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
