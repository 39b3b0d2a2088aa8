import type { Mode } from './inputs.js';

// What the workflow run is about, from the runner's environment and the event payload
// (GITHUB_EVENT_PATH): https://docs.github.com/en/webhooks/webhook-events-and-payloads

/** Events whose natural question is "what does this change add?". */
export const DIFF_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const;

export interface PullRequestInfo {
  number: number;
  /** The base branch name, e.g. `main`. */
  baseRef: string;
  /** `pull_request.base.sha`: frozen when the PR was opened; shown, never used as the diff base. */
  baseSha?: string;
  headSha?: string;
  /** The head repository is not the base repository: the token is read-only there. */
  fromFork: boolean;
}

export interface RunEvent {
  name: string;
  /** `owner/name` of the repository the workflow runs in. */
  repository?: { owner: string; repo: string };
  pullRequest?: PullRequestInfo;
  /** merge_group: the branch the queue merges into. */
  mergeGroupBaseRef?: string;
}

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function branchName(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

/** Read the event from the runner's variables and the already-parsed payload. */
export function describeEvent(env: NodeJS.ProcessEnv, payload: unknown): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const event: RunEvent = { name };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) event.repository = { owner, repo };
  const body = object(payload) ?? {};
  const pr = object(body.pull_request);
  if (pr) {
    const base = object(pr.base) ?? {};
    const head = object(pr.head) ?? {};
    const baseRepo = text(object(base.repo)?.full_name);
    const headRepo = text(object(head.repo)?.full_name);
    const number = typeof pr.number === 'number' ? pr.number : typeof body.number === 'number' ? body.number : undefined;
    const baseRef = text(base.ref) ?? text(env.GITHUB_BASE_REF);
    if (number !== undefined && baseRef !== undefined) {
      event.pullRequest = {
        number,
        baseRef: branchName(baseRef),
        fromFork: object(head.repo)?.fork === true || (baseRepo !== undefined && headRepo !== undefined && baseRepo !== headRepo),
        ...(text(base.sha) ? { baseSha: text(base.sha) } : {}),
        ...(text(head.sha) ? { headSha: text(head.sha) } : {}),
      };
    }
  }
  const group = object(body.merge_group);
  const groupBase = text(group?.base_ref);
  if (groupBase) event.mergeGroupBaseRef = branchName(groupBase);
  return event;
}

/** `diff` on pull requests and merge queues, `full` on push, schedule, workflow_dispatch and the rest. */
export function defaultMode(event: RunEvent): Mode {
  return (DIFF_EVENTS as readonly string[]).includes(event.name) ? 'diff' : 'full';
}

/** The branch (or ref, or SHA) to diff against: the input wins, then the event's base branch. */
export function baseRefFor(event: RunEvent, input: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (input !== undefined) return input;
  if (event.pullRequest) return event.pullRequest.baseRef;
  if (event.mergeGroupBaseRef) return event.mergeGroupBaseRef;
  const fromEnv = text(env.GITHUB_BASE_REF);
  return fromEnv ? branchName(fromEnv) : undefined;
}
