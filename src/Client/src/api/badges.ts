import { path, request } from './core';
import type { Id } from './types';

/** The pupils of the team a badge is attributed to; its credential names them by a salted hash only. */
export interface BadgeAttribution {
  badgeId: Id;
  pupilIds: Id[];
}

/** For the pupil themselves: the code their hashed identity is made of and, per badge in their name, its salt and hash. */
export interface PupilBadgeIdentity {
  recoveryCode: string;
  badges: { badgeId: Id; salt: string; identityHash: string }[];
}

const badgesUrl = (challengeId: Id, teamId: Id) => `/api/challenges/${path(challengeId)}/teams/${path(teamId)}/badges`;

export const getAttributions = (challengeId: Id, teamId: Id) =>
  request<BadgeAttribution[]>('GET', `${badgesUrl(challengeId, teamId)}/attributions`);

/** Replaces whom the badge is attributed to; an empty list attributes it to no one. */
export const attributeBadge = (challengeId: Id, teamId: Id, badgeId: Id, pupilIds: Id[]) =>
  request<BadgeAttribution>('PUT', `${badgesUrl(challengeId, teamId)}/${path(badgeId)}/pupils`, { pupilIds });

export const getOwnIdentity = (challengeId: Id, teamId: Id) =>
  request<PupilBadgeIdentity>('GET', `${badgesUrl(challengeId, teamId)}/identity`);

/** The public page of a badge's credential, the one a pupil shows to an employer. */
export const publicBadgeUrl = (badgeId: Id) => `/badges/${path(badgeId)}`;
