import './milestone-photo.css';
import { path, ProblemError, request, type Id } from './api';
import { h } from './dom';

export interface EvidencePhoto {
  id: Id;
  teamId: Id;
  contentType: string;
  width: number;
  height: number;
}

/** The server checks the content itself; this only spares a long upload that would be refused anyway. */
const MAX_BYTES = 12 * 1024 * 1024;

export const uploadEvidencePhoto = async (challengeId: Id, teamId: Id, file: File): Promise<EvidencePhoto> => {
  const form = new FormData();
  form.append('photo', file);
  return request<EvidencePhoto>('POST', `/api/challenges/${path(challengeId)}/teams/${path(teamId)}/evidence`, form);
};

const photoProblem = (status: number, message: string) =>
  new ProblemError(status, { title: 'Foto', status, errors: { photo: [message] } });

/**
 * A photo for the milestone form: taken with the tablet's back camera or chosen from its gallery, shown as a preview, and
 * uploaded before the milestone is logged. A photo uploaded once is not uploaded again when the milestone is sent again.
 */
export class MilestonePhoto {
  readonly input = h('input', {
    id: 'milestone-photo',
    name: 'photo',
    type: 'file',
    accept: 'image/*',
    capture: 'environment',
    'aria-describedby': 'milestone-photo-hint',
  });
  readonly element: HTMLDivElement;
  private readonly preview = h('img', { class: 'photo-preview', alt: 'Voorbeeld van jullie foto', hidden: true });
  private readonly remove = h('button', { type: 'button', class: 'button button-quiet', hidden: true }, 'Foto weghalen');
  private previewUrl: string | null = null;
  private uploaded: { file: File; id: Id } | null = null;

  constructor(
    private readonly challengeId: Id,
    private readonly teamId: Id,
  ) {
    this.element = h(
      'div',
      { class: 'field milestone-photo' },
      h('label', { for: 'milestone-photo' }, 'Foto van jullie werk (mag ook zonder)'),
      this.input,
      h('p', { id: 'milestone-photo-hint', class: 'hint' }, 'Een JPEG-, PNG- of WebP-foto tot 12 MB.'),
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
   * Uploads the chosen photo (once) and returns the ids the milestone shows. A refused photo reaches the caller as a
   * ProblemError whose field error names `photo`, so the form can point at the photo.
   */
  async upload(): Promise<Id[]> {
    const file = this.input.files?.[0];
    if (!file) return [];
    if (file.size > MAX_BYTES) throw photoProblem(413, 'De foto is groter dan 12 MB. Neem de foto opnieuw of kies een kleinere.');
    if (this.uploaded?.file !== file) {
      try {
        this.uploaded = { file, id: (await uploadEvidencePhoto(this.challengeId, this.teamId, file)).id };
      } catch (error) {
        if (error instanceof ProblemError && error.status < 500 && error.status !== 404) {
          throw photoProblem(error.status, error.problem.detail ?? error.problem.title ?? 'Deze foto kon niet bewaard worden.');
        }
        throw error;
      }
    }
    return [this.uploaded.id];
  }

  clear(): void {
    this.input.value = '';
    this.uploaded = null;
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
