import { pathToFileURL } from 'node:url';
import { RULES } from '../checks/index.js';
import { renderMessage } from '../messages.js';
import type { Evidence, Severity } from '../types.js';
import type { Reporter } from './context.js';

// SARIF 2.1.0 for GitHub code scanning. Only the fields GitHub reads, within its limits:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };
/** GitHub keeps 25,000 results per run; we stay under it. */
const MAX_RESULTS = 25_000;
const DOCS = 'https://github.com/disclosed/disclosed/blob/main/docs/rules.md';

/** The evidence context of a finding's primary evidence, and its dependency chain. */
function contextProperties(evidence: Evidence | undefined): { context?: string; via?: string[] } {
  if (!evidence?.context) return {};
  return { context: evidence.context, ...(evidence.via && evidence.via.length > 0 ? { via: evidence.via } : {}) };
}

/** `file:///top/` for SARIF's originalUriBaseIds: a folder URI ends with a slash (SARIF 2.1.0 §3.14.14). */
function folderUri(folder: string): string {
  const url = pathToFileURL(folder).href;
  return url.endsWith('/') ? url : `${url}/`;
}

export const formatSarif: Reporter = ({ result, toolVersion, srcRoot }) => {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'disclosed',
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: 'https://github.com/disclosed/disclosed',
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: `${rule.description} ${rule.help}` },
              help: { text: rule.help, markdown: `**${rule.id}**: ${rule.help}` },
              helpUri: `${DOCS}#${rule.id}`,
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ['privacy'] },
            })),
          },
        },
        results: result.findings.slice(0, MAX_RESULTS).map((finding) => ({
          ruleId: finding.rule,
          ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
          level: LEVEL[finding.severity],
          message: { text: renderMessage(finding, result.manifest) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.location.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.location.line, startColumn: finding.location.column },
              },
            },
          ],
          ...(finding.evidence.length > 1
            ? {
                relatedLocations: finding.evidence.slice(0, 100).map((item, i) => ({
                  id: i,
                  physicalLocation: { artifactLocation: { uri: encodeURI(item.path), uriBaseId: '%SRCROOT%' }, region: { startLine: item.line, startColumn: item.column } },
                  message: { text: `${item.kind}${item.context ? ` (${item.context})` : ''}: ${item.match}` },
                })),
              }
            : {}),
          partialFingerprints: { 'disclosed/v1': finding.fingerprint },
          ...(finding.suppressed && finding.suppression
            ? { suppressions: [{ kind: finding.suppression.kind === 'inline' ? 'inSource' : 'external', justification: finding.suppression.reason }] }
            : {}),
          properties: { ...(finding.vendor ? { vendor: finding.vendor } : {}), new: finding.new ?? true, ...contextProperties(finding.evidence[0]) },
        })),
        // Every artifact URI is relative to %SRCROOT%, the repository root (code scanning resolves
        // it to the checkout); the base is named for other SARIF viewers when known.
        ...(srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(srcRoot), description: { text: 'The root of the repository.' } } } } : {}),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
