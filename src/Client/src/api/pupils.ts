import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { components } from './schema';
import type { Id } from './types';

/** The server's shapes, generated from its OpenAPI document. */
type Schemas = components['schemas'];

export type ConsentChannel = 'wall' | 'showcase' | 'photos';

export type Consent = Schemas['PupilConsent'];

export type Pupil = Schemas['Pupil'];

export const getPupils = (challengeId: Id, teamId: Id) => getJson<Pupil[]>(routes.pupils(challengeId, teamId));

/** Only the channels named change; the server records when and by whom. */
export const setConsent = (challengeId: Id, teamId: Id, pupilId: Id, consent: Partial<Record<ConsentChannel, boolean>>) =>
  sendJson<Pupil>('PUT', routes.consent(challengeId, teamId, pupilId), consent);

/** A new PIN, chosen with the pupil; it ends their sessions on every tablet and lifts a lock-out. */
export const resetPin = (challengeId: Id, teamId: Id, pupilId: Id, pin: string) =>
  sendJson<Pupil>('POST', routes.pupilPin(challengeId, teamId, pupilId), { pin });

/** Everything ChallengeHub keeps about the pupil, as a JSON download (a plain link: the cookie goes along). */
export const exportUrl = routes.pupilExport;

export type RosterEntry = Schemas['RosterEntry'];

export type TeamAccess = Schemas['TeamAccess'];

export const getAccess = (challengeId: Id, teamId: Id) => getJson<TeamAccess>(routes.teamAccess(challengeId, teamId));

export const setRoster = (challengeId: Id, teamId: Id, roster: { nicknames: string[]; vacancies: number; approvalRequired?: boolean }) =>
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
