import { path, request } from './core';
import { loadSession, setSession, type Role, type Session } from './session';
import type { Id } from './types';

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

/** Where an invite stands: still open, used to create an account, expired unused, or withdrawn by the organiser. */
export type InviteState = 'sent' | 'accepted' | 'expired' | 'withdrawn';

export interface InviteStatus {
  invite: Invite;
  state: InviteState;
}

export const listInvites = (challengeId: Id) => request<InviteStatus[]>('GET', `/api/challenges/${path(challengeId)}/invites`);

/** Withdraws the invite and makes a new one for the same role: a new link and QR code to hand out. */
export const resendInvite = (challengeId: Id, code: string) =>
  request<InviteCreated>('POST', `/api/challenges/${path(challengeId)}/invites/${path(code)}/resend`);

export const withdrawInvite = (challengeId: Id, code: string) =>
  request<InviteStatus>('DELETE', `/api/challenges/${path(challengeId)}/invites/${path(code)}`);

/** Signs out and fetches the anonymous session, whose token the next sign-in on this page needs. */
export async function signOut(): Promise<Session> {
  await request<unknown>('DELETE', '/api/session', undefined, {}, false);
  return loadSession(true);
}
