import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { Ceremony, DeliberationBoard, Id, Recognition } from './types';

/** The venue's board: every team by name with its nominations and recognitions. */
export const getBoard = (challengeId: Id, venueId: Id) => getJson<DeliberationBoard>(routes.board(challengeId, venueId));

export const nominate = (challengeId: Id, venueId: Id, nomination: { teamId: Id; categoryId: string; reason: string }) =>
  sendJson<DeliberationBoard>('POST', `${routes.board(challengeId, venueId)}/nominations`, nomination);

/** The jury agrees on a recognition; the same team and category again adds the caller to who agreed. */
export const recognise = (challengeId: Id, venueId: Id, recognition: { teamId: Id; categoryId: string; reason: string; words?: string }) =>
  sendJson<DeliberationBoard>('POST', `${routes.board(challengeId, venueId)}/recognitions`, recognition);

export const publishRecognitions = (challengeId: Id, venueId: Id, decision: { override?: boolean; reason?: string }) =>
  sendJson<DeliberationBoard>('POST', `${routes.board(challengeId, venueId)}/publish`, decision);

/** The venue's published recognitions for the ceremony screen; 409 until the jury publishes them. */
export const getCeremony = (challengeId: Id, venueId: Id) => getJson<Ceremony>(`${routes.ceremony(challengeId, venueId)}`);

/** The recognitions published for the team at any venue; each is also a signed credential, as a badge is. */
export const getTeamRecognitions = (challengeId: Id, teamId: Id) => getJson<Recognition[]>(routes.teamRecognitions(challengeId, teamId));

export const recognitionCredentialUrl = routes.recognitionCredential;
export const recognitionLinkedDataUrl = routes.recognitionLinkedData;
