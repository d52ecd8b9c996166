import { loadSession, path, ProblemError, request, setSession, type Id, type Role, type Session } from './api';
import { h } from './dom';
import { t } from './i18n';

export type InvitedRole = Exclude<Role, 'organiser' | 'pupil'>;

/** An invite as the invited person sees it before redeeming it. */
export interface InviteView {
  role: InvitedRole;
  challengeId: Id;
  challengeTitle: string;
  expiresAt: string;
}

export interface Invite {
  code: string;
  challengeId: Id;
  role: InvitedRole;
  createdAt: string;
  expiresAt: string;
}

/** A new invite with the link to hand out and the same link as an SVG QR code. */
export interface InviteCreated {
  invite: Invite;
  link: string;
  qrCodeSvg: string;
}

export const roleWords: Record<Role, string> = {
  organiser: t('role.organiser'),
  coach: t('role.coach'),
  juror: t('role.juror'),
  employer: t('role.employer'),
  pupil: t('role.pupil'),
};

// Sign-in calls answer 401 for a wrong passphrase or PIN: that is the form's business, not a reason to leave the page.
const signInCall = (url: string, body: unknown) => request<Session>('POST', url, body, {}, false).then(setSession);

export const signIn = (displayName: string, passphrase: string) => signInCall('/api/session', { displayName, passphrase });

export const joinTeam = (joinCode: string, nickname: string, pin: string) =>
  signInCall('/api/session/pupil', { joinCode, nickname, pin });

export const completeSetup = (code: string, displayName: string, passphrase: string) =>
  signInCall('/api/setup', { code, displayName, passphrase });

export const getInvite = (code: string) => request<InviteView>('GET', `/api/invites/${path(code)}`, undefined, {}, false);

/** Creates the invited account, or without credentials adds the challenge to the signed-in account of the invited role. */
export const redeemInvite = (code: string, displayName?: string, passphrase?: string) =>
  signInCall(`/api/invites/${path(code)}/redeem`, { displayName: displayName ?? null, passphrase: passphrase ?? null });

export const createInvite = (challengeId: Id, role: InvitedRole, validForDays: number) =>
  request<InviteCreated>('POST', `/api/challenges/${path(challengeId)}/invites`, { role, validForDays });

/** Signs out and fetches the anonymous session, whose token the next sign-in on this page needs. */
export async function signOut(): Promise<Session> {
  await request<unknown>('DELETE', '/api/session', undefined, {}, false);
  return loadSession(true);
}

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
    default:
      return '/';
  }
}

/** A return address from the query string, only when it stays on this site. */
export function returnAddress(): string | null {
  const back = new URLSearchParams(location.search).get('return');
  return back && back.startsWith('/') && !back.startsWith('//') ? back : null;
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
      h('p', { class: 'notice', role: 'alert' }, busy ? 'De server is even niet bereikbaar. Herlaad de pagina zo meteen.' : 'Geen verbinding. Controleer de wifi en herlaad de pagina.'),
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
        h('p', {}, `Deze pagina is voor een ${roles.map((role) => roleWords[role]).join(' of ')}. Je bent aangemeld als ${roleWords[session.role!]}.`),
        h('p', {}, h('a', { href: homeFor(session.role) }, 'Naar jouw startpagina')),
      ),
    );
    return new Promise(() => {});
  }
  return session;
}
