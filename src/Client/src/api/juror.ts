import { getJson, postWithIdempotencyKey, sendJson } from './core';
import { routes } from './routes';
import type { Id, Milestone, TeamReference } from './types';

export interface Badge {
  id: Id;
  teamId: Id;
  competenceId: Id;
  level: number;
  feedback: string;
  nextStep?: string | null;
  milestoneIds: Id[];
  awardedAt: string;
  jurorName?: string | null;
  /** What the juror saw the team do at the venue: evidence in its own right. */
  observation?: string | null;
  flaggedPhrases?: string[] | null;
  revocation?: { reason: string; revokedAt: string; revokedByName?: string | null } | null;
}

export interface ReviewTeam {
  teamId: Id;
  teamName: string;
  school: string;
  milestones: Milestone[];
}

export interface ReviewOverview {
  teams: ReviewTeam[];
  notYetVisited: TeamReference[];
}

export interface AwardRequest {
  competenceId: Id;
  level: number;
  shown: string;
  nextStep: string;
  milestoneIds: Id[];
  observation: string;
  acknowledgeLanguageWarning: boolean;
}

export function getReviewOverview(challengeId: Id, competenceId: Id, teamId: Id): Promise<ReviewOverview> {
  const query = new URLSearchParams();
  if (competenceId) query.set('competence', competenceId);
  if (teamId) query.set('team', teamId);
  return getJson<ReviewOverview>(routes.reviewQueue(challengeId, query));
}

export const getBadges = (challengeId: Id, teamId: Id) => getJson<Badge[]>(routes.badges(challengeId, teamId));

/** The key makes a retry after a lost answer safe; a refused attempt stores nothing, so the same key serves the next one. */
export const awardBadge = (challengeId: Id, teamId: Id, award: AwardRequest, idempotencyKey: string) =>
  postWithIdempotencyKey<Badge>(routes.badges(challengeId, teamId), award, idempotencyKey);

export const revokeBadge = (challengeId: Id, teamId: Id, badgeId: Id, reason: string) =>
  sendJson<Badge>('POST', routes.revokeBadge(challengeId, teamId, badgeId), { reason });

/** The stored image of one of a team's evidence photos, as the review queue shows it. */
export const evidencePhotoUrl = routes.evidencePhoto;
