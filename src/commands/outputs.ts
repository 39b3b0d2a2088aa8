import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { REPORTERS } from '../reporters/index.js';
import { usageError } from '../run.js';
import type { CliIo } from '../run.js';

/** One option token as node:util parseArgs reports it (only what pairing needs). */
interface OptionToken {
  kind: string;
  name?: string;
  value?: string | boolean | undefined;
}

/** `--format a --output x --format b` → [{a, x}, {b, stdout}], in command-line order; text when none. */
export function outputPairs(tokens: readonly OptionToken[] | undefined): { format: string; output?: string }[] {
  const pairs: { format: string; output?: string }[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (token.name === 'format') pairs.push({ format: String(token.value) });
    if (token.name === 'output') {
      const last = pairs[pairs.length - 1];
      if (!last || last.output !== undefined) throw usageError('--output must follow a --format');
      last.output = String(token.value);
    }
  }
  if (pairs.length === 0) pairs.push({ format: 'text' });
  for (const pair of pairs) {
    if (!REPORTERS[pair.format]) throw usageError(`unknown --format "${pair.format}"; expected one of: ${Object.keys(REPORTERS).join(', ')}`);
  }
  return pairs;
}

/** Write a file the user named; a missing folder or a refused write is a usage error, in one line. */
export function writeOutput(absolute: string, name: string, text: string): void {
  const folder = dirname(absolute);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw usageError(`cannot write ${name}: the folder ${dirname(name)} does not exist`);
  try {
    writeFileSync(absolute, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`cannot write ${name}: ${code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message}`);
  }
}

/**
 * Colour for what is written to stdout: --no-color/--color win, then NO_COLOR (no-color.org) and
 * FORCE_COLOR (0 or false: off), then whether stdout (not stderr) is a terminal outside CI.
 */
export function useColor(flags: { color?: boolean; noColor?: boolean }, io: CliIo): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (io.env.NO_COLOR) return false;
  return Boolean(io.stdoutIsTTY) && !io.env.CI;
}
