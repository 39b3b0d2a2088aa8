import { existsSync, readFileSync, statSync } from 'node:fs';
import { usageError } from './run.js';
import type { Finding, ScanResult } from './types.js';

// Baselines (issue 15 item 2), after gitleaks' baseline and ESLint's bulk suppressions: adopt the
// linter on a repository with old drift, fail only on what is added after. An entry is a finding's
// fingerprint (rule + vendor + path, not the line), so moving code within a file keeps it matched.

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  vendor?: string;
  path: string;
  line: number;
}

export interface Baseline {
  /** As named on the command line or in `settings.baseline`, for messages. */
  name: string;
  entries: BaselineEntry[];
}

/** The file `--write-baseline` writes: today's unsuppressed findings, sorted for stable diffs. */
export function renderBaseline(result: ScanResult): string {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of result.findings) {
    if (finding.suppressed || entries.has(finding.fingerprint)) continue;
    entries.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      rule: finding.rule,
      ...(finding.vendor ? { vendor: finding.vendor } : {}),
      path: finding.location.path,
      line: finding.location.line,
    });
  }
  const sorted = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule) || (a.vendor ?? '').localeCompare(b.vendor ?? ''));
  return `${JSON.stringify({ tool: 'disclosed', version: BASELINE_VERSION, findings: sorted }, null, 2)}\n`;
}

/** Read a baseline written by `--write-baseline`; anything else is a usage error naming the file. */
export function readBaseline(absolute: string, name: string): Baseline {
  if (!existsSync(absolute) || statSync(absolute).isDirectory()) throw usageError(`baseline not found: ${name} (write one with \`disclosed check --write-baseline ${name}\`)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch {
    // The parser's message quotes the file: not echoed, the file may not be a baseline at all.
    throw usageError(`baseline ${name} is not valid JSON; write it again with \`disclosed check --write-baseline ${name}\``);
  }
  const findings = (parsed as { findings?: unknown })?.findings;
  if (typeof parsed !== 'object' || parsed === null || (parsed as { tool?: unknown }).tool !== 'disclosed' || !Array.isArray(findings)) {
    throw usageError(`baseline ${name} is not a disclosed baseline (expected {"tool": "disclosed", "version": 1, "findings": [...]}); write it with \`disclosed check --write-baseline ${name}\``);
  }
  const version = (parsed as { version?: unknown }).version;
  if (version !== BASELINE_VERSION) throw usageError(`baseline ${name} has version ${JSON.stringify(version)}; this disclosed reads version ${BASELINE_VERSION}`);
  const entries: BaselineEntry[] = [];
  for (const [i, item] of findings.entries()) {
    const entry = item as Partial<BaselineEntry>;
    if (typeof entry?.fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(entry.fingerprint) || typeof entry.rule !== 'string' || typeof entry.path !== 'string') {
      throw usageError(`baseline ${name}: entry ${i + 1} needs a hex "fingerprint", a "rule" and a "path"`);
    }
    entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, ...(typeof entry.vendor === 'string' ? { vendor: entry.vendor } : {}), path: entry.path, line: typeof entry.line === 'number' ? entry.line : 1 });
  }
  return { name, entries };
}

/**
 * Mark each unsuppressed finding in the baseline suppressed (it stays in JSON and SARIF, as every
 * suppression does), and name the entries no finding matches any more: fixed drift whose entry
 * would otherwise silently wave the same finding through if it came back.
 */
export function applyBaseline(result: ScanResult, baseline: Baseline): void {
  const known = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry]));
  const occurring = new Set<string>();
  for (const finding of result.findings) {
    if (!known.has(finding.fingerprint)) continue;
    occurring.add(finding.fingerprint);
    if (finding.suppressed) continue;
    suppress(finding, baseline);
  }
  const gone = baseline.entries.filter((entry) => !occurring.has(entry.fingerprint));
  if (gone.length === 0) return;
  const named = gone.slice(0, 5).map((entry) => `${entry.rule}${entry.vendor ? ` ${entry.vendor}` : ''} in ${entry.path}`);
  result.hints.push(
    `note: ${gone.length} baseline entr${gone.length === 1 ? 'y' : 'ies'} in ${baseline.name} no longer occur${gone.length === 1 ? 's' : ''} (${named.join('; ')}${gone.length > 5 ? `; and ${gone.length - 5} more` : ''}): run \`disclosed check --write-baseline ${baseline.name}\` to drop ${gone.length === 1 ? 'it' : 'them'}`,
  );
}

function suppress(finding: Finding, baseline: Baseline): void {
  finding.suppressed = true;
  finding.suppression = { kind: 'baseline', reason: `recorded in the baseline ${baseline.name}` };
}
