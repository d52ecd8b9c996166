import '../../i18n/language';
import '../../ui/styles.css';
import './wall.css';
import './steps.css';
import './tv.css';
import { getChallenge, getVenueWallCounts } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { ProblemError } from '../../api/problems';
import type { ChallengeDetail } from '../../api/types';
import { t } from '../../i18n/i18n';
import { byId, challengeIdFromUrl, h } from '../../ui/dom';
import { sectorLabel } from '../../ui/labels';
import { connectLiveWall, type LiveStatus } from '../../live/live';
import { onPush } from '../../live/hub';
import { hubMessages } from '../../live/hub-contract';
import { showSchedule } from '../../ui/schedule';
import { kiosk, startKiosk } from './kiosk';
import { levelLegend } from './legend';
import { Pager } from './pager';
import { Spotlight } from './spotlight';
import { createStatusBanner } from './status-banner';
import { followTvMode, isTvMode } from './tv-mode';
import { Wall } from './wall-view';
import { getSeason } from '../../api/season';
import type { SeasonDetails } from '../../api/types';
import { seasonGrouping, venueGrouping, type WallGrouping } from './venue-grouping';

/** Which teams go where: a wall of a venue or of the season reloads when that changes, so it never shows a team at the wrong hall. */
const membership = (season: SeasonDetails) => JSON.stringify(season.rounds.map((r) => r.venues.map((v) => [v.id, v.teams.map((team) => team.id)])));

/** Reloads the wall when teams moved between venues since `seen`; asked after a pushed season change and after a reconnect. */
let checkMembership: () => void = () => undefined;

/** `?venue=<id>`: the teams of that venue; `?season=1`: every team grouped by venue; otherwise the whole challenge. */
async function grouping(challengeId: string): Promise<WallGrouping | null | 'unknown-venue'> {
  const params = new URLSearchParams(location.search);
  const venueId = params.get('venue');
  if (!venueId && params.get('season') !== '1') return null;
  const season = await withRetry(() => getSeason(challengeId));
  const seen = membership(season);
  checkMembership = () =>
    void getSeason(challengeId).then((now) => {
      if (membership(now) !== seen) location.reload();
    }, () => undefined);
  onPush(hubMessages.seasonChanged, (change) => {
    if (change.challengeId === challengeId && (change.kind === 'teamsMoved' || change.kind === 'planned')) checkMembership();
  });
  return venueId ? (venueGrouping(season, venueId) ?? 'unknown-venue') : seasonGrouping(season);
}

function showProblem(grid: HTMLElement, message: string): void {
  grid.setAttribute('aria-busy', 'false');
  grid.replaceChildren(h('div', { class: 'notice' }, h('p', {}, message), h('p', {}, h('a', { href: '/' }, t('wall.problem.toList')))));
}

async function main(): Promise<void> {
  const grid = byId('team-grid');
  const showStatus = createStatusBanner(byId('live-status'));
  showStatus('connecting');

  const challengeId = challengeIdFromUrl();
  if (!challengeId) {
    showProblem(grid, t('wall.problem.noChallenge'));
    return;
  }

  let challenge: ChallengeDetail;
  try {
    challenge = await withRetry(() => getChallenge(challengeId));
  } catch (error) {
    const notFound = error instanceof ProblemError && error.status === 404;
    showProblem(grid, t(notFound ? 'wall.problem.notFound' : 'wall.problem.failed'));
    return;
  }

  const groups = await grouping(challenge.id).catch(() => 'unknown-venue' as const);
  if (groups === 'unknown-venue') {
    showProblem(grid, t('season.wall.venueNotFound'));
    return;
  }
  const venueLine = byId('wall-venue');
  venueLine.textContent = groups?.heading ?? '';
  venueLine.hidden = !groups?.heading;

  const sector = byId('wall-sector');
  sector.textContent = sectorLabel(challenge.sector);
  sector.classList.add(`sector-${challenge.sector}`);
  showSchedule(byId('challenge-schedule'), challenge.schedule);
  const spotlight = new Spotlight(new Map(challenge.competences.map((c) => [String(c.id), c])));
  grid.before(spotlight.element);

  const kioskVersion = kiosk ? await startKiosk(challenge.id, byId('wall-header')) : null;
  const pager = new Pager(grid, isTvMode, () => kioskVersion?.check());
  // Before the cards in the page, so a phone reads the legend first; TV mode moves it to the bottom of the screen.
  grid.before(h('div', { class: 'wall-footer' }, levelLegend(challenge.competences), pager.indicator));
  followTvMode(() => pager.refresh());
  new ResizeObserver(() => pager.refresh()).observe(grid);

  const counters = {
    milestonesLogged: byId('milestones-logged'),
    badgesAwarded: byId('badges-awarded'),
    competencesShownToday: byId('competences-today'),
  };
  const venueId = new URLSearchParams(location.search).get('venue');
  const venueCounts = venueId ? () => withRetry(() => getVenueWallCounts(challenge.id, venueId)) : null;
  const wall = new Wall(challenge, grid, byId('wall-title'), counters, spotlight, pager, groups, venueCounts);
  let previous: LiveStatus = 'connecting';
  connectLiveWall({
    challengeId: challenge.id,
    replace: (snapshot) => wall.replace(snapshot),
    apply: (delta) => wall.apply(delta),
    onStatus: (status) => {
      showStatus(status);
      // The server came back, perhaps with a new release: a kiosk looks whether its client is still the newest.
      if (status === 'live' && previous === 'reconnecting') kioskVersion?.check();
      // A season change pushed while the connection was down is gone; the season is read again instead.
      if (status === 'live' && previous !== 'live') checkMembership();
      previous = status;
    },
  });
}

void main();
