import './check-in.css';
import { ProblemError } from '../../api/problems';
import { answerCheckIn, getOwnCheckIn, type CheckInMoment } from '../../api/check-in';
import type { Id, PupilCheckIn } from '../../api/types';
import { localized, t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { focusHeading, statusLine, uniqueId } from '../../ui/forms';

const SCALE = [1, 2, 3, 4] as const;

/**
 * The pupils' anonymous check-in, shown once after joining (`start`) and once when the challenge is closing (`end`) when
 * the organiser switched it on and the coach left it on. Consent comes first; every question and the whole check-in can be
 * skipped. Resolves when the pupil is done, or at once when nothing is due or the server cannot be reached: the check-in
 * never stands between a pupil and their team's work.
 */
export async function offerCheckIn(root: HTMLElement, challengeId: Id, teamId: Id): Promise<void> {
  const stand = await getOwnCheckIn(challengeId, teamId).catch(() => undefined);
  if (!stand?.on || !stand.due) return;
  const moment = stand.due;
  await new Promise<void>((done) => consent(root, challengeId, teamId, moment, stand, done));
}

function panel(root: HTMLElement, moment: CheckInMoment, ...content: Node[]): HTMLElement {
  const heading = h('h2', { id: 'check-in-heading' }, t(moment === 'start' ? 'checkIn.heading.start' : 'checkIn.heading.end'));
  root.replaceChildren(h('section', { class: 'panel check-in', 'aria-labelledby': heading.id }, heading, ...content));
  focusHeading(heading);
  return heading;
}

function consent(root: HTMLElement, challengeId: Id, teamId: Id, moment: CheckInMoment, stand: PupilCheckIn, done: () => void): void {
  const yes = h('button', { type: 'button', class: 'button' }, t('checkIn.consent.yes'));
  const no = h('button', { type: 'button', class: 'button button-secondary' }, t('checkIn.consent.no'));
  const status = statusLine();
  yes.addEventListener('click', () => questions(root, challengeId, teamId, moment, stand, done));
  no.addEventListener('click', () => void send(challengeId, teamId, moment, false, {}, status, [yes, no])
    .then((sent) => sent && finish(root, moment, 'checkIn.skipped', done)));
  panel(
    root,
    moment,
    h('p', {}, t(moment === 'start' ? 'checkIn.consent.start' : 'checkIn.consent.end')),
    h('p', { class: 'check-in-anonymous' }, t('checkIn.consent.anonymous')),
    h('div', { class: 'form-actions' }, yes, no),
    status,
  );
}

function questions(root: HTMLElement, challengeId: Id, teamId: Id, moment: CheckInMoment, stand: PupilCheckIn, done: () => void): void {
  const groups = stand.questions.map((question) => {
    const name = uniqueId(`check-in-${question.id}`);
    const legendId = uniqueId('check-in-legend');
    return {
      id: question.id,
      name,
      element: h(
        'fieldset',
        { class: 'check-in-question', 'aria-labelledby': legendId },
        h('legend', { id: legendId }, localized(question.text)),
        h('div', { class: 'check-in-scale' }, ...SCALE.map((value) => {
          const id = `${name}-${value}`;
          return h('label', { class: 'check-in-choice', for: id },
            h('input', { type: 'radio', id, name, value: String(value) }),
            h('span', {}, t(`checkIn.scale.${value}`)));
        })),
      ),
    };
  });
  const sendButton = h('button', { type: 'submit', class: 'button' }, t('checkIn.send'));
  const skip = h('button', { type: 'button', class: 'button button-secondary' }, t('checkIn.skipAll'));
  const status = statusLine();
  const form = h('form', { class: 'check-in-form' }, h('p', { class: 'hint' }, t('checkIn.questions.hint')), ...groups.map((g) => g.element),
    h('div', { class: 'form-actions' }, sendButton, skip), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers: Record<string, number> = {};
    for (const group of groups) {
      const chosen = form.querySelector<HTMLInputElement>(`input[name="${group.name}"]:checked`);
      if (chosen) answers[group.id] = Number(chosen.value);
    }
    void send(challengeId, teamId, moment, true, answers, status, [sendButton, skip])
      .then((sent) => sent && finish(root, moment, Object.keys(answers).length > 0 ? 'checkIn.thanks' : 'checkIn.skipped', done));
  });
  skip.addEventListener('click', () => void send(challengeId, teamId, moment, true, {}, status, [sendButton, skip])
    .then((sent) => sent && finish(root, moment, 'checkIn.skipped', done)));
  panel(root, moment, form);
}

/** Sends the answers; a refusal because it was answered or switched off in the meantime counts as done. */
async function send(challengeId: Id, teamId: Id, moment: CheckInMoment, consented: boolean, answers: Record<string, number>,
  status: HTMLElement, buttons: HTMLButtonElement[]): Promise<boolean> {
  for (const button of buttons) button.disabled = true;
  status.textContent = t('checkIn.sending');
  try {
    await answerCheckIn(challengeId, teamId, moment, consented, answers);
    return true;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 409) return true;
    status.textContent = t('checkIn.failed');
    for (const button of buttons) button.disabled = false;
    return false;
  }
}

function finish(root: HTMLElement, moment: CheckInMoment, message: 'checkIn.thanks' | 'checkIn.skipped', done: () => void): void {
  const next = h('button', { type: 'button', class: 'button' }, t('checkIn.continue'));
  next.addEventListener('click', done);
  panel(root, moment, h('p', { role: 'status' }, t(message)), h('div', { class: 'form-actions' }, next));
}
