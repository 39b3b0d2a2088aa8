import type { ConfigError } from '../config-errors.js';
import { renderMessage } from '../messages.js';
import type { Finding, ScanResult } from '../types.js';
import { describeChange } from './manifest-diff.js';
import type { ManifestChange } from './manifest-diff.js';

// Which annotations to show, within GitHub's limits: 10 error and 10 warning annotations per
// step and 50 annotations per job; the rest are silently dropped, so we drop them ourselves,
// errors first, and say where the rest are.
// https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export const MAX_PER_STEP: Record<AnnotationLevel, number> = { error: 10, warning: 10, notice: Number.POSITIVE_INFINITY };
const ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

function findingAnnotation(finding: Finding, manifest: string | null, preExisting: boolean): Annotation {
  const level: AnnotationLevel = preExisting || finding.severity === 'note' ? 'notice' : finding.severity;
  const vendor = finding.vendor ? ` (${finding.vendor})` : '';
  return {
    level,
    title: `disclosed: ${finding.rule}${vendor}${preExisting ? ', pre-existing' : ''}`,
    message: `${preExisting ? 'Pre-existing, not added by this change: ' : ''}${renderMessage(finding, manifest)}`,
    file: finding.location.path,
    line: finding.location.line,
    column: finding.location.column,
  };
}

/**
 * Every annotation the run would like to show, before capping, most important first: new errors
 * and warnings, then the policy changes a privacy reviewer must see (above new notes: fifty notes
 * must not push a new declaration or a new suppression out of the budget), then new notes, then
 * pre-existing drift as notices. Suppressed findings are not annotated (they stay in SARIF and
 * JSON, marked suppressed).
 */
export function candidateAnnotations(result: ScanResult, changes: ManifestChange[]): Annotation[] {
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const added = visible.filter((finding) => finding.new !== false);
  const current = added.filter((finding) => finding.severity !== 'note').map((finding) => findingAnnotation(finding, result.manifest, false));
  const notes = added.filter((finding) => finding.severity === 'note').map((finding) => findingAnnotation(finding, result.manifest, false));
  const policy: Annotation[] = changes.map((change) => ({
    level: 'notice',
    title: 'disclosed: policy change for privacy review',
    message: describeChange(change),
    file: change.path,
    line: change.line,
    column: change.column,
  }));
  const old = visible.filter((finding) => finding.new === false).map((finding) => findingAnnotation(finding, result.manifest, true));
  return [...current, ...policy, ...notes, ...old];
}

/** A configuration error (malformed manifest), annotated where it is. */
export function configErrorAnnotation(error: ConfigError): Annotation {
  return {
    level: 'error',
    title: `disclosed: invalid ${error.key ? `key ${error.key}` : 'configuration'}`,
    message: `${error.message}${error.suggestion ? `; ${error.suggestion}` : ''}`,
    file: error.file,
    line: error.line,
    column: error.column,
  };
}

export interface CappedAnnotations {
  shown: Annotation[];
  /** How many of each level were left out. */
  omitted: Record<AnnotationLevel, number>;
}

/**
 * Errors first, then warnings, then notices; at most 10 errors and 10 warnings, and `max` in
 * all including the closing notice that says how many more the job summary lists. `reserved`
 * keeps room for annotations the step writes itself afterwards: the failure message of
 * setFailed is an error annotation too, and a warning may follow (a comment that failed).
 */
export function capAnnotations(all: Annotation[], max: number, reserved: Partial<Record<AnnotationLevel, number>> = {}): CappedAnnotations {
  const sorted = all.map((annotation, i) => ({ annotation, i })).sort((a, b) => ORDER[a.annotation.level] - ORDER[b.annotation.level] || a.i - b.i);
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const limit = Math.max(0, max - (reserved.error ?? 0) - (reserved.warning ?? 0) - (reserved.notice ?? 0));
  const kept: Annotation[] = [];
  const fits = (annotation: Annotation) => used[annotation.level] < MAX_PER_STEP[annotation.level] - (reserved[annotation.level] ?? 0) && kept.length < limit;
  for (const { annotation } of sorted) {
    if (!fits(annotation)) {
      omitted[annotation.level]++;
      continue;
    }
    used[annotation.level]++;
    kept.push(annotation);
  }
  const dropped = omitted.error + omitted.warning + omitted.notice;
  if (dropped === 0 || limit === 0) return { shown: kept, omitted };
  // Make room for the closing line: the last kept annotation (the least severe) gives its place.
  if (kept.length >= limit) {
    const last = kept.pop()!;
    omitted[last.level]++;
  }
  kept.push(closingAnnotation(omitted));
  return { shown: kept, omitted };
}

function closingAnnotation(omitted: Record<AnnotationLevel, number>): Annotation {
  const parts = (['error', 'warning', 'notice'] as const).filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${level}${omitted[level] === 1 ? '' : 's'}`);
  const total = omitted.error + omitted.warning + omitted.notice;
  return {
    level: 'notice',
    title: 'disclosed: more in the job summary',
    message: `${total} more annotation${total === 1 ? ' is' : 's are'} not shown here (${parts.join(', ')}): GitHub shows at most 10 errors and 10 warnings per step and 50 annotations per job. The job summary and the log list every finding.`,
  };
}
