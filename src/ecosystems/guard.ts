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
