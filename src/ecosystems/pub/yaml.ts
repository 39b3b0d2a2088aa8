import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import type { DeclaredPackage, ParseResult, Position } from '../../types.js';
import { MAX_YAML_DEPTH, yamlDepthBound } from '../../config-errors.js';
import { problem } from '../guard.js';

/**
 * pubspec files are small (a large app's lock is ~100 KB); the yaml library reads under 1 MB/s,
 * so a YAML text past this many characters is not parsed, as for our own configuration.
 */
const MAX_PUB_YAML_CHARS = 2 * 1024 * 1024;

/**
 * Parses YAML; errors become problems at their line, and the document the yaml library could
 * still build is returned so that what was read is kept.
 */
export function parseYamlMap(text: string, result: ParseResult): YAMLMap | undefined {
  if (text.length > MAX_PUB_YAML_CHARS) {
    result.problems.push(problem(1, 1, `not read: ${text.length} characters of YAML, over the limit of ${MAX_PUB_YAML_CHARS}`));
    return undefined;
  }
  // Bounded before parsing: the yaml library recurses per level (see MAX_YAML_DEPTH).
  const depth = yamlDepthBound(text);
  if (depth > MAX_YAML_DEPTH) {
    result.problems.push(problem(1, 1, `not read: YAML nested up to ${depth} levels deep, over the limit of ${MAX_YAML_DEPTH}`));
    return undefined;
  }
  const doc = parseDocument(text, { prettyErrors: true });
  for (const error of doc.errors) {
    const [start] = error.linePos ?? [];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    result.problems.push(problem(start?.line ?? 1, start?.col ?? 1, `not valid YAML: ${reason}`));
  }
  return isMap(doc.contents) ? doc.contents : undefined;
}

/** One `key: value` entry of a YAML map, with the key's start offset. */
export interface MapEntry {
  key: string;
  offset: number;
  value: unknown;
}

export function mapEntries(map: unknown): MapEntry[] {
  if (!isMap(map)) return [];
  const entries: MapEntry[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !pair.key.range) continue;
    entries.push({ key: pair.key.value, offset: pair.key.range[0], value: pair.value });
  }
  return entries;
}

export function pubPackage(name: string, position: Position, direct: boolean, dev: boolean): DeclaredPackage {
  return { ecosystem: 'pub', name, line: position.line, column: position.column, direct, dev };
}
