import type { ProblemDetails } from '../api/problems';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { nl } from '../i18n/problems.nl';

const PREFIX = '/problems/';

/**
 * The page's own words for a refusal, chosen by the problem's `type` (never by its title) in the page's language; undefined
 * when the server named no type this client knows, so that the caller can fall back on what it has.
 */
export function problemText(problem: ProblemDetails): string | undefined {
  const key = problem.type?.startsWith(PREFIX) ? `problem.${problem.type.slice(PREFIX.length)}` : undefined;
  return key !== undefined && key in nl ? t(key as MessageKey) : undefined;
}
