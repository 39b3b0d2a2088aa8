import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { closest } from '../config-errors.js';
import { usageError } from '../run.js';

// One way every command reads its options: node's parseArgs, strict, and a bad option explained
// in one line ("unknown option '--formt'; did you mean '--format'?"), never the parser's
// multi-line message or a usage dump.

/** parseArgs for `disclosed COMMAND`; a bad argument is a one-line usage error (exit 2). */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(argumentProblem(error as Error & { code?: string }, Object.keys(config.options ?? {}), command));
  }
}

/** One line for a bad argument: an unknown option gets the closest known one. */
export function argumentProblem(error: Error & { code?: string }, known: string[], command: string): string {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(?<option>-[^']*)'/.exec(error.message)?.groups?.option : undefined;
  if (unknown === undefined) return `${error.message.split('\n')[0]} (disclosed ${command} --help lists the options)`;
  const name = unknown.replace(/^-+/, '').split('=')[0]!;
  const [suggestion] = closest(name, known);
  return `unknown option '${unknown.split('=')[0]}'${suggestion ? `; did you mean '--${suggestion}'?` : ` (disclosed ${command} --help lists the options)`}`;
}
