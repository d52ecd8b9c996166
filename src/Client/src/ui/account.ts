import { signOut } from '../api/account';
import { ProblemError } from '../api/problems';
import { loadSession, type Role, type Session } from '../api/session';
import { h } from './dom';
import { safeReturnPath } from './return-path';
import { t } from '../i18n/i18n';

export const roleWords: Record<Role, string> = {
  organiser: t('role.organiser'),
  coach: t('role.coach'),
  juror: t('role.juror'),
  employer: t('role.employer'),
  funder: t('role.funder'),
  pupil: t('role.pupil'),
};

/** Where each role starts working. */
export function homeFor(role: Role | null | undefined): string {
  switch (role) {
    case 'organiser':
      return '/organiser.html';
    case 'coach':
      return '/coach.html';
    case 'juror':
      return '/juror.html';
    case 'pupil':
      return '/tablet.html';
    case 'employer':
      return '/showcase.html';
    case 'funder':
      return '/impact.html';
    default:
      return '/';
  }
}

/** A return address from the query string, only when it stays on this site. */
export function returnAddress(): string | null {
  return safeReturnPath(new URLSearchParams(location.search).get('return'), location.origin);
}

/** Who is signed in, with a button to sign out, at the end of the page header. */
export function accountBar(session: Session): HTMLElement {
  const signOutButton = h('button', { type: 'button', class: 'button-link' }, t('chrome.signOut'));
  signOutButton.addEventListener('click', () => {
    signOut()
      .catch(() => undefined)
      .finally(() => location.assign('/signin.html'));
  });
  return h(
    'div',
    { class: 'site-account' },
    h('span', {}, `${t('chrome.signedInAs')} `, h('strong', {}, session.displayName ?? ''), ` (${roleWords[session.role ?? 'organiser']})`),
    signOutButton,
  );
}

/**
 * Starts a staff page: without a staff session it goes to the sign-in page (and never settles), otherwise it shows who is
 * signed in in the header. A page for other roles than `roles` explains where that person works instead.
 */
export async function staffSession(root: HTMLElement, roles: Role[]): Promise<Session> {
  let session: Session;
  try {
    session = await loadSession();
  } catch (error) {
    const busy = error instanceof ProblemError && error.status >= 500;
    root.replaceChildren(
      h('p', { class: 'notice', role: 'alert' }, busy ? t('account.serverBusy') : t('account.offline')),
    );
    return new Promise(() => {});
  }
  if (!session.signedIn || session.role === 'pupil') {
    const back = `${location.pathname}${location.search}${location.hash}`;
    location.assign(`/signin.html?return=${encodeURIComponent(back)}`);
    return new Promise(() => {});
  }
  document.querySelector('.site-header')?.append(accountBar(session));
  if (!roles.includes(session.role!)) {
    root.replaceChildren(
      h(
        'div',
        { class: 'notice', role: 'alert' },
        h('p', {}, t('account.pageFor', { roles: roles.map((role) => roleWords[role]).join(` ${t('account.or')} `), role: roleWords[session.role!] })),
        h('p', {}, h('a', { href: homeFor(session.role) }, t('account.toStart'))),
      ),
    );
    return new Promise(() => {});
  }
  return session;
}
