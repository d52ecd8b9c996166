import { readProblem } from './problems';
import { routes } from './routes';
import type { Id } from './types';

export type Role = 'organiser' | 'coach' | 'juror' | 'employer' | 'pupil' | 'funder';

/** Who this browser is signed in as, and the token its changes must carry (`GET /api/session`). */
export interface Session {
  signedIn: boolean;
  antiforgeryToken: string;
  setupNeeded: boolean;
  accountId?: Id | null;
  role?: Role | null;
  displayName?: string | null;
  teamId?: Id | null;
  challengeId?: Id | null;
  challengeIds?: Id[] | null;
}

let session: Promise<Session> | null = null;

/** The session, loaded once per page; sign-in and sign-out replace it (the token is bound to who is signed in). */
export function loadSession(reload = false): Promise<Session> {
  if (!session || reload) {
    const loading = fetchSession();
    session = loading;
    // A failed load is not remembered: the next call asks again.
    loading.catch(() => {
      if (session === loading) session = null;
    });
  }
  return session;
}

export function setSession(next: Session): Session {
  session = Promise.resolve(next);
  return next;
}

/**
 * What a page does when the server says nobody is signed in (401): staff pages go to the sign-in page and come back,
 * the tablet shows its join form. The promise of the refused call never settles, so no page shows a raw error meanwhile.
 */
let onSignedOut: () => void = () => {
  const back = `${location.pathname}${location.search}${location.hash}`;
  location.assign(`/signin.html?return=${encodeURIComponent(back)}`);
};

export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

/** The server said nobody is signed in: the next change fetches a new session, and the page does what it chose. */
export function signedOut(): void {
  session = null;
  onSignedOut();
}

/**
 * `GET /api/session` on its own, not through the HTTP core: the core needs the session for its token. A GET carries no
 * token and a refusal here is the caller's to handle, so this is the same request the core would send.
 */
async function fetchSession(): Promise<Session> {
  const response = await fetch(routes.session, { method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw await readProblem(response);
  return (await response.json()) as Session;
}
