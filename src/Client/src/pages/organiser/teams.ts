import { getTeams, registerTeam } from '../../api/challenges';
import type { ChallengeDetail, Team } from '../../api/types';
import { byName, h } from '../../ui/dom';
import type { OrganiserSection } from './section';
import { Alert, markInvalid, statusLine, textField } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const NAME_MAX = 80;
const SCHOOL_MAX = 120;

/** Registers teams while the challenge is open or running, and lists every team by name with its join code. */
export class TeamsSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly name = h('input', { type: 'text', maxlength: NAME_MAX, autocomplete: 'off', required: true });
  private readonly school = h('input', {
    type: 'text',
    maxlength: SCHOOL_MAX,
    autocomplete: 'organization',
    required: true,
  });
  private readonly form: HTMLFormElement;
  private readonly note = h('p', { class: 'section-note' });
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private readonly table = h('div', { class: 'table-wrap' });
  private teams: Team[] = [];
  private sending = false;

  constructor(private challenge: ChallengeDetail) {
    const heading = h('h2', { id: 'teams-heading' }, t('organiser.teams.heading'));
    this.form = h(
      'form',
      { class: 'team-form', novalidate: true, 'aria-label': t('organiser.teams.register') },
      h('div', { class: 'date-row' }, textField(t('organiser.teams.name'), this.name), textField(t('organiser.teams.school'), this.school)),
      this.alert.element,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('organiser.teams.register')), this.status),
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.register();
    });
    this.element = h(
      'section',
      { class: 'panel', id: 'teams', 'aria-labelledby': heading.id },
      heading,
      this.note,
      this.form,
      this.table,
    );
    this.update(challenge);
    void this.refresh();
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
    const canRegister = challenge.status === 'open' || challenge.status === 'running';
    this.form.hidden = !canRegister;
    this.note.textContent = canRegister
      ? t('organiser.teams.intro')
      : challenge.status === 'draft'
        ? t('organiser.teams.notOpenYet')
        : t('organiser.teams.registrationClosed');
  }

  private async refresh(): Promise<void> {
    try {
      this.teams = (await getTeams(this.challenge.id)).sort(byName);
      this.render();
    } catch (error) {
      this.alert.showError(t('organiser.failed.teams'), error);
    }
  }

  private render(): void {
    if (this.teams.length === 0) {
      this.table.replaceChildren(h('p', { class: 'hint' }, t('organiser.teams.none')));
      return;
    }
    this.table.replaceChildren(
      h(
        'table',
        { class: 'data-table' },
        h('caption', {}, t(this.teams.length === 1 ? 'organiser.teams.captionOne' : 'organiser.teams.captionMany', { count: this.teams.length })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('organiser.teams.team')),
            h('th', { scope: 'col' }, t('organiser.teams.school')),
            h('th', { scope: 'col' }, t('organiser.teams.joinCode')),
          ),
        ),
        h(
          'tbody',
          {},
          ...this.teams.map((team) =>
            h(
              'tr',
              { 'data-team-id': team.id },
              h('th', { scope: 'row' }, team.name),
              h('td', {}, team.school),
              h('td', {}, h('code', { class: 'join-code' }, team.joinCode)),
            ),
          ),
        ),
      ),
    );
  }

  private async register(): Promise<void> {
    if (this.sending) return;
    this.alert.clear();
    this.status.textContent = '';
    const [name, school] = [this.name.value.trim(), this.school.value.trim()];
    markInvalid(this.name, !name);
    markInvalid(this.school, !school);
    if (!name || !school) {
      this.alert.show(t('organiser.teams.needNameAndSchool'));
      (name ? this.school : this.name).focus();
      return;
    }
    this.sending = true;
    try {
      const team = await registerTeam(this.challenge.id, name, school);
      this.teams = [...this.teams.filter((t) => t.id !== team.id), team].sort(byName);
      this.render();
      this.form.reset();
      this.status.textContent = t('organiser.teams.registered', { team: team.name, code: team.joinCode });
      this.name.focus();
    } catch (error) {
      const errors = this.alert.showError(t('organiser.failed.register'), error);
      markInvalid(this.name, 'name' in errors);
      markInvalid(this.school, 'school' in errors);
    } finally {
      this.sending = false;
    }
  }
}
