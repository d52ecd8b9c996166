import { getFramework, putFramework } from '../../api/challenges';
import type { ChallengeDetail, Competence, CompetenceLevel } from '../../api/types';
import { h } from '../../ui/dom';
import { CompetenceEditor, type CompetenceEditorActions } from './competence';
import type { ChallengeChanged, OrganiserSection } from './section';
import { Alert, confirmAction, focusHeading, markInvalid, statusLine, uniqueId } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const FORMAT = 'challengehub.framework/1';
const MAX_COMPETENCES = 20;

/** Level names for a competence added to an empty framework; otherwise a new one borrows the names of the first. */
const DEFAULT_LEVELS: CompetenceLevel[] = [
  { level: 1, name: { nl: 'Verkent', en: 'Exploring', fr: 'Explore' } },
  { level: 2, name: { nl: 'Past toe', en: 'Applying', fr: 'Applique' } },
  { level: 3, name: { nl: 'Zelfstandig', en: 'Independent', fr: 'Autonome' } },
  { level: 4, name: { nl: 'Inspireert anderen', en: 'Inspiring others', fr: 'Inspire les autres' } },
];

/** A readable, stable id from the Dutch name ("Meten en testen" → "meten-en-testen"), unique within the framework. */
function competenceId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 36)
      .replace(/-+$/, '') || 'competentie';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function downloadName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'challenge'}-competenties.json`;
}

/** The competence framework: edit, reorder, add and remove competences, save the whole, export and import it as JSON. */
export class FrameworkEditor implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'framework-heading' }, t('organiser.framework.heading'));
  private readonly rules = h('p', { class: 'section-note', id: uniqueId('framework-rules') });
  private readonly list = h('ol', { class: 'competence-list' });
  private readonly editable = h('fieldset', { class: 'plain-fieldset' });
  private readonly addButton = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.framework.add'));
  private readonly saveButton = h('button', { type: 'button', class: 'button' }, t('organiser.framework.save'));
  private readonly exportButton = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.framework.export'));
  private readonly importInput = h('input', { type: 'file', id: 'framework-import', accept: 'application/json,.json' });
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private readonly actions: CompetenceEditorActions = {
    move: (editor, by) => this.move(editor, by),
    remove: (editor) => this.remove(editor),
  };
  private editors: CompetenceEditor[] = [];
  private busy = false;

  constructor(
    private challenge: ChallengeDetail,
    private readonly onChange: ChallengeChanged,
  ) {
    this.editable.append(this.list, h('p', {}, this.addButton));
    this.element = h(
      'section',
      { class: 'panel', id: 'competenties', 'aria-labelledby': this.heading.id },
      this.heading,
      h(
        'p',
        { class: 'intro' },
        t('organiser.framework.intro'),
      ),
      this.rules,
      this.editable,
      this.alert.element,
      h('div', { class: 'form-actions' }, this.saveButton, this.status),
      h(
        'div',
        { class: 'share' },
        h('h3', {}, t('organiser.framework.share')),
        h(
          'p',
          { class: 'hint' },
          t('organiser.framework.shareHint'),
        ),
        h(
          'div',
          { class: 'form-actions' },
          this.exportButton,
          h(
            'div',
            { class: 'field' },
            h('label', { for: this.importInput.id }, t('organiser.framework.import')),
            this.importInput,
          ),
        ),
      ),
    );
    this.addButton.addEventListener('click', () => this.add());
    this.saveButton.addEventListener('click', () => void this.save());
    this.exportButton.addEventListener('click', () => void this.export());
    this.importInput.addEventListener('change', () => void this.import());
    this.load(challenge.competences);
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
    this.applyStatus();
  }

  private load(competences: Competence[]): void {
    this.editors = competences.map((competence) => new CompetenceEditor(competence, true, this.actions));
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(...this.editors.map((editor) => editor.element));
    this.editors.forEach((editor, index) => editor.setPosition(index, this.editors.length));
    this.applyStatus();
  }

  private applyStatus(): void {
    const status = this.challenge.status;
    const fixed = status === 'showcase' || status === 'closed';
    const running = status === 'running';
    this.rules.textContent = fixed
      ? t('organiser.framework.fixed')
      : running
        ? t('organiser.framework.running')
        : t('organiser.framework.free');
    this.editable.disabled = fixed;
    this.addButton.disabled = fixed || this.editors.length >= MAX_COMPETENCES;
    this.saveButton.disabled = fixed;
    this.importInput.disabled = fixed;
    for (const editor of this.editors) editor.setRunning(running, this.rules.id);
  }

  private add(): void {
    const borrowed = this.editors[0]?.read('').levels.map((level) => ({ level: level.level, name: level.name }));
    const levels = borrowed ?? DEFAULT_LEVELS;
    const editor = new CompetenceEditor({ id: '', name: { nl: '', en: '' }, levels }, false, this.actions);
    this.editors.push(editor);
    this.render();
    this.status.textContent = '';
    editor.focusName();
  }

  private move(editor: CompetenceEditor, by: -1 | 1): void {
    const from = this.editors.indexOf(editor);
    const to = from + by;
    if (from < 0 || to < 0 || to >= this.editors.length) return;
    [this.editors[from], this.editors[to]] = [this.editors[to]!, editor];
    this.render();
    const button = by < 0 ? editor.up : editor.down;
    (button.disabled ? (by < 0 ? editor.down : editor.up) : button).focus();
    this.status.textContent = t('organiser.framework.moved', { name: editor.dutchName || t('organiser.framework.newCompetence'), place: to + 1 });
  }

  private remove(editor: CompetenceEditor): void {
    const index = this.editors.indexOf(editor);
    if (index < 0) return;
    this.editors.splice(index, 1);
    this.render();
    const next = this.editors[index] ?? this.editors[index - 1];
    if (next) focusHeading(next.heading);
    else this.addButton.focus();
    this.status.textContent = t('organiser.framework.removed', { name: editor.dutchName || t('organiser.framework.newCompetence') });
  }

  private read(): Competence[] {
    const taken = new Set(this.editors.filter((editor) => editor.stored).map((editor) => editor.id));
    return this.editors.map((editor) => {
      if (editor.stored) return editor.read(editor.id);
      const id = competenceId(editor.dutchName, taken);
      taken.add(id);
      return editor.read(id);
    });
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    this.alert.clear();
    this.markErrors({});
    this.status.textContent = t('organiser.framework.saving');
    await this.run(async () => {
      try {
        const saved = await putFramework(this.challenge.id, { format: FORMAT, competences: this.read() });
        this.load(saved.competences);
        this.status.textContent = t('organiser.framework.saved');
        this.onChange(saved);
      } catch (error) {
        this.status.textContent = '';
        this.markErrors(this.alert.showError(t('organiser.failed.save'), error));
      }
    });
  }

  private markErrors(errors: Record<string, string[]>): void {
    for (const editor of this.editors) for (const control of editor.controls.values()) markInvalid(control, false);
    const invalid: HTMLElement[] = [];
    for (const key of Object.keys(errors)) {
      const match = /^competences\[(\d+)\]\.(.+)$/.exec(key);
      const control = match ? this.editors[Number(match[1])]?.controls.get(match[2]!) : undefined;
      if (!control) continue;
      markInvalid(control, true);
      invalid.push(control);
    }
    const first = invalid[0];
    if (!first) return;
    for (let details = first.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
      details.open = true;
    }
    first.focus();
  }

  private async export(): Promise<void> {
    this.alert.clear();
    await this.run(async () => {
      try {
        const framework = await getFramework(this.challenge.id);
        const url = URL.createObjectURL(new Blob([JSON.stringify(framework, null, 2)], { type: 'application/json' }));
        const link = h('a', { href: url, download: downloadName(this.challenge.title), hidden: true });
        document.body.append(link);
        link.click();
        link.remove();
        URL.revokeObjectURL(url);
        this.status.textContent = t('organiser.framework.downloaded');
      } catch (error) {
        this.alert.showError(t('organiser.failed.export'), error);
      }
    });
  }

  private async import(): Promise<void> {
    const file = this.importInput.files?.[0];
    if (!file || this.busy) return;
    this.alert.clear();
    this.markErrors({});
    await this.run(async () => {
      try {
        let parsed: unknown;
        try {
          parsed = JSON.parse(await file.text());
        } catch {
          this.alert.show(
            t('organiser.framework.invalidFile', { file: file.name }),
          );
          return;
        }
        const replace = await confirmAction(
          t('organiser.framework.replaceQuestion'),
          t('organiser.framework.replaceDetail', { file: file.name }),
          t('organiser.framework.replaceConfirm'),
        );
        if (!replace) return;
        const saved = await putFramework(this.challenge.id, { format: null, ...(parsed as { competences: Competence[] }) });
        this.load(saved.competences);
        this.status.textContent = t('organiser.framework.imported', { file: file.name });
        this.onChange(saved);
      } catch (error) {
        this.alert.showError(t('organiser.failed.import'), error);
      } finally {
        this.importInput.value = '';
      }
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.saveButton.setAttribute('aria-disabled', 'true');
    try {
      await action();
    } finally {
      this.busy = false;
      this.saveButton.removeAttribute('aria-disabled');
    }
  }
}
