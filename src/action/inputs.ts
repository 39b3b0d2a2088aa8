import { usageError } from '../run.js';

// The Action's inputs (SPEC §5), read and validated. action.yml declares no defaults: an unset
// input falls back to the manifest's `settings:` and then to the defaults written here, so a
// repository's own policy is never overridden by a value the workflow did not set.

export type FailOn = 'error' | 'warning' | 'never';
export type Mode = 'diff' | 'full';
export type CommentMode = 'always' | 'on-failure' | 'on-change' | 'never';
export type PolicyFrom = 'head' | 'base';

/** The inputs after validation; undefined means "not set: decide later". */
export interface ActionInputs {
  path: string;
  manifest?: string;
  failOn?: FailOn;
  mode?: Mode;
  baseRef?: string;
  annotations: boolean;
  maxAnnotations: number;
  comment: CommentMode;
  sarifFile?: string;
  summary: boolean;
  policyFrom: PolicyFrom;
  token?: string;
  /** Publish every annotation through a check run (needs `checks: write`), not only the 10+10 workflow commands show. */
  checkRun: boolean;
  /** Sites to load in a browser and check at runtime too (`crawl-url`, one or more, space or newline separated). */
  crawlUrls: string[];
}

/** Every input action.yml declares, by its name there. */
export const INPUT_NAMES = ['path', 'manifest', 'fail-on', 'mode', 'base-ref', 'annotations', 'max-annotations', 'comment', 'sarif-file', 'summary', 'policy-from', 'token', 'crawl-url', 'check-run'] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** GitHub shows at most 50 annotations per job; more are silently dropped. */
export const MAX_JOB_ANNOTATIONS = 50;

/** Reads one input by its action.yml name; '' when unset (as @actions/core's getInput). */
export type InputReader = (name: InputName) => string;

function oneOf<T extends string>(read: InputReader, name: InputName, allowed: readonly T[]): T | undefined {
  const value = read(name).trim();
  if (value === '') return undefined;
  const lower = value.toLowerCase();
  const hit = allowed.find((item) => item === lower);
  if (!hit) throw usageError(`input \`${name}\` must be one of ${allowed.join(', ')}, not "${value}"`);
  return hit;
}

function flag(read: InputReader, name: InputName, fallback: boolean): boolean {
  const value = read(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw usageError(`input \`${name}\` must be true or false, not "${read(name).trim()}"`);
}

function optional(read: InputReader, name: InputName): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

export function readInputs(read: InputReader): ActionInputs {
  const maxText = read('max-annotations').trim();
  let maxAnnotations = MAX_JOB_ANNOTATIONS;
  if (maxText !== '') {
    if (!/^\d+$/.test(maxText)) throw usageError(`input \`max-annotations\` must be a whole number from 0 to ${MAX_JOB_ANNOTATIONS}, not "${maxText}"`);
    maxAnnotations = Math.min(Number(maxText), MAX_JOB_ANNOTATIONS);
  }
  const inputs: ActionInputs = {
    path: optional(read, 'path') ?? '.',
    annotations: flag(read, 'annotations', true),
    maxAnnotations,
    comment: oneOf(read, 'comment', ['always', 'on-failure', 'on-change', 'never'] as const) ?? 'never',
    summary: flag(read, 'summary', true),
    checkRun: flag(read, 'check-run', false),
    policyFrom: oneOf(read, 'policy-from', ['head', 'base'] as const) ?? 'head',
    crawlUrls: read('crawl-url').split(/\s+/).filter(Boolean),
  };
  const manifest = optional(read, 'manifest');
  if (manifest !== undefined) inputs.manifest = manifest;
  const failOn = oneOf(read, 'fail-on', ['error', 'warning', 'never'] as const);
  if (failOn !== undefined) inputs.failOn = failOn;
  const mode = oneOf(read, 'mode', ['diff', 'full'] as const);
  if (mode !== undefined) inputs.mode = mode;
  const baseRef = optional(read, 'base-ref');
  if (baseRef !== undefined) inputs.baseRef = baseRef;
  const sarifFile = optional(read, 'sarif-file');
  if (sarifFile !== undefined) inputs.sarifFile = sarifFile;
  const token = optional(read, 'token');
  if (token !== undefined) inputs.token = token;
  return inputs;
}
