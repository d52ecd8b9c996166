import { locale, t } from '../i18n/i18n';
import { ProblemError } from '../api/problems';
import { problemText } from './problems';
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

/** The page's words for what the server refused: the fields to look at again, or the text for the problem's type. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ProblemError)) return t('shop.problem.offline');
  if (error.status >= 500) return t('shop.problem.server');
  const messages = Object.values(error.problem.errors ?? {}).flat();
  if (messages.length > 0) return t('shop.problem.check', { messages: messages.join(' ') });
  return problemText(error.problem) ?? error.problem.detail ?? error.message;
}
