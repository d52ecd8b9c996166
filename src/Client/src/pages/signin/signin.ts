import '../../i18n/language';
import '../../ui/styles.css';
import './signin.css';
import { ProblemError } from '../../api/problems';
import { loadSession, type Session } from '../../api/session';
import { completeSetup, getInvite, redeemInvite, signIn, type InviteView } from '../../api/account';
import { homeFor, returnAddress, roleWords } from '../../ui/account';
import { byId, h } from '../../ui/dom';
import { t } from '../../i18n/i18n';
import { formatDate } from '../../ui/labels';
import { Alert, markInvalid, textField } from '../../ui/forms';
import { problemText } from '../../ui/problems';

const NAME_MAX = 60;
const PASSPHRASE_MIN = 10;
const PASSPHRASE_MAX = 200;

type Field = 'code' | 'displayName' | 'passphrase' | 'repeat';

interface FormOptions {
  heading: string;
  intro: string;
  submitLabel: string;
  /** A new account: the passphrase is typed twice and its length explained. */
  newAccount: boolean;
  /** The setup code, asked when the address did not bring it. */
  askCode?: string | null;
  send(values: Record<Field, string>): Promise<Session>;
}

function goOn(session: Session): void {
  location.assign(returnAddress() ?? homeFor(session.role));
}

/** The page's words for what the server refused, by the refusal's type; its field names point at the form's fields. */
function refusal(error: unknown, newAccount: boolean): { lead: string; fields: Field[] } {
  if (!(error instanceof ProblemError)) return { lead: t('signin.failed.offline'), fields: [] };
  if (error.is('setup-code-not-recognised')) return { lead: t('signin.failed.setupCode'), fields: ['code'] };
  if (error.status === 401) return { lead: t('signin.failed.credentials'), fields: ['displayName', 'passphrase'] };
  if (error.status === 429) return { lead: t('signin.failed.paused'), fields: [] };
  if (error.status === 404) return { lead: t('signin.failed.invite'), fields: [] };
  if (error.is('name-in-use')) return { lead: t('signin.failed.nameInUse'), fields: ['displayName'] };
  if (error.is('already-set-up')) return { lead: t('signin.failed.alreadySetUp'), fields: [] };
  const fields = Object.keys(error.problem.errors ?? {}).map((key) => key.toLowerCase());
  const named: Field[] = [];
  if (fields.includes('displayname')) named.push('displayName');
  if (fields.includes('passphrase')) named.push('passphrase');
  if (named.length > 0) {
    return {
      lead: named.includes('passphrase') && newAccount ? t('signin.passphraseRefused') : t('signin.failed.fields', { max: NAME_MAX }),
      fields: named,
    };
  }
  return { lead: problemText(error.problem) ?? t('signin.failed.retry'), fields: [] };
}

function credentialsForm(options: FormOptions): HTMLElement {
  const controls: Record<Field, HTMLInputElement> = {
    code: h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true, value: options.askCode ?? '' }),
    displayName: h('input', { type: 'text', autocomplete: options.newAccount ? 'name' : 'username', maxlength: NAME_MAX, required: true }),
    passphrase: h('input', { type: 'password', autocomplete: options.newAccount ? 'new-password' : 'current-password', maxlength: PASSPHRASE_MAX, required: true }),
    repeat: h('input', { type: 'password', autocomplete: 'new-password', maxlength: PASSPHRASE_MAX, required: true }),
  };
  const asked: Field[] = [...(options.askCode !== undefined ? ['code' as const] : []), 'displayName', 'passphrase', ...(options.newAccount ? ['repeat' as const] : [])];
  const alert = new Alert();
  const submit = h('button', { type: 'submit', class: 'button button-large' }, options.submitLabel);
  const heading = h('h1', { id: 'signin-heading' }, options.heading);
  const form = h(
    'form',
    { class: 'panel signin-form', novalidate: true, 'aria-labelledby': 'signin-heading' },
    heading,
    h('p', { class: 'intro' }, options.intro),
    ...(asked.includes('code') ? [textField(t('signin.setupCode'), controls.code, t('signin.setupCodeHint'))] : []),
    textField(options.newAccount ? t('signin.yourName') : t('signin.name'), controls.displayName, options.newAccount ? t('signin.yourNameHint') : undefined),
    textField(t('signin.passphrase'), controls.passphrase, options.newAccount ? t('signin.passphraseRules') : undefined),
    ...(options.newAccount ? [textField(t('signin.repeat'), controls.repeat)] : []),
    alert.element,
    h('div', { class: 'form-actions' }, submit),
  );
  const show = (lead: string, fields: Field[]) => {
    for (const field of asked) markInvalid(controls[field], fields.includes(field));
    alert.show(lead);
    controls[fields[0] ?? asked[0]!].focus();
  };
  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const values = Object.fromEntries(asked.map((field) => [field, controls[field].value.trim()])) as Record<Field, string>;
    values.passphrase = controls.passphrase.value;
    const empty = asked.filter((field) => !values[field]);
    if (empty.length > 0) return show(t('signin.fillAll'), empty);
    if (options.newAccount && values.passphrase.length < PASSPHRASE_MIN) {
      return show(t('signin.tooShort', { min: PASSPHRASE_MIN }), ['passphrase']);
    }
    if (options.newAccount && controls.repeat.value !== values.passphrase) {
      return show(t('signin.notSame'), ['repeat']);
    }
    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    alert.clear();
    options
      .send(values)
      .then(goOn)
      .catch((error: unknown) => {
        const { lead, fields } = refusal(error, options.newAccount);
        show(lead, fields);
        sending = false;
        submit.removeAttribute('aria-disabled');
      });
  });
  return form;
}

