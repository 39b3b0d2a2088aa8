import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { Catalog, CompiledConfigRule } from '../catalog/catalog.js';
import { MAX_YAML_DEPTH, yamlDepthBound } from '../config-errors.js';
import { lineStarts, positionAt } from '../ecosystems/position.js';
import type { VendorEvidence } from '../types.js';
import { blankComments } from './comments.js';

// Config-driven integrations: a docs or site generator loads a vendor because a key is set in its
// configuration (Docusaurus and VitePress `themeConfig.algolia`, Mintlify `integrations.posthog`,
// MkDocs `extra.analytics.provider: google`, Jekyll `google_analytics`, Hugo `services.googleAnalytics`).
// No package or URL of the vendor is in the repository, only the key. The catalog says which file,
// which key path and (optionally) which value; this module finds the key with its position.
//
// A rule's key path matches when it is a suffix of a key's path in the file (anonymous objects,
// arrays and function-call wrappers such as `defineConfig({...})` are transparent), so
// `themeConfig.algolia` matches in `export default defineConfig({ themeConfig: { algolia: {...} } })`.

/** One key found in a configuration file: its path from the root and its position. */
interface KeyHit {
  path: string[];
  offset: number;
  /** The key's value when it is a string, number or boolean. */
  value?: string;
}

/** Compiled glob matchers, cached per rule (a catalog holds few config rules). */
const globs = new WeakMap<CompiledConfigRule, (path: string) => boolean>();

function fileMatches(rule: CompiledConfigRule, path: string): boolean {
  let test = globs.get(rule);
  if (!test) {
    // Globs without a slash match the file name in any folder, as in .gitignore.
    const matchers = rule.files.map((glob) => picomatch(glob.includes('/') ? glob : `**/${glob}`, { dot: true }));
    test = (candidate) => matchers.some((matcher) => matcher(candidate));
    globs.set(rule, test);
  }
  return test(path);
}

function endsWith(path: string[], suffix: string[]): boolean {
  if (suffix.length > path.length) return false;
  const start = path.length - suffix.length;
  return suffix.every((key, index) => path[start + index] === key);
}

/**
 * Keys of a JavaScript/TypeScript object literal or JSON text, with their paths: one pass over the
 * text with comments blanked and strings skipped. `key: {` opens a named level; any other `{`
 * opens an anonymous one; `key: (` or `key: /* type *\/ ({` still names the object it wraps.
 */
function objectLiteralKeys(text: string): KeyHit[] {
  const hits: KeyHit[] = [];
  const stack: (string | undefined)[] = [];
  let pending: string | undefined;
  const path = () => stack.filter((key): key is string => key !== undefined);
  const KEY = /(?:(?<quote>["'])(?<quoted>[^"'\n\\]{1,100})\k<quote>|(?<bare>[A-Za-z_$][\w$-]{0,100}))\s*:(?!:)/y;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      stack.push(pending);
      pending = undefined;
      continue;
    }
    if (char === '}') {
      stack.pop();
      pending = undefined;
      continue;
    }
    if (char === '(' || char === ' ' || char === '\t' || char === '\n' || char === '\r') continue;
    if (char === '"' || char === "'" || char === '`' || /[A-Za-z_$]/.test(char ?? '')) {
      // Only at a token start: the character before is not part of an identifier.
      if (i > 0 && /[\w$]/.test(text[i - 1] ?? '')) continue;
      KEY.lastIndex = i;
      const key = KEY.exec(text);
      if (key?.groups) {
        const name = key.groups['quoted'] ?? key.groups['bare'] ?? '';
        const after = KEY.lastIndex;
        const value = /^\s*(?<q>["'`])(?<string>[^"'`\n]{0,200})\k<q>|^\s*(?<literal>true|false|-?\d[\d.]*)\b/.exec(text.slice(after, after + 210));
        const literal = value?.groups?.['string'] ?? value?.groups?.['literal'];
        hits.push({ path: [...path(), name], offset: i + (key.groups['quote'] ? 1 : 0), ...(literal !== undefined ? { value: literal } : {}) });
        pending = name;
        i = after - 1;
        continue;
      }
      if (char === '"' || char === "'" || char === '`') {
        // Skip a string that is not a key; an unterminated one ends at the line's end.
        for (i++; i < text.length && text[i] !== char && !(char !== '`' && text[i] === '\n'); i++) if (text[i] === '\\') i++;
        pending = undefined;
        continue;
      }
      // An identifier that is not a key (`defineConfig`, `module.exports`): wrappers keep `pending`.
      while (i + 1 < text.length && /[\w$.]/.test(text[i + 1] ?? '')) i++;
      continue;
    }
    pending = undefined;
  }
  return hits;
}

function yamlKeys(text: string): KeyHit[] {
  if (yamlDepthBound(text) > MAX_YAML_DEPTH) return [];
  const hits: KeyHit[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (isSeq(node)) {
      for (const item of node.items) walk(item, path);
      return;
    }
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) continue;
      const key = String(pair.key.value);
      const value = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value) : undefined;
      hits.push({ path: [...path, key], offset: pair.key.range[0], ...(value !== undefined ? { value } : {}) });
      walk(pair.value as YamlNode, [...path, key]);
    }
  };
  const doc = parseDocument(text);
  walk(doc.contents, []);
  return hits;
}

