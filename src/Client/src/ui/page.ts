import { ProblemError } from '../api/problems';
import { loadSession, type Role, type Session } from '../api/session';
import { staffSession } from './account';
import { byId, challengeIdFromUrl, h } from './dom';

/** What every page starts from: its root element, who is signed in, and the challenge named in the address. */
export interface PageStart {
  root: HTMLElement;
  session: Session;
  challengeId: string | null;
}

/**
 * Starts a page. Its texts and language picker are already in place (`i18n/language` is every page's first import).
 * With `roles` it is a staff page: without such a session it goes to the sign-in page and never settles, and the header
 * shows who is signed in. Without `roles` the session is read as it is (public pages).
 */
export async function bootPage(rootId: string, roles?: Role[]): Promise<PageStart> {
  const root = byId(rootId);
  const session = roles ? await staffSession(root, roles) : await loadSession();
  return { root, session, challengeId: challengeIdFromUrl() };
}

/** What a page says when what it is about cannot be shown; `more` is a way on (a link), shown below it. */
export interface LoadFailure {
  notFound: string;
  failed: string;
  more?: Node;
}

/**
 * Loads and shows what the page is about. A 404 on the way shows `notFound`, any other failure `failed`, in place of the
 * page's content. Loads retry transient failures themselves (`withRetry`), so a failure that arrives here is final.
 */
export async function loadOrExplain(root: HTMLElement, show: () => Promise<void>, failure: LoadFailure): Promise<void> {
  try {
    await show();
  } catch (error) {
    const text = error instanceof ProblemError && error.status === 404 ? failure.notFound : failure.failed;
    root.replaceChildren(
      failure.more
        ? h('div', { class: 'notice', role: 'alert' }, h('p', {}, text), h('p', {}, failure.more))
        : h('p', { class: 'notice', role: 'alert' }, text),
    );
  }
}
