import type { ManifestSubprocessor } from '../manifest/types.js';
import type { EntryFields } from './changes.js';
import type { DriftFinding, DriftReport, DriftReportContext } from './drift.js';
import { buildDriftReport, evidenceContext } from './drift.js';

// The drift report as JSON (schema/drift-report.schema.json): the same content as the HTML and
// Markdown reports for tools, and the input of a later `report --since previous.json`. Each
// declaration keeps the manifest fields it was read from, so a later run can say what changed.

function fieldsOf(entry: ManifestSubprocessor): EntryFields {
  const { custom: _custom, position: _position, purposePosition: _purposePosition, ...fields } = entry;
  return fields;
}

const findingJson = (report: DriftReport, item: DriftFinding) => ({
  ...item,
  ...(report.link(item.path, item.line) ? { url: report.link(item.path, item.line) } : {}),
});

/** The drift report as a JSON document (version 1: fields are only ever added). */
export function formatDriftJson(context: DriftReportContext): string {
  const report = buildDriftReport(context);
  const entries = context.manifest?.subprocessors ?? [];
  const document = {
    version: 1,
    tool: { name: 'disclosed', version: report.toolVersion },
    title: report.title,
    generatedAt: report.generatedAt?.toISOString() ?? null,
    commit: report.commit ?? null,
    commitUrl: report.commitUrl ?? null,
    manifest: report.manifest,
    files: report.files,
    verdict: report.verdict,
    summary: report.summary,
    counts: report.counts,
    vendors: report.vendors.map((vendor) => ({
      ...vendor,
      evidence: vendor.evidence.map((item) => ({
        path: item.path,
        line: item.line,
        kind: item.kind,
        match: item.match,
        ...(item.context ? { context: item.context } : {}),
        ...(item.via ? { via: item.via } : {}),
        words: evidenceContext(item),
        ...(report.link(item.path, item.line) ? { url: report.link(item.path, item.line) } : {}),
      })),
    })),
    declarations: report.declarations.map((declaration, index) => ({ ...declaration, fields: entries[index] ? fieldsOf(entries[index]) : {} })),
    findings: report.findings.flatMap((group) => group.items.map((item) => findingJson(report, item))),
    suppressed: report.suppressed.map((item) => findingJson(report, item)),
    rules: report.rules,
    ...(context.changes ? { changes: context.changes } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