function tomlKeys(text: string): KeyHit[] {
  let data: unknown;
  try {
    data = parseToml(text);
  } catch {
    return [];
  }
  const hits: KeyHit[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, path);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      // TOML keeps no positions: the key's first occurrence as a bare or quoted key, or in a table header.
      const found = new RegExp(`(?:^|[\\s.\\["'])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(?:=|\\]|\\.)`, 'm').exec(text);
      const offset = found ? found.index + found[0].indexOf(key) : 0;
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
      hits.push({ path: [...path, key], offset, ...(scalar !== undefined ? { value: scalar } : {}) });
      walk(value, [...path, key]);
    }
  };
  walk(data, []);
  return hits;
}

function keysOf(path: string, text: string): KeyHit[] {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'yml' || extension === 'yaml') return yamlKeys(text);
  if (extension === 'toml') return tomlKeys(text);
  if (['json', 'jsonc', 'json5'].includes(extension)) return objectLiteralKeys(blankComments(text, 'c'));
  if (['js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'jsx', 'tsx'].includes(extension)) return objectLiteralKeys(blankComments(text, 'c'));
  return [];
}

/** The config rules that could apply to this file: a keyword of theirs occurs and the file name fits. */
export function configRulesFor(catalog: Catalog, path: string, hits: Set<string>): CompiledConfigRule[] {
  const rules = new Set<CompiledConfigRule>();
  for (const keyword of hits) {
    for (const rule of catalog.configByKeyword.get(keyword) ?? []) if (fileMatches(rule, path)) rules.add(rule);
  }
  return [...rules];
}

/** Evidence of vendors a configuration file turns on by a key (and value) the catalog names. */
export function matchConfig(catalog: Catalog, path: string, text: string, hits: Set<string>): VendorEvidence[] {
  const rules = configRulesFor(catalog, path, hits);
  if (rules.length === 0) return [];
  const keys = keysOf(path, text);
  const evidence: VendorEvidence[] = [];
  let starts: number[] | undefined;
  for (const rule of rules) {
    for (const keyPath of rule.keys) {
      const hit = keys.find((key) => endsWith(key.path, keyPath) && (!rule.value || (key.value !== undefined && rule.value.test(key.value))));
      if (!hit) continue;
      const at = positionAt((starts ??= lineStarts(text)), hit.offset);
      evidence.push({ vendor: rule.vendor, kind: 'config', path, ...at, match: hit.value === undefined ? hit.path.join('.') : `${hit.path.join('.')}: ${hit.value}` });
      break;
    }
  }
  return evidence.sort((a, b) => a.line - b.line || a.column - b.column);
}
