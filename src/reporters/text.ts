import { renderDeclaration, undeclaredDeclarations } from '../manifest/declaration.js';
import { renderMessage } from '../messages.js';
import type { ScanResult } from '../types.js';
import type { Finding } from '../types.js';
import type { Reporter } from './context.js';
import { countFindings, describeNotRead, describeSkipped, plural } from './context.js';

// ESLint's "stylish" layout: findings grouped by file, one line each, a summary line last.

const ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, green: 32 } as const;

/** ` [transitive via a → b]`: the context of a vendor finding's primary evidence, when not plain runtime. */
function contextTag(finding: Finding): string {
  const first = finding.evidence[0];
  if (!finding.vendor || !first?.context || first.context === 'runtime' || finding.rule === 'indirect-vendor') return '';
  return ` [${first.context}${first.via && first.via.length > 0 ? ` via ${first.via.join(' → ')}` : ''}]`;
}

/** The matched text of a code finding in backticks, so it never reads as part of the sentence. */
function quoteMatch(finding: Finding): Finding {
  const match = finding.args.match;
  if (typeof match !== 'string' || match === '' || /^https?:\/\//.test(finding.location.path)) return finding;
  const fence = match.includes('`') ? '``' : '`';
  return { ...finding, args: { ...finding.args, match: `${fence}${match}${fence}` } };
}

/** How the grouped summary names a rule's findings: singular and plural. */
const GROUP_NOUNS: Record<string, [string, string]> = {
  'undeclared-vendor': ['undeclared vendor', 'undeclared vendors'],
  'prohibited-vendor': ['prohibited vendor', 'prohibited vendors'],
  'out-of-scope': ['vendor used outside its paths', 'vendors used outside their paths'],
  'declared-not-found': ['declared vendor not found', 'declared vendors not found'],
  'indirect-vendor': ['indirect vendor', 'indirect vendors'],
  'policy-text-contradiction': ['vendor the privacy policy denies', 'vendors the privacy policy denies'],
  'policy-text-missing': ['vendor missing from the privacy policy', 'vendors missing from the privacy policy'],
  'policy-text-undeclared': ['vendor named only in the privacy policy', 'vendors named only in the privacy policy'],
};

/** Names listed per group before "and N more". */
const GROUP_NAMES_SHOWN = 8;

/**
 * One line per rule, most severe first: "7 undeclared vendors: Hotjar, PostHog, …" (distinct
 * vendors, by name) or "2 manifest-warning findings". The reader sees what to decide, not 40 lines.
 */
export function groupedSummary(findings: Finding[]): string[] {
  const groups = new Map<string, { severity: Finding['severity']; names: Set<string>; count: number }>();
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const group = groups.get(finding.rule) ?? { severity: finding.severity, names: new Set<string>(), count: 0 };
    group.count++;
    if (finding.vendor) group.names.add(typeof finding.args.name === 'string' ? finding.args.name : finding.vendor);
    if (RANK[finding.severity] > RANK[group.severity]) group.severity = finding.severity;
    groups.set(finding.rule, group);
  }
  const ordered = [...groups.entries()].sort(([a, x], [b, y]) => RANK[y.severity] - RANK[x.severity] || y.count - x.count || a.localeCompare(b));
  return ordered.map(([rule, group]) => {
    const nouns = GROUP_NOUNS[rule];
    if (!nouns || group.names.size === 0) return `${plural(group.count, `${rule} finding`)}`;
    const names = [...group.names].sort((a, b) => a.localeCompare(b));
    const shown = names.slice(0, GROUP_NAMES_SHOWN).join(', ');
    const more = names.length > GROUP_NAMES_SHOWN ? ` and ${names.length - GROUP_NAMES_SHOWN} more` : '';
    return `${names.length} ${names.length === 1 ? nouns[0] : nouns[1]}: ${shown}${more}`;
  });
}

const RANK = { error: 2, warning: 1, note: 0 } as const;

/** The product's own domains, with where each was read, when some vendor evidence fell inside one. */
function firstPartyLine(result: ScanResult): string | undefined {
  const used = result.detections.some((detection) => detection.evidence.some((item) => item.mention === 'first-party'));
  if (!used || !result.firstParty?.length) return undefined;
  const sources = result.firstParty.map((item) => `${item.domain} (${item.line > 0 ? `${item.path}:${item.line}` : 'settings.first-party-domains'})`);
  return `first-party domains: ${sources.join(', ')}; set settings.first-party-domains to choose them yourself`;
}

