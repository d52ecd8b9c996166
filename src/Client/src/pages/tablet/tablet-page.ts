import type { ChallengeDetail, Team, WallMilestone } from '../../api/types';
import { h } from '../../ui/dom';
import { focusHeading } from '../../ui/forms';
import { t } from '../../i18n/i18n';
import { kitOverview } from './kit';
import { MilestoneForm } from './milestone-form';
import type { Outbox } from './outbox';
import { outboxList } from './outbox-list';
import { parcoursSection } from './parcours';
import { RecentMilestones } from './recent-milestones';
import { SectionReloads } from './reloads';
import { ShopSection } from './shop';
import { teamProfile } from './team';

/** localStorage can be unavailable (private browsing, locked-down tablets); the page must still work. */
const teamMemory = {
  key: (challengeId: string) => `challengehub.team.${challengeId}`,
  recall(challengeId: string): string | null {
    try {
      return localStorage.getItem(this.key(challengeId));
    } catch {
      return null;
    }
  },
  remember(challengeId: string, teamId: string): void {
    try {
      localStorage.setItem(this.key(challengeId), String(teamId));
    } catch {
      // Without storage the team is simply asked again next time.
    }
  },
  forget(challengeId: string): void {
    try {
      localStorage.removeItem(this.key(challengeId));
    } catch {
      // Nothing was stored, so nothing to forget.
    }
  },
};

/** The tablet for one team: the team choice (staff) or the pupil's own team, then its form, lists and sections. */
export class TabletPage {
  /** `pupilBar` is set for a signed-in pupil: their own team only, with the sign-out button instead of a team choice. */
  constructor(
    private readonly root: HTMLElement,
    private readonly challenge: ChallengeDetail,
    private readonly teams: Team[],
    private readonly outbox: Outbox,
    private readonly pupilBar?: HTMLElement,
  ) {
    outbox.onSent((sent) => {
      if (sent.kind === 'milestone') this.onMilestoneSent(sent.milestone);
      else this.onOrderSent();
    });
  }

  /** What a milestone or order that was sent later (after waiting in the outbox) changes on the page shown now. */
  private onMilestoneSent: (milestone: WallMilestone) => void = () => {};
  private onOrderSent: () => void = () => {};
  private reloads?: SectionReloads;

  /** Ends the reloading of the sections shown (the pupil signed out). */
  stop(): void {
    this.reloads?.stop();
  }

  start(): void {
    const remembered = this.pupilBar ? this.teams[0]?.id : teamMemory.recall(String(this.challenge.id));
    const team = this.teams.find((t) => String(t.id) === remembered);
    if (team) this.showForm(team, Boolean(this.pupilBar));
    else this.showTeamChoice(false);
  }

  private showTeamChoice(moveFocus: boolean): void {
    this.reloads?.stop();
    const heading = h('h1', {}, t('tablet.chooseTeam'));
    const choices = this.teams.map((team) => {
      const button = h(
        'button',
        { type: 'button', class: 'team-choice' },
        h('span', { class: 'team-choice-name' }, team.name),
        h('span', { class: 'team-choice-school' }, team.school),
      );
      button.addEventListener('click', () => {
        teamMemory.remember(String(this.challenge.id), team.id);
        this.showForm(team, true);
      });
      return h('li', {}, button);
    });
    this.root.replaceChildren(
      h(
        'section',
        { class: 'team-choose' },
        heading,
        choices.length > 0
          ? h('ul', { class: 'team-choices' }, ...choices)
          : h('p', { class: 'notice' }, t('tablet.noTeams')),
      ),
    );
    if (moveFocus) focusHeading(heading);
  }

  private showForm(team: Team, moveFocus: boolean): void {
    const otherTeam = h('a', { href: '#team-kiezen', class: 'other-team' }, t('tablet.otherTeam'));
    otherTeam.addEventListener('click', (event) => {
      event.preventDefault();
      teamMemory.forget(String(this.challenge.id));
      this.showTeamChoice(true);
    });

    const form = this.challenge.status === 'running' ? new MilestoneForm(this.challenge, team, this.outbox) : null;
    const notRunning = h('section', { class: 'notice tablet-closed', role: 'status' }, h('h1', { tabindex: -1 }, t(`tablet.status.${this.challenge.status}`)));
    const recent = new RecentMilestones(this.challenge);
    const shop = new ShopSection(this.challenge, team, this.outbox);
    const profile = teamProfile(this.challenge, team);
    const kit = kitOverview(this.challenge.id, team.id);
    const parcours = parcoursSection(this.challenge, team);
    this.onMilestoneSent = (milestone) => {
      recent.add(milestone);
      void recent.refresh(team);
      void profile.refresh();
    };
    this.onOrderSent = () => void shop.refresh();

    this.root.replaceChildren(
      h(
        'div',
        { class: 'tablet-layout' },
        h(
          'section',
          { class: 'team-bar', 'aria-label': t('tablet.teamBar') },
          h(
            'div',
            {},
            h('p', { class: 'team-bar-name' }, team.name),
            h('p', { class: 'team-bar-school' }, team.school),
          ),
          this.pupilBar ?? otherTeam,
        ),
        form?.element ?? notRunning,
        outboxList(this.outbox),
        recent.element,
        profile.element,
        kit.element,
        parcours?.element,
        shop.element,
      ),
    );
    this.reloads?.stop();
    const reloads = new SectionReloads();
    this.reloads = reloads;
    reloads.add(() => recent.refresh(team));
    reloads.add(profile.refresh);
    reloads.add(kit.refresh);
    if (parcours) reloads.add(parcours.refresh);
    reloads.add(() => shop.refresh());
    if (moveFocus) focusHeading(form?.heading ?? notRunning.querySelector('h1')!);
  }
}
