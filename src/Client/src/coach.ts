import './language';
import './styles.css';
import './shop.css';
import { getChallenge, getTeams, ProblemError, withRetry, type ChallengeDetail, type Team } from './api';
import { staffSession } from './account';
import { CoachChallenge } from './coach-teams';
import { byId, challengeIdFromUrl, h } from './dom';
import { euro, problemMessage, statusLabel } from './shop-labels';
import { actOnOrder, getBudget, type OrderAction, type ShopOrder } from './shop-api';

const ACTOR_MAX = 60;
const REASON_MAX = 300;

/** The coach's view of one team's orders: approve or reject what is pending, take back what was approved. */
class CoachPage {
  private readonly coach = h('input', { id: 'coach-name', type: 'text', maxlength: ACTOR_MAX, autocomplete: 'name' });
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
        { class: 'shop', 'aria-labelledby': 'coach-heading' },
        h('h1', { id: 'coach-heading' }, `Bestellingen van ${this.team.name}`),
        h('div', { class: 'field' }, h('label', { for: 'coach-name' }, 'Jouw naam'), this.coach),
        h('div', { class: 'shop-budget-box' }, h('h2', {}, 'Budget van het team'), this.budgetText),
        this.alert,
        this.status,
        this.orderList,
        h('p', {}, h('a', { href: '/coach.html' }, 'Terug naar mijn teams')),
      ),
    );
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    try {
      const budget = await getBudget(this.challenge.id, this.team.id);
      this.budgetText.textContent = `Nog ${euro(budget.leftCents)} te besteden van ${euro(budget.budgetCents)}.`;
      this.orderList.replaceChildren(
        ...(budget.orders.length === 0
          ? [h('li', { class: 'recent-empty' }, 'Dit team heeft nog niets besteld.')]
          : budget.orders.map((order) => this.renderOrder(order))),
      );
    } catch (error) {
      this.alert.replaceChildren(h('p', {}, problemMessage(error)));
    }
  }

  private renderOrder(order: ShopOrder): HTMLElement {
    const item = h(
      'li',
      { class: `shop-order shop-order-${order.status}`, 'data-order-id': order.id },
      h('span', { class: 'shop-order-what' }, `${order.quantity} × ${order.itemName}`),
      h('span', { class: 'shop-order-amount' }, euro(order.amountCents)),
      h('span', { class: 'shop-order-status' }, statusLabel(order)),
      h('span', { class: 'shop-item-description' }, `Besteld door ${order.orderedBy}${order.note ? `: ${order.note}` : ''}`),
    );
    const what = `${order.quantity} × ${order.itemName}`;
    if (order.status === 'pending') {
      const reasonId = `reason-${order.id}`;
      const reason = h('input', { id: reasonId, type: 'text', maxlength: REASON_MAX, autocomplete: 'off' });
      item.append(
        this.button('Goedkeuren', `${what} goedkeuren`, order, 'approve'),
        h('label', { for: reasonId, class: 'shop-item-description' }, 'Waarom niet? (nodig om af te wijzen)'),
        reason,
        this.button('Afwijzen', `${what} afwijzen`, order, 'reject', reason),
      );
    } else if (order.status === 'approved') {
      const reasonId = `return-${order.id}`;
      const reason = h('input', { id: reasonId, type: 'text', maxlength: REASON_MAX, autocomplete: 'off' });
      item.append(
        h('label', { for: reasonId, class: 'shop-item-description' }, 'Waarom terugnemen?'),
        reason,
        this.button('Terugnemen', `${what} terugnemen`, order, 'return', reason),
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
    const coach = this.coach.value.trim();
    if (!coach) {
      this.coach.setAttribute('aria-invalid', 'true');
      this.alert.replaceChildren(h('p', {}, 'Vul eerst je naam in: die komt in het logboek van het budget.'));
      this.coach.focus();
      return;
    }
    this.coach.removeAttribute('aria-invalid');
    try {
      const done = await actOnOrder(this.challenge.id, this.team.id, order.id, action, coach, reason?.value.trim() ?? '');
      this.status.textContent = `${done.quantity} × ${done.itemName}: ${statusLabel(done)}.`;
    } catch (error) {
      this.alert.replaceChildren(h('p', {}, problemMessage(error)));
    }
    await this.refresh();
  }
}

/** The coach's challenges, or the one in the address, each with the coach's own teams. */
async function showOverview(root: HTMLElement, challengeIds: string[]): Promise<void> {
  const challenges = await Promise.all(challengeIds.map((id) => withRetry(() => getChallenge(id))));
  root.replaceChildren(
    h('h1', {}, 'Mijn teams'),
    h('p', { class: 'intro' }, 'Geef elk team zijn koppelcode: daarmee melden de leerlingen zich aan op de tablet. Hier leg je ook hun toestemmingen vast.'),
    ...(challenges.length === 0
      ? [h('p', { class: 'notice' }, 'Je werkt nog in geen enkele challenge. Vraag de organisator om een uitnodiging.')]
      : challenges.sort((a, b) => a.title.localeCompare(b.title, 'nl-BE')).map((challenge) => new CoachChallenge(challenge).element)),
  );
}

async function main(): Promise<void> {
  const root = byId('coach');
  const session = await staffSession(root, ['coach', 'organiser']);
  const challengeId = challengeIdFromUrl();
  const teamId = new URLSearchParams(location.search).get('team');
  try {
    if (!challengeId || !teamId) {
      await showOverview(root, challengeId ? [challengeId] : (session.challengeIds ?? []));
      return;
    }
    const [challenge, teams] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getTeams(challengeId))]);
    byId('challenge-title').textContent = challenge.title;
    const team = teams.find((t) => String(t.id) === teamId);
    if (team) new CoachPage(challenge, team).render(root);
    else root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, 'Dit team vinden we niet in deze challenge.'));
  } catch (error) {
    const notFound = error instanceof ProblemError && error.status === 404;
    root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, notFound ? 'Deze challenge vinden we niet.' : 'De challenge kon niet geladen worden.'));
  }
}

void main();
