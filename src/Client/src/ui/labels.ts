import type { Competence, Sector } from '../api/types';
import { locale, localized, t } from '../i18n/i18n';

export function sectorLabel(sector: Sector): string {
  return sector === 'electro' || sector === 'construction' ? t(`sector.${sector}`) : sector;
}

const NOT_SHOWN_YET = t('level.notYet');

export function levelName(competence: Competence | undefined, level: number): string {
  if (level <= 0) return NOT_SHOWN_YET;
  return localized(competence?.levels.find((l) => l.level === level)?.name) || t('level.number', { level });
}

/** Full sentence for screen readers, e.g. "Veilig werken: niveau 2, Past toe". */
export function levelDescription(competenceName: string, competence: Competence | undefined, level: number): string {
  if (level <= 0) return `${competenceName}: ${NOT_SHOWN_YET}`;
  return `${competenceName}: ${t('level.number', { level })}, ${levelName(competence, level)}`;
}

const timeFormat = new Intl.DateTimeFormat(locale, {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatLoggedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}

const clockFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });

/** A time of day in the page's language, e.g. "14:05". */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : clockFormat.format(date);
}

const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date in words, e.g. "12 december 2026". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}
