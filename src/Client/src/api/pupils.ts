import { path, request } from './core';
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

const pupilsUrl = (challengeId: Id, teamId: Id, ...rest: Id[]) =>
  [`/api/challenges/${path(challengeId)}/teams/${path(teamId)}/pupils`, ...rest.map((part) => path(part))].join('/');

export const getPupils = (challengeId: Id, teamId: Id) => request<Pupil[]>('GET', pupilsUrl(challengeId, teamId));

/** Only the channels named change; the server records when and by whom. */
export const setConsent = (challengeId: Id, teamId: Id, pupilId: Id, consent: Partial<Record<ConsentChannel, boolean>>) =>
  request<Pupil>('PUT', `${pupilsUrl(challengeId, teamId, pupilId)}/consent`, consent);

/** A new PIN, chosen with the pupil; it ends their sessions on every tablet and lifts a lock-out. */
export const resetPin = (challengeId: Id, teamId: Id, pupilId: Id, pin: string) =>
  request<Pupil>('POST', `${pupilsUrl(challengeId, teamId, pupilId)}/pin`, { pin });

/** Everything ChallengeHub keeps about the pupil, as a JSON download (a plain link: the cookie goes along). */
export const exportUrl = (challengeId: Id, teamId: Id, pupilId: Id) => `${pupilsUrl(challengeId, teamId, pupilId)}/export`;

export const erasePupil = (challengeId: Id, teamId: Id, pupilId: Id) =>
  request<unknown>('DELETE', pupilsUrl(challengeId, teamId, pupilId));