function staffForm(session: Session): HTMLElement[] {
  const form = credentialsForm({
    heading: t('signin.title'),
    intro: t('signin.intro'),
    submitLabel: t('signin.submit'),
    newAccount: false,
    send: (values) => signIn(values.displayName, values.passphrase),
  });
  const already = session.signedIn
    ? h('p', { class: 'notice' }, t('signin.already', { name: session.displayName ?? '', role: roleWords[session.role!] }), h('a', { href: returnAddress() ?? homeFor(session.role) }, t('signin.continue')))
    : null;
  return [...(already ? [already] : []), form, h('p', { class: 'hint' }, h('a', { href: '/tablet.html' }, t('signin.pupil')))];
}

function inviteForm(code: string, invite: InviteView, session: Session): HTMLElement[] {
  const role = roleWords[invite.role];
  const heading = t('signin.invited', { role, challenge: invite.challengeTitle });
  const validity = t('signin.validUntil', { date: formatDate(invite.expiresAt) });
  if (session.signedIn && session.role === invite.role) {
    const alert = new Alert();
    const add = h('button', { type: 'button', class: 'button button-large' }, t('signin.addChallenge', { challenge: invite.challengeTitle }));
    add.addEventListener('click', () => {
      alert.clear();
      redeemInvite(code)
        .then(goOn)
        .catch((error: unknown) => alert.show(refusal(error, false).lead));
    });
    return [
      h(
        'section',
        { class: 'panel signin-form', 'aria-labelledby': 'signin-heading' },
        h('h1', { id: 'signin-heading' }, heading),
        h('p', { class: 'intro' }, t('signin.oneClick', { name: session.displayName ?? '', validity })),
        alert.element,
        h('div', { class: 'form-actions' }, add),
      ),
    ];
  }
  return [
    credentialsForm({
      heading,
      intro: t('signin.createIntro', { validity }),
      submitLabel: t('signin.create'),
      newAccount: true,
      send: (values) => redeemInvite(code, values.displayName, values.passphrase),
    }),
  ];
}

function setupForm(code: string | null): HTMLElement {
  return credentialsForm({
    heading: t('signin.setupHeading'),
    intro: t('signin.setupIntro'),
    submitLabel: t('signin.setupSubmit'),
    newAccount: true,
    askCode: code ?? '',
    send: (values) => completeSetup(values.code, values.displayName, values.passphrase),
  });
}

async function main(): Promise<void> {
  const root = byId('signin');
  const query = new URLSearchParams(location.search);
  const inviteCode = query.get('invite')?.trim();
  const setupCode = query.get('setup')?.trim();
  try {
    const session = await loadSession();
    if (inviteCode) {
      try {
        root.replaceChildren(...inviteForm(inviteCode, await getInvite(inviteCode), session));
      } catch (error) {
        root.replaceChildren(h('div', { class: 'notice', role: 'alert' }, h('p', {}, refusal(error, false).lead), h('p', {}, h('a', { href: '/signin.html' }, t('signin.existing')))));
        return;
      }
    } else if (setupCode || session.setupNeeded) {
      root.replaceChildren(setupForm(setupCode ?? null));
    } else {
      root.replaceChildren(...staffForm(session));
    }
    root.querySelector('input')?.focus();
  } catch {
    const retry = h('button', { type: 'button', class: 'button' }, t('signin.retry'));
    retry.addEventListener('click', () => location.reload());
    root.replaceChildren(h('div', { class: 'notice', role: 'alert' }, h('p', {}, t('signin.unreachable')), retry));
  }
}

void main();
