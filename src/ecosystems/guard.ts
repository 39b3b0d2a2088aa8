import type { ParseProblem, ParseResult } from '../types.js';


/**
 * Runs a reader so that an unexpected shape in a user's file becomes a problem and never a throw;
 * whatever was read before the failure is kept.
 */
export function readSafely(read: (result: ParseResult) => void): ParseResult {
  const result: ParseResult = { packages: [], problems: [] };
  try {
    read(result);
  } catch (error) {
    result.problems.push(problem(1, 1, `could not finish reading this file: ${errorMessage(error)}`));
  }
  return result;
}

export function problem(line: number, column: number, message: string): ParseProblem {
  return { line, column, message };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Last segment of a repo-relative POSIX path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Plain-object test for values from a TOML, JSON or YAML document. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Nesting past which a JSON text is not handed to jsonc-parser, whose parse recurses per level:
 * a stack overflow near V8's limit can abort the process instead of throwing (see MAX_YAML_DEPTH
 * in config-errors.ts). Real manifests and lockfiles nest fewer than 20 levels.
 */
export const MAX_JSON_DEPTH = 200;

/** A problem at the bracket that nests past MAX_JSON_DEPTH (strings skipped); undefined when within. */
export function tooDeepJson(text: string): ParseProblem | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      lineStart = i + 1;
    } else if (code === 34) {
      // Skip a string; it ends at its closing quote or, unterminated, at the end of the line.
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92) i++;
        else if (inner === 34) break;
        else if (inner === 10) {
          i--;
          break;
        }
      }
    } else if (code === 91 || code === 123) {
      if (++depth > MAX_JSON_DEPTH) return problem(line, i - lineStart + 1, `not read: nested more than ${MAX_JSON_DEPTH} levels deep`);
    } else if ((code === 93 || code === 125) && depth > 0) depth--;
  }
  return undefined;
}
