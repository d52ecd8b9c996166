import { language } from '../i18n/i18n';
import { backoffDelay, sleep } from '../live/backoff';
import { ProblemError, readProblem } from './problems';
import { loadSession, signedOut } from './session';


/**
 * Every API call goes through here: same-origin cookies, the antiforgery token on each change, and one retry with a
 * fresh token when the server says the page's token is stale (the session changed in another tab).
 * `signInOn401` is false for the sign-in calls themselves, where 401 means a wrong passphrase or PIN. `signal` lets the
 * tablet's outbox give up on a request that hangs, to send it again later with the same Idempotency-Key.
 */
export async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
  signInOn401 = true,
  signal?: AbortSignal,
): Promise<T> {
  const response = await send(method, url, body, { Accept: 'application/json', ...headers }, signInOn401, signal);
  // Sign-out, erase and the like answer without a body.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Posts JSON and returns the answer as a file, such as a printable certificate. */
export async function postForFile(url: string, body: unknown, accept: string): Promise<Blob> {
  return (await send('POST', url, body, { Accept: accept }, true)).blob();
}

/** The shared path of every call: a successful response, or a thrown problem (after the one retry a stale token earns). */
async function send(
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  signInOn401: boolean,
  signal?: AbortSignal,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const changes = method !== 'GET';
    const form = body instanceof FormData;
    const token = changes ? (await loadSession(attempt > 0)).antiforgeryToken : undefined;
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        // The server's problem titles then speak the page's language, for whoever reads a raw answer.
        'Accept-Language': language,
        ...(body === undefined || form ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { 'X-CSRF-TOKEN': token } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal,
    });
    if (response.ok) return response;
    const problem = await readProblem(response);
    if (response.status === 401 && signInOn401) {
      signedOut();
      return new Promise<Response>(() => {});
    }
    if (changes && attempt === 0 && response.status === 400 && problem.is('reload-page')) continue;
    throw problem;
  }
}

export const getJson = <T>(url: string) => request<T>('GET', url);

/** Every change goes through here: a JSON body (or none) and headers such as Idempotency-Key. */
export const sendJson = <T>(method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) =>
  request<T>(method, url, body, headers);

/** True for failures worth retrying: the network dropped, or the server had a hiccup. */
export function isTransient(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ProblemError && error.status >= 500);
}

const POST_ATTEMPTS = 4;

/**
 * Posts JSON, retrying transient failures with the same Idempotency-Key so the server
 * stores it once even when an earlier attempt reached it but the answer got lost.
 */
export async function postWithIdempotencyKey<T>(url: string, body: unknown, idempotencyKey: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request<T>('POST', url, body, { 'Idempotency-Key': idempotencyKey });
    } catch (error) {
      if (!isTransient(error) || attempt + 1 >= POST_ATTEMPTS) throw error;
      await sleep(backoffDelay(attempt + 1));
    }
  }
}

/** Keeps retrying a read until it succeeds or fails for a reason retrying cannot fix. */
export async function withRetry<T>(load: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (!isTransient(error)) throw error;
      await sleep(backoffDelay(attempt));
    }
  }
}

/**
 * crypto.randomUUID only exists in secure contexts; school tablets may reach the server
 * over plain http on the local network, so fall back to getRandomValues (available everywhere).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
