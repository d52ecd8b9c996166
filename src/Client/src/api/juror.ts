import { path, postWithIdempotencyKey, request } from './core';
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

/** The title of the refusal of a competence whose prerequisite (a safety competence) the team does not hold yet. */
export const PREREQUISITE_MISSING = 'Safety competence first';

/** The title the server gives feedback the language guard flagged; its field errors list the phrases. */
export const LANGUAGE_WARNING = 'Feedback could be read as stigmatising';

const badgesUrl = (challengeId: Id, teamId: Id) => `/api/challenges/${path(challengeId)}/teams/${path(teamId)}/badges`;

export function getReviewOverview(challengeId: Id, competenceId: Id, teamId: Id): Promise<ReviewOverview> {
  const query = new URLSearchParams();
  if (competenceId) query.set('competence', competenceId);
  if (teamId) query.set('team', teamId);
  return request<ReviewOverview>('GET', `/api/challenges/${path(challengeId)}/review-queue?${query.toString()}`);
}

export const getBadges = (challengeId: Id, teamId: Id) => request<Badge[]>('GET', badgesUrl(challengeId, teamId));

/** The key makes a retry after a lost answer safe; a refused attempt stores nothing, so the same key serves the next one. */
export const awardBadge = (challengeId: Id, teamId: Id, award: AwardRequest, idempotencyKey: string) =>
  postWithIdempotencyKey<Badge>(badgesUrl(challengeId, teamId), award, idempotencyKey);

export const revokeBadge = (challengeId: Id, teamId: Id, badgeId: Id, reason: string) =>
  request<Badge>('POST', `${badgesUrl(challengeId, teamId)}/${path(badgeId)}/revoke`, { reason });

/** The stored image of one of a team's evidence photos, as the review queue shows it. */
export const evidencePhotoUrl = (challengeId: Id, teamId: Id, photoId: Id) =>
  `/api/challenges/${path(challengeId)}/teams/${path(teamId)}/evidence/${path(photoId)}`;
