import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import type { ApiError, CommentApi, IssueComment } from './comment.js';

// The one client for the GitHub REST API: Octokit through @actions/github (the runner's proxy
// settings, pagination by the Link header) with @octokit/plugin-retry (5xx and secondary rate
// limits retried with backoff), at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
// Every call's failure becomes an ApiError (status + GitHub's message) for the caller to word.
// https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api

export type GitHubClient = ReturnType<typeof getOctokit>;

/** A repository as the REST API addresses it. */
export interface RepositoryRef {
  owner: string;
  repo: string;
}

export function githubClient(token: string, env: NodeJS.ProcessEnv, version: string): GitHubClient {
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return getOctokit(token, { baseUrl, userAgent: `disclosed-action/${version}` }, retry);
}

/** Octokit's RequestError (or a network failure) as an ApiError. */
function apiError(error: unknown): ApiError {
  const failure = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } };
  const status = typeof failure.status === 'number' ? failure.status : 0;
  const detail = failure.response?.data?.message ?? failure.message ?? String(error);
  return { kind: 'api', status, message: String(detail).slice(0, 200) };
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw apiError(error);
  }
}

/** The issue-comment calls the sticky PR comment needs. */
export function commentApi(client: GitHubClient, repository: RepositoryRef, issue: number): CommentApi {
  return {
    // A user's token answers GET /user with its login; the workflow token and an App's
    // installation token cannot (403 "Resource not accessible by integration"): findSticky then
    // looks among bot accounts' comments.
    identity: async () => {
      try {
        const { data } = await call(() => client.rest.users.getAuthenticated());
        if (typeof data.login === 'string' && data.login !== '') return data.login;
      } catch (error) {
        if (![401, 403, 404].includes((error as ApiError).status)) throw error;
      }
      return undefined;
    },
    list: () => call(() => client.paginate(client.rest.issues.listComments, { ...repository, issue_number: issue, per_page: 100 }) as Promise<IssueComment[]>),
    create: async (body) => void (await call(() => client.rest.issues.createComment({ ...repository, issue_number: issue, body }))),
    update: async (id, body) => void (await call(() => client.rest.issues.updateComment({ ...repository, comment_id: id, body }))),
  };
}

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** What a check run shows besides its annotations. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

/** The check-run calls: create one, add to it, complete it. */
export interface CheckRunApi {
  create(name: string, headSha: string, output: CheckRunOutput): Promise<{ id: number; url?: string }>;
  update(id: number, output: CheckRunOutput, conclusion?: 'success' | 'failure' | 'neutral'): Promise<void>;
}

export function checkRunApi(client: GitHubClient, repository: RepositoryRef): CheckRunApi {
  return {
    create: async (name, headSha, output) => {
      const { data } = await call(() => client.rest.checks.create({ ...repository, name, head_sha: headSha, status: 'in_progress', output }));
      return { id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
    },
    update: async (id, output, conclusion) => {
      await call(() => client.rest.checks.update({ ...repository, check_run_id: id, output, ...(conclusion ? { status: 'completed' as const, conclusion } : {}) }));
    },
  };
}
