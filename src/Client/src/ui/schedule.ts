import { locale, t } from '../i18n/i18n';
import type { Schedule } from '../api/types';
import { h } from './dom';

const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
const eventDayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });

/** Schedule dates are calendar days, not instants: read them as local days so no time zone moves them. */
function localDay(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Shows the challenge's dates, its showcase day and the phase of today in one calm line, e.g.
 * "3 februari – 28 maart 2026 · Showcase op vrijdag 27 maart · Nu: Bouwen". Hidden while no schedule is set.
 */
export function showSchedule(target: HTMLElement, schedule: Schedule | null | undefined, today = new Date()): void {
  target.hidden = !schedule;
  if (!schedule) {
    target.replaceChildren();
    return;
  }
  const parts: (Node | string)[] = [
    h('time', { datetime: schedule.start }, dayFormat.formatRange(localDay(schedule.start), localDay(schedule.end))),
  ];
  if (schedule.eventDay) {
    const eventDay = eventDayFormat.format(localDay(schedule.eventDay));
    parts.push(` ${t('schedule.showcaseOn')} `, h('time', { datetime: schedule.eventDay }, eventDay));
  }
  const day = isoDay(today);
  const phase = schedule.phases.find((p) => p.start <= day && day <= p.end);
  if (phase) parts.push(' · ', h('span', { class: 'schedule-phase' }, t('schedule.now', { phase: phase.name })));
  target.replaceChildren(...parts);
}
