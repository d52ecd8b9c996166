import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { ChallengeCheckIn, Id, PupilCheckIn, TeamCheckIn } from './types';

export type CheckInMoment = 'start' | 'end';

/** For the signed-in pupil: whether the check-in is on and which moment is due now. */
export const getOwnCheckIn = (challengeId: Id, teamId: Id) => getJson<PupilCheckIn>(routes.ownCheckIn(challengeId, teamId));

/**
 * The pupil's answers at a moment (question id to 1-4; a question left out is skipped). Without consent only the fact that
 * they were asked is kept, so they are not asked again.
 */
export const answerCheckIn = (challengeId: Id, teamId: Id, moment: CheckInMoment, consent: boolean, answers: Record<string, number>) =>
  sendJson<PupilCheckIn>('POST', routes.answerCheckIn(challengeId, teamId, moment), { consent, answers });

export const getChallengeCheckIn = (challengeId: Id) => getJson<ChallengeCheckIn>(routes.challengeCheckIn(challengeId));

export const setChallengeCheckIn = (challengeId: Id, on: boolean) =>
  sendJson<ChallengeCheckIn>('PUT', routes.challengeCheckIn(challengeId), { on });

export const getTeamCheckIn = (challengeId: Id, teamId: Id) => getJson<TeamCheckIn>(routes.teamCheckIn(challengeId, teamId));

export const setTeamCheckIn = (challengeId: Id, teamId: Id, on: boolean) =>
  sendJson<TeamCheckIn>('PUT', routes.teamCheckIn(challengeId, teamId), { on });
