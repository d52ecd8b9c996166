const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/**
 * Exponential back-off capped at 10 s, with ±25 % jitter so that many screens or tablets
 * that lost the server at the same moment do not all come back at the same instant.
 * Never returns null: the wall and the tablets keep trying for as long as they are open.
 */
export function backoffDelay(attempt: number): number {
  const exponential = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * 2 ** attempt);
  const jittered = exponential * (0.75 + Math.random() * 0.5);
  return Math.round(Math.min(MAX_DELAY_MS, jittered));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
