import type { Evidence } from '../types.js';
import { formatChangesMarkdown } from './changes.js';
import { plural } from './context.js';
import { codeSpan, markdownText } from './escape.js';
import type { DriftFinding, DriftReport, DriftReportContext } from './drift.js';
import { buildDriftReport, commitLabel, evidenceContext, factsInWords, ruleDescription, RULES_DOC, evidenceLabel, locationLabel, ROLE_LABELS, SEVERITY_LABELS, STATE_LABELS, STATUS_LABELS } from './drift.js';

// The drift report as GitHub-flavoured Markdown, for wikis and PR descriptions: the same
// content as the HTML report (drift.ts), in tables. Text from the scanned repository is escaped
// so that a file path or vendor name cannot inject HTML, links or table cells.

export { codeSpan, markdownText } from './escape.js';

function location(report: DriftReport, path: string, line: number): string {
  const label = codeSpan(locationLabel(path, line));
  const url = report.link(path, line);
  return url ? `[${label}](${url})` : label;
}

/** Evidence shown in the table; the rest is counted (Markdown tables have no room for <details>). */
const EVIDENCE_SHOWN = 3;

function evidenceCell(report: DriftReport, evidence: Evidence[]): string {
  const shown = evidence.slice(0, EVIDENCE_SHOWN).map((item) => `${location(report, item.path, item.line)} ${markdownText(`${evidenceLabel(item)}, ${evidenceContext(item)}`)}`);
  const rest = evidence.length - shown.length;
  return [...shown, ...(rest > 0 ? [`and ${rest} more location${rest === 1 ? '' : 's'}`] : [])].join('<br>');
}

