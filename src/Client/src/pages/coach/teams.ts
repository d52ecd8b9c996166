import { getTeams, registerTeam } from '../../api/challenges';
import type { ChallengeDetail, Team } from '../../api/types';
import { BadgeAttributionList } from './badges';
import { OfferList } from './offers';
import { PupilList } from './pupils';
import { TeamAccessPanel } from './access';
import { byName, h } from '../../ui/dom';
import { Alert, markInvalid, statusLine, textField, uniqueId } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const NAME_MAX = 80;
const SCHOOL_MAX = 120;

/** One challenge on the coach page: the coach's own teams (those whose join code they see) and a form to register one. */
export class CoachChallenge {
  readonly element: HTMLElement;
  private readonly teams = h('div', { class: 'coach-teams' });
  private readonly alert = new Alert();
  private readonly status = statusLine();

  constructor(private readonly challenge: ChallengeDetail) {
    const headingId = uniqueId('challenge');
    const canRegister = challenge.status === 'open' || challenge.status === 'running';
    this.element = h(
      'section',
      { class: 'panel coach-challenge', 'aria-labelledby': headingId, 'data-challenge-id': challenge.id },
      h('h2', { id: headingId }, challenge.title),
      this.teams,
      canRegister ? this.registerForm() : h('p', { class: 'hint' }, challenge.status === 'draft' ? t('coach.teams.notOpenYet') : t('coach.teams.registrationClosed')),
      this.alert.element,
      this.status,
    );
    void this.refresh();
  }

  private registerForm(): HTMLElement {
    const name = h('input', { type: 'text', maxlength: NAME_MAX, autocomplete: 'off', required: true });
    const school = h('input', { type: 'text', maxlength: SCHOOL_MAX, autocomplete: 'organization', required: true });
    const form = h(
      'form',
      { class: 'team-form', novalidate: true, 'aria-label': t('coach.teams.registerFor', { challenge: this.challenge.title }) },
      h('h3', {}, t('coach.teams.registerHeading')),
      h('div', { class: 'date-row' }, textField(t('coach.teams.name'), name), textField(t('coach.teams.school'), school)),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('coach.teams.register'))),
    );
    let sending = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      const [teamName, schoolName] = [name.value.trim(), school.value.trim()];
      markInvalid(name, !teamName);
      markInvalid(school, !schoolName);
      if (!teamName || !schoolName) {
        this.alert.show(t('coach.teams.needNameAndSchool'));
        (teamName ? school : name).focus();
        return;
      }
      sending = true;
      this.alert.clear();
      registerTeam(this.challenge.id, teamName, schoolName)
        .then(async (team) => {
          form.reset();
          this.status.textContent = t('coach.teams.registered', { team: team.name, code: team.joinCode });
          await this.refresh();
        })
        .catch((error: unknown) => this.alert.showError(t('coach.failed.register'), error))
        .finally(() => (sending = false));
    });
    return form;
  }

  private async refresh(): Promise<void> {
    try {
      const own = (await getTeams(this.challenge.id)).filter((team) => team.joinCode).sort(byName);
      this.teams.replaceChildren(
        ...(own.length === 0 ? [h('p', { class: 'hint' }, t('coach.teams.none'))] : own.map((team) => this.card(team))),
      );
    } catch (error) {
      this.alert.showError(t('coach.failed.teams'), error);
    }
  }

  private card(team: Team): HTMLElement {
    const query = `?challenge=${encodeURIComponent(this.challenge.id)}&team=${encodeURIComponent(team.id)}`;
    const pupils = new PupilList(this.challenge.id, team);
    void pupils.refresh();
    const access = new TeamAccessPanel(this.challenge.id, team);
    void access.refresh();
    const badges = new BadgeAttributionList(this.challenge, team);
    void badges.refresh();
    const offers = new OfferList(this.challenge.id, team);
    offers.start();
    return h(
      'article',
      { class: 'coach-team', 'data-team-id': team.id },
      h('h3', {}, team.name),
      h('p', { class: 'hint' }, team.school),
      h('p', { class: 'coach-join' }, t('coach.teams.joinCode'), h('code', { class: 'join-code join-code-large' }, team.joinCode)),
      h(
        'p',
        { class: 'challenge-links' },
        h('a', { class: 'button button-secondary', href: `/coach.html${query}` }, t('coach.teams.orders')),
        h('a', { class: 'button button-secondary', href: `/kit.html${query}` }, t('coach.teams.kit')),
      ),
      access.element,
      pupils.element,
      badges.element,
      offers.element,
    );
  }
}
