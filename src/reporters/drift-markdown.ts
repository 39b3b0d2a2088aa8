import type { Evidence } from '../types.js';
import { plural } from './context.js';
import { codeSpan, markdownText } from './escape.js';
import type { DriftFinding, DriftReport, DriftReportContext } from './drift.js';
import { buildDriftReport, evidenceLabel, locationLabel, SEVERITY_LABELS, STATE_LABELS, STATUS_LABELS } from './drift.js';

// The drift report as GitHub-flavoured Markdown, for wikis and PR descriptions: the same
// content as the HTML report (drift.ts), in tables. Text from the scanned repository is escaped
// so that a file path or vendor name cannot inject HTML, links or table cells.

export { codeSpan, markdownText } from './escape.js';

function location(report: DriftReport, path: string, line: number): string {
  const label = codeSpan(locationLabel(path, line));
  const url = report.link(path, line);
  return url ? `[${label}](${url})` : label;
}

function evidenceCell(report: DriftReport, evidence: Evidence[]): string {
  return evidence.map((item) => `${location(report, item.path, item.line)} ${markdownText(evidenceLabel(item))}`).join('<br>');
}

const VERDICT_ICONS = { fail: '❌', warn: '⚠️', pass: '✅' } as const;

function findingTable(report: DriftReport, items: DriftFinding[], withReason: boolean): string[] {
  const header = ['Rule', 'Vendor', 'Location', 'Message', ...(withReason ? ['Reason'] : [])];
  const rows = items.map(
    (item) =>
      `| ${codeSpan(item.rule)} | ${markdownText(item.vendor ?? '')} | ${location(report, item.path, item.line)} | ${markdownText(item.message)} |${withReason ? ` ${markdownText(item.suppression ?? '')} |` : ''}`,
  );
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows, ''];
}

/** The drift report as Markdown. */
export function formatDriftMarkdown(context: DriftReportContext): string {
  const report = buildDriftReport(context);
  const out: string[] = [];
  out.push(`## Subprocessor drift report: ${markdownText(report.title)}`, '');
  out.push(`**${VERDICT_ICONS[report.verdict]} ${report.verdictText}**`, '');
  const undeclared = report.vendors.filter((vendor) => !vendor.declared).length;
  const unused = report.declarations.filter((declaration) => declaration.state === 'unused').length;
  const generated = report.generatedAt ? ` · generated ${report.generatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC` : '';
  out.push(
    `${plural(report.vendors.length, 'vendor')} detected (${undeclared} undeclared) · ${unused} declared but not found · ` +
      `${plural(report.counts.errors, 'error')}, ${plural(report.counts.warnings, 'warning')}, ${plural(report.counts.notes, 'note')}` +
      `${report.counts.suppressed ? `, ${report.counts.suppressed} suppressed` : ''} · ${plural(report.files, 'file')} scanned · ` +
      `manifest: ${report.manifest ? codeSpan(report.manifest) : 'none'}${generated}`,
    '',
  );

  out.push('### Detected vendors', '');
  if (report.vendors.length === 0) out.push('No third-party SDKs, scripts or endpoints were detected.', '');
  else {
    out.push('| Vendor | Organization | Categories | Status | Purpose (manifest) | Evidence |', '|---|---|---|---|---|---|');
    for (const vendor of report.vendors) {
      const status = vendor.status === 'declared' ? STATUS_LABELS[vendor.status] : `**${STATUS_LABELS[vendor.status]}**`;
      out.push(
        `| ${markdownText(vendor.name)} (${codeSpan(vendor.id)}) | ${markdownText(vendor.organization)} | ${markdownText(vendor.categories.join(', '))} | ${status} | ${vendor.purpose ? markdownText(vendor.purpose) : '—'} | ${evidenceCell(report, vendor.evidence)} |`,
      );
    }
    out.push('');
  }

  if (report.categories.length > 0) {
    const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared));
    out.push('### Vendors per category', '', '| Category | Declared | Undeclared | |', '|---|--:|--:|---|');
    for (const category of report.categories) {
      const bar = '█'.repeat(Math.max(1, Math.round(((category.declared + category.undeclared) / max) * 20)));
      out.push(`| ${markdownText(category.label)} | ${category.declared} | ${category.undeclared} | ${bar} |`);
    }
    out.push('');
  }

  out.push('### Findings by severity', '');
  if (report.findings.length === 0) out.push('No findings.', '');
  for (const group of report.findings) {
    out.push(`#### ${SEVERITY_LABELS[group.severity]} (${group.items.length})`, '', ...findingTable(report, group.items, false));
  }
  if (report.suppressed.length > 0) out.push(`#### Suppressed (${report.suppressed.length})`, '', ...findingTable(report, report.suppressed, true));

  out.push('### Declared subprocessors', '');
  if (report.manifest === null) out.push('No policy manifest was found: nothing is declared. Run `disclosed init` to write a starter `subprocessors.yml`.', '');
  else if (report.declarations.length === 0) out.push(`${codeSpan(report.manifest)} declares no subprocessors.`, '');
  else {
    out.push('| Subprocessor | Purpose | Data | Location | In code |', '|---|---|---|---|---|');
    for (const declaration of report.declarations) {
      const state = declaration.state === 'unused' ? `**${STATE_LABELS[declaration.state]}**` : STATE_LABELS[declaration.state];
      const covered = declaration.kind === 'organization' && declaration.detected.length > 0 ? ` (${markdownText(declaration.detected.join(', '))})` : '';
      out.push(
        `| ${markdownText(declaration.name)} (${codeSpan(`${declaration.kind === 'organization' ? 'organization: ' : ''}${declaration.id}`)}) | ${markdownText(declaration.purpose ?? '')} | ${markdownText((declaration.data ?? []).join(', '))} | ${markdownText(declaration.location ?? '')} | ${state}${covered} |`,
      );
    }
    out.push('');
  }
  out.push(`<sub>Generated by disclosed ${markdownText(report.toolVersion)}.</sub>`);
  return `${out.join('\n')}\n`;
}
