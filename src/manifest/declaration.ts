import { parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { Evidence, ScanResult } from '../types.js';
import { todoPurpose } from './purpose.js';

// One renderer for a new `subprocessors:` entry, shared by `init`, `init --update`, `declare`
// and the YAML block a failing `check` ends with, so a pasted block and a written one are the
// same text. Adding entries edits the file's text at offsets the parsed document gives: every
// existing line, comment and key order stays as the user wrote it (never a re-render).

/** A vendor to declare: its catalog id and name, an optional purpose, and where it was found. */
export interface NewDeclaration {
  vendor: string;
  name: string;
  /** Absent: the TODO placeholder a reviewer must replace (purpose-missing until then). */
  purpose?: string;
  /** `path:line` places, strongest first (only the first three are written). */
  foundIn?: string[];
}

/** A YAML scalar that needs no quotes, or a double-quoted one. */
export function yamlScalar(text: string): string {
  return /^[\w][\w ./()&,-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text) ? text : JSON.stringify(text);
}

/** Text for a `#` comment: one line. */
function commentText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** The distinct `path:line` places of a vendor's evidence, strongest first. */
export function foundIn(evidence: Evidence[]): string[] {
  return [...new Set(evidence.map((item) => `${item.path}:${item.line}`))];
}

/**
 * What `check` reports as undeclared (visible undeclared-vendor findings), one entry per vendor
 * with where it was found: what `init --update` adds and what a failing check prints to paste.
 */
export function undeclaredDeclarations(result: ScanResult): NewDeclaration[] {
  const entries = new Map<string, NewDeclaration>();
  for (const finding of result.findings) {
    if (finding.rule !== 'undeclared-vendor' || finding.suppressed || finding.vendor === undefined || entries.has(finding.vendor)) continue;
    const detection = result.detections.find((item) => item.vendor === finding.vendor);
    const evidence = detection?.evidence ?? result.findings.filter((item) => item.rule === 'undeclared-vendor' && item.vendor === finding.vendor).flatMap((item) => item.evidence);
    entries.set(finding.vendor, { vendor: finding.vendor, name: detection?.name ?? String(finding.args.name ?? finding.vendor), foundIn: foundIn(evidence) });
  }
  return [...entries.values()];
}

/**
 * The lines of one entry, its dash at `indent` spaces. `data`, `location` and `transfer` are
 * commented placeholders: what a privacy reviewer fills in (docs/manifest-fields.md).
 */
export function renderDeclaration(entry: NewDeclaration, indent = 2): string[] {
  const pad = ' '.repeat(indent);
  const lines = [`${pad}- vendor: ${entry.vendor}   # ${commentText(entry.name)}`, `${pad}  purpose: ${yamlScalar(entry.purpose ?? todoPurpose(entry.name))}`];
  const places = entry.foundIn ?? [];
  if (places.length > 0) lines.push(`${pad}  # found in ${commentText(places.slice(0, 3).join(', '))}${places.length > 3 ? ` and ${places.length - 3} more` : ''}`);
  lines.push(
    `${pad}  # data: [usage-data]   # personal data it receives (docs/manifest-fields.md)`,
    `${pad}  # location: [US]       # where it processes data: ISO country codes`,
    `${pad}  # transfer: [scc]      # scc, dpf, adequacy or bcr`,
  );
  return lines;
}

/** Why entries could not be added: the manifest's `subprocessors:` has a shape we do not edit. */
export interface DeclarationProblem {
  kind: 'declaration';
  message: string;
}

export function isDeclarationProblem(value: unknown): value is DeclarationProblem {
  return typeof value === 'object' && value !== null && (value as DeclarationProblem).kind === 'declaration';
}

/** The offset just past the line that holds `offset` (past its line break), or the text's end. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The column of the first character on the line that holds `offset`. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * The manifest text with `entries` appended to its `subprocessors:` list. Only text is inserted
 * (and an empty `[]` removed): the list's indentation and line endings are the file's own.
 * Throws a DeclarationProblem for a `subprocessors:` written as a non-empty flow list.
 */
export function addDeclarations(text: string, entries: NewDeclaration[]): string {
  if (entries.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const document = parseDocument(text);
  const root = document.contents;
  if (!isMap(root)) throw { kind: 'declaration', message: 'the manifest is not a mapping of keys (version, subprocessors, ...)' } satisfies DeclarationProblem;
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'subprocessors');
  const block = (indent: number) => entries.flatMap((entry) => renderDeclaration(entry, indent)).join(eol) + eol;

  // No `subprocessors:` key: a new one at the end of the file.
  if (!pair) {
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    return `${text}${separator}subprocessors:${eol}${block(2)}`;
  }
  const key = pair.key as { range?: [number, number, number] };
  const keyColumn = key.range ? columnOf(text, key.range[0]) : 0;
  const value = pair.value;

  // `subprocessors:` with nothing after it, or `subprocessors: []`: the entries go on the lines
  // below the key; an empty flow list's `[]` is removed so the list becomes a block list.
  const emptyFlow = isSeq(value) && value.flow === true && value.items.length === 0;
  if (value === null || (isScalar(value) && value.value === null) || emptyFlow) {
    let head = text;
    let lineEnd = endOfLine(text, key.range?.[1] ?? 0);
    if (emptyFlow && value.range) {
      const [start, end] = value.range;
      // `subprocessors: []   # note` keeps its comment; a trailing space before the line end goes.
      const before = text.slice(0, start).replace(/[ \t]+$/, '');
      const after = text.slice(end);
      head = before + (/^[ \t]*(?:\r?\n|$)/.test(after) ? after.replace(/^[ \t]+/, '') : after);
      lineEnd = endOfLine(head, before.length);
    }
    const needsBreak = lineEnd === head.length && !head.endsWith('\n');
    return `${head.slice(0, lineEnd)}${needsBreak ? eol : ''}${block(keyColumn + 2)}${head.slice(lineEnd)}`;
  }
  if (!isSeq(value) || value.flow === true) {
    throw { kind: 'declaration', message: '`subprocessors:` is written as a flow list ([...]) or is not a list; write it as a block list (one `- vendor:` entry per line) to add entries to it' } satisfies DeclarationProblem;
  }

  // A block list: the new entries go after the last item, at its dash's column, and after the
  // comment lines indented under that item (init's `# found in`), before anything at the key's
  // level or a blank line.
  const last = value.items[value.items.length - 1] as { range?: [number, number, number] } | undefined;
  const first = value.items[0] as { range?: [number, number, number] } | undefined;
  const dashColumn = first?.range ? dashColumnBefore(text, first.range[0]) : keyColumn + 2;
  let offset = endOfLine(text, last?.range ? Math.max(last.range[0], last.range[1] - 1) : (value.range?.[0] ?? 0));
  while (offset < text.length) {
    const line = text.slice(offset, endOfLine(text, offset));
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() === '' || indent <= dashColumn) break;
    offset += line.length;
  }
  const needsBreak = offset === text.length && !text.endsWith('\n');
  return `${text.slice(0, offset)}${needsBreak ? eol : ''}${block(dashColumn)}${text.slice(offset)}`;
}

/** The column of the `-` that introduces the item starting at `offset`. */
function dashColumnBefore(text: string, offset: number): number {
  const dash = text.lastIndexOf('-', offset);
  return dash === -1 ? 2 : columnOf(text, dash);
}
