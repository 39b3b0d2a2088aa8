import type { Check } from './types.js';

/** A dependency manifest or lockfile that could not be fully read; the scan went on. */
export const parseWarning: Check = {
  meta: {
    id: 'parse-warning',
    defaultSeverity: 'note',
    description: 'A dependency manifest or lockfile could not be fully read.',
    help: 'Fix the file (your package manager will likely complain too); until then, vendors it declares may be missed.',
  },
  run({ parseProblems }) {
    return parseProblems.map(({ path, problem }) => ({
      rule: 'parse-warning',
      args: { message: problem.message },
      location: { path, line: problem.line, column: problem.column },
      evidence: [],
    }));
  },
};
