import { listMilestones } from '../../api/challenges';
import type { ChallengeDetail, Team, WallMilestone } from '../../api/types';
import { h } from '../../ui/dom';
import { formatLoggedAt } from '../../ui/labels';
import { localized, t } from '../../i18n/i18n';

const RECENT_MAX = 3;

/** The team's own latest milestones, so pupils see that what they logged arrived. */
export class RecentMilestones {
  private readonly list = h('ol', { class: 'recent-list' });
  readonly element = h(
    'section',
    { class: 'recent', 'aria-labelledby': 'recent-heading' },
    h('h2', { id: 'recent-heading' }, t('tablet.recent')),
    this.list,
  );
  private milestones: WallMilestone[] = [];
  private readonly competenceNames: Map<string, string>;

  constructor(private readonly challenge: ChallengeDetail) {
    this.competenceNames = new Map(challenge.competences.map((c) => [String(c.id), localized(c.name)]));
    this.render();
  }

  add(milestone: WallMilestone): void {
    this.milestones = [milestone, ...this.milestones.filter((m) => m.id !== milestone.id)].slice(0, RECENT_MAX);
    this.render();
  }

  /** Whether the list could be loaded; what is shown stays until the next successful refresh. */
  async refresh(team: Team): Promise<boolean> {
    try {
      // The team's own log, not the public wall: the wall withholds a pupil's words without their consent.
      this.milestones = (await listMilestones(this.challenge.id, team.id)).slice(0, RECENT_MAX);
      this.render();
      return true;
    } catch {
      return false;
    }
  }

  private render(): void {
    if (this.milestones.length === 0) {
      this.list.replaceChildren(h('li', { class: 'recent-empty' }, t('tablet.recent.empty')));
      return;
    }
    this.list.replaceChildren(
      ...this.milestones.map((milestone) => {
        const competences = milestone.competenceIds
          .map((id) => this.competenceNames.get(String(id)))
          .filter((name): name is string => Boolean(name));
        return h(
          'li',
          { class: 'recent-item' },
          h('h3', {}, milestone.title ?? ''),
          h('p', { class: 'recent-time' }, h('time', { datetime: milestone.loggedAt }, formatLoggedAt(milestone.loggedAt))),
          milestone.story && h('p', { class: 'recent-story' }, milestone.story),
          competences.length > 0 &&
            h('ul', { class: 'chips', 'aria-label': t('tablet.recent.competences') }, ...competences.map((name) => h('li', {}, name))),
        );
      }),
    );
  }
}
