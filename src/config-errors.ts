import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Position } from './types.js';

// Our own configuration (the policy manifest, vendor rule files) is read strictly: every
// problem names the file, line, column and key, says what was expected and how to fix it.

/** One problem in a configuration file, located in its source. */
export interface ConfigError extends Position {
  file: string;
  /** The offending key path, e.g. `subprocessors[2].vendor`. */
  key: string;
  message: string;
  suggestion?: string;
}

/** Thrown by loaders of our own configuration; the CLI prints it and exits 2. */
export interface ConfigErrorList {
  kind: 'config-errors';
  errors: ConfigError[];
}

export function configErrors(errors: ConfigError[]): ConfigErrorList {
  return { kind: 'config-errors', errors };
}

export function isConfigErrorList(value: unknown): value is ConfigErrorList {
  return typeof value === 'object' && value !== null && (value as ConfigErrorList).kind === 'config-errors';
}

/** A parsed YAML document with what it takes to point back into the text. */
export interface LocatedYaml {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

// Bounds that keep a hostile file from hanging a scan: yaml's alias expansion is capped
// (billion laughs), and documents past this size are refused before parsing.
const MAX_YAML_BYTES = 2 * 1024 * 1024;
const MAX_ALIAS_COUNT = 50;
/**
 * The yaml library composes nested collections recursively and overflows the stack near 800
 * levels; V8 may then abort the whole process (a regex compiled that close to the stack limit
 * fails as "out of memory"), so depth is bounded before the library sees the text.
 */
export const MAX_YAML_DEPTH = 200;

/**
 * An upper bound on the nesting depth of a YAML text, in one pass: every block level needs one
 * more column of indentation or one more `- `, `? ` or `: ` indicator on its line (`a: b: c:`
 * nests one map per colon), and every flow level one more `[` or `{`. Brackets and colons inside
 * strings count too: it only ever overestimates.
 */
export function yamlDepthBound(text: string): number {
  let deepest = 0;
  let flow = 0;
  let line = 0;
  let indenting = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      indenting = true;
      line = 0;
      continue;
    }
    const blank = code === 32 || code === 9;
    const indicator = code === 45 || code === 63 || code === 58; // - ? :
    if (blank && indenting) line++;
    else if (indicator) {
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13) line++;
    } else if (!blank) {
      indenting = false;
      if (code === 91 || code === 123) flow++;
      else if ((code === 93 || code === 125) && flow > 0) flow--;
    }
    if (line + flow > deepest) deepest = line + flow;
  }
  return deepest;
}

