import type { CommentMode } from './inputs.js';
import type { ActionOutcome } from './outcome.js';
import { splitFindings } from './outcome.js';
import { COMMENT_LIMIT_CHARS, renderWithin } from './summary.js';

// The sticky pull-request comment: one per PR (and per scanned path), found again by a hidden
// marker and edited in place, so a busy PR gets one comment that stays current, not one per push.

/** The hidden marker; the scanned path keeps two disclosed steps in one workflow apart. */
export function commentMarker(path: string): string {
  const key = path.replace(/^\.\/?/, '').replace(/\/+$/, '') || '.';
  return `<!-- disclosed:sticky-comment path=${key.replace(/-->/g, '')} -->`;
}

/** What to do with the comment on this run. */
export type CommentPlan = 'upsert' | 'resolve' | 'none';

/** Drift worth a comment: new findings that are not suppressed, or policy changes to review. */
export function hasDrift(outcome: ActionOutcome): boolean {
  if (outcome.configErrors && outcome.configErrors.length > 0) return true;
  if (!outcome.result) return false;
  const { current } = splitFindings(outcome.result);
  return current.some((finding) => finding.severity !== 'note') || outcome.manifestChanges.length > 0;
}

/**
 * always: post or update every run. on-failure: when the check fails; a passing run turns an
 * earlier comment into a "resolved" note. on-change: when there is drift; the same when it is gone.
 */
export function planComment(mode: CommentMode, outcome: ActionOutcome): CommentPlan {
  if (mode === 'never') return 'none';
  if (outcome.conclusion === 'error' && !outcome.configErrors) return 'none';
  if (mode === 'always') return 'upsert';
  const wanted = mode === 'on-failure' ? outcome.conclusion !== 'success' : hasDrift(outcome);
  return wanted ? 'upsert' : 'resolve';
}

function withMarker(marker: string, body: string): string {
  return `${marker}\n${body}`;
}

/** The comment body for this run, with the marker, under 65,536 characters. */
export function commentBody(outcome: ActionOutcome, marker: string): string {
  return withMarker(marker, renderWithin(outcome, 'comment', COMMENT_LIMIT_CHARS - marker.length - 1, (text) => text.length));
}

/** What an earlier comment becomes once the drift it reported is gone. */
export function resolvedBody(outcome: ActionOutcome, marker: string): string {
  const at = outcome.revision ? ` as of \`${outcome.revision.slice(0, 12)}\`` : '';
  const run = outcome.runUrl ? ` ([workflow run](${outcome.runUrl}))` : '';
  return withMarker(marker, `## ✅ disclosed: resolved\n\nThe drift reported here earlier is gone${at}${run}.\n`);
}

/** An issue comment as the REST API lists it. */
export interface IssueComment {
  id: number;
  body?: string;
  user?: { type?: string; login?: string } | null;
}

/** The REST calls the sticky comment needs; they throw an ApiError on a non-2xx answer. */
export interface CommentApi {
  /**
   * The login the token writes comments as, or undefined when the token cannot say: the workflow
   * token (it writes as `github-actions[bot]`) and a GitHub App's installation token (as
   * `<app>[bot]`) both get 403 from `GET /user`.
   */
  identity(): Promise<string | undefined>;
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

export interface ApiError {
  kind: 'api';
  status: number;
  message: string;
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as ApiError).kind === 'api';
}

/** The login of the workflow token (GITHUB_TOKEN), which `GET /user` does not answer for. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

function isBot(comment: IssueComment): boolean {
  return comment.user?.type === 'Bot' || (comment.user?.login ?? '').endsWith('[bot]');
}

/**
 * Our earlier comment: one carrying the marker and written by the token's own identity. Anyone
 * can paste the marker into a comment (the PR author, to have the bot overwrite their text, or
 * to hide the report in a comment they can edit): only our own comments are candidates. When the
 * token cannot name itself (the workflow token, an App's installation token), a comment by a bot
 * account is: `github-actions[bot]`'s first, then another bot's (an App writes as `<app>[bot]`);
 * a user's never, and a bot's comment that is not ours refuses the update (see syncComment).
 */
export function findSticky(comments: IssueComment[], marker: string, identity: string | undefined): IssueComment | undefined {
  const ours = comments.filter((comment) => comment.body?.startsWith(marker));
  if (identity !== undefined) {
    const login = identity.toLowerCase();
    return ours.find((comment) => comment.user?.login?.toLowerCase() === login);
  }
  return ours.find((comment) => comment.user?.login === WORKFLOW_TOKEN_LOGIN) ?? ours.find(isBot);
}

/** Carry out the plan; returns what was done, for the log. Errors propagate (the caller warns). */
export async function syncComment(api: CommentApi, plan: CommentPlan, outcome: ActionOutcome, marker: string): Promise<string> {
  if (plan === 'none') return 'no comment requested';
  const existing = findSticky(await api.list(), marker, await api.identity());
  if (plan === 'resolve') {
    if (!existing) return 'no drift and no earlier comment: nothing to do';
    const body = resolvedBody(outcome, marker);
    if (existing.body === body) return `comment ${existing.id} already says resolved`;
    await api.update(existing.id, body);
    return `marked comment ${existing.id} resolved`;
  }
  const body = commentBody(outcome, marker);
  if (existing) {
    if (existing.body === body) return `comment ${existing.id} is up to date`;
    try {
      await api.update(existing.id, body);
      return `updated comment ${existing.id}`;
    } catch (error) {
      // Another bot's comment, found while the token could not name itself: not ours to edit.
      if (!isApiError(error) || ![403, 404].includes(error.status)) throw error;
    }
  }
  await api.create(body);
  return 'created the comment';
}
