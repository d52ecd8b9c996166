import { language } from '../i18n/i18n';

/** Organisers type amounts the Belgian way ("12,50", "1.250"), or with a decimal point; the server counts in euro cents. */

const BELGIAN_AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;

/** Euro cents for a typed amount, or null when it is not an amount. A point with one or two decimals is read as a decimal point too. */
export function parseEuro(text: string): number | null {
  let amount = text.replace(/[\s\u00a0€]/g, '');
  if (/^\d+\.\d{1,2}$/.test(amount)) amount = amount.replace('.', ',');
  const match = BELGIAN_AMOUNT.exec(amount);
  if (!match) return null;
  const cents = Number(match[1]!.replaceAll('.', '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/**
 * Cents as the organiser would type them: "12,50" ("12.50" in English), no currency sign and no thousands separator,
 * so it reads back unchanged.
 */
export function euroInputValue(cents: number): string {
  return `${Math.trunc(cents / 100)}${language === 'en' ? '.' : ','}${String(cents % 100).padStart(2, '0')}`;
}
