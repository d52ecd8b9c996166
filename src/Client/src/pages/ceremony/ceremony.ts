import '../../i18n/language';
import '../../ui/styles.css';
import './ceremony.css';
import { wallPhotoUrl } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { ProblemError } from '../../api/problems';
import { getCeremony } from '../../api/recognitions';
import type { Ceremony, CeremonyTeam } from '../../api/types';
import { localized, t } from '../../i18n/i18n';
import { byId, challengeIdFromUrl, h } from '../../ui/dom';

/** Seconds per team from `?auto=`, when the screen paces itself; otherwise the presenter's remote or keyboard does. */
function autoSeconds(): number | null {
  const asked = Number(new URLSearchParams(location.search).get('auto'));
  return Number.isFinite(asked) && asked >= 3 && asked <= 300 ? asked : null;
}

/** One team's moment: its name, its photo when consent allows, and every recognition with the jury's reason and words. */
function slide(challengeId: string, team: CeremonyTeam): HTMLElement {
  return h(
    'article',
    { class: 'ceremony-team', 'data-team-id': team.teamId },
    team.photoId && h('img', { class: 'ceremony-photo', src: wallPhotoUrl(challengeId, team.photoId), alt: t('ceremony.photoOf', { team: team.name }) }),
    h(
      'div',
      { class: 'ceremony-text' },
      h('h2', { class: 'ceremony-name' }, team.name),
      h('p', { class: 'ceremony-school' }, team.school),
      h(
        'ul',
        { class: 'ceremony-recognitions' },
        ...team.recognitions.map((r) =>
          h(
            'li',
            {},
            h('p', { class: 'ceremony-category' }, localized(r.category)),
            h('p', { class: 'ceremony-reason' }, r.reason),
            r.words && h('blockquote', { class: 'ceremony-words' }, r.words),
            h('p', { class: 'ceremony-jurors' }, t('ceremony.jury', { jurors: r.jurors.join(', ') })),
          ),
        ),
      ),
    ),
  );
}

/** Steps through the teams in name order: forward with →, PageDown or Space (a clicker sends these), back with ← or PageUp. */
function present(stage: HTMLElement, challengeId: string, ceremony: Ceremony): void {
  let index = 0;
  const show = () => {
    const team = ceremony.teams[index];
    stage.replaceChildren(team ? slide(challengeId, team) : h('p', { class: 'notice' }, t('ceremony.empty')));
    stage.dataset.team = team?.name ?? '';
  };
  const step = (by: number) => {
    if (ceremony.teams.length === 0) return;
    index = (index + by + ceremony.teams.length) % ceremony.teams.length;
    show();
  };
  document.addEventListener('keydown', (event) => {
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) step(1);
    else if (['ArrowLeft', 'PageUp'].includes(event.key)) step(-1);
    else return;
    event.preventDefault();
  });
  const seconds = autoSeconds();
  if (seconds) window.setInterval(() => step(1), seconds * 1000);
  show();
}

async function main(): Promise<void> {
  const stage = byId('ceremony');
  const challengeId = challengeIdFromUrl();
  const venueId = new URLSearchParams(location.search).get('venue');
  if (!challengeId || !venueId) {
    stage.replaceChildren(h('p', { class: 'notice' }, t('ceremony.noVenue')));
    return;
  }
  try {
    const ceremony = await withRetry(() => getCeremony(challengeId, venueId));
    byId('ceremony-venue').textContent = ceremony.venueName;
    document.title = t('ceremony.documentTitleOf', { venue: ceremony.venueName });
    present(stage, challengeId, ceremony);
  } catch (error) {
    const waiting = error instanceof ProblemError && error.status === 409;
    stage.replaceChildren(h('p', { class: 'notice' }, t(waiting ? 'ceremony.notPublished' : 'ceremony.failed')));
  }
}

void main();
