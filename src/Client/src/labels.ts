import type { Competence, Sector } from './api';

const sectorLabels: Record<Sector, string> = {
  electro: 'Elektro',
  construction: 'Bouw',
};

export function sectorLabel(sector: Sector): string {
  return sectorLabels[sector] ?? sector;
}

const NOT_SHOWN_YET = 'nog te ontdekken';

export function levelName(competence: Competence | undefined, level: number): string {
  if (level <= 0) return NOT_SHOWN_YET;
  return competence?.levels.find((l) => l.level === level)?.name.nl ?? `niveau ${level}`;
}

/** Full sentence for screen readers, e.g. "Veilig werken: niveau 2, Past toe". */
export function levelDescription(competenceName: string, competence: Competence | undefined, level: number): string {
  if (level <= 0) return `${competenceName}: ${NOT_SHOWN_YET}`;
  return `${competenceName}: niveau ${level}, ${levelName(competence, level)}`;
}

const timeFormat = new Intl.DateTimeFormat('nl-BE', {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatLoggedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date in words, e.g. "12 december 2026". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}
