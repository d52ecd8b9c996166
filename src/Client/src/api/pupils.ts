import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { Id } from './types';

export type ConsentChannel = 'wall' | 'showcase' | 'photos';

/** What a pupil (or their parents) agreed to show outside the team, recorded by a coach. */
export interface Consent {
  wall: boolean;
  showcase: boolean;
  photos: boolean;
  recordedAt?: string | null;
  recordedBy?: string | null;
}

export interface Pupil {
  id: Id;
  teamId: Id;
  nickname: string;
  consent: Consent;
  joinedAt: string;
}

export const getPupils = (challengeId: Id, teamId: Id) => getJson<Pupil[]>(routes.pupils(challengeId, teamId));

/** Only the channels named change; the server records when and by whom. */
export const setConsent = (challengeId: Id, teamId: Id, pupilId: Id, consent: Partial<Record<ConsentChannel, boolean>>) =>
  sendJson<Pupil>('PUT', routes.consent(challengeId, teamId, pupilId), consent);

/** A new PIN, chosen with the pupil; it ends their sessions on every tablet and lifts a lock-out. */
export const resetPin = (challengeId: Id, teamId: Id, pupilId: Id, pin: string) =>
  sendJson<Pupil>('POST', routes.pupilPin(challengeId, teamId, pupilId), { pin });

/** Everything ChallengeHub keeps about the pupil, as a JSON download (a plain link: the cookie goes along). */
export const exportUrl = routes.pupilExport;

export interface RosterEntry {
  id: Id;
  nickname: string;
  consent: Consent;
  pupilId?: Id | null;
}

/** Who may join a team and who is paused, as its coach sees it. */
export interface TeamAccess {
  approvalRequired: boolean;
  openPlaces: number;
  roster: RosterEntry[];
  pending: { id: Id; nickname: string; requestedAt: string }[];
  locks: { pupilId: Id; nickname: string; lockedUntil: string }[];
}

export const getAccess = (challengeId: Id, teamId: Id) => getJson<TeamAccess>(routes.teamAccess(challengeId, teamId));

export const setRoster = (challengeId: Id, teamId: Id, roster: { nicknames: string[]; openPlaces: number; approvalRequired?: boolean }) =>
  sendJson<TeamAccess>('PUT', routes.roster(challengeId, teamId), roster);

export const setRosterConsent = (challengeId: Id, teamId: Id, entryId: Id, consent: Partial<Record<ConsentChannel, boolean>>) =>
  sendJson<TeamAccess>('PUT', routes.rosterConsent(challengeId, teamId, entryId), consent);

export const approveJoin = (challengeId: Id, teamId: Id, pendingId: Id) =>
  sendJson<Pupil>('POST', routes.pendingApproval(challengeId, teamId, pendingId));

export const dismissJoin = (challengeId: Id, teamId: Id, pendingId: Id) =>
  sendJson<TeamAccess>('DELETE', routes.pending(challengeId, teamId, pendingId));

export const liftLock = (challengeId: Id, teamId: Id, pupilId: Id) =>
  sendJson<Pupil>('DELETE', routes.pupilLock(challengeId, teamId, pupilId));

export const erasePupil = (challengeId: Id, teamId: Id, pupilId: Id) =>
  sendJson<unknown>('DELETE', routes.pupil(challengeId, teamId, pupilId));
