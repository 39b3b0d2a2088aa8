import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { RawFinding, RuleMeta } from './checks/types.js';
import { closest } from './config-errors.js';
import type { Manifest } from './manifest/types.js';
import type { Finding, Severity, SeveritySetting } from './types.js';

// Findings are never dropped by a suppression: they stay in JSON and SARIF output, marked
// suppressed (ESLint's habit), so reviewers can see what was waved through and why.

export const invalidIgnoreMeta: RuleMeta = {
  id: 'invalid-ignore',
  defaultSeverity: 'error',
  description: 'A `disclosed-ignore` comment without a known rule id and a reason, or a `disclosed-ignore-file` comment outside the first comment of its file.',
  help: 'Write `disclosed-ignore <rule> -- <reason>` with a rule id from this page, for example the id undeclared-vendor and the reason "internal admin tool, no user data"; put `disclosed-ignore-file <rule> -- <reason>` in the first comment of the file.',
};
export const unusedIgnoreMeta: RuleMeta = {
  id: 'unused-ignore',
  defaultSeverity: 'warning',
  description: "A `disclosed-ignore` or `disclosed-ignore-file` comment suppresses nothing (ESLint's reportUnusedDisableDirectives).",
  help: 'Remove the comment: the finding it was written for is gone, or it is not on the reported line or the line before.',
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
  /** `disclosed-ignore-file`: every finding of the rule in the file. */
  file?: true;
}

