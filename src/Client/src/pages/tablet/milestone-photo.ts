import './milestone-photo.css';
import { ProblemError } from '../../api/problems';
import { h } from '../../ui/dom';
import { t } from '../../i18n/i18n';
import { resizePhoto } from './photo-resize';

/** The server checks the content itself; this only spares keeping and sending a photo that would be refused anyway. */
const MAX_BYTES = 12 * 1024 * 1024;

/** The same refusal the server would send, so that the form says it in the same words and points at the photo. */
const tooLarge = () => new ProblemError(413, { type: '/problems/photo-too-large', status: 413, errors: { photo: [] } });

/**
 * A photo for the milestone form: taken with the tablet's back camera or chosen from its gallery, shown as a preview, and
 * scaled down on the tablet; the outbox uploads it before it logs the milestone.
 */
export class MilestonePhoto {
  readonly input = h('input', {
    id: 'milestone-photo',
    name: 'photo',
    type: 'file',
    // No `capture`: with it, phones open only the camera; without it they offer the camera and the gallery.
    accept: 'image/*',
    'aria-describedby': 'milestone-photo-hint',
  });
  readonly element: HTMLDivElement;
  private readonly preview = h('img', { class: 'photo-preview', alt: t('tablet.photo.preview'), hidden: true });
  private readonly remove = h('button', { type: 'button', class: 'button button-quiet', hidden: true }, t('tablet.photo.remove'));
  private previewUrl: string | null = null;

  constructor() {
    this.element = h(
      'div',
      { class: 'field milestone-photo' },
      h('label', { for: 'milestone-photo' }, t('tablet.photo.label')),
      this.input,
      h('p', { id: 'milestone-photo-hint', class: 'hint' }, t('tablet.photo.hint')),
      this.preview,
      this.remove,
    );
    this.input.addEventListener('change', () => this.show());
    // A file that is no image (the server refuses it) shows no broken-image icon.
    this.preview.addEventListener('error', () => (this.preview.hidden = true));
    this.remove.addEventListener('click', () => {
      this.clear();
      this.input.focus();
    });
  }

  /**
   * The chosen photo as it will be sent (long side at most 2048 px), or null without one. A photo that is too large
   * reaches the caller as a ProblemError whose field error names `photo`, so the form can point at the photo.
   */
  async prepare(): Promise<Blob | null> {
    const file = this.input.files?.[0];
    if (!file) return null;
    const photo = await resizePhoto(file);
    if (photo.size > MAX_BYTES) throw tooLarge();
    return photo;
  }

  clear(): void {
    this.input.value = '';
    this.show();
  }

  private show(): void {
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    const file = this.input.files?.[0];
    this.previewUrl = file ? URL.createObjectURL(file) : null;
    this.preview.hidden = !this.previewUrl;
    this.remove.hidden = !this.previewUrl;
    if (this.previewUrl) this.preview.src = this.previewUrl;
    else this.preview.removeAttribute('src');
  }
}
