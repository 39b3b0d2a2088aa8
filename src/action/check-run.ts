import type { Annotation } from './annotations.js';
import type { CheckAnnotation, CheckRunApi } from './github-api.js';

// `check-run: true`: every annotation through a check run instead of workflow commands, which
// GitHub caps at 10 errors and 10 warnings per step. The Checks API takes at most 50 annotations
// per request, so the run is created with the first 50 and updated with each next 50 (updates
// add to the annotations already there), then completed.
// https://docs.github.com/en/rest/checks/runs#update-a-check-run

/** The Checks API's limit of annotations per create or update request. */
export const CHECK_RUN_BATCH = 50;

const LEVELS = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** An annotation with a file, as the Checks API takes it (columns only on a one-line range, as the API requires). */
export function toCheckAnnotation(annotation: Annotation): CheckAnnotation | undefined {
  if (annotation.file === undefined) return undefined;
  const line = annotation.line ?? 1;
  return {
    path: annotation.file,
    start_line: line,
    end_line: line,
    ...(annotation.column !== undefined ? { start_column: annotation.column, end_column: annotation.column } : {}),
    annotation_level: LEVELS[annotation.level],
    title: annotation.title.slice(0, 255),
    // The API refuses a message over 64 KiB.
    message: annotation.message.slice(0, 60_000),
  };
}

export function batches<T>(items: T[], size = CHECK_RUN_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface CheckRunPlan {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
}

/**
 * Create the check run, add every batch of 50, complete it. Returns how many annotations it holds
 * and its URL. An ApiError propagates (the caller falls back to workflow commands).
 */
export async function publishCheckRun(api: CheckRunApi, plan: CheckRunPlan, annotations: CheckAnnotation[]): Promise<{ count: number; url?: string }> {
  const [first = [], ...rest] = batches(annotations);
  const output = (batch: CheckAnnotation[]) => ({ title: plan.title, summary: plan.summary, annotations: batch });
  const run = await api.create(plan.name, plan.headSha, output(first));
  for (const batch of rest) await api.update(run.id, output(batch));
  await api.update(run.id, output([]), plan.conclusion);
  return { count: annotations.length, ...(run.url ? { url: run.url } : {}) };
}
