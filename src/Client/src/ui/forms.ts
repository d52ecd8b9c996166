import { ProblemError } from '../api/problems';
import { problemText } from './problems';
import { h } from './dom';
import { t } from '../i18n/i18n';

const fieldWords: Record<string, string> = {
  competences: t('organiser.field.competences'),
  levels: t('organiser.field.levels'),
  phases: t('organiser.field.phases'),
  name: t('organiser.field.name'),
  description: t('organiser.field.description'),
  descriptor: t('organiser.field.descriptor'),
  externalReference: t('organiser.field.externalReference'),
  id: t('organiser.field.id'),
  nl: t('organiser.field.nl'),
  en: t('organiser.field.en'),
  fr: t('organiser.field.fr'),
  start: t('organiser.field.start'),
  end: t('organiser.field.end'),
  eventDay: t('organiser.field.eventDay'),
  title: t('organiser.field.title'),
  school: t('organiser.field.school'),
  reason: t('organiser.field.reason'),
  format: t('organiser.field.format'),
  sector: t('organiser.field.sector'),
  items: t('organiser.field.items'),
  sku: t('organiser.field.sku'),
  unitPriceCents: t('organiser.field.unitPriceCents'),
  stockLimit: t('organiser.field.stockLimit'),
  budgetCents: t('organiser.field.budgetCents'),
};

/** Turns a server field path like `competences[2].levels[0].name.nl` into "Competentie 3 · niveau 1 · naam · Nederlands". */
export function fieldLabel(path: string): string {
  const words = path.split('.').map((part) => {
    const match = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
    if (!match) return part;
    const word = fieldWords[match[1]!] ?? match[1]!;
    return match[2] === undefined ? word : `${word} ${Number(match[2]) + 1}`;
  });
  const label = words.join(' · ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** An alert next to a form: what went wrong, in the page's words for the refusal's type, with each field named so it can be found. */
export class Alert {
  readonly element = h('div', { class: 'form-alert', role: 'alert' });

  clear(): void {
    this.element.replaceChildren();
  }

  show(lead: string, lines: string[] = []): void {
    const summary = h('p', {}, lead);
    this.element.replaceChildren(
      ...(lines.length > 0 ? [summary, h('ul', {}, ...lines.map((line) => h('li', {}, line)))] : [summary]),
    );
  }

  /**
   * Shows a failed request; returns the server's field errors so the caller can mark those fields. The fields are named in
   * the page's words; the server's English messages about them are not shown.
   */
  showError(lead: string, error: unknown): Record<string, string[]> {
    if (!(error instanceof ProblemError)) {
      this.show(t('organiser.problem.unreachable', { lead }));
      return {};
    }
    const errors = error.problem.errors ?? {};
    const lines = Object.keys(errors).map(fieldLabel);
    const detail = lines.length > 0 ? t('organiser.problem.checkThis') : (problemText(error.problem) ?? '');
    this.show(`${lead} ${detail}`.trim(), lines);
    return errors;
  }
}

/** A polite status line for what went well ("Opgeslagen"). */
export function statusLine(): HTMLParagraphElement {
  return h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
}

export function markInvalid(control: HTMLElement, invalid: boolean): void {
  if (invalid) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

export function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  heading.focus();
}

let fieldCounter = 0;

/** A page-unique id, so that every label points at its own control even with many competences on the page. */
export function uniqueId(prefix: string): string {
  fieldCounter += 1;
  return `${prefix}-${fieldCounter}`;
}

/** A labelled text field; `hint` becomes its description. */
export function textField(
  label: string,
  control: HTMLInputElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  const id = control.id || uniqueId('field');
  control.id = id;
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintElement);
}

/**
 * Asks before a step that cannot be undone. A modal `<dialog>` keeps keyboard focus inside, closes with Escape
 * (as a "no"), and gives focus back to the button that opened it.
 */
export function confirmAction(question: string, detail: string, confirmLabel: string): Promise<boolean> {
  const titleId = uniqueId('confirm-title');
  const detailId = uniqueId('confirm-detail');
  const dialog = h(
    'dialog',
    { class: 'confirm', 'aria-labelledby': titleId, 'aria-describedby': detailId },
    h('h2', { id: titleId }, question),
    h('p', { id: detailId }, detail),
    h(
      'form',
      { method: 'dialog', class: 'form-actions' },
      h('button', { class: 'button', value: 'confirm' }, confirmLabel),
      // The careful answer has focus first: Enter alone never takes a step that cannot be undone.
      h('button', { class: 'button button-secondary', value: 'cancel', autofocus: true }, t('organiser.dialog.cancel')),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        resolve(dialog.returnValue === 'confirm');
        dialog.remove();
      },
      { once: true },
    );
    dialog.showModal();
  });
}
