import type { TeamSeason } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';

/** The round in which the team first showed `level` of a competence, as a short line; nothing before any round is planned. */
export function firstShownIn(season: TeamSeason | null, competenceId: string, level: number): string {
  const found = season?.levels.find((l) => String(l.competenceId) === competenceId && l.level === level);
  return found?.roundName ? t('season.team.firstShown', { round: found.roundName }) : '';
}

/** Where the team goes in each round and the invitations it received; a round it is not invited to is simply not named. */
export function seasonPart(season: TeamSeason | null): HTMLElement[] {
  const rounds = (season?.rounds ?? []).filter((round, index) => index === 0 || round.invited);
  if (rounds.length === 0) return [];
  return [
    h('h3', {}, t('season.team.heading')),
    h(
      'ul',
      { class: 'profile-list team-season' },
      ...rounds.map((round) =>
        h(
          'li',
          {},
          h('strong', {}, round.venue ? t('season.team.venue', { round: round.name, venue: round.venue.name, date: formatDate(round.venue.date) }) : t('season.team.noVenue', { round: round.name })),
          round.invited && h('span', { class: 'profile-words' }, t('season.team.invited', { round: round.name, reason: round.invitationReason ?? '' })),
        ),
      ),
    ),
  ];
}
