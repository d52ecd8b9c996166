import { putSchedule } from '../../api/challenges';
import type { ChallengeDetail, Phase, ScheduleRequest } from '../../api/types';
import { h } from '../../ui/dom';
import type { ChallengeChanged, OrganiserSection } from './section';
import { Alert, markInvalid, statusLine, textField, uniqueId } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const MAX_PHASES = 12;
const PHASE_NAME_MAX = 80;

type Control = HTMLInputElement;

function dateInput(value: string | null | undefined): HTMLInputElement {
  const input = h('input', { type: 'date' });
  input.value = value ?? '';
  return input;
}

class PhaseRow {
  readonly element: HTMLElement;
  readonly name = h('input', { type: 'text', maxlength: PHASE_NAME_MAX, autocomplete: 'off' });
  readonly start: HTMLInputElement;
  readonly end: HTMLInputElement;
  readonly removeButton = h('button', { type: 'button', class: 'button button-quiet button-small' }, t('organiser.schedule.removePhase'));

  constructor(phase: Phase | null, remove: (row: PhaseRow) => void) {
    this.name.value = phase?.name ?? '';
    this.start = dateInput(phase?.start);
    this.end = dateInput(phase?.end);
    const legend = h('legend', { id: uniqueId('phase-legend') }, t('organiser.schedule.phase'));
    this.removeButton.setAttribute('aria-describedby', legend.id);
    this.removeButton.addEventListener('click', () => remove(this));
    this.name.addEventListener('input', () => (legend.textContent = t('organiser.schedule.phaseLegend', { name: this.name.value.trim() || t('organiser.schedule.newPhase') })));
    legend.textContent = t('organiser.schedule.phaseLegend', { name: this.name.value.trim() || t('organiser.schedule.newPhase') });
    this.element = h(
      'fieldset',
      { class: 'phase-row' },
      legend,
      textField(t('organiser.schedule.phaseName'), this.name),
      textField(t('organiser.schedule.from'), this.start),
      textField(t('organiser.schedule.until'), this.end),
      h('div', { class: 'phase-remove' }, this.removeButton),
    );
  }

  read(): NonNullable<ScheduleRequest['phases']>[number] {
    return { name: this.name.value.trim(), start: this.start.value || null, end: this.end.value || null };
  }
}

/** Start and end dates, the showcase day and optional named phases; shown on every team page and on the wall. */
export class ScheduleEditor implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly start = dateInput(null);
  private readonly end = dateInput(null);
  private readonly eventDay = dateInput(null);
  private readonly phaseList = h('div', { class: 'phase-list' });
  private readonly addButton = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.schedule.addPhase'));
  private readonly saveButton = h('button', { type: 'button', class: 'button' }, t('organiser.schedule.save'));
  private readonly editable = h('fieldset', { class: 'plain-fieldset' });
  private readonly note = h('p', { class: 'section-note' });
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private phases: PhaseRow[] = [];

  constructor(
    private challenge: ChallengeDetail,
    private readonly onChange: ChallengeChanged,
  ) {
    this.start.required = true;
    this.end.required = true;
    const heading = h('h2', { id: 'schedule-heading' }, t('organiser.schedule.heading'));
    this.editable.append(
      h(
        'div',
        { class: 'date-row' },
        textField(t('organiser.schedule.start'), this.start),
        textField(t('organiser.schedule.end'), this.end),
        textField(t('organiser.schedule.eventDay'), this.eventDay, t('organiser.schedule.eventDayHint')),
      ),
      h('h3', {}, t('organiser.schedule.phases')),
      this.phaseList,
      h('p', {}, this.addButton),
    );
    this.element = h(
      'section',
      { class: 'panel', id: 'planning', 'aria-labelledby': heading.id },
      heading,
      h('p', { class: 'intro' }, t('organiser.schedule.intro')),
      this.note,
      this.editable,
      this.alert.element,
      h('div', { class: 'form-actions' }, this.saveButton, this.status),
    );
    this.addButton.addEventListener('click', () => {
      const row = this.addPhase(null);
      row.name.focus();
    });
    this.saveButton.addEventListener('click', () => void this.save());
    this.load(challenge);
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
    const closed = challenge.status === 'closed';
    this.editable.disabled = closed;
    this.saveButton.disabled = closed;
    this.note.textContent = closed ? t('organiser.schedule.closed') : '';
    this.note.hidden = !closed;
    this.addButton.disabled = closed || this.phases.length >= MAX_PHASES;
  }

  private load(challenge: ChallengeDetail): void {
    const schedule = challenge.schedule;
    this.start.value = schedule?.start ?? '';
    this.end.value = schedule?.end ?? '';
    this.eventDay.value = schedule?.eventDay ?? '';
    this.phases = [];
    this.phaseList.replaceChildren();
    for (const phase of schedule?.phases ?? []) this.addPhase(phase);
    this.update(challenge);
  }

  private addPhase(phase: Phase | null): PhaseRow {
    const row = new PhaseRow(phase, (removed) => {
      const index = this.phases.indexOf(removed);
      this.phases.splice(index, 1);
      removed.element.remove();
      (this.phases[index]?.name ?? this.phases[index - 1]?.name ?? this.addButton).focus();
      this.update(this.challenge);
    });
    this.phases.push(row);
    this.phaseList.append(row.element);
    this.update(this.challenge);
    return row;
  }

  /** The controls behind each field the server may name; a phase's dates are checked together. */
  private controls(): Map<string, Control[]> {
    const controls = new Map<string, Control[]>([
      ['start', [this.start]],
      ['end', [this.end]],
      ['eventDay', [this.eventDay]],
    ]);
    this.phases.forEach((row, index) => {
      controls.set(`phases[${index}].name`, [row.name]);
      controls.set(`phases[${index}]`, [row.start, row.end]);
    });
    return controls;
  }

  private async save(): Promise<void> {
    this.alert.clear();
    const controls = this.controls();
    for (const control of [...controls.values()].flat()) markInvalid(control, false);
    this.status.textContent = t('organiser.schedule.saving');
    try {
      const saved = await putSchedule(this.challenge.id, {
        start: this.start.value || null,
        end: this.end.value || null,
        eventDay: this.eventDay.value || null,
        phases: this.phases.map((row) => row.read()),
      });
      this.load(saved);
      this.status.textContent = t('organiser.schedule.saved');
      this.onChange(saved);
    } catch (error) {
      this.status.textContent = '';
      const errors = this.alert.showError(t('organiser.failed.save'), error);
      const invalid = Object.keys(errors).flatMap((key) => controls.get(key) ?? []);
      for (const control of invalid) markInvalid(control, true);
      invalid[0]?.focus();
    }
  }
}
