import { getJson, sendJson } from './core';
import { routes } from './routes';
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

export const getAttributions = (challengeId: Id, teamId: Id) =>
  getJson<BadgeAttribution[]>(routes.attributions(challengeId, teamId));

/** Replaces whom the badge is attributed to; an empty list attributes it to no one. */
export const attributeBadge = (challengeId: Id, teamId: Id, badgeId: Id, pupilIds: Id[]) =>
  sendJson<BadgeAttribution>('PUT', routes.badgePupils(challengeId, teamId, badgeId), { pupilIds });

export const getOwnIdentity = (challengeId: Id, teamId: Id) =>
  getJson<PupilBadgeIdentity>(routes.badgeIdentity(challengeId, teamId));

/** The public page of a badge's credential, the one a pupil shows to an employer. */
export const publicBadgeUrl = routes.publicBadge;
