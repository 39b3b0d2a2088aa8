import { renderMessage } from '../messages.js';
import type { Reporter } from './context.js';
import { countFindings, plural } from './context.js';
import { evidenceUrl } from './drift.js';
import { codeSpan, markdownText } from './escape.js';

/** Text for a Markdown table cell (see escape.ts). */
export const cell = markdownText;

/** A link to a line in the repository's web view, or the plain location, as a code span. */
export function locationLink(path: string, line: number, repositoryUrl?: string, revision?: string): string {
  const label = codeSpan(`${path}:${line}`);
  const url = evidenceUrl(path, line, repositoryUrl, revision);
  return url ? `[${label}](${url})` : label;
}

/** Findings and detections as Markdown, for PR descriptions, wikis and job summaries. */
export const formatMarkdown: Reporter = ({ result, repositoryUrl, revision }) => {
  const counts = countFindings(result.findings);
  const out: string[] = [];
  const verdict = counts.errors > 0 ? '❌ Drift found' : counts.warnings > 0 ? '⚠️ Warnings' : '✅ Code and policy agree';
  out.push(`## disclosed: ${verdict}`, '');
  out.push(
    `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')}` +
      `${counts.suppressed ? `, ${counts.suppressed} suppressed` : ''} · ${plural(result.detections.length, 'vendor')} detected · ` +
      `${plural(result.stats.files, 'file')} scanned · manifest: ${result.manifest ? codeSpan(result.manifest) : 'none'}`,
    '',
  );
  const visible = result.findings.filter((finding) => !finding.suppressed);
  if (visible.length > 0) {
    out.push('### Findings', '', '| Severity | Rule | Vendor | Location | Message |', '|---|---|---|---|---|');
    for (const finding of visible) {
      out.push(
        `| ${finding.severity} | ${codeSpan(finding.rule)} | ${cell(finding.vendor ?? '')} | ${locationLink(finding.location.path, finding.location.line, repositoryUrl, revision)} | ${cell(renderMessage(finding, result.manifest))} |`,
      );
    }
    out.push('');
  }
  if (result.detections.length > 0) {
    out.push('### Detected vendors', '', '| Vendor | Organization | Categories | Declared | Integrated | Evidence |', '|---|---|---|---|---|---|');
    for (const detection of result.detections) {
      const first = detection.evidence[0];
      const where = first ? `${locationLink(first.path, first.line, repositoryUrl, revision)}${detection.evidence.length > 1 ? ` and ${detection.evidence.length - 1} more` : ''}` : '';
      const integrated = detection.integrated ? 'yes' : `no (${first?.context ?? 'indirect'}${first?.via && first.via.length > 0 ? ` via ${cell(first.via.join(' → '))}` : ''})`;
      out.push(`| ${cell(detection.name)} (${codeSpan(detection.vendor)}) | ${cell(detection.organization)} | ${cell(detection.categories.join(', '))} | ${detection.declared ? 'yes' : '**no**'} | ${integrated} | ${where} |`);
    }
    out.push('');
  }
  for (const hint of result.hints) out.push(`> ${hint}`, '');
  return `${out.join('\n')}\n`;
};
