import type { ParseResult } from '../../types.js';

/**
 * Runs a parser body so that a bug on an unexpected file becomes a problem, not a crash: the
 * scan must go on whatever a user's file holds.
 */
export function readSafely(read: () => ParseResult): ParseResult {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { packages: [], problems: [{ line: 1, column: 1, message: `could not read file: ${reason}` }] };
  }
}

/** The last segment of a repo-relative POSIX path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
