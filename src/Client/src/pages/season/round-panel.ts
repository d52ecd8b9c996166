import { addVenue, inviteToRound } from '../../api/season';
import type { SeasonDetails, SeasonRound, Team } from '../../api/types';
import { formatDateTime, t } from '../../i18n/i18n';
import { byName, h } from '../../ui/dom';
import { Alert, markInvalid, statusLine, textField, uniqueId } from '../../ui/forms';
import { teamChoices, type RoundContext } from './team-choices';
import { venueCard } from './venue-card';

const NAME_MAX = 120;
const ADDRESS_MAX = 200;
const REASON_MAX = 500;

/** One round: its venues by date, a form for another venue and, after the first round, the invitation decision. */
export function roundPanel(context: RoundContext & { round: SeasonRound; index: number; season: SeasonDetails }): HTMLElement {
  const { round, index } = context;
  const headingId = uniqueId('round');
  const invited = new Set(round.invitation?.teamIds ?? []);
  // The first round is for every team; a later one for the teams invited to it.
  const eligible = index === 0 ? context.teams : context.teams.filter((team) => invited.has(team.id));
  return h(
    'section',
    { class: 'panel season-round', 'aria-labelledby': headingId, 'data-round-id': round.id },
    h('h2', { id: headingId }, t('season.round.heading', { number: index + 1, name: round.name })),
    index > 0 && invitationForm(context),
    round.venues.length === 0
      ? h('p', { class: 'hint' }, t('season.venue.none'))
      : h('div', { class: 'venue-grid' }, ...round.venues.map((venue) => venueCard(context, round, venue, eligible))),
    venueForm(context),
  );
}

function venueForm(context: RoundContext & { round: SeasonRound }): HTMLElement {
  const name = h('input', { type: 'text', maxlength: NAME_MAX, autocomplete: 'off', required: true });
  const date = h('input', { type: 'date', required: true });
  const address = h('input', { type: 'text', maxlength: ADDRESS_MAX, autocomplete: 'street-address', required: true });
  const alert = new Alert();
  const form = h(
    'form',
    { class: 'season-form venue-form', novalidate: true, 'aria-label': t('season.venue.addTo', { round: context.round.name }) },
    h('h3', {}, t('season.venue.add')),
    h('div', { class: 'date-row' }, textField(t('season.venue.name'), name), textField(t('season.venue.date'), date), textField(t('season.venue.address'), address)),
    alert.element,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-secondary' }, t('season.venue.addButton'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = [name, date, address].filter((input) => !input.value.trim());
    for (const input of [name, date, address]) markInvalid(input, missing.includes(input));
    if (missing.length > 0) {
      alert.show(t('season.venue.needAll'));
      missing[0]!.focus();
      return;
    }
    addVenue(context.challengeId, context.round.id, { name: name.value.trim(), date: date.value, address: address.value.trim() }).then(
      context.changed,
      (error: unknown) => alert.showError(t('season.failed'), error),
    );
  });
  return form;
}

/** The organiser's decision who is invited to this round, and why: chosen by a person, shown to the teams as an invitation. */
function invitationForm(context: RoundContext & { round: SeasonRound }): HTMLElement {
  const { round } = context;
  const decision = round.invitation;
  const reason = h('textarea', { maxlength: REASON_MAX, rows: 2, required: true });
  reason.value = decision?.reason ?? '';
  const choices = teamChoices(context.teams, new Set(decision?.teamIds ?? []), t('season.invite.teams'));
  const alert = new Alert();
  const status = statusLine();
  const names = context.teams.filter((team) => decision?.teamIds.includes(team.id)).sort(byName).map((team: Team) => team.name);
  const form = h(
    'form',
    { class: 'season-form invitation-form', novalidate: true, 'aria-label': t('season.invite.heading', { round: round.name }) },
    h('h3', {}, t('season.invite.heading', { round: round.name })),
    decision
      ? h(
          'p',
          { class: 'invitation-decision' },
          t('season.invite.decided', { teams: names.join(', ') || t('season.invite.nobody'), reason: decision.reason, by: decision.decidedBy, at: formatDateTime(decision.decidedAt) }),
        )
      : h('p', { class: 'hint' }, t('season.invite.none')),
    choices.element,
    textField(t('season.invite.reason'), reason, t('season.invite.reasonHint')),
    alert.element,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('season.invite.save')), status),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    markInvalid(reason, !reason.value.trim());
    if (!reason.value.trim()) {
      alert.show(t('season.invite.needReason'));
      reason.focus();
      return;
    }
    inviteToRound(context.challengeId, round.id, choices.chosen(), reason.value.trim()).then(context.changed, (error: unknown) =>
      alert.showError(t('season.failed'), error),
    );
  });
  return form;
}
