import '../../i18n/language';
import '../../ui/styles.css';
import './wall.css';
import './card-photo.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { ProblemError } from '../../api/problems';
import type { ChallengeDetail } from '../../api/types';
import { byId, challengeIdFromUrl, h } from '../../ui/dom';
import { sectorLabel } from '../../ui/labels';
import { connectLiveWall } from '../../live/live';
import { showSchedule } from '../../ui/schedule';
import { Spotlight } from './spotlight';
import { createStatusBanner } from './status-banner';
import { Wall } from './wall-view';

function showProblem(grid: HTMLElement, message: string): void {
  grid.setAttribute('aria-busy', 'false');
  grid.replaceChildren(
    h('div', { class: 'notice' }, h('p', {}, message), h('p', {}, h('a', { href: '/' }, 'Naar de lijst met challenges'))),
  );
}

async function main(): Promise<void> {
  const grid = byId('team-grid');
  const banner = byId('live-status');
  const setStatus = createStatusBanner(banner);
  setStatus('connecting');

  const challengeId = challengeIdFromUrl();
  if (!challengeId) {
    showProblem(grid, 'Er is geen challenge gekozen.');
    return;
  }

  let challenge: ChallengeDetail;
  try {
    challenge = await withRetry(() => getChallenge(challengeId));
  } catch (error) {
    const notFound = error instanceof ProblemError && error.status === 404;
    showProblem(grid, notFound ? 'Deze challenge vinden we niet.' : 'De challenge kon niet geladen worden.');
    return;
  }

  const sector = byId('wall-sector');
  sector.textContent = sectorLabel(challenge.sector);
  sector.classList.add(`sector-${challenge.sector}`);
  showSchedule(byId('challenge-schedule'), challenge.schedule);
  const spotlight = new Spotlight();
  grid.before(spotlight.element);
  const counters = {
    milestonesLogged: byId('milestones-logged'),
    badgesAwarded: byId('badges-awarded'),
    competencesShownToday: byId('competences-today'),
  };
  const wall = new Wall(challenge, grid, byId('wall-title'), counters, spotlight);
  connectLiveWall({
    challengeId: challenge.id,
    replace: (snapshot) => wall.replace(snapshot),
    apply: (delta) => wall.apply(delta),
    onStatus: setStatus,
  });
}

void main();
