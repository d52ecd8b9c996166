import { signOut } from '../../api/account';
import { isTransient } from '../../api/core';
import { loadSession } from '../../api/session';

const KEY = 'challengehub.tablet.signOutPending';
const RETRY_MS = 2_000;

function pending(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

function mark(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, new Date().toISOString());
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the sign-out is only tried while this page stays open.
  }
}

let retrying: number | undefined;

/**
 * Ends the pupil's session at the server. The session cookie is HttpOnly, so a page cannot remove it itself: when the
 * server cannot be reached, the tablet remembers (in localStorage, which outlives a reload and the tab) that a sign-out
 * is owed, never uses that session again, and sends the sign-out as soon as the network answers, on a timer, before
 * anything else the next pupil does. Answers whether the server already ended the session.
 */
export async function endSession(): Promise<boolean> {
  mark(true);
  return finishPendingSignOut();
}

/** Sends an owed sign-out; true when none is owed (any more). Keeps trying in the background while the network is away. */
export async function finishPendingSignOut(): Promise<boolean> {
  if (!pending()) return true;
  try {
    // A fresh session first: its token belongs to the session the cookie still holds, the one to end.
    await loadSession(true);
    await signOut();
    mark(false);
    window.clearTimeout(retrying);
    retrying = undefined;
    return true;
  } catch (error) {
    if (!isTransient(error)) {
      // The server answered (e.g. the session had already ended): nothing is left to end.
      mark(false);
      return true;
    }
    if (retrying === undefined) {
      retrying = window.setTimeout(() => {
        retrying = undefined;
        void finishPendingSignOut();
      }, RETRY_MS);
    }
    return false;
  }
}

/** Whether this tablet still owes the server a sign-out: its stored session must not be used meanwhile. */
export const signOutPending = pending;
