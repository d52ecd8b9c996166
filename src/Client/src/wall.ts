import './language';
import './styles.css';
import './wall-card-photo.css';
import {
  getChallenge,
  ProblemError,
  withRetry,
  type ChallengeDetail,
  type Competence,
  type WallCompetence,
  type WallCounts,
  type WallDelta,
  type WallMilestone,
  type WallSnapshot,
  type WallTeam,
  wallPhotoUrl,
} from './api';
import { byId, byName, challengeIdFromUrl, h } from './dom';
import { localized, t } from './i18n';
import { levelDescription, levelName, sectorLabel } from './labels';
import { connectLiveWall, type LiveStatus } from './live';
import { showSchedule } from './schedule';
import { Spotlight } from './wall-spotlight';

const SEGMENTS = 4;
const BACK_IN_SYNC_MS = 4000;

interface CompetenceRow {
  meter: HTMLElement;
  segments: HTMLElement[];
  levelText: HTMLElement;
}

/** One team's card; each delta touches only the parts of one card that changed. */
class TeamCard {
  readonly element: HTMLElement;
  private readonly nameText = h('h2', { class: 'team-name' });
  private readonly schoolText = h('p', { class: 'team-school' });
  private readonly membersText = h('p', { class: 'team-members' });
  private readonly latestAuthor = h('p', { class: 'latest-milestone-author' });
  private readonly competenceList = h('ul', { class: 'competences' });
  private readonly rows = new Map<string, CompetenceRow>();
  private readonly latestTitle = h('p', { class: 'latest-milestone-title' });
  private readonly latestStory = h('p', { class: 'latest-milestone-story' });
  private readonly latestEmpty = h('p', { class: 'latest-milestone-empty' }, 'Nog geen mijlpaal — de eerste komt eraan!');
  private readonly latest = h(
    'section',
    { class: 'latest', 'aria-label': 'Laatste mijlpaal' },
    this.latestTitle,
    this.latestStory,
    this.latestAuthor,
    this.latestEmpty,
  );

  /** The same frame on every card, with or without a photo, so that no card stands out by its size. */
  private readonly photoFrame = h('div', { class: 'card-photo' });
  private photoId: string | null = null;

  constructor(
    public team: WallTeam,
    private readonly competences: ReadonlyMap<string, Competence>,
    private readonly challengeId: string,
  ) {
    this.element = h(
      'article',
      { class: 'team-card', 'data-team-id': team.id },
      this.photoFrame,
      h('header', {}, this.nameText, this.schoolText, this.membersText),
      this.competenceList,
      this.latest,
    );
    this.update(team);
  }

  update(team: WallTeam): void {
    this.team = team;
    this.nameText.textContent = team.name;
    this.schoolText.textContent = team.school;
    this.membersText.textContent = membersLine(team.members ?? [], team.pupils ?? 0);
    this.membersText.hidden = !this.membersText.textContent;
    this.rows.clear();
    this.competenceList.replaceChildren(...team.competences.map((c) => this.createRow(c)));
    this.showLatest();
    this.showPhoto(team.photoId ? String(team.photoId) : null);
  }

  /** Shows the photo, or the calm placeholder; a photo that is no longer served (consent just withdrawn) falls back to it. */
  private showPhoto(photoId: string | null): void {
    if (photoId === this.photoId && this.photoFrame.childElementCount > 0) return;
    this.photoId = photoId;
    if (photoId === null) {
      this.photoFrame.replaceChildren(photoPlaceholder());
      return;
    }
    const image = h('img', {
      src: wallPhotoUrl(this.challengeId, photoId),
      alt: t('wall.photoAlt', { team: this.team.name }),
      decoding: 'async',
    });
    image.addEventListener('error', () => {
      if (this.photoId === photoId) this.showPhoto(null);
    });
    this.photoFrame.replaceChildren(image);
    flash(this.photoFrame);
  }

  setLevel({ competenceId, level }: WallCompetence): void {
    const shown = this.team.competences.find((c) => c.competenceId === competenceId);
    if (shown) shown.level = level;
    else this.team.competences.push({ competenceId, level });
    const row = this.rows.get(String(competenceId));
    if (row) this.paintRow(row, competenceId, level, true);
    else this.update(this.team);
  }

  /** The framework changed: show its competences in their new order, keeping the levels already shown. */
  reframe(competenceIds: string[]): void {
    const levels = new Map(this.team.competences.map((c) => [String(c.competenceId), c.level]));
    this.team.competences = competenceIds.map((id) => ({ competenceId: id, level: levels.get(String(id)) ?? 0 }));
    this.update(this.team);
  }

