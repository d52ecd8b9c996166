import { h } from '../../ui/dom';
import { t } from '../../i18n/i18n';

/**
 * An evidence photo shown large in a modal dialog: Escape or the close button ends it, and focus goes back to the
 * thumbnail that opened it (the dialog element does both).
 */
export function showPhoto(url: string, alt: string): void {
  const close = h('button', { type: 'submit', class: 'button button-secondary', autofocus: true }, t('juror.photo.close'));
  const dialog = h(
    'dialog',
    { class: 'juror-photo-dialog', 'aria-label': alt },
    h('img', { src: url, alt }),
    h('form', { method: 'dialog', class: 'form-actions' }, close),
  );
  document.body.append(dialog);
  dialog.addEventListener('close', () => dialog.remove(), { once: true });
  dialog.showModal();
}
