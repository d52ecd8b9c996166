import { locale, t } from '../i18n/i18n';
import { ProblemError } from '../api/problems';
import { h } from './dom';
import { refusalText } from './problems';
import type { OrderStatus, ShopOrder } from '../api/shop';

const euroFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });

export const euro = (cents: number) => euroFormat.format(cents / 100);

const statusLabels: Record<OrderStatus, string> = {
  pending: t('shop.status.pending'),
  approving: t('shop.status.approving'),
  approved: t('shop.status.approved'),
  rejected: t('shop.status.rejected'),
  cancelled: t('shop.status.cancelled'),
  returning: t('shop.status.returning'),
  returned: t('shop.status.returned'),
};

export function statusLabel(order: ShopOrder): string {
  const label = statusLabels[order.status];
  return order.reason && order.status !== 'approved' ? `${label}: ${order.reason}` : label;
}

/** An order as a list item, the same on the tablet and the coach's page: what, how much, where it stands, then `more`. */
export function orderItem(order: ShopOrder, ...more: HTMLElement[]): HTMLLIElement {
  return h(
    'li',
    { class: `shop-order shop-order-${order.status}`, 'data-order-id': order.id },
    h('span', { class: 'shop-order-what' }, `${order.quantity} × ${order.itemName}`),
    h('span', { class: 'shop-order-amount' }, euro(order.amountCents)),
    h('span', { class: 'shop-order-status' }, statusLabel(order)),
    ...more,
  );
}

/** The page's words for what the server refused: the text for the problem's type. */
export function problemMessage(error: unknown): string {
  return error instanceof ProblemError ? refusalText(error, t('shop.problem.server')) : t('shop.problem.offline');
}
