import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import type { ChallengeDetail, Competence, WallCounts, WallDelta, WallSnapshot, WallTeam } from '../../api/types';
import { t } from '../../i18n/i18n';
import { byName } from '../../ui/dom';
import { Counter } from './counter';
import type { Pager } from './pager';
import type { Spotlight } from './spotlight';
import { TeamCard } from './team-card';
import type { WallGrouping } from './venue-grouping';

export interface CounterElements {
  milestonesLogged: HTMLElement;
  badgesAwarded: HTMLElement;
  competencesShownToday: HTMLElement;
}

/** The longest wait a browser timer takes (about 24 days); a day ends much sooner. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How long a venue wall waits after asking for its counts before it asks again. */
const COUNTS_SPACING_MS = 3_000;
/** Every team's card in name order, kept up to date by snapshots and deltas, with the challenge-wide counts. */
export class Wall {
  private readonly cards = new Map<string, TeamCard>();
  private readonly competences: Map<string, Competence>;
  private readonly milestonesCounter: Counter;
  private readonly badgesCounter: Counter;
  private readonly todayCounter: Counter;
  private dayEnd: number | undefined;
  private countsBusy = false;
  private countsAgain = false;

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly grid: HTMLElement,
    private readonly title: HTMLElement,
    counters: CounterElements,
    private readonly spotlight: Spotlight,
    private readonly pager: Pager,
    private readonly grouping: WallGrouping | null = null,
    /** A venue's wall counts that venue's teams only: it asks for them instead of taking the challenge's from the snapshot and deltas. */
    private readonly venueCounts: (() => Promise<WallCounts>) | null = null,
  ) {
    this.competences = new Map(challenge.competences.map((c) => [String(c.id), c]));
    this.milestonesCounter = new Counter(counters.milestonesLogged);
    this.badgesCounter = new Counter(counters.badgesAwarded);
    this.todayCounter = new Counter(counters.competencesShownToday);
  }

  replace(snapshot: WallSnapshot): void {
    this.setTitle(snapshot.title);
    if (this.venueCounts) this.refreshCounts();
    else
      this.showCounts({
        milestonesLogged: snapshot.milestonesLogged,
        badgesAwarded: snapshot.badgesAwarded,
        competencesShownToday: snapshot.competencesShownToday ?? 0,
        dayEndsAt: snapshot.dayEndsAt ?? '',
      });

    const teams = snapshot.teams.filter((team) => this.shows(team.id));
    const stale = new Set(this.cards.keys());
    for (const team of teams) {
      const key = String(team.id);
      stale.delete(key);
      const card = this.cards.get(key);
      if (card) card.update(team);
      else this.cards.set(key, this.createCard(team));
    }
    for (const key of stale) this.cards.delete(key);
    this.spotlight.replace(teams);
    this.arrange();
    this.grid.setAttribute('aria-busy', 'false');
    this.pager.refresh();
    this.setSequence(snapshot.sequence);
  }

  apply(delta: WallDelta): void {
    if (delta.kind !== 'frameworkChanged' && !this.shows(delta.teamId)) {
      if (delta.counts && !this.venueCounts) this.showCounts(delta.counts);
      this.setSequence(delta.sequence);
      return;
    }
    const card = this.cards.get(String(delta.teamId));
    switch (delta.kind) {
      case 'teamRegistered':
        this.spotlight.setTeam(delta.team);
        if (card) {
          card.update(delta.team);
          this.place(card);
        } else {
          const created = this.createCard(delta.team);
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
    if (this.venueCounts) this.refreshCounts();
    else if (delta.counts) this.showCounts(delta.counts);
    // A new card, or a card that grew by a line, can change how many cards fit on a page.
    this.pager.refresh();
    this.setSequence(delta.sequence);
  }

  /** Fetches the competences' names after a framework change; until then a new competence shows its id. */
  private async relabel(): Promise<void> {
    const challenge = await withRetry(() => getChallenge(this.challenge.id));
    this.competences.clear();
    for (const competence of challenge.competences) this.competences.set(String(competence.id), competence);
    for (const card of this.cards.values()) card.update(card.team);
    this.pager.refresh();
  }

  private shows(teamId: string | undefined): boolean {
    return !this.grouping || teamId === undefined || this.grouping.shows(String(teamId));
  }

  private createCard(team: WallTeam): TeamCard {
    const card = new TeamCard(team, this.competences, this.challenge.id);
    card.setVenue(this.grouping?.group(String(team.id))?.label ?? null);
    return card;
  }

  /** Venue groups first on the season's wall, then name order; never by level or merit. */
  private compare(a: TeamCard, b: TeamCard): number {
    const order = (card: TeamCard) => this.grouping?.group(String(card.team.id))?.order ?? 0;
    return order(a) - order(b) || byName(a.team, b.team);
  }

  private arrange(): void {
    const ordered = [...this.cards.values()].sort((a, b) => this.compare(a, b));
    this.grid.replaceChildren(...ordered.map((card) => card.element));
  }

  /** Puts a card at its place among the others. */
  private place(card: TeamCard): void {
    const before = [...this.cards.values()]
      .filter((other) => other !== card && this.compare(card, other) < 0)
      .sort((a, b) => this.compare(a, b))[0];
    this.grid.insertBefore(card.element, before?.element ?? null);
  }

  private setTitle(title: string): void {
    this.title.textContent = title;
    document.title = t('wall.documentTitleOf', { title });
  }

  /** A failed look keeps the counts shown; the next change or snapshot asks again. */
  /**
   * A venue wall asks for its counts one request at a time and then waits {@link COUNTS_SPACING_MS}; changes in between
   * make one more request after that. Every screen of a hall thus asks at most every few seconds instead of once per
   * milestone, and a late answer never overwrites a newer one.
   */
  private refreshCounts(): void {
    const venueCounts = this.venueCounts;
    if (!venueCounts) return;
    if (this.countsBusy) {
      this.countsAgain = true;
      return;
    }
    this.countsBusy = true;
    void venueCounts()
      .then((counts) => this.showCounts(counts), () => undefined)
      .then(() => new Promise((resolve) => window.setTimeout(resolve, COUNTS_SPACING_MS)))
      .then(() => {
        this.countsBusy = false;
        if (this.countsAgain) {
          this.countsAgain = false;
          this.refreshCounts();
        }
      });
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
