import '../../i18n/language';
import '../../ui/styles.css';
import '../season/season.css';
import './venue.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { getVenueOverview } from '../../api/season';
import type { VenueOverview } from '../../api/types';
import { t } from '../../i18n/i18n';
import { watchSeason } from '../../live/season-watch';
import { byId, h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';
import { bootPage, loadOrExplain } from '../../ui/page';

/** A sign in the overview: done, or not yet (said kindly: it is a reminder for the organiser, not a mark for the team). */
function sign(done: boolean, what: string): HTMLElement {
  return h('td', { class: done ? 'venue-sign venue-sign-done' : 'venue-sign venue-sign-open', 'data-sign': what },
    h('span', { 'aria-hidden': 'true' }, done ? '✓ ' : '○ '), t(done ? 'venue.yes' : 'venue.notYet'));
}

/** The table: every team of the venue by name, never sorted or counted by what it did. */
function table(overview: VenueOverview): HTMLElement {
  return h(
    'table',
    { class: 'venue-overview' },
    h('caption', {}, t('venue.caption', { day: formatDate(overview.today) })),
    h('thead', {}, h('tr', {}, ...(['venue.team', 'venue.kit', 'venue.milestone', 'venue.juror', 'venue.recognition'] as const).map((key) => h('th', { scope: 'col' }, t(key))))),
    h(
      'tbody',
      {},
      ...overview.teams.map((team) =>
        h(
          'tr',
          { 'data-team-id': team.teamId },
          h('th', { scope: 'row' }, team.name, h('span', { class: 'venue-school' }, team.school)),
          sign(team.kitCheckedIn, 'kit'),
          sign(team.milestoneToday, 'milestone'),
          sign(team.jurorVisitedToday, 'juror'),
          sign(team.hasRecognition, 'recognition'),
        ),
      ),
    ),
  );
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('venue', ['organiser']);
  const venueId = new URLSearchParams(location.search).get('venue');
  if (!challengeId || !venueId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('venue.noVenue')));
    return;
  }
  await loadOrExplain(root, async () => {
    const [challenge, first] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getVenueOverview(challengeId, venueId))]);
    byId('challenge-title').textContent = challenge.title;
    let current = first;
    const live = h('p', { class: 'hint venue-live', role: 'status' });
    const body = h('div', {});
    const show = (overview: VenueOverview) => {
      current = overview;
      document.title = t('venue.documentTitleOf', { venue: overview.venueName });
      body.replaceChildren(
        overview.teams.length === 0 ? h('p', { class: 'hint' }, t('venue.noTeams')) : table(overview),
      );
    };
    const query = `?challenge=${encodeURIComponent(challengeId)}&venue=${encodeURIComponent(venueId)}`;
    root.replaceChildren(
      h('p', {}, h('a', { href: `/season.html?challenge=${encodeURIComponent(challengeId)}` }, t('venue.backToSeason'))),
      h('h1', {}, t('venue.heading', { venue: first.venueName })),
      h('p', { class: 'intro' }, t('venue.intro')),
      h('p', {}, h('a', { href: `/wall.html${query}` }, t('season.venue.wall')), ' · ', h('a', { href: `/board.html${query}` }, t('board.link')), ' · ', h('a', { href: `/ceremony.html${query}` }, t('ceremony.link'))),
      live,
      body,
      h('p', { class: 'hint' }, t('venue.visitedMeans')),
    );
    show(first);
    watchSeason({
      challengeId,
      concerns: (change) => !change.venueId || change.venueId === venueId,
      teamIds: () => new Set(current.teams.map((team) => team.teamId)),
      reload: async () => show(await getVenueOverview(challengeId, venueId)),
      onStatus: (status) => (live.textContent = t(status === 'live' ? 'venue.live' : 'venue.connecting')),
    });
  }, { notFound: t('venue.notFound'), failed: t('venue.loadFailed') });
}

void main();
