import { locale } from './i18n';
import { ProblemError } from './api';
import type { OrderStatus, ShopOrder } from './shop-api';

const euroFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });

export const euro = (cents: number) => euroFormat.format(cents / 100);

const statusLabels: Record<OrderStatus, string> = {
  pending: 'Wacht op goedkeuring',
  approving: 'Wordt goedgekeurd',
  approved: 'Goedgekeurd',
  rejected: 'Niet goedgekeurd',
  cancelled: 'Geannuleerd',
  returning: 'Wordt teruggenomen',
  returned: 'Teruggenomen',
};

export function statusLabel(order: ShopOrder): string {
  const label = statusLabels[order.status];
  return order.reason && order.status !== 'approved' ? `${label}: ${order.reason}` : label;
}

/** Dutch words for what the server refused; the two refusals pupils meet most are recognised by their title. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ProblemError)) return 'Versturen lukte nu niet. Controleer de wifi en probeer het nog eens.';
  if (error.problem.title === 'Not enough budget left') return 'Daarvoor is het budget dat nog over is niet groot genoeg.';
  if (error.problem.title === 'Out of stock') return 'Daarvan is er niet genoeg meer in voorraad.';
  if (error.status >= 500) return 'Er liep iets mis aan de kant van de server. Probeer het zo meteen nog eens.';
  const messages = Object.values(error.problem.errors ?? {}).flat();
  return messages.length > 0 ? `Kijk dit even na: ${messages.join(' ')}` : (error.problem.detail ?? error.message);
}
