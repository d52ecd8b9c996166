import { ProblemError, type ProblemDetails } from '../api/problems';
import { t } from '../i18n/i18n';
import { problemText } from './problems';

/** What a form shows when something needs another look: a summary and messages in the page's words, and which of its fields they concern. */
export interface Problems<F extends string> {
  summary: string;
  messages: string[];
  fields: Set<F>;
}

/**
 * Reads the server's ProblemDetails: the summary is the page's text for its `type`, and `fieldOf` maps the server's field
 * names to the form's own fields, which the form marks. The server's field messages are English and are not shown.
 */
export function fromProblem<F extends string>(problem: ProblemDetails, fieldOf: (key: string) => F | undefined): Problems<F> {
  const fields = new Set<F>();
  for (const key of Object.keys(problem.errors ?? {})) {
    const field = fieldOf(key);
    if (field) fields.add(field);
  }
  return { summary: problemText(problem) ?? t('form.saveFailed'), messages: [], fields };
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