  addMilestone(milestone: WallMilestone, card?: WallTeam | null): void {
    this.team.recentMilestones = [milestone, ...this.team.recentMilestones].slice(0, 3);
    this.showLatest();
    flash(this.latest);
    if (card) this.showPhoto(card.photoId ? String(card.photoId) : null);
  }

  private createRow({ competenceId, level }: WallCompetence): HTMLElement {
    const competence = this.competences.get(String(competenceId));
    const segments = Array.from({ length: SEGMENTS }, () => h('span', { class: 'segment' }));
    const row: CompetenceRow = {
      meter: h('span', { class: 'level-meter', role: 'img' }, ...segments),
      segments,
      levelText: h('span', { class: 'level-name', 'aria-hidden': 'true' }),
    };
    this.rows.set(String(competenceId), row);
    this.paintRow(row, competenceId, level, false);
    return h(
      'li',
      { class: 'competence', 'data-competence-id': competenceId },
      h('span', { class: 'competence-name', 'aria-hidden': 'true' }, localized(competence?.name) || competenceId),
      row.meter,
      row.levelText,
    );
  }

  private paintRow(row: CompetenceRow, competenceId: string, level: number, animate: boolean): void {
    const competence = this.competences.get(String(competenceId));
    const name = localized(competence?.name) || competenceId;
    row.meter.setAttribute('aria-label', levelDescription(name, competence, level));
    row.meter.dataset.level = String(level);
    row.segments.forEach((segment, index) => segment.classList.toggle('filled', index < level));
    row.levelText.textContent = levelName(competence, level);
    if (animate) flash(row.meter.parentElement!);
  }

  private showLatest(): void {
    const latest = this.team.recentMilestones[0];
    this.latestTitle.textContent = latest?.title ?? '';
    this.latestStory.textContent = latest?.story ?? '';
    this.latestTitle.hidden = !latest;
    this.latestStory.hidden = !latest?.story;
    this.latestAuthor.textContent = latest ? `— ${latest.author ?? 'een teamlid'}` : '';
    this.latestAuthor.hidden = !latest;
    this.latestEmpty.hidden = Boolean(latest);
  }
}

/** A quiet tint where a photo would be: a card without a photo looks finished, not empty. */
function photoPlaceholder(): HTMLElement {
  return h('span', { class: 'card-photo-placeholder', 'aria-hidden': 'true' });
}

/** "Lotte, Yasmine en 2 teamleden": nicknames only of pupils who agreed to show them, the others counted. */
function membersLine(members: string[], pupils: number): string {
  const others = Math.max(0, pupils - members.length);
  const parts = [...members];
  if (others > 0) parts.push(others === 1 ? '1 teamlid' : `${others} teamleden`);
  const last = parts.pop();
  if (last === undefined) return '';
  return parts.length === 0 ? last : `${parts.join(', ')} en ${last}`;
}

/** Briefly marks what just changed, so people looking at the big screen notice new work. */
function flash(element: HTMLElement): void {
  element.classList.remove('just-changed');
  void element.offsetWidth;
  element.classList.add('just-changed');
}

const COUNT_MS = 900;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** A challenge-wide count that rolls up to its new value, so the room sees it grow; it jumps when motion is reduced. */
class Counter {
  private shown = 0;
  private target = 0;
  private frame = 0;

  constructor(private readonly element: HTMLElement) {}

  set(value: number): void {
    if (value === this.target) return;
    const from = this.shown;
    this.target = value;
    cancelAnimationFrame(this.frame);
    if (reducedMotion.matches || from > value) {
      this.show(value);
      return;
    }
    flash(this.element);
    const started = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - started) / COUNT_MS);
      this.show(Math.round(from + (value - from) * (1 - (1 - progress) ** 3)));
      if (progress < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private show(value: number): void {
    this.shown = value;
    this.element.textContent = String(value);
  }
}

interface CounterElements {
  milestonesLogged: HTMLElement;
  badgesAwarded: HTMLElement;
  competencesShownToday: HTMLElement;
}

/** The longest wait a browser timer takes (about 24 days); a day ends much sooner. */
const MAX_TIMER_MS = 2 ** 31 - 1;