/** Parse YAML keeping positions; syntax errors come back located, never thrown. */
export function parseLocatedYaml(text: string, file: string): { yaml?: LocatedYaml; errors: ConfigError[] } {
  if (text.length > MAX_YAML_BYTES) {
    return {
      errors: [{ file, line: 1, column: 1, key: '', message: `file is ${text.length} bytes; the limit is ${MAX_YAML_BYTES}`, suggestion: 'split it, or check that this is the right file' }],
    };
  }
  const depth = yamlDepthBound(text);
  if (depth > MAX_YAML_DEPTH) {
    return {
      errors: [{ file, line: 1, column: 1, key: '', message: `YAML nested up to ${depth} levels deep; the limit is ${MAX_YAML_DEPTH}`, suggestion: 'flatten the document, or check that this is the right file' }],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors: ConfigError[] = [];
  for (const error of doc.errors) errors.push(yamlProblem(file, text, lines, error));
  if (errors.length > 0) return { errors };
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { yaml: { file, doc, lines, value }, errors };
  } catch (error) {
    return { errors: [{ file, line: 1, column: 1, key: '', message: `invalid YAML: ${firstLine(String((error as Error).message ?? error))}`, suggestion: 'remove YAML aliases (*name); they are not needed in this file' }] };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A YAML syntax error in words, with a fix. The parser's own message stays for the rare errors
 * named nowhere here; the common ones (a tab in the indentation, a quote never closed) point at
 * the line the user has to edit, which for a quote is where it opened, not the end of the file.
 */
function yamlProblem(file: string, text: string, lines: LineCounter, error: { code: string; message: string; pos: [number, number] }): ConfigError {
  const at = lines.linePos(error.pos[0]);
  const problem = (line: number, column: number, message: string, suggestion?: string): ConfigError => ({ file, line, column, key: '', message, ...(suggestion ? { suggestion } : {}) });
  if (error.code === 'TAB_AS_INDENT') {
    return problem(at.line, at.col, `line ${at.line} is indented with a tab; YAML indentation must be spaces`, 'replace the tab with spaces (two per level, lined up with the keys above)');
  }
  const quote = /^Missing closing (?<quote>["'])/.exec(error.message)?.groups?.quote;
  if (error.code === 'MISSING_CHAR' && quote !== undefined) {
    const opened = unclosedQuote(text, quote, lines);
    const where = opened ?? { line: at.line, column: at.col };
    return problem(where.line, where.column, `the ${quote} quote opened here is never closed, so the rest of the file is read as one string`, `add the closing ${quote} at the end of the value, or remove the opening one`);
  }
  if (error.code === 'DUPLICATE_KEY') return problem(at.line, at.col, `a key is written twice in the same mapping (${firstLine(error.message)})`, 'remove one of the two keys');
  if (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR') return problem(at.line, at.col, `invalid YAML: ${firstLine(error.message)}`, 'check the indentation of this line and the one before');
  return problem(at.line, at.col, `invalid YAML: ${firstLine(error.message)}`);
}

/**
 * Where the quoted scalar that never closes opened: the first quote that starts a value (after
 * indentation, `- `, `: `, `[`, `{` or `,`, outside a comment) and has no closing quote anywhere
 * after it. Quoted scalars may span lines, and inside them a doubled '' (single) or a backslash
 * escape (double) is no closing quote (https://yaml.org/spec/1.2.2/#73-flow-scalar-styles), so an
 * apostrophe in a plain value (`purpose: Acme's analytics`) is never taken for the culprit.
 */
function unclosedQuote(text: string, quote: string, lines: LineCounter): Position | undefined {
  const opener = new RegExp(`(?:^[ \\t]*(?:-[ \\t]+)?|:[ \\t]+|[[{,][ \\t]*)${quote}`, 'gm');
  for (let match = opener.exec(text); match !== null; match = opener.exec(text)) {
    const start = match.index + match[0].length - 1;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    if (/(?:^|\s)#/.test(text.slice(lineStart, start))) continue;
    const close = closingQuote(text, start + 1, quote);
    if (close === -1) {
      const at = lines.linePos(start);
      return { line: at.line, column: at.col };
    }
    opener.lastIndex = close + 1;
  }
  return undefined;
}

/** The index of the quote closing a scalar whose content starts at `from`, or -1. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (quote === '"' && char === '\\') i++;
    else if (char === quote && quote === "'" && text[i + 1] === "'") i++;
    else if (char === quote) return i;
  }
  return -1;
}

/** The node at a JSON-pointer-like path, and the position of its key or value. */
export function locate(yaml: LocatedYaml, path: (string | number)[], at: 'key' | 'value' = 'value'): Position {
  let node: unknown = yaml.doc.contents;
  let position = yaml.lines.linePos(0);
  let found = { line: position.line, column: position.col };
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) {
        position = yaml.lines.linePos(keyNode.range[0]);
        found = { line: position.line, column: position.col };
      }
      node = pair.value;
      continue;
    }
    if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!item) break;
      node = item;
      if (isNode(item) && item.range) {
        position = yaml.lines.linePos(item.range[0]);
        found = { line: position.line, column: position.col };
      }
      continue;
    }
    break;
  }
  if (at === 'value' && isNode(node) && node.range && path.length > 0 && !isMap(node) && !isSeq(node)) {
    position = yaml.lines.linePos(node.range[0]);
    found = { line: position.line, column: position.col };
  }
  return found;
}

/** `subprocessors[2].vendor` from `/subprocessors/2/vendor`. */
export function keyPath(path: (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/** Turn ajv errors into located, readable problems; one per offending key. */
export function schemaErrors(yaml: LocatedYaml, validate: ValidateFunction): ConfigError[] {
  if (validate(yaml.value)) return [];
  const errors: ConfigError[] = [];
  const seen = new Set<string>();
  for (const error of pickErrors(validate.errors ?? [])) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    let message = `${keyPath(path) || 'the document'} ${error.message ?? 'is invalid'}`;
    let suggestion: string | undefined;
    let at: Position;
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      path.push(extra);
      at = locate(yaml, path, 'key');
      message = `unknown key "${extra}"${path.length > 1 ? ` in ${keyPath(path.slice(0, -1))}` : ''}`;
      const allowed = allowedKeys(error);
      if (allowed.length > 0) suggestion = closest(extra, allowed).length > 0 ? `did you mean "${closest(extra, allowed)[0]}"?` : `expected one of: ${allowed.join(', ')}`;
    } else if (error.keyword === 'enum') {
      at = locate(yaml, path);
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      // A key checked by propertyNames (`rules: { undeclared-vendro: off }`) is the value named.
      const name = (error as ErrorObject & { propertyName?: string }).propertyName;
      const actual = name ?? scalarAt(yaml.value, path);
      message = `${name !== undefined ? `a key of ${keyPath(path)}` : keyPath(path)} must be one of: ${allowed.join(', ')}${actual === undefined ? '' : `, not ${JSON.stringify(actual)}`}`;
      const near = typeof actual === 'string' ? closest(actual, allowed) : [];
      if (near.length > 0) suggestion = `did you mean "${near[0]}"?`;
    } else if (error.keyword === 'const') {
      at = locate(yaml, path);
      const expected = (error.params as { allowedValue: unknown }).allowedValue;
      const actual = scalarAt(yaml.value, path);
      message = `${keyPath(path)} must be ${JSON.stringify(expected)}${actual === undefined ? '' : `, not ${JSON.stringify(actual)}`}${path.join('.') === 'version' ? ': 1 is the only manifest format so far' : ''}`;
      suggestion = `write \`${keyPath(path)}: ${JSON.stringify(expected)}\``;
    } else if (error.keyword === 'required') {
      at = locate(yaml, path);
      message = `${keyPath(path) || 'the document'} is missing the required key "${(error.params as { missingProperty: string }).missingProperty}"`;
    } else {
      at = locate(yaml, path);
    }
    const id = `${at.line}:${at.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push({ file: yaml.file, line: at.line, column: at.column, key: keyPath(path), message, ...(suggestion ? { suggestion } : {}) });
  }
  return errors;
}

/** The scalar at a path of the parsed document, for "must be X, not Y"; undefined for a list or map. */
function scalarAt(value: unknown, path: (string | number)[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return node !== null && typeof node === 'object' ? undefined : node;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

// ajv reports every branch of a oneOf/anyOf; the deepest, most specific errors are the useful ones.
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && error.keyword !== 'if');
  return specific.length > 0 ? specific : errors;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = saved;
    }
  }
  return previous[b.length]!;
}

/** Up to three candidates closest to `word`, close enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string[] {
  const lower = word.toLowerCase();
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const distance = lower.length >= 3 && (c.startsWith(lower) || lower.startsWith(c)) ? 1 : editDistance(lower, c);
    if (distance <= Math.max(2, Math.floor(c.length / 3))) scored.push([candidate, distance]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, 3).map(([candidate]) => candidate);
}
