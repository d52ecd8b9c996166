import { getJson, path, sendJson } from './core';
import type {
  ChallengeDetail,
  ChallengeSummary,
  ClosingCheck,
  FrameworkDocument,
  Id,
  LifecycleStep,
  ScheduleRequest,
  Sector,
  Team,
  WallSnapshot,
} from './types';

export const getChallenges = () => getJson<ChallengeSummary[]>('/api/challenges');

export const getChallenge = (challengeId: Id) =>
  getJson<ChallengeDetail>(`/api/challenges/${path(challengeId)}`);

export const getTeams = (challengeId: Id) =>
  getJson<Team[]>(`/api/challenges/${path(challengeId)}/teams`);

export const getWall = (challengeId: Id) =>
  getJson<WallSnapshot>(`/api/challenges/${path(challengeId)}/wall`);

/** A small rendition of a photo a card shows; served only while the card shows it. */
export const wallPhotoUrl = (challengeId: Id, photoId: Id) =>
  `/api/challenges/${path(challengeId, 'wall', 'photos', photoId)}`;

const challengeUrl = (challengeId: Id, ...rest: string[]) => [`/api/challenges/${path(challengeId)}`, ...rest].join('/');

/** A new challenge from its sector's template, with the starter schedule, budget and (electro) shop and kit to edit. */
export const createChallenge = (title: string, sector: Sector) =>
  sendJson<ChallengeDetail>('POST', '/api/challenges', { title, sector, starterSetup: true });

export const getFramework = (challengeId: Id) => getJson<FrameworkDocument>(challengeUrl(challengeId, 'framework'));

/** Replaces the whole framework; while the challenge runs, nothing may be removed or renamed (409). */
export const putFramework = (challengeId: Id, framework: FrameworkDocument) =>
  sendJson<ChallengeDetail>('PUT', challengeUrl(challengeId, 'framework'), framework);

export const putSchedule = (challengeId: Id, schedule: ScheduleRequest) =>
  sendJson<ChallengeDetail>('PUT', challengeUrl(challengeId, 'schedule'), schedule);

export const advanceChallenge = (challengeId: Id, step: LifecycleStep) =>
  sendJson<ChallengeDetail>('POST', challengeUrl(challengeId, step));

export const getClosingCheck = (challengeId: Id) => getJson<ClosingCheck>(challengeUrl(challengeId, 'closing'));

/** With teams still without a badge, the server refuses (409) unless `override` is set with a reason. */
export const closeChallenge = (challengeId: Id, override: boolean, reason: string) =>
  sendJson<ChallengeDetail>('POST', challengeUrl(challengeId, 'close'), { override, reason: reason || null });

export const registerTeam = (challengeId: Id, name: string, school: string) =>
  sendJson<Team>('POST', challengeUrl(challengeId, 'teams'), { name, school });
