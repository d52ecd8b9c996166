import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { Id, Sector } from './types';

export type ShowcaseItemKind = 'milestone' | 'badge';

/** One consented milestone or badge, with the team, its school and the competences it shows. */
export interface ShowcaseItem {
  kind: ShowcaseItemKind;
  id: Id;
  teamId: Id;
  teamName: string;
  school: string;
  competenceIds: string[];
  at: string;
  title?: string | null;
  story?: string | null;
  photoIds?: Id[] | null;
  level?: number | null;
  feedback?: string | null;
}

/** `GET /api/challenges/{id}/showcase`: newest first, a feed in time order, never a ranking. */
export interface ShowcaseFeed {
  challengeId: Id;
  title: string;
  sector: Sector;
  public: boolean;
  items: ShowcaseItem[];
}

/** Pushed as `showcaseTeam`: what the showcase shows of one team now, replacing that team's items. */
export interface ShowcaseTeamUpdate {
  challengeId: Id;
  teamId: Id;
  items: ShowcaseItem[];
}

export type OfferKind = 'visit' | 'internship' | 'jobShadowDay';

export const offerKinds: OfferKind[] = ['visit', 'internship', 'jobShadowDay'];

export interface OfferAnswer {
  accepted: boolean;
  message: string;
  answeredBy: string;
  answeredAt: string;
}

export interface Offer {
  id: Id;
  teamId: Id;
  teamName: string;
  school: string;
  kind: OfferKind;
  message: string;
  employerId: Id;
  employerName: string;
  madeAt: string;
  answer?: OfferAnswer | null;
}

export const showcasePhotoUrl = routes.showcasePhoto;

export const makeOffer = (challengeId: Id, teamId: Id, kind: OfferKind, message: string) =>
  sendJson<Offer>('POST', routes.teamOffers(challengeId, teamId), { kind, message });

export const getTeamOffers = (challengeId: Id, teamId: Id) => getJson<Offer[]>(routes.teamOffers(challengeId, teamId));

export const answerOffer = (challengeId: Id, teamId: Id, offerId: Id, accept: boolean, message: string) =>
  sendJson<Offer>('POST', routes.answerOffer(challengeId, teamId, offerId), { accept, message });
