import { closeChallenge, getClosingCheck } from '../../api/challenges';
import type { ChallengeDetail, ClosingDecision, TeamReference } from '../../api/types';
import { h } from '../../ui/dom';
import type { ChallengeChanged, OrganiserSection } from './section';
import { Alert, confirmAction, focusHeading, markInvalid, statusLine, textField } from '../../ui/forms';
import { locale, t } from '../../i18n/i18n';

const REASON_MAX = 500;

const closedAtFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });

function teamList(teams: TeamReference[]): HTMLElement {
  return h(
    'ul',
    { class: 'team-list' },
    ...teams.map((team) => h('li', {}, h('strong', {}, team.name), ` — ${team.school}`)),
  );
}

/**
 * Closing in showcase: first the teams without any badge yet, so a juror can still visit them, and in a season the teams
 * without a published recognition. With such teams, closing anyway needs an explicit override and a reason, which the
 * challenge records.
 */
export class ClosingSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'closing-heading' }, t('organiser.closing.heading'));
  private readonly body = h('div', { class: 'closing-body' });
  private readonly override = h('input', { type: 'checkbox', id: 'closing-override' });
  private readonly reason = h('textarea', { rows: 3, maxlength: REASON_MAX });
  private readonly closeButton = h('button', { type: 'button', class: 'button' }, t('organiser.closing.close'));
  private readonly refreshButton = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.closing.refresh'));
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private withoutBadge: TeamReference[] = [];
  private withoutRecognition: TeamReference[] = [];
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
      this.withoutRecognition = check.teamsWithoutRecognition ?? [];
      this.showCheck();
    } catch (error) {
      this.alert.showError(t('organiser.failed.list'), error);
    }
  }

  private showCheck(): void {
    if (!this.waiting()) {
      this.override.checked = false;
      this.body.replaceChildren(
        h('p', {}, t('organiser.closing.allHaveBadge')),
        h('div', { class: 'form-actions' }, this.closeButton, this.refreshButton),
      );
      return;
    }
    this.body.replaceChildren(
      ...(this.withoutBadge.length > 0 ? [h('p', { class: 'closing-lead' }, t('organiser.closing.withoutBadge')), teamList(this.withoutBadge)] : []),
      ...(this.withoutRecognition.length > 0
        ? [h('p', { class: 'closing-lead closing-recognition' }, t('organiser.closing.withoutRecognition')), teamList(this.withoutRecognition)]
        : []),
      h(
        'fieldset',
        { class: 'override' },
        h('legend', {}, t('organiser.closing.anyway')),
        h(
          'label',
          { class: 'checkbox', for: this.override.id },
          this.override,
          h('span', {}, t(this.withoutBadge.length > 0 ? 'organiser.closing.anywayConfirm' : 'organiser.closing.anywayConfirmRecognition')),
        ),
        textField(t('organiser.closing.reason'), this.reason, t('organiser.closing.reasonHint')),
      ),
      h('div', { class: 'form-actions' }, this.closeButton, this.refreshButton),
    );
  }

  /** After closing: how many teams were recognised, counted across all teams; the teams still without a badge by name. */
  private showDecision(decision: ClosingDecision): void {
    const without = decision.teamsWithoutBadge.length;
    const total = decision.teamCount ?? null;
    const recognised = total === null ? null : total - without;
    const summary =
      total === null
        ? null
        : without === 0
          ? t(total === 1 ? 'organiser.closing.summaryAll.one' : 'organiser.closing.summaryAll.other', { total })
          : t(total === 1 ? 'organiser.closing.summarySome.one' : 'organiser.closing.summarySome.other', { recognised: recognised ?? 0, total });
    this.body.replaceChildren(
      h(
        'p',
        {},
        t('organiser.closing.closedOn'),
        h('time', { datetime: decision.closedAt }, closedAtFormat.format(new Date(decision.closedAt))),
        '.',
      ),
      summary ? h('p', { class: 'closing-summary' }, summary) : '',
      decision.override
        ? h(
            'div',
            { class: 'decision' },
            decision.teamsWithoutBadge.length > 0 && h('p', {}, t('organiser.closing.exception')),
            decision.teamsWithoutBadge.length > 0 && teamList(decision.teamsWithoutBadge),
            (decision.teamsWithoutRecognition?.length ?? 0) > 0 && h('p', {}, t('organiser.closing.exceptionRecognition')),
            (decision.teamsWithoutRecognition?.length ?? 0) > 0 && teamList(decision.teamsWithoutRecognition ?? []),
            h('p', {}, h('strong', {}, t('organiser.closing.reasonLabel')), decision.reason ?? ''),
          )
        : total === null
          ? h('p', {}, t('organiser.closing.allHaveBadgeDone'))
          : '',
    );
  }

  private async close(): Promise<void> {
    if (this.sending) return;
    this.alert.clear();
    const override = this.override.checked && this.waiting();
    const reason = this.reason.value.trim();
    markInvalid(this.reason, override && !reason);
    if (override && !reason) {
      this.alert.show(t('organiser.closing.needReason'));
      this.reason.focus();
      return;
    }
    // The every-team rule is checked before the "cannot be undone" question, so the organiser reads it in their language.
    if (!(await this.everyTeamSeenOrOverridden(override))) return;
    const confirmed = await confirmAction(
      t('organiser.closing.question'),
      t('organiser.closing.questionDetail'),
      t('organiser.closing.confirm'),
    );
    if (!confirmed) return;
    this.sending = true;
    try {
      const closed = await closeChallenge(this.challenge.id, override, override ? reason : '');
      this.status.textContent = t('organiser.closing.closed');
      this.onChange(closed);
      this.focus();
    } catch (error) {
      this.alert.showError(t('organiser.failed.close'), error);
      await this.refreshList();
    } finally {
      this.sending = false;
    }
  }

  /** True when every team has a badge now, or the organiser chose to close anyway; otherwise the list and an alert say who waits. */
  private async everyTeamSeenOrOverridden(override: boolean): Promise<boolean> {
    await this.refreshList();
    if (!this.waiting() || (override && this.override.checked)) return true;
    const [key, teams] = this.withoutBadge.length > 0
      ? (['organiser.closing.notEveryTeam', this.withoutBadge] as const)
      : (['organiser.closing.notEveryTeamRecognised', this.withoutRecognition] as const);
    this.alert.show(t(key, { teams: teams.map((team) => team.name).join(', ') }));
    this.override.focus();
    return false;
  }

  /** Whether some team still waits for a badge or, in a season, for a published recognition. */
  private waiting(): boolean {
    return this.withoutBadge.length > 0 || this.withoutRecognition.length > 0;
  }

  /** After a refusal the server knows best which teams still wait for a badge; the alert stays in view. */
  private async refreshList(): Promise<void> {
    try {
      const check = await getClosingCheck(this.challenge.id);
      if (check.decision) return;
      this.withoutBadge = check.teamsWithoutBadge;
      this.withoutRecognition = check.teamsWithoutRecognition ?? [];
      this.showCheck();
    } catch {
      // The alert already says what went wrong; the list shown stays as it was.
    }
  }
}
