import type { Competence, CompetenceLevel, LocalizedText } from '../../api/types';
import { h } from '../../ui/dom';
import { textField, uniqueId } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const NAME_MAX = 80;
const LEVEL_NAME_MAX = 40;
const TEXT_MAX = 300;
const REFERENCE_MAX = 200;

type Control = HTMLInputElement | HTMLTextAreaElement;

/** One text in Dutch, with English and French behind a disclosure so the form stays calm. */
class LocalizedInput {
  readonly element: HTMLElement;
  readonly nl: Control;
  private readonly en: Control;
  private readonly fr: Control;

  constructor(
    label: string,
    value: LocalizedText | null | undefined,
    options: { multiline?: boolean; maxLength: number },
  ) {
    const control = (lang: string, text: string | null | undefined): Control => {
      const attributes = { lang, maxlength: options.maxLength, autocomplete: 'off' };
      const element = options.multiline
        ? h('textarea', { ...attributes, rows: 2 })
        : h('input', { ...attributes, type: 'text' });
      element.value = text ?? '';
      return element;
    };
    this.nl = control('nl', value?.nl);
    // The server fills a missing English text with the Dutch one; showing it empty again keeps that a choice.
    this.en = control('en', value?.en && value.en !== value.nl ? value.en : '');
    this.fr = control('fr', value?.fr);
    this.element = h(
      'div',
      { class: 'localized' },
      textField(label, this.nl),
      h(
        'details',
        { class: 'translations' },
        h('summary', {}, t('organiser.competence.otherLanguages', { label })),
        textField(t('organiser.competence.english', { label }), this.en),
        textField(t('organiser.competence.french', { label }), this.fr),
      ),
    );
  }

  /** Null when nothing is filled in, so an optional text stays absent. */
  read(): LocalizedText | null {
    const [nl, en, fr] = [this.nl.value.trim(), this.en.value.trim(), this.fr.value.trim()];
    if (!nl && !en && !fr) return null;
    return { nl, en: en || nl, fr: fr || null };
  }

  register(controls: Map<string, Control>, path: string): void {
    controls.set(`${path}.nl`, this.nl);
    controls.set(`${path}.en`, this.en);
    controls.set(`${path}.fr`, this.fr);
  }

  setReadOnly(readOnly: boolean, describedBy: string): void {
    for (const control of [this.nl, this.en, this.fr]) {
      control.readOnly = readOnly;
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== describedBy);
      if (readOnly) ids.push(describedBy);
      if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
      else control.removeAttribute('aria-describedby');
    }
  }
}

class LevelInput {
  readonly element: HTMLElement;
  readonly name: LocalizedInput;
  private readonly descriptor: LocalizedInput;

  constructor(private readonly level: CompetenceLevel) {
    this.name = new LocalizedInput(t('organiser.competence.levelName', { level: level.level }), level.name, { maxLength: LEVEL_NAME_MAX });
    this.descriptor = new LocalizedInput(t('organiser.competence.levelDescriptor', { level: level.level }), level.descriptor, {
      multiline: true,
      maxLength: TEXT_MAX,
    });
    this.element = h(
      'li',
      { class: 'level-editor' },
      h('h4', {}, t('organiser.competence.level', { level: level.level })),
      this.name.element,
      this.descriptor.element,
    );
  }

  read(): CompetenceLevel {
    return { level: this.level.level, name: this.name.read() ?? { nl: '', en: '' }, descriptor: this.descriptor.read() };
  }

  register(controls: Map<string, Control>, path: string): void {
    this.name.register(controls, `${path}.name`);
    this.descriptor.register(controls, `${path}.descriptor`);
  }
}

export interface CompetenceEditorActions {
  move(editor: CompetenceEditor, by: -1 | 1): void;
  remove(editor: CompetenceEditor): void;
}

/**
 * One competence of the framework as a form. `stored` says whether the server has it already: while the challenge
 * runs, milestones and badges refer to stored competences, so those keep their name and cannot be removed.
 */
