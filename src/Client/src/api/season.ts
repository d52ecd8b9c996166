import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { Id, JoinCardSheet, SeasonDetails, TeamSeason, VenueOverview } from './types';

/** Rounds and venues with their teams by name, as public as the wall. */
export const getSeason = (challengeId: Id) => getJson<SeasonDetails>(routes.season(challengeId));

/** The same, with the organiser's invitation decisions. */
export const getSeasonPlan = (challengeId: Id) => getJson<SeasonDetails>(routes.seasonPlan(challengeId));

export const addRound = (challengeId: Id, name: string) => sendJson<SeasonDetails>('POST', routes.seasonRounds(challengeId), { name });

export const addVenue = (challengeId: Id, roundId: Id, venue: { name: string; date: string; address: string }) =>
  sendJson<SeasonDetails>('POST', routes.seasonVenues(challengeId, roundId), venue);

/** Sends these teams, or every team of a school, to a venue. */
export const assignTeams = (challengeId: Id, venueId: Id, choice: { teamIds?: Id[]; school?: string }) =>
  sendJson<SeasonDetails>('PUT', routes.venueTeams(challengeId, venueId), choice);

export const inviteToRound = (challengeId: Id, roundId: Id, teamIds: Id[], reason: string) =>
  sendJson<SeasonDetails>('PUT', routes.roundInvitation(challengeId, roundId), { teamIds, reason });

export const getTeamSeason = (challengeId: Id, teamId: Id) => getJson<TeamSeason>(routes.teamSeason(challengeId, teamId));

/** Which join cards a sheet holds: one venue's teams, the teams without a venue, or (neither) every team the caller may print. */
export type CardChoice = { venueId?: Id; withoutVenue?: boolean };

/** Printable join cards, each with the team's code and a QR code to the tablet page with that code filled in. */
export function getJoinCards(challengeId: Id, choice: CardChoice) {
  const query = new URLSearchParams();
  if (choice.venueId) query.set('venue', choice.venueId);
  if (choice.withoutVenue) query.set('withoutVenue', 'true');
  const search = query.toString();
  return getJson<JoinCardSheet>(`${routes.joinCards(challengeId)}${search ? `?${search}` : ''}`);
}

/** The organiser's venue on the day: per team by name, kit, milestone today, a juror's visit today, a recognition. */
export const getVenueOverview = (challengeId: Id, venueId: Id) => getJson<VenueOverview>(routes.venueOverview(challengeId, venueId));
