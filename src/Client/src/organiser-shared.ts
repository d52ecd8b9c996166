import { ProblemError, type ChallengeDetail, type ChallengeStatus } from './api';
import { h } from './dom';

/** Each part of the organiser page shows the challenge and hears about every change to it. */
export interface OrganiserSection {
  readonly element: HTMLElement;
  update(challenge: ChallengeDetail): void;
}

export type ChallengeChanged = (challenge: ChallengeDetail) => void;

export const statusWords: Record<ChallengeStatus, { label: string; explanation: string; reached: string }> = {
  draft: {
    reached: 'De challenge is in voorbereiding.',
    label: 'In voorbereiding',
    explanation: 'Stel het competentiekader en de planning op. Teams inschrijven kan zodra de challenge open is.',
  },
  open: {
    reached: 'De challenge is open voor inschrijvingen.',
    label: 'Open voor inschrijvingen',
    explanation: 'Coaches schrijven teams in. Het competentiekader en de planning kun je nog vrij aanpassen.',
  },
  running: {
    reached: 'De challenge is gestart.',
    label: 'Loopt',
    explanation:
      'Teams loggen mijlpalen en juryleden kennen badges toe. Competenties toevoegen, beschrijven en herschikken kan nog.',
  },
  showcase: {
    reached: 'De challenge is in de showcase.',
    label: 'Showcase',
    explanation: 'De eventdag: teams tonen hun werk. Juryleden kunnen nog badges toekennen; het competentiekader ligt vast.',
  },
  closed: {
    reached: 'De challenge is afgesloten.',
    label: 'Afgesloten',
    explanation: 'De challenge is afgerond. Elk team heeft laten zien wat het kan.',
  },
};

const fieldWords: Record<string, string> = {
  competences: 'competentie',
  levels: 'niveau',
  phases: 'fase',
  name: 'naam',
  description: 'beschrijving',
  descriptor: 'omschrijving',
  externalReference: 'externe referentie',
  id: 'id',
  nl: 'Nederlands',
  en: 'Engels',
  fr: 'Frans',
  start: 'start',
  end: 'einde',
  eventDay: 'showcasedag',
  title: 'titel',
  school: 'school',
  reason: 'reden',
  format: 'formaat',
  sector: 'sjabloon',
  items: 'artikel',
  sku: 'artikelcode',
  unitPriceCents: 'prijs',
  stockLimit: 'voorraad',
  budgetCents: 'budget',
  actor: 'jouw naam',
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

/** The server's two most common field messages, said in Dutch; any other message is shown as the server wrote it. */
function fieldMessage(message: string): string {
  if (/^\S+ is required\.$/.test(message)) return 'vul dit in.';
  const tooLong = /^\S+ can be at most (\d+) characters\.$/.exec(message);
  return tooLong ? `hoogstens ${tooLong[1]} tekens.` : message;
}

/** An alert next to a form: what went wrong, in the server's words, with each field named so it can be found. */
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

  /** Shows a failed request; returns the server's field errors so the caller can mark those fields. */
  showError(lead: string, error: unknown): Record<string, string[]> {
    if (!(error instanceof ProblemError)) {
      this.show(`${lead} De server is nu niet bereikbaar; probeer het zo nog eens.`);
      return {};
    }
    const errors = error.problem.errors ?? {};
    const lines = Object.entries(errors).flatMap(([field, messages]) =>
      messages.map((message) => `${fieldLabel(field)}: ${fieldMessage(message)}`),
    );
    // With field errors the list says it all; the generic detail of a validation problem adds nothing.
    const detail = lines.length > 0 ? 'Kijk dit even na:' : (error.problem.detail ?? error.problem.title ?? '');
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
      h('button', { class: 'button button-secondary', value: 'cancel', autofocus: true }, 'Annuleren'),
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