export class CompetenceEditor {
  readonly element: HTMLLIElement;
  readonly heading = h('h3', { id: uniqueId('competence-heading') });
  /** Every control by its path in the competence (`name.nl`, `levels[1].descriptor.fr`), to mark server field errors. */
  readonly controls = new Map<string, Control>();
  readonly up = h('button', { type: 'button', class: 'button button-secondary button-small' }, t('organiser.competence.up'));
  readonly down = h('button', { type: 'button', class: 'button button-secondary button-small' }, t('organiser.competence.down'));
  readonly removeButton = h('button', { type: 'button', class: 'button button-quiet button-small' }, t('organiser.competence.remove'));
  private readonly name: LocalizedInput;
  private readonly description: LocalizedInput;
  private readonly reference = h('input', {
    type: 'text',
    maxlength: REFERENCE_MAX,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  private readonly levels: LevelInput[];
  private readonly levelSummary = h('summary', {});
  private position = 0;

  constructor(
    private readonly competence: Competence,
    readonly stored: boolean,
    actions: CompetenceEditorActions,
  ) {
    this.name = new LocalizedInput(t('organiser.competence.name'), competence.name, { maxLength: NAME_MAX });
    this.description = new LocalizedInput(t('organiser.competence.description'), competence.description, {
      multiline: true,
      maxLength: TEXT_MAX,
    });
    this.reference.value = competence.externalReference ?? '';
    this.levels = competence.levels.map((level) => new LevelInput(level));

    this.name.register(this.controls, 'name');
    this.description.register(this.controls, 'description');
    this.controls.set('externalReference', this.reference);
    this.controls.set('id', this.name.nl);
    this.levels.forEach((level, index) => level.register(this.controls, `levels[${index}]`));

    for (const button of [this.up, this.down, this.removeButton]) {
      button.setAttribute('aria-describedby', this.heading.id);
    }
    this.up.addEventListener('click', () => actions.move(this, -1));
    this.down.addEventListener('click', () => actions.move(this, 1));
    this.removeButton.addEventListener('click', () => actions.remove(this));
    this.name.nl.addEventListener('input', () => this.showHeading());
    for (const level of this.levels) level.name.nl.addEventListener('input', () => this.showLevelSummary());

    this.element = h(
      'li',
      { class: 'competence-editor', 'data-competence-id': competence.id || undefined },
      h(
        'div',
        { class: 'competence-editor-head' },
        this.heading,
        h(
          'div',
          { class: 'toolbar', role: 'group', 'aria-label': t('organiser.competence.orderAndRemove') },
          this.up,
          this.down,
          this.removeButton,
        ),
      ),
      this.name.element,
      this.description.element,
      textField(
        t('organiser.competence.externalReference'),
        this.reference,
        t('organiser.competence.externalReferenceHint'),
      ),
      h(
        'details',
        { class: 'levels' },
        this.levelSummary,
        h('ol', { class: 'level-list' }, ...this.levels.map((l) => l.element)),
      ),
    );
    this.showLevelSummary();
  }

  /** The id stays once stored; a new competence gets one when the framework is saved. */
  get id(): string {
    return this.competence.id;
  }

  get dutchName(): string {
    return this.name.nl.value.trim();
  }

  read(id: string): Competence {
    return {
      id,
      name: this.name.read() ?? { nl: '', en: '' },
      levels: this.levels.map((level) => level.read()),
      description: this.description.read(),
      externalReference: this.reference.value.trim() || null,
    };
  }

  setPosition(index: number, count: number): void {
    this.position = index + 1;
    this.showHeading();
    this.up.disabled = index === 0;
    this.down.disabled = index === count - 1;
  }

  /** While running, a stored competence keeps its name and its place in the framework. */
  setRunning(running: boolean, explanationId: string): void {
    const locked = running && this.stored;
    this.name.setReadOnly(locked, explanationId);
    this.removeButton.disabled = locked;
    if (locked) this.removeButton.setAttribute('aria-describedby', `${this.heading.id} ${explanationId}`);
    else this.removeButton.setAttribute('aria-describedby', this.heading.id);
  }

  focusName(): void {
    this.name.nl.focus();
  }

  private showHeading(): void {
    this.heading.textContent = t('organiser.competence.heading', { position: this.position, name: this.dutchName || t('organiser.competence.new') });
  }

  private showLevelSummary(): void {
    const names = this.levels.map((level) => level.name.nl.value.trim() || '…').join(' · ');
    this.levelSummary.textContent = t('organiser.competence.fourLevels', { names });
  }
}
