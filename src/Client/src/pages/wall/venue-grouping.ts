import type { SeasonDetails } from '../../api/types';
import { t } from '../../i18n/i18n';
import { formatDate } from '../../ui/labels';

/** Which teams a wall shows, and for the season wall the venue each card is grouped under. */
export interface WallGrouping {
  /** The line under the wall's title: the venue and its day. */
  readonly heading: string | null;
  shows(teamId: string): boolean;
  /** Cards go by group (the season's venues in order), then by name; never by merit. */
  group(teamId: string): { order: number; label: string } | null;
}

/** The wall of one venue: only the teams going there, by name. Null when the season has no such venue. */
export function venueGrouping(season: SeasonDetails, venueId: string): WallGrouping | null {
  const venue = season.rounds.flatMap((round) => round.venues).find((v) => v.id === venueId);
  if (!venue) return null;
  const here = new Set(venue.teams.map((team) => team.id));
  return { heading: `${venue.name} · ${formatDate(venue.date)}`, shows: (id) => here.has(id), group: () => null };
}

/**
 * The season's wall: every team, grouped under the first venue it goes to (rounds in order, venues by date), with every
 * venue of its season on its card; teams without a venue yet come last.
 */
export function seasonGrouping(season: SeasonDetails): WallGrouping {
  const venues = season.rounds.flatMap((round) => round.venues);
  const groups = new Map<string, { order: number; names: string[] }>();
  venues.forEach((venue, order) => {
    for (const team of venue.teams) {
      const group = groups.get(team.id) ?? { order, names: [] };
      group.names.push(venue.name);
      groups.set(team.id, group);
    }
  });
  return {
    heading: null,
    shows: () => true,
    group: (id) => {
      const group = groups.get(id);
      return group ? { order: group.order, label: group.names.join(' → ') } : { order: venues.length, label: t('season.wall.noVenue') };
    },
  };
}
