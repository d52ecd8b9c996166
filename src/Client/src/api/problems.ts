/** RFC 9457 problem details as returned by the server. */
export interface ProblemDetails {
  /** The kind of refusal, `/problems/{code}` (see docs/contract.md): branch on this, never on the title. */
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
  }
}

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
