import { ProblemError, type ProblemDetails } from '../api/problems';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { nl } from '../i18n/problems.nl';

const PREFIX = '/problems/';

/**
 * The page's own words for a refusal, chosen by the problem's `type` (never by its title or detail) in the page's language;
 * undefined when the server named no type this client knows, so that the caller can fall back on what it has.
 */
export function problemText(problem: ProblemDetails): string | undefined {
  const key = problem.type?.startsWith(PREFIX) ? `problem.${problem.type.slice(PREFIX.length)}` : undefined;
  return key !== undefined && key in nl ? t(key as MessageKey) : undefined;
}

/** What a page says after a request failed: the text for the refusal's type, or `fallback` (offline, a server error, a type it does not know). */
export function refusalText(error: unknown, fallback: string): string {
  return error instanceof ProblemError && error.status < 500 ? (problemText(error.problem) ?? fallback) : fallback;
}
