import type { nl as problemTexts } from '../i18n/problems.nl';

/** RFC 9457 problem details as returned by the server. */
export interface ProblemDetails {
  /** The kind of refusal, `/problems/{code}` (see docs/contract.md): branch on this, never on the title. */
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

/** The code of every refusal the server can send (`/problems/{code}`), from the client's catalogue of their texts. */
export type ProblemCode = keyof typeof problemTexts extends `problem.${infer Code}` ? Code : never;

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
  }

  /** Whether the server refused with the kind `code`: the one way a page tells refusals apart (never by title or detail). */
  is(code: ProblemCode): boolean {
    return this.problem.type === `/problems/${code}`;
  }
}

/** Whether `error` is the server's refusal of the kind `code`. */
export const isProblem = (error: unknown, code: ProblemCode): boolean => error instanceof ProblemError && error.is(code);

export async function readProblem(response: Response): Promise<ProblemError> {
  let problem: ProblemDetails = { title: response.statusText, status: response.status };
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      // A malformed body still leaves us the status line, which is enough to report.
    }
  }
  return new ProblemError(response.status, problem);
}
