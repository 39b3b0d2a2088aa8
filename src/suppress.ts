import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { RawFinding, RuleMeta } from './checks/types.js';
import type { Manifest } from './manifest/types.js';
import type { Finding, Severity, SeveritySetting } from './types.js';

// Findings are never dropped by a suppression: they stay in JSON and SARIF output, marked
// suppressed (ESLint's habit), so reviewers can see what was waved through and why.

export const invalidIgnoreMeta: RuleMeta = {
  id: 'invalid-ignore',
  defaultSeverity: 'error',
  description: 'A `disclosed-ignore` comment without a rule id and a reason.',
  help: 'Write `disclosed-ignore <rule> -- <reason>`, e.g. `// disclosed-ignore undeclared-vendor -- internal admin tool, no user data`.',
};
export const exceptionExpiredMeta: RuleMeta = {
  id: 'exception-expired',
  defaultSeverity: 'warning',
  description: 'A manifest exception is past its expiry date and no longer applies.',
  help: 'Resolve the finding it covered, or renew the exception with a new `expires:` date after review.',
};
export const exceptionUnusedMeta: RuleMeta = {
  id: 'exception-unused',
  defaultSeverity: 'warning',
  description: 'A manifest exception suppresses nothing.',
  help: 'Remove the exception: whatever it covered is gone.',
};

/** An inline `disclosed-ignore <rule> -- <reason>` comment. */
export interface IgnoreComment {
  path: string;
  line: number;
  column: number;
  rule: string;
  reason: string;
}

