import { getLearnerRecord, getProfile, getProfilePdf } from '../../api/profile';
import type { PupilProfile } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { refusalText } from '../../ui/problems';
import { profileView } from './profile';

/**
 * The profile and the form that adds an earlier challenge by its recovery code. The codes live in this page's memory
 * only: a shared school tablet keeps none of them once the page is closed, and the server links nothing on its own.
 */
export function linkedProfile(ownCode: string | undefined, signedInTeamId: string | undefined): HTMLElement {
  const codes: string[] = ownCode ? [ownCode] : [];
  const view = h('div', { class: 'profile-view' });
  const status = h('p', { class: 'hint', role: 'status' });
  const input = h('input', { type: 'text', name: 'recovery-code', maxlength: '40', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', class: 'profile-code' }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'panel profile-add', 'aria-labelledby': 'profile-add-heading' },
    h('h2', { id: 'profile-add-heading' }, t('profile.addHeading')),
    h('p', {}, t('profile.addExplain')),
    h('label', {}, t('profile.code'), ' ', input),
    h('button', { type: 'submit', class: 'button' }, t('profile.add')),
    status,
    h('p', { class: 'hint' }, t('profile.addPrivacy')),
  );
  const show = (profile: PupilProfile) => {
    const section = profileView(profile, signedInTeamId);
    section.append(printForm(codes));
    view.replaceChildren(section);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = input.value.trim();
    if (!code) return;
    status.textContent = t('profile.adding');
    getProfile([...codes, code])
      .then((profile) => {
        if (!codes.includes(code)) codes.push(code);
        input.value = '';
        show(profile);
        status.textContent = t('profile.added');
      })
      .catch((error: unknown) => {
        status.textContent = refusalText(error, t('profile.addFailed'));
        input.focus();
      });
  });

  if (codes.length > 0) {
    getProfile(codes)
      .then(show)
      .catch((error: unknown) => {
        view.replaceChildren(h('p', { class: 'notice', role: 'alert' }, refusalText(error, t('badges.mine.loadFailed'))));
      });
  }

  return h('div', { class: 'profile-linked' }, view, form);
}

/**
 * The printable profile, with a name the pupil may type: it travels in the request only and is printed, never stored. Beside
 * it the learner record, a signed file with the badges as issued (no name in it).
 */
function printForm(codes: string[]): HTMLElement {
  const status = h('p', { class: 'hint', role: 'status' });
  const name = h('input', { type: 'text', name: 'name', maxlength: '60', autocomplete: 'off' }) as HTMLInputElement;
  const record = h('button', { type: 'button', class: 'button button-secondary' }, t('profile.clr'));
  const form = h(
    'form',
    { class: 'certificate-form profile-print' },
    h('label', {}, t('profile.printName'), ' ', name),
    h('p', { class: 'hint' }, t('profile.printNameHint')),
    h('div', { class: 'profile-downloads' }, h('button', { type: 'submit', class: 'button' }, t('profile.print')), record),
    h('p', { class: 'hint' }, t('profile.clrHint')),
    status,
  );
  record.addEventListener('click', () => {
    status.textContent = t('profile.clrMaking');
    getLearnerRecord([...codes])
      .then((file) => {
        (h('a', { href: URL.createObjectURL(file), download: 'learner-record.json' }) as HTMLAnchorElement).click();
        status.textContent = t('profile.clrReady');
      })
      .catch((error: unknown) => {
        status.textContent = refusalText(error, t('profile.addFailed'));
      });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = t('profile.printMaking');
    getProfilePdf([...codes], name.value.trim())
      .then((pdf) => {
        (h('a', { href: URL.createObjectURL(pdf), download: 'profile.pdf' }) as HTMLAnchorElement).click();
        status.textContent = t('profile.printReady');
      })
      .catch((error: unknown) => {
        status.textContent = refusalText(error, t('profile.addFailed'));
      });
  });
  return form;
}