export const formatText: Reporter = ({ result, color, verbose }) => {
  const paint = (code: keyof typeof ANSI, text: string) => (color ? `\u001b[${ANSI[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const visible = result.findings.filter((finding) => !finding.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const finding of visible) {
    const list = byFile.get(finding.location.path);
    if (list) list.push(finding);
    else byFile.set(finding.location.path, [finding]);
  }
  for (const [path, findings] of byFile) {
    lines.push('', paint('bold', path));
    for (const finding of findings) {
      const severity = finding.severity === 'error' ? paint('red', 'error  ') : finding.severity === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note   ');
      // A page URL (runtime findings) has no line to point at.
      // At least one space after the position: `290:16976` never runs into the severity.
      const position = `${(/^https?:\/\//.test(finding.location.path) ? '' : `${finding.location.line}:${finding.location.column}`).padEnd(7)} `;
      const isNew = finding.new === false ? paint('gray', ' (pre-existing)') : '';
      lines.push(`  ${paint('gray', position)}${severity}  ${renderMessage(quoteMatch(finding), result.manifest)}${contextTag(finding)}${isNew}  ${paint('gray', finding.rule)}`);
    }
  }
  const counts = countFindings(result.findings);
  const problems = counts.errors + counts.warnings + counts.notes;
  const seconds = (result.stats.durationMs / 1000).toFixed(2);
  const scanned = result.runtime && result.stats.files === 0 ? `crawled in ${seconds}s` : `${plural(result.stats.files, 'file')} scanned in ${seconds}s`;
  const indirect = result.detections.filter((detection) => !detection.integrated).length;
  const vendors = `${plural(result.detections.length, 'vendor')} detected${indirect > 0 ? ` (${result.detections.length - indirect} integrated, ${indirect} indirect)` : ''}`;
  lines.push('');
  if (problems === 0) {
    lines.push(paint('green', `✔ no problems`) + ` · ${vendors} · ${scanned}${counts.suppressed ? ` · ${counts.suppressed} suppressed` : ''}`);
  } else {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')})`;
    lines.push(`${paint(counts.errors > 0 ? 'red' : 'yellow', summary)} · ${vendors} · ${scanned}${counts.suppressed ? ` · ${counts.suppressed} suppressed` : ''}`);
    for (const line of groupedSummary(result.findings)) lines.push(`  ${line}`);
  }
  if (result.runtime) {
    const runtime = result.runtime;
    const consent = runtime.consent ? ` · consent banner ${runtime.consent.vendor ? `(${runtime.consent.vendor}) ${runtime.consent.action === 'accept' ? 'accepted' : 'rejected'}` : 'not found'}` : '';
    lines.push(paint('gray', `runtime: ${plural(runtime.pages.length, 'page')} loaded in ${(runtime.durationMs / 1000).toFixed(2)}s · ${plural(runtime.requests, 'request')} · ${plural(runtime.cookies.length, 'cookie')} · ${plural(runtime.storage.length, 'localStorage key')}${consent}`));
  }
  const skipped = describeSkipped(result.stats, result.notRead);
  if (skipped) lines.push(paint('gray', skipped));
  const firstParty = firstPartyLine(result);
  if (firstParty) lines.push(paint('gray', firstParty));
  if (verbose) for (const file of result.notRead ?? []) lines.push(paint('gray', `  ${file.path}: ${describeNotRead(file)}`));
  for (const hint of result.hints) lines.push(paint('gray', hint));
  return `${lines.join('\n').replace(/^\n/, '')}\n${declarationsToAdd(result)}`;
};

/**
 * The YAML that declares each undeclared vendor, last so a failing run ends with what to paste
 * under `subprocessors:` (the same text `init --update` and `declare` write). Without a manifest
 * the hint to run `disclosed init` says it instead.
 */
function declarationsToAdd(result: ScanResult): string {
  if (result.manifest === null) return '';
  const entries = undeclaredDeclarations(result);
  if (entries.length === 0) return '';
  const lines = ['', `To declare ${entries.length === 1 ? 'it' : 'them'}, add under \`subprocessors:\` in ${result.manifest} (or run \`disclosed init --update\`):`, '', ...entries.flatMap((entry) => renderDeclaration(entry))];
  return `${lines.join('\n')}\n`;
}
