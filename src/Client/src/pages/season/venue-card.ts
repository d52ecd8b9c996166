import { assignTeams } from '../../api/season';
import type { SeasonRound, SeasonVenue, Team } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';
import { Alert, uniqueId } from '../../ui/forms';
import { teamChoices, type RoundContext } from './team-choices';

/** A venue: where and when, its wall, its teams by name, and sending teams there by hand or by school. */
export function venueCard(context: RoundContext, round: SeasonRound, venue: SeasonVenue, eligible: Team[]): HTMLElement {
  const headingId = uniqueId('venue');
  const venueOf = new Map(round.venues.flatMap((v) => v.teams.map((team) => [team.id, v.name] as const)));
  const choices = teamChoices(eligible, new Set(venue.teams.map((team) => team.id)), t('season.venue.chooseTeams'), (team) => {
    const elsewhere = venueOf.get(team.id);
    return elsewhere && elsewhere !== venue.name ? t('season.venue.now', { venue: elsewhere }) : '';
  });
  const schools = [...new Set(eligible.map((team) => team.school))].sort((a, b) => a.localeCompare(b, 'nl-BE'));
  const schoolId = uniqueId('school');
  const school = h('select', { id: schoolId }, ...schools.map((name) => h('option', { value: name }, name)));
  const bySchool = h('button', { type: 'button', class: 'button button-secondary' }, t('season.venue.sendSchool'));
  const alert = new Alert();
  const send = (choice: { teamIds?: string[]; school?: string }) =>
    assignTeams(context.challengeId, venue.id, choice).then(context.changed, (error: unknown) => alert.showError(t('season.failed'), error));
  bySchool.addEventListener('click', () => void send({ school: school.value }));
  const form = h(
    'form',
    { class: 'season-form', novalidate: true, 'aria-label': t('season.venue.sendTo', { venue: venue.name }) },
    choices.element,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('season.venue.send'))),
    schools.length > 0 && h('div', { class: 'field school-choice' }, h('label', { for: schoolId }, t('season.venue.bySchool')), h('div', { class: 'form-actions' }, school, bySchool)),
    alert.element,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = choices.chosen();
    if (chosen.length === 0) {
      alert.show(t('season.venue.needTeams'));
      return;
    }
    void send({ teamIds: chosen });
  });
  const wall = `/wall.html?challenge=${encodeURIComponent(context.challengeId)}&venue=${encodeURIComponent(venue.id)}`;
  return h(
    'article',
    { class: 'venue-card', 'aria-labelledby': headingId, 'data-venue-id': venue.id },
    h('h3', { id: headingId }, venue.name),
    h('p', { class: 'venue-when' }, h('time', { datetime: venue.date }, formatDate(venue.date)), ' · ', venue.address),
    h('p', {}, h('a', { href: wall }, t('season.venue.wall')), ' · ', h('a', { href: wall.replace('/wall.html', '/board.html') }, t('board.link')), ' · ', h('a', { href: wall.replace('/wall.html', '/ceremony.html') }, t('ceremony.link')), ' · ', h('a', { href: wall.replace('/wall.html', '/venue.html') }, t('venue.link'))),
    h('p', {}, h('a', { class: 'venue-cards-link', href: wall.replace('/wall.html', '/cards.html') }, t('cards.link'))),
    venue.teams.length === 0
      ? h('p', { class: 'hint' }, t('season.venue.noTeams'))
      : h('ul', { class: 'venue-teams', 'aria-label': t('season.venue.teamsHere', { venue: venue.name }) }, ...venue.teams.map((team) => h('li', {}, team.name))),
    eligible.length === 0 ? h('p', { class: 'hint' }, t('season.venue.inviteFirst')) : form,
  );
}
