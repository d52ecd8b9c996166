import { advanceChallenge, getTeams } from '../../api/challenges';
import type { ChallengeDetail, ChallengeStatus, LifecycleStep } from '../../api/types';
import { h } from '../../ui/dom';
import { statusWords, type ChallengeChanged, type OrganiserSection } from './section';
import { Alert, confirmAction, focusHeading, statusLine } from '../../ui/forms';
import { t } from '../../i18n/i18n';

interface Step {
  step: LifecycleStep;
  label: string;
  question: string;
  detail: string;
  confirm: string;
}

const ORDER: ChallengeStatus[] = ['draft', 'open', 'running', 'showcase', 'closed'];

const nextSteps: Partial<Record<ChallengeStatus, Step>> = {
  draft: {
    step: 'open',
    label: t('organiser.status.openAction'),
    question: t('organiser.status.openQuestion'),
    detail: t('organiser.status.openDetail'),
    confirm: t('organiser.status.openConfirm'),
  },
  open: {
    step: 'start',
    label: t('organiser.status.startAction'),
    question: t('organiser.status.startQuestion'),
    detail:
      t('organiser.status.startDetail'),
    confirm: t('organiser.status.startConfirm'),
  },
  running: {
    step: 'showcase',
    label: t('organiser.status.showcaseAction'),
    question: t('organiser.status.showcaseQuestion'),
    detail: t('organiser.status.showcaseDetail'),
    confirm: t('organiser.status.showcaseConfirm'),
  },
};

/** Where the challenge is in its lifecycle, in words, with the one next step as a button. */
export class StatusSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'status-heading' }, t('organiser.status.heading'));
  private readonly current = h('p', { class: 'status-current' });
  private readonly explanation = h('p', { class: 'intro' });
  private readonly steps = h('ol', { class: 'steps', 'aria-label': t('organiser.status.steps') });
  private readonly stepButton = h('button', { type: 'button', class: 'button' });
  private readonly closeLink = h('a', { href: '#afsluiten', class: 'button' }, t('organiser.status.closeStep'));
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private sending = false;

  constructor(
    private challenge: ChallengeDetail,
    private readonly onChange: ChallengeChanged,
    goToClosing: () => void,
  ) {
    this.element = h(
      'section',
      { class: 'panel', id: 'status', 'aria-labelledby': this.heading.id },
      this.heading,
      this.current,
      this.explanation,
      this.steps,
      this.alert.element,
      h('div', { class: 'form-actions' }, this.stepButton, this.closeLink, this.status),
    );
    this.stepButton.addEventListener('click', () => void this.advance());
    this.closeLink.addEventListener('click', (event) => {
      event.preventDefault();
      goToClosing();
    });
    this.update(challenge);
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
    const words = statusWords[challenge.status];
    this.current.replaceChildren(t('organiser.status.current'), h('strong', {}, words.label));
    this.explanation.textContent = words.explanation;
    const at = ORDER.indexOf(challenge.status);
    this.steps.replaceChildren(
      ...ORDER.map((status, index) =>
        h(
          'li',
          {
            class: index < at ? 'done' : index === at ? 'current' : undefined,
            'aria-current': index === at ? 'step' : undefined,
          },
          statusWords[status].label,
        ),
      ),
    );
    const next = nextSteps[challenge.status];
    this.stepButton.hidden = !next;
    this.stepButton.textContent = next?.label ?? '';
    this.closeLink.hidden = challenge.status !== 'showcase';
  }

  /** Starting without any team registered is allowed but rarely meant: the question then says so and asks again. */
  private async confirm(next: Step): Promise<boolean> {
    const teams = next.step === 'start' ? await getTeams(this.challenge.id).catch(() => null) : null;
    if (teams && teams.length === 0) {
      return confirmAction(t('organiser.status.noTeamsQuestion'), t('organiser.status.noTeamsDetail'), t('organiser.status.noTeamsConfirm'));
    }
    return confirmAction(next.question, next.detail, next.confirm);
  }

  private async advance(): Promise<void> {
    const next = nextSteps[this.challenge.status];
    if (!next || this.sending) return;
    this.alert.clear();
    if (!(await this.confirm(next))) return;
    this.sending = true;
    this.stepButton.setAttribute('aria-disabled', 'true');
    try {
      const advanced = await advanceChallenge(this.challenge.id, next.step);
      this.onChange(advanced);
      this.status.textContent = t('organiser.status.done', { reached: statusWords[advanced.status].reached });
      if (this.stepButton.hidden) focusHeading(this.heading);
    } catch (error) {
      this.alert.showError(t('organiser.status.failed', { action: next.label }), error);
    } finally {
      this.sending = false;
      this.stepButton.removeAttribute('aria-disabled');
    }
  }
}
