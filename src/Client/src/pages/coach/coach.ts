import '../../i18n/language';
import '../../ui/styles.css';
import './coach.css';
import '../../ui/shop.css';
import { getChallenge, getTeams } from '../../api/challenges';
import { withRetry } from '../../api/core';
import type { ChallengeDetail, Team } from '../../api/types';
import { CoachChallenge } from './teams';
import { bootPage, loadOrExplain } from '../../ui/page';
import { byId, h } from '../../ui/dom';
import { euro, orderItem, problemMessage, statusLabel } from '../../ui/shop-labels';
import { actOnOrder, getBudget, type OrderAction, type ShopOrder } from '../../api/shop';
import { t } from '../../i18n/i18n';

const REASON_MAX = 300;

/** The coach's view of one team's orders: approve or reject what is pending, take back what was approved. */
class CoachPage {
  private readonly budgetText = h('p', { class: 'shop-budget', 'aria-live': 'polite' });
  private readonly orderList = h('ol', { class: 'shop-orders' });
  private readonly alert = h('div', { class: 'form-alert', role: 'alert' });
  private readonly status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: Team,
  ) {}

  render(root: HTMLElement): void {
    root.replaceChildren(
      h(
        'section',
        { class: 'panel shop', 'aria-labelledby': 'coach-heading' },
        h('h1', { id: 'coach-heading' }, t('coach.orders.heading', { team: this.team.name })),
        h('div', { class: 'shop-budget-box' }, h('h2', {}, t('coach.orders.budget')), this.budgetText),
        this.alert,
        this.status,
        this.orderList,
        h('p', {}, h('a', { href: '/coach.html' }, t('coach.orders.back'))),
      ),
    );
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    try {
      const budget = await getBudget(this.challenge.id, this.team.id);
      this.budgetText.textContent = t('coach.orders.budgetLeft', { left: euro(budget.leftCents), budget: euro(budget.budgetCents) });
      this.orderList.replaceChildren(
        ...(budget.orders.length === 0
          ? [h('li', { class: 'recent-empty' }, t('coach.orders.none'))]
          : budget.orders.map((order) => this.renderOrder(order))),
      );
    } catch (error) {
      this.alert.replaceChildren(h('p', {}, problemMessage(error)));
    }
  }

  private renderOrder(order: ShopOrder): HTMLElement {
    const item = orderItem(
      order,
      h('span', { class: 'shop-item-description' }, order.note ? t('coach.orders.orderedByNote', { by: order.orderedBy, note: order.note }) : t('coach.orders.orderedBy', { by: order.orderedBy })),
    );
    const what = `${order.quantity} × ${order.itemName}`;
    if (order.status === 'pending') {
      const reasonId = `reason-${order.id}`;
      const reason = h('input', { id: reasonId, type: 'text', maxlength: REASON_MAX, autocomplete: 'off' });
      item.append(
        this.button(t('coach.orders.approve'), t('coach.orders.approveLabel', { what }), order, 'approve'),
        h('label', { for: reasonId, class: 'shop-item-description' }, t('coach.orders.whyNot')),
        reason,
        this.button(t('coach.orders.reject'), t('coach.orders.rejectLabel', { what }), order, 'reject', reason),
      );
    } else if (order.status === 'approved') {
      const reasonId = `return-${order.id}`;
      const reason = h('input', { id: reasonId, type: 'text', maxlength: REASON_MAX, autocomplete: 'off' });
      item.append(
        h('label', { for: reasonId, class: 'shop-item-description' }, t('coach.orders.whyReturn')),
        reason,
        this.button(t('coach.orders.return'), t('coach.orders.returnLabel', { what }), order, 'return', reason),
      );
    }
    return item;
  }

  private button(text: string, label: string, order: ShopOrder, action: OrderAction, reason?: HTMLInputElement): HTMLButtonElement {
    const button = h('button', { type: 'button', class: action === 'approve' ? 'button' : 'button button-secondary', 'aria-label': label }, text);
    button.addEventListener('click', () => void this.act(order, action, reason));
    return button;
  }

  private async act(order: ShopOrder, action: OrderAction, reason?: HTMLInputElement): Promise<void> {
    this.alert.replaceChildren();
    this.status.textContent = '';
    try {
      const done = await actOnOrder(this.challenge.id, this.team.id, order.id, action, reason?.value.trim() ?? '');
      this.status.textContent = `${done.quantity} × ${done.itemName}: ${statusLabel(done)}.`;
    } catch (error) {
      this.alert.replaceChildren(h('p', {}, problemMessage(error)));
    }
    await this.refresh();
  }
}

/** The coach's challenges, or the one in the address, each with the coach's own teams. */
async function showOverview(root: HTMLElement, challengeIds: string[], isCoach: boolean): Promise<void> {
  const challenges = await Promise.all(challengeIds.map((id) => withRetry(() => getChallenge(id))));
  root.replaceChildren(
    h('h1', {}, t('coach.page.heading')),
    h('p', { class: 'intro' }, t('coach.page.intro')),
    ...(challenges.length === 0
      ? [h('p', { class: 'notice' }, t('coach.page.noChallenges'))]
      : challenges.sort((a, b) => a.title.localeCompare(b.title, 'nl-BE')).map((challenge) => new CoachChallenge(challenge, isCoach).element)),
  );
}

async function main(): Promise<void> {
  const { root, session, challengeId } = await bootPage('coach', ['coach', 'organiser']);
  const teamId = new URLSearchParams(location.search).get('team');
  await loadOrExplain(root, async () => {
    if (!challengeId || !teamId) {
      await showOverview(root, challengeId ? [challengeId] : (session.challengeIds ?? []), session.role === 'coach');
      return;
    }
    const [challenge, teams] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getTeams(challengeId))]);
    byId('challenge-title').textContent = challenge.title;
    const team = teams.find((t) => String(t.id) === teamId);
    if (team) new CoachPage(challenge, team).render(root);
    else root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, t('coach.page.teamNotFound')));
  }, { notFound: t('coach.page.notFound'), failed: t('coach.page.loadFailed') });
}

void main();
