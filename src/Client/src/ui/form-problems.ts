import { ProblemError, type ProblemDetails } from '../api/problems';
import { t } from '../i18n/i18n';

/** What a form shows when something needs another look: a summary, the messages, and which of its fields they concern. */
export interface Problems<F extends string> {
  summary: string;
  messages: string[];
  fields: Set<F>;
}

/** Reads the server's ProblemDetails; `fieldOf` maps the server's field names to the form's own fields. */
export function fromProblem<F extends string>(problem: ProblemDetails, fieldOf: (key: string) => F | undefined): Problems<F> {
  const fields = new Set<F>();
  const messages: string[] = [];
  for (const [key, list] of Object.entries(problem.errors ?? {})) {
    const field = fieldOf(key);
    if (field) fields.add(field);
    messages.push(...list);
  }
  const summary =
    problem.detail ??
    (messages.length > 0 ? t('form.checkThis') : (problem.title ?? t('form.saveFailed')));
  return { summary, messages, fields };
}

/**
 * What a form shows after a send failed. A 4xx means the server refused this content, so its Idempotency-Key is spent;
 * anything else may be the wifi, so the form keeps its content and key and asks to try again with `retryHint`.
 */
export function afterFailedSend<F extends string>(
  error: unknown,
  fieldOf: (key: string) => F | undefined,
  retryHint: string,
): { problems: Problems<F>; keySpent: boolean } {
  if (error instanceof ProblemError && error.status < 500) {
    return { problems: fromProblem(error.problem, fieldOf), keySpent: true };
  }
  return { problems: { summary: retryHint, messages: [], fields: new Set() }, keySpent: false };
}
