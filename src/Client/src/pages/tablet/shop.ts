import '../../ui/shop.css';
import { newIdempotencyKey } from '../../api/core';
import type { ChallengeDetail, Team } from '../../api/types';
import { h } from '../../ui/dom';
import { euro, orderItem, problemMessage } from '../../ui/shop-labels';
import type { Outbox } from './outbox';
import { actOnOrder, getBudget, getCatalogue, type NewOrder, type ShopCatalogue, type TeamBudget } from '../../api/shop';
import { t } from '../../i18n/i18n';

const QUANTITY_MAX = 1000;
const NOTE_MAX = 300;

/** The shop on the pupils' tablet page: what is for sale, what the team has left to spend, and its orders. */
export class ShopSection {
  readonly element: HTMLElement;
  private readonly budgetText = h('p', { class: 'shop-budget', 'aria-live': 'polite' }, t('shop.budgetLoading'));
  private readonly catalogueList = h('ul', { class: 'shop-items' });
  private readonly item = h('select', { id: 'shop-item', name: 'sku', required: true });
  private readonly quantity = h('input', { id: 'shop-quantity', name: 'quantity', type: 'number', min: 1, max: QUANTITY_MAX, value: 1, inputmode: 'numeric', required: true });
  private readonly note = h('input', { id: 'shop-note', name: 'note', type: 'text', maxlength: NOTE_MAX, autocomplete: 'off' });
  private readonly alert = h('div', { class: 'form-alert', role: 'alert' });
  private readonly status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  private readonly submit = h('button', { type: 'submit', class: 'button' }, t('shop.order'));
  private readonly orderList = h('ol', { class: 'shop-orders' });
  private sending = false;
  private itemNames = new Map<string, string>();

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: Team,
    private readonly outbox: Outbox,
  ) {
    const form = h(
      'form',
      { class: 'shop-form', novalidate: true, 'aria-labelledby': 'shop-form-heading' },
      h('h3', { id: 'shop-form-heading' }, t('shop.orderHeading')),
      h('div', { class: 'field' }, h('label', { for: 'shop-item' }, t('shop.item')), this.item),
      h('div', { class: 'field' }, h('label', { for: 'shop-quantity' }, t('shop.quantity')), this.quantity),
      h('div', { class: 'field' }, h('label', { for: 'shop-note' }, t('shop.what')), this.note),
      this.alert,
      h('div', { class: 'form-actions' }, this.submit, this.status),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send(form);
    });
    this.element = h(
      'section',
      { class: 'panel shop', 'aria-labelledby': 'shop-heading' },
      h('h2', { id: 'shop-heading' }, t('shop.heading')),
      h('div', { class: 'shop-budget-box' }, h('h3', {}, t('shop.budget')), this.budgetText),
      h('h3', {}, t('shop.forSale')),
      this.catalogueList,
      form,
      h('h3', { id: 'shop-orders-heading' }, t('shop.orders')),
      this.orderList,
    );
  }

  /** Whether the shop could be loaded; without a connection it says so and the page tries again. */
  async refresh(): Promise<boolean> {
    try {
      const [catalogue, budget] = await Promise.all([getCatalogue(this.challenge.id), getBudget(this.challenge.id, this.team.id)]);
      this.showCatalogue(catalogue);
      this.showBudget(budget);
      return true;
    } catch {
      this.budgetText.textContent = t('shop.budgetUnavailable');
      return false;
    }
  }

  private read(): NewOrder {
    return { sku: this.item.value, quantity: Number(this.quantity.value), note: this.note.value.trim() };
  }

  private async send(form: HTMLFormElement): Promise<void> {
    if (this.sending) return;
    const order = this.read();
    this.status.textContent = '';
    const invalid = [
      !order.sku && t('shop.chooseItem'),
      !(Number.isInteger(order.quantity) && order.quantity >= 1 && order.quantity <= QUANTITY_MAX) && t('shop.quantityProblem', { max: QUANTITY_MAX }),
    ].filter((message): message is string => Boolean(message));
    this.quantity.toggleAttribute('aria-invalid', invalid.some((m) => m.includes('aantal')));
    if (invalid.length > 0) {
      this.alert.replaceChildren(h('p', {}, t('shop.almost')), h('ul', {}, ...invalid.map((m) => h('li', {}, m))));
      return;
    }

    this.alert.replaceChildren();
    this.sending = true;
    this.submit.setAttribute('aria-disabled', 'true');
    this.status.textContent = t('shop.sending');
    try {
      const attempt = await this.outbox.submit({
        kind: 'order',
        key: newIdempotencyKey(),
        accountId: this.outbox.accountId,
        challengeId: this.challenge.id,
        teamId: this.team.id,
        createdAt: new Date().toISOString(),
        label: `${order.quantity} × ${this.itemNames.get(order.sku) ?? order.sku}`,
        order,
      });
      if (attempt.outcome === 'refused') throw attempt.problem;
      form.reset();
      if (attempt.outcome === 'sent' && attempt.sent.kind === 'order') {
        this.status.textContent = t('shop.ordered', { quantity: attempt.sent.order.quantity, item: attempt.sent.order.itemName });
        await this.refresh();
      } else {
        this.status.textContent = t('shop.queued');
      }
    } catch (error) {
      this.status.textContent = '';
      this.alert.replaceChildren(h('p', {}, problemMessage(error)));
    } finally {
      this.sending = false;
      this.submit.setAttribute('aria-disabled', 'false');
    }
  }

  private showCatalogue(catalogue: ShopCatalogue): void {
    this.itemNames = new Map(catalogue.items.map((item) => [item.sku, item.name]));
    const chosen = this.item.value;
    this.item.replaceChildren(
      ...catalogue.items.map((item) => h('option', { value: item.sku }, `${item.name} (${euro(item.unitPriceCents)})`)),
    );
    if (catalogue.items.some((item) => item.sku === chosen)) this.item.value = chosen;
    if (catalogue.items.length === 0) {
      this.catalogueList.replaceChildren(h('li', { class: 'recent-empty' }, t('shop.empty')));
      return;
    }
    this.catalogueList.replaceChildren(
      ...catalogue.items.map((item) =>
        h(
          'li',
          { class: 'shop-item', 'data-sku': item.sku },
          h('span', { class: 'shop-item-name' }, item.name),
          h('span', { class: 'shop-item-price' }, euro(item.unitPriceCents)),
          item.description && h('span', { class: 'shop-item-description' }, item.description),
          item.stockLeft !== null &&
            h('span', { class: 'shop-item-stock' }, item.stockLeft > 0 ? t('shop.stockLeft', { left: item.stockLeft }) : t('shop.soldOut')),
        ),
      ),
    );
  }

  private showBudget(budget: TeamBudget): void {
    this.budgetText.textContent = t('shop.budgetLeft', { left: euro(budget.leftCents), budget: euro(budget.budgetCents) });
    if (budget.orders.length === 0) {
      this.orderList.replaceChildren(h('li', { class: 'recent-empty' }, t('shop.noOrders')));
      return;
    }
    this.orderList.replaceChildren(
      ...budget.orders.map((order) => {
        const item = orderItem(order);
        if (order.status === 'pending') {
          const cancel = h('button', { type: 'button', class: 'button button-secondary' }, t('shop.cancel'));
          cancel.setAttribute('aria-label', t('shop.cancelLabel', { quantity: order.quantity, item: order.itemName }));
          cancel.addEventListener('click', () => void this.cancel(order.id));
          item.append(cancel);
        }
        return item;
      }),
    );
  }

  private async cancel(orderId: string): Promise<void> {
    try {
      await actOnOrder(this.challenge.id, this.team.id, orderId, 'cancel');
      this.status.textContent = t('shop.cancelled');
    } catch (error) {
      this.alert.replaceChildren(h('p', {}, problemMessage(error)));
    }
    await this.refresh();
  }
}
