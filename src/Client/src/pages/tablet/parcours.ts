import './parcours.css';
import { newIdempotencyKey } from '../../api/core';
import type { ChallengeDetail, Team } from '../../api/types';
import { h } from '../../ui/dom';
import { afterFailedSend, type Problems as FormProblems } from '../../ui/form-problems';
import { markInvalid } from '../../ui/forms';
import { formatLoggedAt } from '../../ui/labels';
import { getCourseRuns, recordCourseRun, type CourseRunOverview, type NewCourseRun } from '../../api/runs';
import { locale, t } from '../../i18n/i18n';

const NOTE_MAX = 200;
const MAX_SECONDS = 3600;

const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
/** What the stopwatch writes into the time field: no thousands separator, so that it reads back as typed seconds. */
const typedSeconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** "12,35 s", or "1 min 5,20 s" from a minute on. */
function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60000);
  const rest = `${seconds.format((ms % 60000) / 1000)} s`;
  return minutes > 0 ? t('parcours.run.minutes', { minutes, rest }) : rest;
}

/** Seconds as pupils type them ("12,5", "12.5", "12,5 s") in whole milliseconds, or null when it is not a number. */
function parseSeconds(text: string): number | null {
  const match = /^(\d+)(?:[.,](\d{1,3}))?\s*s?$/i.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

type Field = 'duration' | 'completed' | 'note';

type Problems = FormProblems<Field>;

function fieldOf(key: string): Field | undefined {
  const name = key.toLowerCase();
  if (name.includes('duration')) return 'duration';
  if (name.includes('completed')) return 'completed';
  if (name.includes('note')) return 'note';
  return undefined;
}

/**
 * The course section of the pupil tablet page: a team times and records its own runs and sees its personal best and how
 * much faster it got. Only electro challenges have a course; other challenges get no section.
 */
export function parcoursSection(challenge: ChallengeDetail, team: Team): { element: HTMLElement; refresh: () => Promise<boolean> } | null {
  if (challenge.sector !== 'electro') return null;
  const parcours = new Parcours(challenge, team);
  return { element: parcours.element, refresh: () => parcours.refresh() };
}

class Parcours {
  private readonly stopwatchDisplay = h(
    'p',
    { class: 'stopwatch-display', role: 'timer', 'aria-label': t('parcours.stopwatch.label') },
    formatDuration(0),
  );
  private readonly stopwatchButton = h('button', { type: 'button', class: 'button button-secondary button-large' }, t('parcours.stopwatch.start'));
  private readonly secondsInput = h('input', {
    id: 'run-seconds',
    name: 'seconds',
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-describedby': 'run-seconds-hint',
  });
  private readonly completedRadio = h('input', { type: 'radio', name: 'run-completed', value: 'true', id: 'run-completed-yes' });
  private readonly missedRadio = h('input', { type: 'radio', name: 'run-completed', value: 'false', id: 'run-completed-no' });
  private readonly completedSet = h(
    'fieldset',
    { class: 'field run-toggle' },
    h('legend', {}, t('parcours.run.finishQuestion')),
    h(
      'div',
      { class: 'run-toggle-options' },
      h('label', { class: 'checkbox', for: 'run-completed-yes' }, this.completedRadio, h('span', {}, t('parcours.run.completed'))),
      h('label', { class: 'checkbox', for: 'run-completed-no' }, this.missedRadio, h('span', {}, t('parcours.run.missed'))),
    ),
  );
  private readonly note = h('input', { id: 'run-note', name: 'note', type: 'text', maxlength: NOTE_MAX, autocomplete: 'off' });
  private readonly alert = h('div', { class: 'form-alert', role: 'alert' });
  private readonly status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  private readonly submit = h('button', { type: 'submit', class: 'button button-large' }, t('parcours.run.save'));
  private readonly summary = h('div', { class: 'parcours-summary', 'aria-live': 'polite' });
  private readonly list = h('ol', { class: 'recent-list', 'aria-label': t('parcours.run.listLabel') });
  readonly element: HTMLElement;

  private startedAt: number | null = null;
  private ticker: number | undefined;
  private sending = false;
  /** The key belongs to one run: resubmitting the same run after a failure reuses it. */
  private pending: { fingerprint: string; key: string } | null = null;

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: Team,
  ) {
    const form = h(
      'form',
      { class: 'parcours-form', novalidate: true, 'aria-label': t('parcours.run.save') },
      h('div', { class: 'stopwatch' }, this.stopwatchDisplay, this.stopwatchButton),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'run-seconds' }, t('parcours.run.seconds')),
        this.secondsInput,
        h('p', { id: 'run-seconds-hint', class: 'hint' }, t('parcours.run.secondsHint')),
      ),
      this.completedSet,
      h('div', { class: 'field' }, h('label', { for: 'run-note' }, t('parcours.run.note')), this.note),
      this.alert,
      h('div', { class: 'form-actions' }, this.submit, this.status),
    );
    this.element = h(
      'section',
      { class: 'panel parcours', 'aria-labelledby': 'parcours-heading' },
      h('h2', { id: 'parcours-heading' }, t('parcours.heading')),
      h(
        'div',
        { class: 'parcours-columns' },
        form,
        h('div', { class: 'parcours-results' }, this.summary, h('h3', {}, t('parcours.run.list')), this.list),
      ),
    );
    this.stopwatchButton.addEventListener('click', () => this.toggleStopwatch());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save(form);
    });
    this.render({ runs: [], personalBest: null, improvement: null });
  }

  private toggleStopwatch(): void {
    if (this.startedAt === null) {
      this.startedAt = performance.now();
      this.stopwatchButton.textContent = t('parcours.stopwatch.stop');
      this.ticker = window.setInterval(() => this.showElapsed(), 100);
      return;
    }
    const elapsed = Math.round(performance.now() - this.startedAt);
    window.clearInterval(this.ticker);
    this.startedAt = null;
    this.stopwatchButton.textContent = t('parcours.stopwatch.start');
    this.stopwatchDisplay.textContent = formatDuration(elapsed);
    this.secondsInput.value = typedSeconds.format(elapsed / 1000);
  }

  private showElapsed(): void {
    if (this.startedAt !== null) this.stopwatchDisplay.textContent = formatDuration(performance.now() - this.startedAt);
  }

  private read(): { run: NewCourseRun | null; problems: Problems | null } {
    const fields = new Set<Field>();
    const messages: string[] = [];
    const durationMs = parseSeconds(this.secondsInput.value);
    if (durationMs === null || durationMs < 1 || durationMs > MAX_SECONDS * 1000) {
      fields.add('duration');
      messages.push(t('parcours.run.durationNeeded', { max: MAX_SECONDS }));
    }
    const completed = this.completedRadio.checked ? true : this.missedRadio.checked ? false : null;
    if (completed === null) {
      fields.add('completed');
      messages.push(t('parcours.run.finishNeeded'));
    }
    if (fields.size > 0) return { run: null, problems: { summary: t('parcours.run.almost'), messages, fields } };
    return { run: { durationMs: durationMs!, completed: completed!, note: this.note.value.trim() }, problems: null };
  }

  private async save(form: HTMLFormElement): Promise<void> {
    if (this.sending) return;
    this.showProblems(null);
    this.status.textContent = '';
    const { run, problems } = this.read();
    if (!run) {
      this.showProblems(problems);
      return;
    }

    const fingerprint = JSON.stringify(run);
    if (this.pending?.fingerprint !== fingerprint) this.pending = { fingerprint, key: newIdempotencyKey() };
    this.setSending(true);
    try {
      await recordCourseRun(this.challenge.id, this.team.id, run, this.pending.key);
      this.pending = null;
      form.reset();
      this.stopwatchDisplay.textContent = formatDuration(0);
      this.status.textContent = t('parcours.run.saved');
      await this.refresh();
    } catch (error) {
      this.status.textContent = '';
      const failure = afterFailedSend(error, fieldOf, t('parcours.run.sendFailed'));
      if (failure.keySpent) this.pending = null;
      this.showProblems(failure.problems);
    } finally {
      this.setSending(false);
    }
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    // aria-disabled instead of disabled keeps keyboard focus on the button while the request runs.
    this.submit.setAttribute('aria-disabled', String(sending));
    if (sending) this.status.textContent = t('parcours.run.sending');
  }

  private showProblems(problems: Problems | null): void {
    markInvalid(this.secondsInput, problems?.fields.has('duration') ?? false);
    markInvalid(this.note, problems?.fields.has('note') ?? false);
    this.completedSet.classList.toggle('invalid', problems?.fields.has('completed') ?? false);
    if (!problems) {
      this.alert.replaceChildren();
      return;
    }
    this.alert.replaceChildren(h('p', {}, problems.summary));
    if (problems.messages.length > 0) {
      this.alert.append(h('ul', {}, ...problems.messages.map((message) => h('li', {}, message))));
    }
    if (problems.fields.has('duration')) this.secondsInput.focus();
    else if (problems.fields.has('note')) this.note.focus();
  }

  /** Whether the runs could be loaded; what is shown stays until the next successful refresh. */
  async refresh(): Promise<boolean> {
    try {
      this.render(await getCourseRuns(this.challenge.id, this.team.id));
      return true;
    } catch {
      return false;
    }
  }

  private render(overview: CourseRunOverview): void {
    this.summary.replaceChildren(...this.encouragement(overview));
    if (overview.runs.length === 0) {
      this.list.replaceChildren(h('li', { class: 'recent-empty' }, t('parcours.run.none')));
      return;
    }
    this.list.replaceChildren(
      ...overview.runs.map((run) =>
        h(
          'li',
          { class: `recent-item run-item${run.completed ? '' : ' run-missed'}` },
          h('p', { class: 'run-time' }, formatDuration(run.durationMs)),
          h('p', {}, run.completed ? t('parcours.run.completed') : t('parcours.run.missed'), run.id === overview.personalBest?.id ? t('parcours.run.fastestMark') : ''),
          h('p', { class: 'recent-time' }, h('time', { datetime: run.recordedAt }, formatLoggedAt(run.recordedAt))),
          run.note && h('p', { class: 'recent-story' }, run.note),
        ),
      ),
    );
  }

  private encouragement({ runs, personalBest, improvement }: CourseRunOverview): Node[] {
    if (!personalBest || !improvement) {
      return [
        h('p', { class: 'parcours-best-label' }, t('parcours.best.label')),
        h('p', {}, t('parcours.best.none')),
      ];
    }
    const completedCount = runs.filter((run) => run.completed).length;
    const progress =
      improvement.fasterByMs > 0
        ? t('parcours.best.improved', { faster: formatDuration(improvement.fasterByMs), percent: percent.format(improvement.fasterByPercent) })
        : completedCount > 1
          ? t('parcours.best.firstStillFastest')
          : t('parcours.best.startingPoint');
    return [
      h('p', { class: 'parcours-best-label' }, t('parcours.best.label')),
      h('p', { class: 'parcours-best' }, formatDuration(personalBest.durationMs)),
      h('p', { class: 'parcours-progress' }, progress),
    ];
  }
}
