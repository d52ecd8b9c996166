import { getJson, postForFile, sendJson } from './core';
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

/** The signed credential itself (a compact JWS), to keep or hand to a wallet or verifier. */
export const badgeCredentialUrl = routes.badgeCredential;

/** A QR code of the credential's address, for a wallet or phone to fetch it. */
export const badgeQrUrl = routes.badgeQr;
/** The same badge as a JSON-LD credential with a Data Integrity proof (eddsa-rdfc-2022), for wallets that check only those. */
export const badgeLinkedDataUrl = routes.badgeLinkedData;

/** The badge's printable certificate (PDF); `name` is printed on it only, never stored. */
export const getCertificate = (challengeId: Id, teamId: Id, badgeId: Id, name: string) =>
  postForFile(routes.certificate(challengeId, teamId, badgeId), { name }, 'application/pdf');
