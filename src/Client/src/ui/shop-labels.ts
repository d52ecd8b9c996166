import { locale, t } from '../i18n/i18n';
import { ProblemError } from '../api/problems';
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

/** Dutch words for what the server refused; the two refusals pupils meet most are recognised by their title. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ProblemError)) return t('shop.problem.offline');
  if (error.problem.title === 'Not enough budget left') return t('shop.problem.budget');
  if (error.problem.title === 'Out of stock') return t('shop.problem.stock');
  if (error.status >= 500) return t('shop.problem.server');
  const messages = Object.values(error.problem.errors ?? {}).flat();
  return messages.length > 0 ? t('shop.problem.check', { messages: messages.join(' ') }) : (error.problem.detail ?? error.message);
}
