import { getSeason } from '../../api/season';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';

/**
 * The showcase's venue picker (`?venue=<id>`): the items of the teams going to one venue of the season. It only narrows
 * what the feed already shows, so consent decides as before what any item reveals.
 */
export class VenueFilter {
  readonly select = h('select', { id: 'filter-venue' });
  private teamsAt = new Map<string, Set<string>>();

  constructor(private readonly changed: () => void) {
    this.select.addEventListener('change', () => {
      const url = new URL(location.href);
      if (this.select.value) url.searchParams.set('venue', this.select.value);
      else url.searchParams.delete('venue');
      history.replaceState(null, '', url);
      this.changed();
    });
  }

  /** The picker's field, or null when the season has no venues (or cannot be read): then the showcase shows every team. */
  async load(challengeId: string): Promise<HTMLElement | null> {
    const season = await getSeason(challengeId).catch(() => null);
    const venues = season?.rounds.flatMap((round) => round.venues) ?? [];
    if (venues.length === 0) return null;
    this.teamsAt = new Map(venues.map((venue) => [venue.id, new Set(venue.teams.map((team) => team.id))]));
    this.select.append(new Option(t('showcase.all'), ''), ...venues.map((venue) => new Option(`${venue.name} · ${formatDate(venue.date)}`, venue.id)));
    const asked = new URLSearchParams(location.search).get('venue');
    if (asked && this.teamsAt.has(asked)) this.select.value = asked;
    this.changed();
    return h('div', { class: 'field' }, h('label', { for: this.select.id }, t('showcase.venue')), this.select);
  }

  admits(teamId: string): boolean {
    return !this.select.value || (this.teamsAt.get(this.select.value)?.has(teamId) ?? false);
  }
}
