import type { Id, Team } from '../../api/types';
import { getBudget } from '../../api/shop';
import { getKit } from '../../api/kits';
import { h } from '../../ui/dom';
import { t } from '../../i18n/i18n';

/** What waits for the coach in one team; each count is the team's own, never set beside another team's. */
export type Waiting = 'orders' | 'offers' | 'consent' | 'kit';

const kinds: Waiting[] = ['orders', 'offers', 'consent', 'kit'];

/**
 * The compact top of the coach page: per own team, in name order, how many orders, new offers, pupils without recorded
 * consent and open kit issues wait, each a link to where the coach acts on it. Offers and consent are counted by the
 * team's own sections (which the hub keeps current); orders and kit issues are read here.
 */
export class CoachOverview {
  readonly element: HTMLElement;
  private readonly rows = h('ul', { class: 'coach-overview-list' });
  private readonly counts = new Map<string, Map<Waiting, HTMLElement>>();

  constructor(
    private readonly challengeId: Id,
    private readonly open: (teamId: Id, section: Waiting) => void,
  ) {
    this.element = h('nav', { class: 'coach-overview', 'aria-label': t('coach.overview.heading') }, h('h3', {}, t('coach.overview.heading')), this.rows);
  }

  /** One row per team, in the order given (name order); orders and kit issues are counted at once. */
  show(teams: Team[]): void {
    this.counts.clear();
    this.rows.replaceChildren(...teams.map((team) => this.row(team)));
    for (const team of teams) void this.countOwn(team);
  }

  set(teamId: Id, kind: Waiting, count: number): void {
    const link = this.counts.get(String(teamId))?.get(kind);
    if (!link) return;
    link.textContent = t(`coach.overview.${kind}`, { count });
    link.classList.toggle('coach-count-some', count > 0);
  }

  private row(team: Team): HTMLElement {
    const query = `?challenge=${encodeURIComponent(this.challengeId)}&team=${encodeURIComponent(team.id)}`;
    const links = new Map<Waiting, HTMLElement>();
    const items = kinds.map((kind) => {
      const href = kind === 'orders' ? `/coach.html${query}` : kind === 'kit' ? `/kit.html${query}` : `#${kind}-${team.id}`;
      const link = h('a', { class: 'coach-count', href, 'data-kind': kind }, t(`coach.overview.${kind}`, { count: '…' }));
      if (kind === 'offers' || kind === 'consent') {
        link.addEventListener('click', (event) => {
          event.preventDefault();
          this.open(team.id, kind);
        });
      }
      links.set(kind, link);
      return h('li', {}, link);
    });
    this.counts.set(String(team.id), links);
    return h('li', { class: 'coach-overview-team', 'data-team-id': team.id }, h('span', { class: 'coach-overview-name' }, team.name), h('ul', { class: 'coach-counts' }, ...items));
  }

  private async countOwn(team: Team): Promise<void> {
    const [budget, kit] = await Promise.allSettled([getBudget(this.challengeId, team.id), getKit(this.challengeId, team.id)]);
    if (budget.status === 'fulfilled') this.set(team.id, 'orders', budget.value.orders.filter((order) => order.status === 'pending').length);
    if (kit.status === 'fulfilled') {
      const open = kit.value.items.filter((item) => item.openIssue).length + kit.value.replacements.filter((r) => !r.deliveredAt).length;
      this.set(team.id, 'kit', open);
    }
  }
}
