import { getTeams, registerTeam } from '../../api/challenges';
import type { ChallengeDetail, Id, Team } from '../../api/types';
import { CoachOverview, type Waiting } from './overview';
import { BadgeAttributionList } from './badges';
import { OfferList } from './offers';
import { PupilList } from './pupils';
import { TeamAccessPanel } from './access';
import { checkInSwitch } from './check-in';
import { rosterImportForm } from './roster-import';
import { byName, h } from '../../ui/dom';
import { Alert, markInvalid, statusLine, textField, uniqueId } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const NAME_MAX = 80;
const SCHOOL_MAX = 120;

/** Which teams' details the coach left open, kept on this device so the page opens as it was left. */
const OPEN_KEY = 'challengehub.coach.openTeams';

function openTeams(): Set<string> | null {
  try {
    const stored = localStorage.getItem(OPEN_KEY);
    return stored ? new Set(JSON.parse(stored) as string[]) : null;
  } catch {
    return null;
  }
}

function rememberOpen(teamId: string, open: boolean): void {
  const teams = openTeams() ?? new Set<string>();
  if (open) teams.add(teamId);
  else teams.delete(teamId);
  localStorage.setItem(OPEN_KEY, JSON.stringify([...teams]));
}

/**
 * One challenge on the coach page: an overview of what waits per own team (those whose join code they see), then each team
 * folded in its own details, and a form to register one.
 */
export class CoachChallenge {
  readonly element: HTMLElement;
  private readonly teams = h('div', { class: 'coach-teams' });
  private readonly overview: CoachOverview;
  private readonly alert = new Alert();
  private readonly status = statusLine();

  /** `ownSchoolReport`: the signed-in account is a coach, who may read the impact report of their own school's teams. */
  constructor(
    private readonly challenge: ChallengeDetail,
    ownSchoolReport: boolean,
  ) {
    const headingId = uniqueId('challenge');
    const canRegister = challenge.status === 'open' || challenge.status === 'running';
    this.overview = new CoachOverview(challenge.id, (teamId, section) => this.open(teamId, section));
    this.element = h(
      'section',
      { class: 'panel coach-challenge', 'aria-labelledby': headingId, 'data-challenge-id': challenge.id },
      h('h2', { id: headingId }, challenge.title),
      this.overview.element,
      this.teams,
      h(
        'p',
        { class: 'coach-links' },
        h('a', { class: 'button button-secondary', href: `/cards.html?challenge=${encodeURIComponent(challenge.id)}` }, t('cards.link')),
        ownSchoolReport
          ? h('a', { class: 'button button-secondary', href: `/impact.html?challenge=${encodeURIComponent(challenge.id)}&scope=own-school` }, t('impact.ownSchool.link'))
          : null,
      ),
      canRegister ? this.registerForm() : h('p', { class: 'hint' }, challenge.status === 'draft' ? t('coach.teams.notOpenYet') : t('coach.teams.registrationClosed')),
      canRegister ? rosterImportForm(challenge, () => this.refresh()) : null,
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
      this.overview.element.hidden = own.length === 0;
      this.overview.show(own);
      const open = openTeams();
      this.teams.replaceChildren(
        ...(own.length === 0 ? [h('p', { class: 'hint' }, t('coach.teams.none'))] : own.map((team) => this.card(team, open ? open.has(team.id) : own.length === 1))),
      );
    } catch (error) {
      this.alert.showError(t('coach.failed.teams'), error);
    }
  }

  /** Opens a team's details at the section a count in the overview stands for. */
  private open(teamId: Id, section: Waiting): void {
    const details = this.teams.querySelector<HTMLDetailsElement>(`details[data-team-id="${teamId}"]`);
    if (!details) return;
    details.open = true;
    const target = details.querySelector<HTMLElement>(`#${section}-${teamId}`) ?? details;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  private card(team: Team, open: boolean): HTMLElement {
    const query = `?challenge=${encodeURIComponent(this.challenge.id)}&team=${encodeURIComponent(team.id)}`;
    const access = new TeamAccessPanel(this.challenge.id, team);
    access.start();
    const badges = new BadgeAttributionList(this.challenge, team);
    void badges.refresh();
    const pupils = new PupilList(this.challenge.id, team, (withoutConsent, joined) => {
      this.overview.set(team.id, 'consent', withoutConsent);
      // A pupil from the roster is no longer waiting there, and can now be named on the team's badges.
      if (joined) {
        void access.refresh();
        void badges.refresh();
      }
    });
    pupils.start();
    const offers = new OfferList(this.challenge.id, team, (unanswered) => this.overview.set(team.id, 'offers', unanswered));
    offers.start();
    const details = h(
      'details',
      { class: 'coach-team', 'data-team-id': team.id, open },
      h('summary', {}, h('h3', { class: 'coach-team-name' }, team.name), h('span', { class: 'coach-team-school' }, ` · ${team.school}`)),
      h('p', { class: 'coach-join' }, t('coach.teams.joinCode'), h('code', { class: 'join-code join-code-large' }, team.joinCode)),
      h(
        'p',
        { class: 'challenge-links' },
        h('a', { class: 'button button-secondary', href: `/coach.html${query}` }, t('coach.teams.orders')),
        h('a', { class: 'button button-secondary', href: `/kit.html${query}` }, t('coach.teams.kit')),
      ),
      access.element,
      checkInSwitch(this.challenge.id, team),
      pupils.element,
      badges.element,
      offers.element,
    );
    // Chromium also fires 'toggle' for a block created open: only a change from how it was shown is the coach's choice.
    let shown = open;
    details.addEventListener('toggle', () => {
      if (details.open === shown) return;
      shown = details.open;
      rememberOpen(team.id, shown);
    });
    return details;
  }
}