class Wall {
  private readonly cards = new Map<string, TeamCard>();
  private readonly competences: Map<string, Competence>;
  private readonly milestonesCounter: Counter;
  private readonly badgesCounter: Counter;
  private readonly todayCounter: Counter;
  private dayEnd: number | undefined;

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly grid: HTMLElement,
    private readonly title: HTMLElement,
    counters: CounterElements,
    private readonly spotlight: Spotlight,
  ) {
    this.competences = new Map(challenge.competences.map((c) => [String(c.id), c]));
    this.milestonesCounter = new Counter(counters.milestonesLogged);
    this.badgesCounter = new Counter(counters.badgesAwarded);
    this.todayCounter = new Counter(counters.competencesShownToday);
  }

  replace(snapshot: WallSnapshot): void {
    this.setTitle(snapshot.title);
    this.showCounts({
      milestonesLogged: snapshot.milestonesLogged,
      badgesAwarded: snapshot.badgesAwarded,
      competencesShownToday: snapshot.competencesShownToday ?? 0,
      dayEndsAt: snapshot.dayEndsAt ?? '',
    });

    const stale = new Set(this.cards.keys());
    for (const team of snapshot.teams) {
      const key = String(team.id);
      stale.delete(key);
      const card = this.cards.get(key);
      if (card) card.update(team);
      else this.cards.set(key, new TeamCard(team, this.competences, this.challenge.id));
    }
    for (const key of stale) this.cards.delete(key);
    this.spotlight.replace(snapshot.teams);
    const ordered = [...this.cards.values()].sort((a, b) => byName(a.team, b.team));
    this.grid.replaceChildren(...ordered.map((card) => card.element));
    this.grid.setAttribute('aria-busy', 'false');
    this.setSequence(snapshot.sequence);
  }

  apply(delta: WallDelta): void {
    const card = this.cards.get(String(delta.teamId));
    switch (delta.kind) {
      case 'teamRegistered':
        this.spotlight.setTeam(delta.team);
        if (card) {
          card.update(delta.team);
          this.place(card);
        } else {
          const created = new TeamCard(delta.team, this.competences, this.challenge.id);
          this.cards.set(String(delta.team.id), created);
          this.place(created);
        }
        break;
      case 'milestoneLogged':
        card?.addMilestone(delta.milestone, delta.team);
        this.spotlight.add(delta.teamId, delta.milestone);
        break;
      case 'badgeAwarded':
      case 'badgeRevoked':
        card?.setLevel(delta.competence);
        break;
      case 'teamChanged':
        card?.update(delta.team);
        this.spotlight.setTeam(delta.team);
        break;
      case 'frameworkChanged':
        for (const each of this.cards.values()) each.reframe(delta.competenceIds);
        void this.relabel();
        break;
    }
    if (delta.counts) this.showCounts(delta.counts);
    this.setSequence(delta.sequence);
  }

  /** Fetches the competences' names after a framework change; until then a new competence shows its id. */
  private async relabel(): Promise<void> {
    const challenge = await withRetry(() => getChallenge(this.challenge.id));
    this.competences.clear();
    for (const competence of challenge.competences) this.competences.set(String(competence.id), competence);
    for (const card of this.cards.values()) card.update(card.team);
  }

  /** Puts a card at its place in name order; never by level or merit. */
  private place(card: TeamCard): void {
    const before = [...this.cards.values()]
      .filter((other) => other !== card && byName(card.team, other.team) < 0)
      .sort((a, b) => byName(a.team, b.team))[0];
    this.grid.insertBefore(card.element, before?.element ?? null);
  }

  private setTitle(title: string): void {
    this.title.textContent = title;
    document.title = `${title} · Competentiewall`;
  }

  /** The server counts; at the end of the day in Brussels "shown today" starts again from 0 without waiting for a change. */
  private showCounts(counts: WallCounts): void {
    this.milestonesCounter.set(counts.milestonesLogged);
    this.badgesCounter.set(counts.badgesAwarded);
    this.todayCounter.set(counts.competencesShownToday);
    window.clearTimeout(this.dayEnd);
    const untilMidnight = Date.parse(counts.dayEndsAt) - Date.now();
    if (untilMidnight > 0 && untilMidnight <= MAX_TIMER_MS) {
      this.dayEnd = window.setTimeout(() => this.todayCounter.set(0), untilMidnight);
    }
  }

  private setSequence(sequence: number): void {
    document.body.dataset.sequence = String(sequence);
  }
}

const statusText: Record<LiveStatus, string> = {
  connecting: 'Verbinden met de wall…',
  live: 'Live',
  reconnecting: 'De muur loopt achter… de verbinding wordt hersteld',
  catchingUp: 'De muur loopt achter… even bijwerken',
};

function createStatusBanner(banner: HTMLElement): (status: LiveStatus) => void {
  let previous: LiveStatus = 'connecting';
  let timer: number | undefined;
  const show = (text: string, state: string) => {
    banner.textContent = text;
    banner.dataset.state = state;
  };
  return (status) => {
    window.clearTimeout(timer);
    if (status === 'live' && (previous === 'reconnecting' || previous === 'catchingUp')) {
      show('Weer bij', 'back');
      timer = window.setTimeout(() => show(statusText.live, 'live'), BACK_IN_SYNC_MS);
    } else {
      show(statusText[status], status);
    }
    previous = status;
  };
}

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