// The directive must follow a comment opener on its line, so a string or a regex that merely
// contains the word (this file, for one) is not a directive.
const DIRECTIVE = /(?:\/\/|\/\*|#|<!--|\{#|\{\{!--|\{\{--|<%#|--|^[ \t]*\*)[ \t]*disclosed-ignore\b(?<rest>[^\n]*)/gm;
const WELL_FORMED = /^[ \t]+(?<rule>[a-z]+(?:-[a-z]+)*)[ \t]+--[ \t]+(?<reason>.*?\S.*?)[ \t]*(?:\*\/|-->|#\}|--\}\}|%>)?[ \t]*\r?$/;

/** Inline ignores in a file; malformed ones are returned separately as findings. */
export function findIgnoreComments(path: string, text: string): { ignores: IgnoreComment[]; invalid: RawFinding[] } {
  const ignores: IgnoreComment[] = [];
  const invalid: RawFinding[] = [];
  if (!text.includes('disclosed-ignore')) return { ignores, invalid };
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const parsed = WELL_FORMED.exec(match.groups!.rest!);
    if (!parsed?.groups) {
      invalid.push({ rule: 'invalid-ignore', args: { text: match[0].trim().slice(0, 120) }, location: { path, line, column }, evidence: [] });
      continue;
    }
    ignores.push({ path, line, column, rule: parsed.groups.rule!, reason: parsed.groups.reason!.replace(/\s*(?:\*\/|-->)$/, '') });
  }
  return { ignores, invalid };
}

/**
 * The inline ignore comments of `head` that `base` does not have: a suppression the change adds,
 * for privacy review (and, under policy-from: base, not applied until merged). Compared by file
 * (followed through `renames`, head path → base path), rule and reason, not by line: moving code
 * does not make an old suppression new; a second copy of one is new.
 */
export function newIgnores(head: Iterable<IgnoreComment>, base: Iterable<IgnoreComment>, renames: Map<string, string> = new Map()): IgnoreComment[] {
  const key = (path: string, ignore: IgnoreComment) => `${path}\0${ignore.rule}\0${ignore.reason}`;
  const before = new Map<string, number>();
  for (const ignore of base) before.set(key(ignore.path, ignore), (before.get(key(ignore.path, ignore)) ?? 0) + 1);
  const added: IgnoreComment[] = [];
  for (const ignore of head) {
    const at = key(renames.get(ignore.path) ?? ignore.path, ignore);
    const left = before.get(at) ?? 0;
    if (left > 0) before.set(at, left - 1);
    else added.push(ignore);
  }
  return added;
}

/**
 * `rule + vendor + path`: stays the same when code moves within a file. A finding about a file's
 * whole content (skipped-file) adds its digest, so a changed file is a new finding.
 */
export function fingerprint(rule: string, vendor: string | undefined, path: string, digest?: string): string {
  return createHash('sha256').update(`${rule}\0${vendor ?? ''}\0${hashablePath(path)}${digest ? `\0${digest}` : ''}`).digest('hex').slice(0, 32);
}

/**
 * A name that is not valid UTF-8 holds lone surrogates (see decodeName in files/source.ts), which
 * hashing as UTF-8 would turn into U+FFFD alike: they are spelled out, so two such files keep
 * two fingerprints. Every other path hashes as before.
 */
function hashablePath(path: string): string {
  return path.replace(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, (char) => `%${(char.charCodeAt(0) - 0xdc00).toString(16)}`);
}

export interface SuppressOptions {
  ignores: Map<string, IgnoreComment[]>;
  manifest: Manifest | null;
  severities: Record<string, Severity>;
  now: Date;
}

/**
 * Apply severities, inline ignores and manifest exceptions; add the findings about the
 * exceptions themselves (expired, unused). Findings with severity `off` are dropped here.
 */
export function suppressFindings(raw: RawFinding[], options: SuppressOptions): Finding[] {
  const manifest = options.manifest;
  const today = options.now.toISOString().slice(0, 10);
  const exceptions = (manifest?.exceptions ?? []).map((exception) => ({
    exception,
    expired: exception.expires !== undefined && exception.expires < today,
    matchesPath: exception.paths && exception.paths.length > 0 ? picomatch(exception.paths, { dot: true }) : () => true,
    used: false,
  }));
  const all: RawFinding[] = [...raw];
  for (const item of exceptions) {
    if (!item.expired || !manifest) continue;
    all.push({
      rule: 'exception-expired',
      ...(item.exception.vendor ? { vendor: item.exception.vendor } : {}),
      args: { rule: item.exception.rule, vendor: item.exception.vendor ?? '', expires: item.exception.expires! },
      location: { path: manifest.path, ...item.exception.position },
      evidence: [],
    });
  }
  const findings: Finding[] = [];
  for (const finding of all) {
    const configured = options.severities[finding.rule];
    if (!configured) continue;
    // A check may lower a rule's default for one finding (prohibited but only indirect); a
    // severity the manifest sets for the rule wins over it.
    const explicit = options.manifest?.rules[finding.rule] !== undefined;
    const { defaultSeverity, ...rest } = finding;
    const severity = !explicit && defaultSeverity ? defaultSeverity : configured;
    const result: Finding = {
      ...rest,
      severity,
      fingerprint: fingerprint(finding.rule, finding.vendor, finding.location.path, finding.rule === 'skipped-file' ? String(finding.args.digest ?? '') : undefined),
      suppressed: false,
    };
    const inline = inlineSuppression(finding, options.ignores);
    if (inline) {
      result.suppressed = true;
      result.suppression = { kind: 'inline', reason: inline.reason, location: { path: inline.path, line: inline.line, column: inline.column } };
    } else {
      const exception = exceptions.find(
        (item) => !item.expired && item.exception.rule === finding.rule && (item.exception.vendor === undefined || item.exception.vendor === finding.vendor) && item.matchesPath(finding.location.path),
      );
      if (exception && manifest) {
        exception.used = true;
        result.suppressed = true;
        result.suppression = { kind: 'exception', reason: exception.exception.reason, location: { path: manifest.path, ...exception.exception.position } };
      }
    }
    findings.push(result);
  }
  for (const item of exceptions) {
    if (item.used || item.expired || !manifest) continue;
    const severity = options.severities['exception-unused'];
    if (!severity) continue;
    findings.push({
      rule: 'exception-unused',
      ...(item.exception.vendor ? { vendor: item.exception.vendor } : {}),
      severity,
      args: { rule: item.exception.rule, vendor: item.exception.vendor ?? '' },
      location: { path: manifest.path, ...item.exception.position },
      evidence: [],
      fingerprint: fingerprint('exception-unused', `${item.exception.rule}:${item.exception.vendor ?? ''}`, manifest.path),
      suppressed: false,
    });
  }
  return findings;
}

/** An ignore covers a finding when every line it points at has one for its rule (same line or the line before). */
function inlineSuppression(finding: RawFinding, ignores: Map<string, IgnoreComment[]>): IgnoreComment | undefined {
  const lines = finding.evidence.length > 0 ? finding.evidence.map((item) => ({ path: item.path, line: item.line })) : [{ path: finding.location.path, line: finding.location.line }];
  let first: IgnoreComment | undefined;
  for (const { path, line } of lines) {
    const hit = (ignores.get(path) ?? []).find((ignore) => ignore.rule === finding.rule && (ignore.line === line || ignore.line === line - 1));
    if (!hit) return undefined;
    first ??= hit;
  }
  return first;
}

/** Effective severity per rule: the default, overridden by the manifest's `rules:`. */
export function effectiveSeverities(rules: RuleMeta[], overrides: Record<string, SeveritySetting>): Record<string, Severity> {
  const severities: Record<string, Severity> = {};
  for (const rule of rules) {
    const setting = overrides[rule.id] ?? rule.defaultSeverity;
    if (setting !== 'off') severities[rule.id] = setting;
  }
  return severities;
}