/** A rule id linked to its documentation, its meaning in the link's title (shown on hover). */
function ruleLink(report: DriftReport, id: string): string {
  const description = ruleDescription(report, id).replace(/["\\]/g, "'");
  return `[${codeSpan(id)}](${RULES_DOC}#${encodeURIComponent(id)}${description ? ` "${markdownText(description)}"` : ''})`;
}

const VERDICT_ICONS = { fail: '❌', warn: '⚠️', pass: '✅' } as const;

function findingTable(report: DriftReport, items: DriftFinding[], withReason: boolean): string[] {
  const header = ['Rule', 'Vendor', 'Location', 'Message', ...(withReason ? ['Reason'] : [])];
  const rows = items.map(
    (item) =>
      `| ${ruleLink(report, item.rule)} | ${markdownText(item.vendor ?? '')} | ${location(report, item.path, item.line)}${item.more ? ` and ${item.more.length} more` : ''} | ${markdownText(item.message)} |${withReason ? ` ${markdownText(item.suppression ?? '')} |` : ''}`,
  );
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows, ''];
}

/** The drift report as Markdown. */
export function formatDriftMarkdown(context: DriftReportContext): string {
  const report = buildDriftReport(context);
  const out: string[] = [];
  out.push(`## Subprocessor drift report: ${markdownText(report.title)}`, '');
  out.push(`**${VERDICT_ICONS[report.verdict]} ${markdownText(report.summary.join(' '))}**`, '');
  out.push(`${report.verdictText}.`, '');
  if (report.commit) {
    const label = markdownText(commitLabel(report.commit));
    out.push(`This report describes ${report.commitUrl ? `[${label}](${report.commitUrl})` : label}.`, '');
  }
  const undeclared = report.vendors.filter((vendor) => vendor.status === 'undeclared').length;
  const waived = report.vendors.filter((vendor) => vendor.status === 'waived').length;
  const unused = report.declarations.filter((declaration) => declaration.state === 'unused').length;
  const generated = report.generatedAt ? ` · generated ${report.generatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC` : '';
  out.push(
    `${plural(report.vendors.length, 'vendor')} detected (${undeclared} undeclared${waived > 0 ? `, ${waived} waived by exception` : ''}) · ${unused} declared but not found · ` +
      `${plural(report.counts.errors, 'error')}, ${plural(report.counts.warnings, 'warning')}, ${plural(report.counts.notes, 'note')}` +
      `${report.counts.suppressed ? `, ${report.counts.suppressed} suppressed` : ''} · ${plural(report.files, 'file')} scanned · ` +
      `manifest: ${report.manifest ? codeSpan(report.manifest) : 'none'}${generated}`,
    '',
  );

  out.push('### Detected vendors', '');
  if (report.vendors.length === 0) out.push('No third-party SDKs, scripts or endpoints were detected.', '');
  else {
    out.push('| Vendor | Legal entity, role | Categories | Status | Declared purpose, data, location, transfer | Terms | Evidence (strongest first) |', '|---|---|---|---|---|---|---|');
    for (const vendor of report.vendors) {
      let status = vendor.status === 'declared' || vendor.status === 'waived' ? STATUS_LABELS[vendor.status] : `**${STATUS_LABELS[vendor.status]}**`;
      if (vendor.waiver) status += `: ${markdownText(vendor.waiver.reason)} (${vendor.waiver.expires ? `expires ${markdownText(vendor.waiver.expires)}` : 'no expiry'})`;
      const declared = [vendor.declaredAs.purpose ? markdownText(vendor.declaredAs.purpose) : '—', ...factsInWords(vendor.declaredAs).map((fact) => `${fact.label}: ${markdownText(fact.text)}`)].join('<br>');
      const terms = [...(vendor.privacy ? [`[Privacy policy](${vendor.privacy})`] : []), ...(vendor.dpa ? [`[DPA](${vendor.dpa})`] : [])].join('<br>') || '—';
      out.push(
        `| ${markdownText(vendor.name)} (${codeSpan(vendor.id)}) | ${markdownText(vendor.legalEntity)}<br>${ROLE_LABELS[vendor.role]} | ${markdownText(vendor.categories.join(', '))} | ${status} | ${declared} | ${terms} | ${evidenceCell(report, vendor.evidence)} |`,
      );
    }
    out.push('');
  }

  if (report.categories.length > 0) {
    const max = Math.max(...report.categories.map((category) => category.declared + category.undeclared + category.waived));
    out.push('### Vendors per category', '', '| Category | Declared | Waived | Undeclared | |', '|---|--:|--:|--:|---|');
    for (const category of report.categories) {
      const bar = '█'.repeat(Math.max(1, Math.round(((category.declared + category.undeclared + category.waived) / max) * 20)));
      out.push(`| ${markdownText(category.label)} | ${category.declared} | ${category.waived} | ${category.undeclared} | ${bar} |`);
    }
    out.push('');
  }

  out.push('### Findings by severity', '');
  if (report.findings.length === 0) out.push('No findings.', '');
  // The rule ids are explained before the tables that show them.
  if (report.rules.length > 0) {
    out.push('What the rules mean:', '');
    for (const rule of report.rules) out.push(`- ${codeSpan(rule.id)}: ${markdownText(rule.description)}`);
    out.push('');
  }

  for (const group of report.findings) {
    out.push(`#### ${SEVERITY_LABELS[group.severity]} (${group.items.length})`, '', ...findingTable(report, group.items, false));
  }
  if (report.suppressed.length > 0) out.push(`#### Suppressed (${report.suppressed.length})`, '', ...findingTable(report, report.suppressed, true));
  out.push('### Declared subprocessors', '');
  if (report.manifest === null) out.push('No policy manifest was found: nothing is declared. Run `disclosed init` to write a starter `subprocessors.yml`.', '');
  else if (report.declarations.length === 0) out.push(`${codeSpan(report.manifest)} declares no subprocessors.`, '');
  else {
    out.push('| Subprocessor | Purpose | Data, location, transfer, approval | In code |', '|---|---|---|---|');
    for (const declaration of report.declarations) {
      const state = declaration.state === 'unused' ? `**${STATE_LABELS[declaration.state]}**` : STATE_LABELS[declaration.state];
      const covered = declaration.kind === 'organization' && declaration.detected.length > 0 ? ` (${markdownText(declaration.detected.join(', '))})` : '';
      out.push(
        `| ${markdownText(declaration.name)} (${codeSpan(`${declaration.kind === 'organization' ? 'organization: ' : ''}${declaration.id}`)}) | ${markdownText(declaration.declaredAs.purpose ?? '')} | ${factsInWords(declaration.declaredAs).map((fact) => `${fact.label}: ${markdownText(fact.text)}`).join('<br>')} | ${state}${covered} |`,
      );
    }
    out.push('');
  }
  if (context.changes) out.push(formatChangesMarkdown(context.changes));
  out.push(`<sub>Generated by disclosed ${markdownText(report.toolVersion)}.</sub>`);
  return `${out.join('\n')}\n`;
}
