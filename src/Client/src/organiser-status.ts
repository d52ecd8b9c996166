import { advanceChallenge, type ChallengeDetail, type ChallengeStatus, type LifecycleStep } from './api';
import { h } from './dom';
import {
  Alert,
  confirmAction,
  focusHeading,
  statusLine,
  statusWords,
  type ChallengeChanged,
  type OrganiserSection,
} from './organiser-shared';

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
    label: 'Openen voor inschrijvingen',
    question: 'De challenge openen voor inschrijvingen?',
    detail: 'Coaches kunnen dan teams inschrijven. Het competentiekader en de planning kun je nog aanpassen.',
    confirm: 'Ja, openen',
  },
  open: {
    step: 'start',
    label: 'Starten',
    question: 'De challenge starten?',
    detail:
      'Teams loggen dan mijlpalen en juryleden kennen badges toe. Competenties toevoegen en beschrijven kan daarna nog, ' +
      'verwijderen of hernoemen niet meer.',
    confirm: 'Ja, starten',
  },
  running: {
    step: 'showcase',
    label: 'Naar de showcase',
    question: 'Naar de showcase?',
    detail: 'Teams tonen dan hun werk en het competentiekader ligt vast. Juryleden kunnen nog badges toekennen.',
    confirm: 'Ja, naar de showcase',
  },
};

/** Where the challenge is in its lifecycle, in words, with the one next step as a button. */
export class StatusSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'status-heading' }, 'Status');
  private readonly current = h('p', { class: 'status-current' });
  private readonly explanation = h('p', { class: 'intro' });
  private readonly steps = h('ol', { class: 'steps', 'aria-label': 'Verloop van de challenge' });
  private readonly stepButton = h('button', { type: 'button', class: 'button' });
  private readonly closeLink = h('a', { href: '#afsluiten', class: 'button' }, 'Afsluiten');
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
    this.current.replaceChildren('Deze challenge is nu: ', h('strong', {}, words.label));
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

  private async advance(): Promise<void> {
    const next = nextSteps[this.challenge.status];
    if (!next || this.sending) return;
    this.alert.clear();
    if (!(await confirmAction(next.question, next.detail, next.confirm))) return;
    this.sending = true;
    this.stepButton.setAttribute('aria-disabled', 'true');
    try {
      const advanced = await advanceChallenge(this.challenge.id, next.step);
      this.onChange(advanced);
      this.status.textContent = `Gelukt! ${statusWords[advanced.status].reached}`;
      if (this.stepButton.hidden) focusHeading(this.heading);
    } catch (error) {
      this.alert.showError(`${next.label} lukte niet.`, error);
    } finally {
      this.sending = false;
      this.stepButton.removeAttribute('aria-disabled');
    }
  }
}
