import { t } from '../../i18n/i18n';
import { ProblemError } from '../../api/problems';
import type { Session } from '../../api/session';
import { AwaitingApproval, joinTeam } from '../../api/account';
import { endSession, finishPendingSignOut } from './sign-out';
import { h } from '../../ui/dom';
import { problemText } from '../../ui/problems';

const NICKNAME_MAX = 24;
const PIN_PATTERN = /^\d{4,8}$/;

/** The server ends a pupil's session after this long without a request; the tablet signs out after as long without a touch. */
export const IDLE_MINUTES = 20;
const IDLE_MS = IDLE_MINUTES * 60_000;
/** While pupils work (typing a long story sends nothing), a light request now and then keeps the server session alive. */
const KEEP_ALIVE_MS = 5 * 60_000;

type Field = 'code' | 'nickname' | 'pin';

function refusal(error: unknown): { lead: string; fields: Field[] } {
  if (error instanceof AwaitingApproval) return { lead: t('join.awaitingApproval', { nickname: error.nickname }), fields: [] };
  if (!(error instanceof ProblemError)) return { lead: t('join.failed.offline'), fields: [] };
  if (error.is('join-code-not-recognised')) return { lead: t('join.failed.code'), fields: ['code'] };
  if (error.status === 401) return { lead: t('join.failed.pin'), fields: ['pin'] };
  if (error.status === 429) return { lead: t('join.failed.paused'), fields: [] };
  if (error.is('nickname-look-alike')) return { lead: t('join.failed.lookAlike'), fields: ['nickname'] };
  if (error.status === 409) return { lead: t('join.failed.full'), fields: ['nickname'] };
  const keys = Object.keys(error.problem.errors ?? {}).map((key) => key.toLowerCase());
  if (keys.includes('nickname')) return { lead: t('join.failed.nickname', { max: NICKNAME_MAX }), fields: ['nickname'] };
  if (keys.includes('pin')) return { lead: t('join.pinDigits'), fields: ['pin'] };
  return { lead: problemText(error.problem) ?? t('join.failed.retry'), fields: [] };
}

/**
 * The join form of a shared tablet: the team's code from the coach, a nickname, a PIN. A new nickname joins the team;
 * a nickname already in the team signs in with its PIN. `reason` says why the form is back (signed out, session ended).
 */
export function showJoinForm(root: HTMLElement, onJoined: (session: Session) => void, reason?: string): void {
  const controls: Record<Field, HTMLInputElement> = {
    code: h('input', { id: 'join-code', type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true, enterkeyhint: 'next' }),
    nickname: h('input', { id: 'join-nickname', type: 'text', autocomplete: 'off', maxlength: NICKNAME_MAX, required: true, 'aria-describedby': 'join-nickname-hint', enterkeyhint: 'next' }),
    pin: h('input', { id: 'join-pin', type: 'password', inputmode: 'numeric', pattern: '[0-9]*', autocomplete: 'off', maxlength: 8, required: true, 'aria-describedby': 'join-pin-hint', enterkeyhint: 'go' }),
  };
  // A join card's QR code opens this page with `?join=CODE`: the code is filled in, never sent; the pupil still picks a nickname and PIN.
  const fromCard = new URLSearchParams(location.search).get('join')?.replace(/[^0-9A-Za-z]/g, '').toUpperCase().slice(0, 12);
  if (fromCard) controls.code.value = fromCard;
  const heading = h('h1', { id: 'join-heading' }, t('join.heading'));
  const alert = h('div', { class: 'form-alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button button-large' }, t('join.submit'));
  const field = (name: Field, label: string, hint?: string) =>
    h('div', { class: 'field' }, h('label', { for: controls[name].id }, label), controls[name], hint ? h('p', { class: 'hint', id: `${controls[name].id}-hint` }, hint) : null);
  const form = h(
    'form',
    { class: 'join-form', novalidate: true, 'aria-labelledby': 'join-heading' },
    heading,
    reason ? h('p', { class: 'notice join-reason', role: 'status' }, reason) : null,
    h('p', { class: 'intro' }, t('join.intro')),
    field('code', t('join.code')),
    field('nickname', t('join.nickname'), t('join.nicknameHint')),
    field('pin', t('join.pin'), t('join.pinHint')),
    alert,
    h('div', { class: 'form-actions' }, submit),
  );
  const show = (lead: string, fields: Field[]) => {
    for (const name of Object.keys(controls) as Field[]) {
      if (fields.includes(name)) controls[name].setAttribute('aria-invalid', 'true');
      else controls[name].removeAttribute('aria-invalid');
    }
    alert.replaceChildren(h('p', {}, lead));
    if (fields[0]) controls[fields[0]].focus();
  };
  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const code = controls.code.value.replace(/\s+/g, '').toUpperCase();
    const nickname = controls.nickname.value.trim();
    const pin = controls.pin.value.trim();
    const empty = (['code', 'nickname', 'pin'] as const).filter((name) => !{ code, nickname, pin }[name]);
    if (empty.length > 0) return show(t('join.fillAll'), empty);
    if (!PIN_PATTERN.test(pin)) return show(t('join.pinDigits'), ['pin']);
    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    alert.replaceChildren();
    // A sign-out this tablet still owes the server goes first: the next pupil never acts in the previous one's session.
    finishPendingSignOut()
      .then((ended) => (ended ? joinTeam(code, nickname, pin) : Promise.reject(new TypeError('offline'))))
      .then(onJoined)
      .catch((error: unknown) => {
        const { lead, fields } = refusal(error);
        controls.pin.value = '';
        show(lead, fields.length > 0 ? fields : ['pin']);
        sending = false;
        submit.removeAttribute('aria-disabled');
      });
  });
  root.replaceChildren(form);
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * Signs a pupil out after {@link IDLE_MINUTES} without a touch or key, also when the tablet slept meanwhile, and keeps
 * the server session alive while the pupil is busy. `stop` ends the watch (after signing out by hand).
 */
export function watchIdle(onIdle: () => void, keepAlive: () => void): { stop(): void } {
  let lastActivity = Date.now();
  let lastPing = Date.now();
  const activity = () => {
    lastActivity = Date.now();
    if (lastActivity - lastPing >= KEEP_ALIVE_MS) {
      lastPing = lastActivity;
      keepAlive();
    }
  };
  const check = () => {
    if (Date.now() - lastActivity >= IDLE_MS) {
      stop();
      onIdle();
    }
  };
  // Wheel, not scroll: focusing a heading scrolls the page too, and that is no sign of anyone at the tablet.
  const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
  for (const name of events) document.addEventListener(name, activity, { passive: true, capture: true });
  document.addEventListener('visibilitychange', check);
  const timer = window.setInterval(check, 15_000);
  function stop(): void {
    for (const name of events) document.removeEventListener(name, activity, { capture: true });
    document.removeEventListener('visibilitychange', check);
    window.clearInterval(timer);
  }
  return { stop };
}

/**
 * The one-tap sign-out of a shared tablet: after `first` (sending what waits in the outbox while the session still holds)
 * it ends the session, at once or, without a network, as soon as the network answers. `done` shows the join form again
 * whatever the network said, told whether the server already ended the session.
 */
export function signOutButton(first: () => Promise<void>, done: (ended: boolean) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'button button-signout' }, t('chrome.signOut'));
  button.addEventListener('click', () => {
    button.setAttribute('aria-disabled', 'true');
    first()
      .catch(() => undefined)
      .then(() => endSession())
      .then(done, () => done(false));
  });
  return button;
}
