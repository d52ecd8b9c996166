import { getJson, request, sendJson } from './core';
import { routes } from './routes';
import { loadSession, setSession, type Role, type Session } from './session';
import type { Id, InviteProgress, InviteStatus } from './types';

export type { InviteStatus };

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
  /** The one venue a juror or employer is invited to; absent for the whole season. */
  venueId?: Id | null;
}

/** A new invite with the link to hand out and the same link as an SVG QR code. */
export interface InviteCreated {
  invite: Invite;
  link: string;
  qrCodeSvg: string;
}

// Sign-in calls answer 401 for a wrong passphrase or PIN: that is the form's business, not a reason to leave the page.
const signInCall = (url: string, body: unknown) => request<Session>('POST', url, body, {}, false).then(setSession);

export const signIn = (displayName: string, passphrase: string) => signInCall(routes.session, { displayName, passphrase });

/** A new nickname waits for the coach's approval: no session yet; the pupil signs in once the coach said yes. */
export class AwaitingApproval extends Error {
  constructor(readonly nickname: string) {
    super('awaiting approval');
  }
}

export const joinTeam = (joinCode: string, nickname: string, pin: string) =>
  request<Session | { awaitingApproval: true; nickname: string }>('POST', routes.pupilSession, { joinCode, nickname, pin }, {}, false).then((answer) => {
    if ('awaitingApproval' in answer) throw new AwaitingApproval(answer.nickname);
    return setSession(answer);
  });

export const completeSetup = (code: string, displayName: string, passphrase: string) =>
  signInCall(routes.setup, { code, displayName, passphrase });

export const getInvite = (code: string) => request<InviteView>('GET', routes.invite(code), undefined, {}, false);

/** Creates the invited account, or without credentials adds the challenge to the signed-in account of the invited role. */
export const redeemInvite = (code: string, displayName?: string, passphrase?: string) =>
  signInCall(routes.redeemInvite(code), { displayName: displayName ?? null, passphrase: passphrase ?? null });

/** A juror or employer may be invited to one venue of the season; without a venue the invite is for the whole season. */
export const createInvite = (challengeId: Id, role: InvitedRole, validForDays: number, venueId?: Id) =>
  sendJson<InviteCreated>('POST', routes.invites(challengeId), { role, validForDays, venueId: venueId ?? null });

/** Where an invite stands: still open, used to create an account, expired unused, or withdrawn by the organiser. */
export type InviteState = InviteProgress;

export const listInvites = (challengeId: Id) => getJson<InviteStatus[]>(routes.invites(challengeId));

/** Withdraws the invite and makes a new one for the same role: a new link and QR code to hand out. */
export const resendInvite = (challengeId: Id, code: string) =>
  sendJson<InviteCreated>('POST', routes.resendInvite(challengeId, code));

export const withdrawInvite = (challengeId: Id, code: string) =>
  sendJson<InviteStatus>('DELETE', routes.challengeInvite(challengeId, code));

/** Signs out and fetches the anonymous session, whose token the next sign-in on this page needs. */
export async function signOut(): Promise<Session> {
  await request<unknown>('DELETE', routes.session, undefined, {}, false);
  return loadSession(true);
}
