import type { Id } from '../../api/types';
import { h } from '../../ui/dom';
import { t } from '../../i18n/i18n';
import { getBudget, type ShopOrder } from '../../api/shop';
import { euro } from '../../ui/shop-labels';

const REFRESH_AFTER_MS = 10_000;

/**
 * The team's approved shop orders as checkboxes in the milestone form: spending within budget with a reasoned plan
 * is evidence too. Hidden while the team has no approved order.
 */
export class OrderEvidence {
  readonly element: HTMLFieldSetElement;
  private readonly list = h('div', { class: 'checkbox-grid' });
  private boxes: HTMLInputElement[] = [];
  private refreshedAt = 0;

  constructor(
    private readonly challengeId: Id,
    private readonly teamId: Id,
  ) {
    this.element = h(
      'fieldset',
      { class: 'field order-evidence', hidden: true },
      h('legend', {}, t('tablet.orders.legend')),
      this.list,
    );
  }

  selected(): Id[] {
    return this.boxes.filter((box) => box.checked).map((box) => box.value);
  }

  /** Fetches the approved orders; with `skipIfRecent`, not again within ten seconds of the last fetch. */
  async refresh(skipIfRecent = false): Promise<void> {
    if (skipIfRecent && Date.now() - this.refreshedAt < REFRESH_AFTER_MS) return;
    this.refreshedAt = Date.now();
    let orders: ShopOrder[];
    try {
      orders = (await getBudget(this.challengeId, this.teamId)).orders.filter((order) => order.status === 'approved');
    } catch {
      return;
    }
    const checked = new Set(this.selected());
    this.boxes = orders.map((order) =>
      h('input', { type: 'checkbox', name: 'order', value: order.id, id: `order-${order.id}`, checked: checked.has(order.id) }),
    );
    this.list.replaceChildren(
      ...orders.map((order, index) =>
        h(
          'label',
          { class: 'checkbox', for: `order-${order.id}` },
          this.boxes[index]!,
          h('span', {}, t('tablet.orders.line', { quantity: order.quantity, item: order.itemName, amount: euro(order.amountCents) })),
        ),
      ),
    );
    this.element.hidden = orders.length === 0;
  }
}
