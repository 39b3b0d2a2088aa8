import { renderMessage } from '../messages.js';
import { describeSkipped, plural } from '../reporters/context.js';
import { codeBlock, codeSpan, markdownText } from '../reporters/escape.js';
import { cell, locationLink } from '../reporters/markdown.js';
import type { Finding, ScanResult, Severity } from '../types.js';
import { describeChange } from './manifest-diff.js';
import type { ActionOutcome } from './outcome.js';
import { splitFindings } from './outcome.js';

// The job summary and the PR comment: one Markdown rendering, two sizes. GitHub refuses a step
// summary over 1 MiB and a comment over 65,536 characters; we shorten tables to fit, never fail.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits

/** Bytes we allow ourselves in the step summary (GitHub's limit is 1 MiB; keep a margin). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Characters in an issue comment body, as the REST API counts them. */
export const COMMENT_LIMIT_CHARS = 65_536;

export type Audience = 'summary' | 'comment';

interface RenderOptions {
  audience: Audience;
  /** Rows per table; the rest are counted, not shown. */
  maxRows: number;
  /** Characters of one message cell. */
  maxCell: number;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, note: 0 };

/** The unsuppressed findings that decide the verdict (new ones in diff mode, at or above fail-on). */
export function failingFindings(result: ScanResult, failOn: 'error' | 'warning' | 'never'): Finding[] {
  if (failOn === 'never') return [];
  const threshold = failOn === 'warning' ? 1 : 2;
  return result.findings.filter((finding) => !finding.suppressed && finding.new !== false && RANK[finding.severity] >= threshold);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

function headline(outcome: ActionOutcome): string {
  if (outcome.configErrors && outcome.configErrors.length > 0) return '❌ disclosed: the policy configuration is invalid; nothing was scanned';
  if (outcome.conclusion === 'error') return outcome.internal ? '💥 disclosed could not run (internal error)' : '❌ disclosed could not run';
  const result = outcome.result!;
  const failOn = outcome.failOn ?? 'error';
  const diff = outcome.mode === 'diff';
  const failing = failingFindings(result, failOn).length;
  if (outcome.conclusion === 'failure') {
    return `❌ disclosed: ${diff ? 'this change adds ' : ''}${plural(failing, 'finding')} at or above fail-on: ${failOn}`;
  }
  const { current, preExisting } = splitFindings(result);
  // Policy changes (manifest edits, new suppressions, vendors admitted by an organization) are
  // drift for a reviewer even when nothing fails: the headline says so instead of "no drift".
  const review = outcome.manifestChanges.length;
  if (diff && current.length === 0 && review > 0) return `✅ disclosed: no new findings; ${plural(review, 'policy change')} for privacy review below`;
  if (diff) return current.length === 0 ? `✅ disclosed: this change adds no drift${preExisting.length > 0 ? ` (${plural(preExisting.length, 'pre-existing finding')} below)` : ''}` : `✅ disclosed: passes (${plural(current.length, 'new finding')} below fail-on: ${failOn})`;
  return current.length === 0 ? '✅ disclosed: code and policy agree' : `✅ disclosed: passes (${plural(current.length, 'finding')} below fail-on: ${failOn})`;
}

function modeLine(outcome: ActionOutcome, audience: Audience): string {
  const result = outcome.result;
  const parts: string[] = [];
  if (outcome.mode === 'diff' && outcome.base) {
    const branch = outcome.base.ref.replace(/^refs\/remotes\//, '');
    parts.push(`**Diff** against merge-base ${codeSpan(outcome.base.sha.slice(0, 12))} of ${codeSpan(branch)} (tip ${codeSpan(outcome.base.tip.slice(0, 12))})`);
  } else if (outcome.mode === 'full') {
    parts.push('**Full scan**');
  }
  if (outcome.failOn) parts.push(`fail-on: \`${outcome.failOn}\``);
  if (result) {
    parts.push(`policy: ${result.manifest ? codeSpan(result.manifest) : 'no manifest'}${outcome.policyFrom === 'base' ? ' from the base branch (policy-from: base)' : ''}`);
    // No timing in the comment: an unchanged result then leaves the comment untouched.
    parts.push(audience === 'comment' ? `${plural(result.stats.files, 'file')} scanned` : `${plural(result.stats.files, 'file')} scanned in ${(result.stats.durationMs / 1000).toFixed(2)} s`);
    parts.push(`${plural(result.detections.length, 'vendor')} detected`);
  }
  return parts.join(' · ');
}

function findingsTable(findings: Finding[], result: ScanResult, outcome: ActionOutcome, options: RenderOptions, more: string): string[] {
  const rows = ['| Severity | Rule | Vendor | Location | Message |', '|---|---|---|---|---|'];
  for (const finding of findings.slice(0, options.maxRows)) {
    const where = locationLink(finding.location.path, finding.location.line, outcome.repositoryUrl, outcome.revision);
    rows.push(`| ${finding.severity} | ${codeSpan(finding.rule)} | ${cell(finding.vendor ?? '')} | ${where} | ${cell(clip(renderMessage(finding, result.manifest), options.maxCell))} |`);
  }
  if (findings.length > options.maxRows) rows.push('', `… and ${findings.length - options.maxRows} more ${more}.`);
  return [...rows, ''];
}

const WHAT_TO_DO = [
  '**What to do**: declare each vendor under `subprocessors:` in the policy manifest (a privacy reviewer then checks the published policy), remove the integration, or, for a false positive, add `disclosed-ignore <rule> -- <reason>` in a comment on the line.',
];

function render(outcome: ActionOutcome, options: RenderOptions): string {
  const out: string[] = [];
  const comment = options.audience === 'comment';
  const elsewhere = comment ? 'in the job summary of the workflow run' : 'in the `findings` output and the SARIF file (the summary is limited to 1 MiB)';
  out.push(`## ${headline(outcome)}`, '');
  const meta = modeLine(outcome, options.audience);
  if (meta) out.push(meta, '');
  const skipped = outcome.result ? describeSkipped(outcome.result.stats, outcome.result.notRead) : '';
  if (skipped) out.push(`${skipped}; a file not read that carries a vendor signature is a \`skipped-file\` finding.`, '');

  if (outcome.configErrors && outcome.configErrors.length > 0) {
    out.push('| Location | Problem |', '|---|---|');
    for (const error of outcome.configErrors.slice(0, options.maxRows)) {
      out.push(`| ${codeSpan(`${error.file}:${error.line}:${error.column}`)} | ${cell(clip(`${error.message}${error.suggestion ? ` (${error.suggestion})` : ''}`, options.maxCell))} |`);
    }
    if (outcome.configErrors.length > options.maxRows) out.push('', `… and ${outcome.configErrors.length - options.maxRows} more problems.`);
    out.push('', 'Fix the manifest and push again; the check runs once it is valid.', '');
  } else if (outcome.error) {
    out.push(codeBlock(clip(outcome.error, 4000)), '');
    if (outcome.internal) out.push('This is a bug in disclosed, not in your repository. Please report it at https://github.com/disclosed/disclosed/issues with the log of this step.', '');
  }

  const result = outcome.result;
  if (result) {
    const { current, preExisting, suppressed } = splitFindings(result);
    const diff = outcome.mode === 'diff';
    if (current.length > 0) {
      out.push(`### ${diff ? 'New findings' : 'Findings'} (${current.length})`, '');
      out.push(...findingsTable(current, result, outcome, options, elsewhere));
    }
    if (outcome.manifestChanges.length > 0) {
      out.push(`### Policy changes for privacy review (${outcome.manifestChanges.length})`, '');
      if (outcome.policyFrom === 'base') out.push('_policy-from: base: these changes take effect for this check once merged._', '');
      for (const change of outcome.manifestChanges.slice(0, options.maxRows)) {
        out.push(`- ${codeSpan(`${change.path}:${change.line}`, { inTable: false })} ${markdownText(clip(describeChange(change), options.maxCell))}`);
      }
      if (outcome.manifestChanges.length > options.maxRows) out.push(`- … and ${outcome.manifestChanges.length - options.maxRows} more.`);
      out.push('');
    }
    if (preExisting.length > 0) {
      const title = `Pre-existing drift (${preExisting.length}): already at the base, not added by this change`;
      if (comment) out.push('<details>', `<summary>${title}</summary>`, '');
      else out.push(`### ${title}`, '');
      out.push(...findingsTable(preExisting, result, outcome, options, elsewhere));
      if (comment) out.push('</details>', '');
    }
    if (suppressed.length > 0 && !comment) {
      out.push('<details>', `<summary>Suppressed (${suppressed.length})</summary>`, '', '| Rule | Vendor | Location | Reason |', '|---|---|---|---|');
      for (const finding of suppressed.slice(0, options.maxRows)) {
        const where = locationLink(finding.location.path, finding.location.line, outcome.repositoryUrl, outcome.revision);
        out.push(`| ${codeSpan(finding.rule)} | ${cell(finding.vendor ?? '')} | ${where} | ${cell(clip(finding.suppression?.reason ?? '', options.maxCell))} |`);
      }
      if (suppressed.length > options.maxRows) out.push('', `… and ${suppressed.length - options.maxRows} more.`);
      out.push('', '</details>', '');
    }
    if (!comment && result.detections.length > 0) {
      out.push('<details>', `<summary>Detected vendors (${result.detections.length})</summary>`, '', '| Vendor | Categories | Declared | Evidence |', '|---|---|---|---|');
      for (const detection of result.detections.slice(0, options.maxRows)) {
        const first = detection.evidence[0];
        const where = first ? `${locationLink(first.path, first.line, outcome.repositoryUrl, outcome.revision)}${detection.evidence.length > 1 ? ` and ${detection.evidence.length - 1} more` : ''}` : '';
        out.push(`| ${cell(detection.name)} (${codeSpan(detection.vendor)}) | ${cell(detection.categories.join(', '))} | ${detection.declared ? 'yes' : '**no**'} | ${where} |`);
      }
      if (result.detections.length > options.maxRows) out.push('', `… and ${result.detections.length - options.maxRows} more.`);
      out.push('', '</details>', '');
    }
    if (outcome.conclusion === 'failure') out.push(...WHAT_TO_DO, '');
    for (const hint of result.hints) out.push(`> ${hint}`, '');
  }
  if (!comment && outcome.notes.length > 0) {
    out.push('<details>', '<summary>How this run went</summary>', '', ...outcome.notes.map((note) => `- ${markdownText(note)}`), '', '</details>', '');
  }
  const footer = [`disclosed ${outcome.toolVersion}`];
  if (comment && outcome.runUrl) footer.push(`[workflow run and full summary](${outcome.runUrl})`);
  out.push(`<sub>${footer.join(' · ')}</sub>`, '');
  return out.join('\n');
}

/**
 * Render within `limit` (measured by `size`): all rows when they fit, otherwise the most rows
 * per table that do, found by bisection; a last resort cuts the text itself.
 */
export function renderWithin(outcome: ActionOutcome, audience: Audience, limit: number, size: (text: string) => number): string {
  const maxCell = audience === 'comment' ? 500 : 2000;
  const total = outcome.result ? Math.max(outcome.result.findings.length, outcome.result.detections.length, outcome.manifestChanges.length) : (outcome.configErrors?.length ?? 0);
  const full = render(outcome, { audience, maxRows: total, maxCell });
  if (size(full) <= limit) return full;
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(render(outcome, { audience, maxRows: middle, maxCell })) <= limit) low = middle;
    else high = middle - 1;
  }
  const fitted = render(outcome, { audience, maxRows: low, maxCell: Math.min(maxCell, 300) });
  if (size(fitted) <= limit) return fitted;
  const note = '\n\n… (shortened to fit GitHub\'s size limit)\n';
  let cut = fitted.slice(0, Math.max(0, limit - note.length));
  while (size(cut) + size(note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}

/** The job summary: every finding, unless that would pass 1 MiB. */
export function renderSummary(outcome: ActionOutcome, limitBytes = SUMMARY_LIMIT_BYTES): string {
  return renderWithin(outcome, 'summary', limitBytes, (text) => Buffer.byteLength(text, 'utf8'));
}
