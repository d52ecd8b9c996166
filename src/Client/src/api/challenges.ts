import { getJson, sendJson } from './core';
import { routes } from './routes';
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
  WallCounts,
  WallMilestone,
  WallSnapshot,
} from './types';

export const getChallenges = () => getJson<ChallengeSummary[]>(routes.challenges);

export const getChallenge = (challengeId: Id) => getJson<ChallengeDetail>(routes.challenge(challengeId));

export const getTeams = (challengeId: Id) => getJson<Team[]>(routes.teams(challengeId));

export const getWall = (challengeId: Id) => getJson<WallSnapshot>(routes.wall(challengeId));

/** The wall's header counts over one venue's teams (a venue's wall); deltas carry the challenge's. */
export const getVenueWallCounts = (challengeId: Id, venueId: Id) => getJson<WallCounts>(routes.venueWallCounts(challengeId, venueId));

/** The team's own milestones, newest first (in the same shape as the wall's, but with the pupils' words). */
export const listMilestones = (challengeId: Id, teamId: Id) =>
  getJson<WallMilestone[]>(routes.milestones(challengeId, teamId));

/** A small rendition of a photo a card shows; served only while the card shows it. */
export const wallPhotoUrl = routes.wallPhoto;

/** A new challenge from its sector's template, with the starter schedule, budget and (electro) shop and kit to edit. */
export const createChallenge = (title: string, sector: Sector) =>
  sendJson<ChallengeDetail>('POST', routes.challenges, { title, sector, starterSetup: true });

export const getFramework = (challengeId: Id) => getJson<FrameworkDocument>(routes.framework(challengeId));

/** Replaces the whole framework; while the challenge runs, nothing may be removed or renamed (409). */
export const putFramework = (challengeId: Id, framework: FrameworkDocument) =>
  sendJson<ChallengeDetail>('PUT', routes.framework(challengeId), framework);

export const putSchedule = (challengeId: Id, schedule: ScheduleRequest) =>
  sendJson<ChallengeDetail>('PUT', routes.schedule(challengeId), schedule);

export const advanceChallenge = (challengeId: Id, step: LifecycleStep) =>
  sendJson<ChallengeDetail>('POST', routes.lifecycleStep(challengeId, step));

export const getClosingCheck = (challengeId: Id) => getJson<ClosingCheck>(routes.closing(challengeId));

/** With teams still without a badge, the server refuses (409) unless `override` is set with a reason. */
export const closeChallenge = (challengeId: Id, override: boolean, reason: string) =>
  sendJson<ChallengeDetail>('POST', routes.close(challengeId), { override, reason: reason || null });

export const registerTeam = (challengeId: Id, name: string, school: string) =>
  sendJson<Team>('POST', routes.teams(challengeId), { name, school });

/** Registers every team of a roster list (CSV text) at once, or none: a 422 names each bad line in `errors` by its number. */
export const importTeams = (challengeId: Id, csv: string, school: string) =>
  sendJson<Team[]>('POST', `${routes.teams(challengeId)}/import`, { csv, school });
