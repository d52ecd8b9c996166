import '../../i18n/language';
import '../../ui/styles.css';
import './ceremony.css';
import { withRetry } from '../../api/core';
import { ProblemError } from '../../api/problems';
import { getCeremony } from '../../api/recognitions';
import type { Ceremony } from '../../api/types';
import { t } from '../../i18n/i18n';
import { watchSeason } from '../../live/season-watch';
import { byId, challengeIdFromUrl, h } from '../../ui/dom';
import { slidesByCategory, slidesByTeam } from './slides';

/** Seconds per slide from `?auto=`, when the screen paces itself; otherwise the presenter's remote or keyboard does. */
function autoSeconds(): number | null {
  const asked = Number(new URLSearchParams(location.search).get('auto'));
  return Number.isFinite(asked) && asked >= 3 && asked <= 300 ? asked : null;
}

/**
 * Steps through the slides: team by team in name order, or with `?by=category` category by category. Forward with →,
 * PageDown or Space (a clicker sends these), back with ← or PageUp. New content (a publication, a team moved) keeps the
 * presenter where they are.
 */
class Presentation {
  private slides: HTMLElement[] = [];
  private index = 0;

  constructor(
    private readonly stage: HTMLElement,
    private readonly challengeId: string,
    private readonly byCategory: boolean,
  ) {
    document.addEventListener('keydown', (event) => {
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) this.step(1);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) this.step(-1);
      else return;
      event.preventDefault();
    });
    const seconds = autoSeconds();
    if (seconds) window.setInterval(() => this.step(1), seconds * 1000);
  }

  show(ceremony: Ceremony): void {
    byId('ceremony-venue').textContent = ceremony.venueName;
    document.title = t('ceremony.documentTitleOf', { venue: ceremony.venueName });
    this.slides = this.byCategory ? slidesByCategory(this.challengeId, ceremony) : slidesByTeam(this.challengeId, ceremony);
    this.index = Math.min(this.index, Math.max(0, this.slides.length - 1));
    this.render();
  }

  waiting(message: string): void {
    this.slides = [];
    this.stage.replaceChildren(h('p', { class: 'notice' }, message));
  }

  private step(by: number): void {
    if (this.slides.length === 0) return;
    this.index = (this.index + by + this.slides.length) % this.slides.length;
    this.render();
  }

  private render(): void {
    this.stage.replaceChildren(this.slides[this.index] ?? h('p', { class: 'notice' }, t('ceremony.empty')));
  }
}

async function main(): Promise<void> {
  const stage = byId('ceremony');
  const challengeId = challengeIdFromUrl();
  const venueId = new URLSearchParams(location.search).get('venue');
  if (!challengeId || !venueId) {
    stage.replaceChildren(h('p', { class: 'notice' }, t('ceremony.noVenue')));
    return;
  }
  const presentation = new Presentation(stage, challengeId, new URLSearchParams(location.search).get('by') === 'category');
  const load = async () => {
    try {
      presentation.show(await withRetry(() => getCeremony(challengeId, venueId)));
    } catch (error) {
      const waiting = error instanceof ProblemError && error.status === 409;
      presentation.waiting(t(waiting ? 'ceremony.notPublished' : 'ceremony.failed'));
    }
  };
  await load();
  // The jury publishing, or a team moving, reaches the hall's screen at once: no reload, no polling.
  watchSeason({ challengeId, concerns: (change) => change.kind !== 'kitCheckedIn' && (!change.venueId || change.venueId === venueId), reload: load });
}

void main();
