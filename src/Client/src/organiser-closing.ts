import { closeChallenge, getClosingCheck, type ChallengeDetail, type ClosingDecision, type TeamReference } from './api';
import { h } from './dom';
import {
  Alert,
  confirmAction,
  focusHeading,
  markInvalid,
  statusLine,
  textField,
  type ChallengeChanged,
  type OrganiserSection,
} from './organiser-shared';

const REASON_MAX = 500;

const closedAtFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short' });

function teamList(teams: TeamReference[]): HTMLElement {
  return h(
    'ul',
    { class: 'team-list' },
    ...teams.map((team) => h('li', {}, h('strong', {}, team.name), ` — ${team.school}`)),
  );
}

/**
 * Closing in showcase: first the teams without any badge yet, so a juror can still visit them. With such teams,
 * closing anyway needs an explicit override and a reason, which the challenge records.
 */
export class ClosingSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'closing-heading' }, 'Afsluiten');
  private readonly body = h('div', { class: 'closing-body' });
  private readonly override = h('input', { type: 'checkbox', id: 'closing-override' });
  private readonly reason = h('textarea', { rows: 3, maxlength: REASON_MAX });
  private readonly closeButton = h('button', { type: 'button', class: 'button' }, 'Challenge afsluiten');
  private readonly refreshButton = h('button', { type: 'button', class: 'button button-secondary' }, 'Lijst vernieuwen');
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private withoutBadge: TeamReference[] = [];
  private shownFor: string | null = null;
  private sending = false;

  constructor(
    private challenge: ChallengeDetail,
    private readonly onChange: ChallengeChanged,
  ) {
    this.element = h(
      'section',
      { class: 'panel panel-highlight', id: 'afsluiten', 'aria-labelledby': this.heading.id },
      this.heading,
      this.body,
      this.alert.element,
      this.status,
    );
    this.closeButton.addEventListener('click', () => void this.close());
    this.refreshButton.addEventListener('click', () => void this.refresh());
    this.override.addEventListener('change', () => {
      this.reason.required = this.override.checked;
      this.reason.setAttribute('aria-required', String(this.override.checked));
    });
    this.update(challenge);
  }

  focus(): void {
    focusHeading(this.heading);
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
    this.element.hidden = challenge.status !== 'showcase' && challenge.status !== 'closed';
    if (this.element.hidden || this.shownFor === challenge.status) return;
    this.shownFor = challenge.status;
    if (challenge.status === 'closed' && challenge.closing) this.showDecision(challenge.closing);
    else void this.refresh();
  }

  private async refresh(): Promise<void> {
    this.alert.clear();
    try {
      const check = await getClosingCheck(this.challenge.id);
      if (check.decision) {
        this.showDecision(check.decision);
        return;
      }
      this.withoutBadge = check.teamsWithoutBadge;
      this.showCheck();
    } catch (error) {
      this.alert.showError('De lijst kon niet geladen worden.', error);
    }
  }

  private showCheck(): void {
    if (this.withoutBadge.length === 0) {
      this.override.checked = false;
      this.body.replaceChildren(
        h('p', {}, 'Elk team kreeg minstens één badge. Je kunt de challenge afsluiten.'),
        h('div', { class: 'form-actions' }, this.closeButton, this.refreshButton),
      );
      return;
    }
    this.body.replaceChildren(
      h('p', { class: 'closing-lead' }, 'Deze teams kregen nog geen badge — vraag een jurylid om langs te gaan'),
      teamList(this.withoutBadge),
      h(
        'fieldset',
        { class: 'override' },
        h('legend', {}, 'Toch afsluiten?'),
        h(
          'label',
          { class: 'checkbox', for: this.override.id },
          this.override,
          h('span', {}, 'Ik sluit af, ook al kreeg niet elk team een badge'),
        ),
        textField('Reden', this.reason, 'Verplicht als je toch afsluit; de reden wordt bij de challenge bewaard.'),
      ),
      h('div', { class: 'form-actions' }, this.closeButton, this.refreshButton),
    );
  }

  private showDecision(decision: ClosingDecision): void {
    this.body.replaceChildren(
      h(
        'p',
        {},
        'De challenge is afgesloten op ',
        h('time', { datetime: decision.closedAt }, closedAtFormat.format(new Date(decision.closedAt))),
        '.',
      ),
      decision.override
        ? h(
            'div',
            { class: 'decision' },
            h('p', {}, 'Afgesloten met een uitzondering: deze teams hadden toen nog geen badge.'),
            teamList(decision.teamsWithoutBadge),
            h('p', {}, h('strong', {}, 'Reden: '), decision.reason ?? ''),
          )
        : h('p', {}, 'Elk team kreeg minstens één badge. Proficiat aan alle teams!'),
    );
  }

  private async close(): Promise<void> {
    if (this.sending) return;
    this.alert.clear();
    const override = this.override.checked && this.withoutBadge.length > 0;
    const reason = this.reason.value.trim();
    markInvalid(this.reason, override && !reason);
    if (override && !reason) {
      this.alert.show('Schrijf kort op waarom je toch afsluit.');
      this.reason.focus();
      return;
    }
    const confirmed = await confirmAction(
      'De challenge afsluiten?',
      'Daarna komen er geen mijlpalen of badges meer bij. Dit kun je niet ongedaan maken.',
      'Ja, afsluiten',
    );
    if (!confirmed) return;
    this.sending = true;
    try {
      const closed = await closeChallenge(this.challenge.id, override, override ? reason : '');
      this.status.textContent = 'De challenge is afgesloten.';
      this.onChange(closed);
      this.focus();
    } catch (error) {
      this.alert.showError('Afsluiten lukte niet.', error);
      await this.refreshList();
    } finally {
      this.sending = false;
    }
  }

  /** After a refusal the server knows best which teams still wait for a badge; the alert stays in view. */
  private async refreshList(): Promise<void> {
    try {
      const check = await getClosingCheck(this.challenge.id);
      if (check.decision) return;
      this.withoutBadge = check.teamsWithoutBadge;
      this.showCheck();
    } catch {
      // The alert already says what went wrong; the list shown stays as it was.
    }
  }
}
