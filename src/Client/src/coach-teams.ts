import { getTeams, registerTeam, type ChallengeDetail, type Team } from './api';
import { OfferList } from './coach-offers';
import { PupilList } from './coach-pupils';
import { byName, h } from './dom';
import { Alert, markInvalid, statusLine, textField, uniqueId } from './organiser-shared';

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
      canRegister ? this.registerForm() : h('p', { class: 'hint' }, challenge.status === 'draft' ? 'Teams inschrijven kan zodra de challenge open is.' : 'De inschrijvingen zijn afgesloten.'),
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
      { class: 'team-form', novalidate: true, 'aria-label': `Team inschrijven voor ${this.challenge.title}` },
      h('h3', {}, 'Een team inschrijven'),
      h('div', { class: 'date-row' }, textField('Teamnaam', name), textField('School', school)),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, 'Team inschrijven')),
    );
    let sending = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      const [teamName, schoolName] = [name.value.trim(), school.value.trim()];
      markInvalid(name, !teamName);
      markInvalid(school, !schoolName);
      if (!teamName || !schoolName) {
        this.alert.show('Vul de teamnaam en de school in.');
        (teamName ? school : name).focus();
        return;
      }
      sending = true;
      this.alert.clear();
      registerTeam(this.challenge.id, teamName, schoolName)
        .then(async (team) => {
          form.reset();
          this.status.textContent = `${team.name} is ingeschreven. Koppelcode: ${team.joinCode}.`;
          await this.refresh();
        })
        .catch((error: unknown) => this.alert.showError('Inschrijven lukte niet.', error))
        .finally(() => (sending = false));
    });
    return form;
  }

  private async refresh(): Promise<void> {
    try {
      const own = (await getTeams(this.challenge.id)).filter((team) => team.joinCode).sort(byName);
      this.teams.replaceChildren(
        ...(own.length === 0 ? [h('p', { class: 'hint' }, 'Je hebt hier nog geen teams. Schrijf er hieronder een in.')] : own.map((team) => this.card(team))),
      );
    } catch (error) {
      this.alert.showError('De teams konden niet geladen worden.', error);
    }
  }

  private card(team: Team): HTMLElement {
    const query = `?challenge=${encodeURIComponent(this.challenge.id)}&team=${encodeURIComponent(team.id)}`;
    const pupils = new PupilList(this.challenge.id, team);
    void pupils.refresh();
    const offers = new OfferList(this.challenge.id, team);
    void offers.refresh();
    return h(
      'article',
      { class: 'coach-team', 'data-team-id': team.id },
      h('h3', {}, team.name),
      h('p', { class: 'hint' }, team.school),
      h('p', { class: 'coach-join' }, 'Koppelcode voor de tablet: ', h('code', { class: 'join-code join-code-large' }, team.joinCode)),
      h(
        'p',
        { class: 'challenge-links' },
        h('a', { class: 'button button-secondary', href: `/coach.html${query}` }, 'Bestellingen'),
        h('a', { class: 'button button-secondary', href: `/kit.html${query}` }, 'Materiaalkit'),
      ),
      pupils.element,
      offers.element,
    );
  }
}