// The directive must follow a comment opener on its line, so a string or a regex that merely
// contains the word (this file, for one) is not a directive. Openers: `//` (and Pug's `//-`),
// `/*` (and MDX's `{/*`), `#` (and HAML's `-#`), `<!--`, `{#`, `{{!--`, `{{--`, `<%#`, `--` (and
// `<%--`, `<%!--`, FreeMarker's `<#--`), Razor's `@*`, Smarty's `{*`, Erlang's `%`, Clojure's `;`, a Slim `/`
// comment line, a `*` line inside a block comment.
const DIRECTIVE = /(?:\/\/-?|\/\*|#|<!--|\{#|\{\{!--|\{\{--|<%#|--|@\*|\{\*|%|;|^[ \t]*\/!?|^[ \t]*\*)[ \t]*disclosed-ignore(?<file>-file)?\b(?<rest>[^\n]*)/gm;
// The lines a file may start with before its first comment ends: blank, a shebang, a PHP or XML
// opener, a doctype, or comment text. A `disclosed-ignore-file` below the first code line is refused.
const LEADING_COMMENT_LINE = /^[ \t]*(?:$|#|-#|\/\/|\/\*|\/(?=[ \t!]|$)|\*|<!--|-->|\{#|#\}|\{\{!--|--|<%#|<%!?--|@\*|\{\/\*|\{\*|<#--|%+(?=[ \t]|$)|;+(?=[ \t]|$)|<\?php\b|<\?xml\b|<!doctype\b|"{3}|'{3})/i;
const WELL_FORMED = /^[ \t]+(?<rule>[a-z]+(?:-[a-z]+)*)[ \t]+--[ \t]+(?<reason>.*?\S.*?)[ \t]*(?:\*\/\}|\*\/|-->|#\}|--\}\}|--%>|%>|\*@|\*\}|--\}%)?[ \t]*\r?$/;

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
    const shown = match[0].trim().slice(0, 120);
    if (!parsed?.groups) {
      invalid.push({ rule: 'invalid-ignore', args: { text: shown }, location: { path, line, column }, evidence: [] });
      continue;
    }
    const isFile = match.groups!.file !== undefined;
    if (isFile && !inFirstComment(before)) {
      invalid.push({ rule: 'invalid-ignore', args: { text: shown, problem: 'file-position' }, location: { path, line, column }, evidence: [] });
      continue;
    }
    ignores.push({ path, line, column, rule: parsed.groups.rule!, reason: parsed.groups.reason!.replace(/\s*(?:\*\/|-->)$/, ''), ...(isFile ? { file: true as const } : {}) });
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
 * True when everything before the directive is the file's leading comment: blank lines, a shebang
 * or opener, comment lines, or the inside of a block comment still open.
 */
function inFirstComment(before: string): boolean {
  const lines = before.split('\n');
  // The directive's own line: only a comment opener may precede it there.
  const own = lines.pop() ?? '';
  let open: string | undefined;
  for (const line of lines) {
    if (open) {
      if (line.includes(open)) open = undefined;
      continue;
    }
    if (!LEADING_COMMENT_LINE.test(line)) return false;
    if (/\/\*/.test(line) && !/\/\*[^]*\*\//.test(line)) open = '*/';
    else if (/<%!?--/.test(line) && !/<%!?--[^]*--%>/.test(line)) open = '--%>';
    else if (/<!--/.test(line) && !/<!--[^]*-->/.test(line)) open = '-->';
    else if (/@\*/.test(line) && !/@\*[^]*\*@/.test(line)) open = '*@';
    else if (/^[ \t]*("{3}|'{3})/.test(line) && !/^[ \t]*("{3}|'{3})[^]*\1/.test(line)) open = line.trim().slice(0, 3);
  }
  return open !== undefined || /^[ \t]*(?:\/\/-?|\/\*|#|-#|\/!?|<!--|\{#|\{\{!--|<%#|<%!?--|@\*|\{\/\*|--|\*)?[ \t]*$/.test(own) || LEADING_COMMENT_LINE.test(own);
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
  /** Every rule id: an ignore naming another is invalid-ignore. Unchecked when absent. */
  knownRules?: ReadonlySet<string>;
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
  const ignores = knownIgnores(options, all);
  const used = new Set<IgnoreComment>();
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
    const inline = inlineSuppression(finding, ignores);
    if (inline) {
      used.add(inline);
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
  findings.push(...unusedIgnores(ignores, used, options.severities));
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

/** The ignores naming a known rule; each one naming another becomes an invalid-ignore in `into`. */
function knownIgnores(options: SuppressOptions, into: RawFinding[]): Map<string, IgnoreComment[]> {
  const known = options.knownRules;
  if (!known) return options.ignores;
  const ignores = new Map<string, IgnoreComment[]>();
  for (const [path, list] of options.ignores) {
    const valid = list.filter((ignore) => known.has(ignore.rule));
    if (valid.length > 0) ignores.set(path, valid);
    for (const ignore of list) {
      if (known.has(ignore.rule)) continue;
      const suggestion = closest(ignore.rule, known)[0];
      into.push({
        rule: 'invalid-ignore',
        args: { text: `disclosed-ignore${ignore.file ? '-file' : ''} ${ignore.rule}`, unknown: ignore.rule, ...(suggestion ? { suggestion } : {}) },
        location: { path, line: ignore.line, column: ignore.column },
        evidence: [],
      });
    }
  }
  return ignores;
}

/** Ignores for a rule that is on (an off rule has no finding to suppress) that suppressed nothing. */
function unusedIgnores(ignores: Map<string, IgnoreComment[]>, used: Set<IgnoreComment>, severities: Record<string, Severity>): Finding[] {
  const severity = severities['unused-ignore'];
  if (!severity) return [];
  const findings: Finding[] = [];
  for (const [path, list] of ignores) {
    for (const ignore of list) {
      if (used.has(ignore) || !severities[ignore.rule]) continue;
      findings.push({
        rule: 'unused-ignore',
        severity,
        args: { rule: ignore.rule, scope: ignore.file ? 'file' : 'line' },
        location: { path, line: ignore.line, column: ignore.column },
        evidence: [],
        fingerprint: fingerprint('unused-ignore', `${ignore.file ? 'file:' : ''}${ignore.rule}`, path),
        suppressed: false,
      });
    }
  }
  return findings;
}

/**
 * The ignore that covers a finding: a file-level one for its rule; one on the reported line or the
 * line before, whatever other evidence the finding carries in the file; or one on or above every
 * line of its evidence.
 */
function inlineSuppression(finding: RawFinding, ignores: Map<string, IgnoreComment[]>): IgnoreComment | undefined {
  const here = ignores.get(finding.location.path) ?? [];
  const whole = here.find((ignore) => ignore.file && ignore.rule === finding.rule);
  if (whole) return whole;
  const reported = here.find((ignore) => !ignore.file && ignore.rule === finding.rule && (ignore.line === finding.location.line || ignore.line === finding.location.line - 1));
  if (reported) return reported;
  const lines = finding.evidence.length > 0 ? finding.evidence.map((item) => ({ path: item.path, line: item.line })) : [{ path: finding.location.path, line: finding.location.line }];
  let first: IgnoreComment | undefined;
  for (const { path, line } of lines) {
    const hit = (ignores.get(path) ?? []).find((ignore) => !ignore.file && ignore.rule === finding.rule && (ignore.line === line || ignore.line === line - 1));
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
