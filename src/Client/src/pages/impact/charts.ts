import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import type { ImpactFigure } from '../../api/types';
import { drawable, figureText } from './figures';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes and children (the voice chart draws with it too). */
export function svg(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** One bar of a chart: what it stands for and its figure. */
export interface Bar {
  label: string;
  figure: ImpactFigure;
}

let charts = 0;

/**
 * An accessible chart with its numbers beside it: the SVG is one image named by its title and described by the figures
 * (role="img", aria-labelledby), and the same figures stand in a plain table, so a screen reader and a printout lose
 * nothing. Bars keep the order they are given (levels, days), never an order by size. A suppressed figure draws no bar
 * and says "fewer than 10".
 */
export function barChart(title: string, bars: Bar[], columns: [string, string], direction: 'across' | 'up'): HTMLElement {
  const largest = Math.max(1, ...bars.map((bar) => drawable(bar.figure) ?? 0));
  const description = bars.map((bar) => t('impact.chart.figures', { label: bar.label, value: figureText(bar.figure) })).join('; ');
  const image = named(direction === 'across' ? across(bars, largest) : up(bars, largest), title, description);
  const table = h(
    'table',
    { class: 'impact-table' },
    h('caption', { class: 'visually-hidden' }, title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, columns[0]), h('th', { scope: 'col' }, columns[1]))),
    h('tbody', {}, ...bars.map((bar) => h('tr', {}, h('th', { scope: 'row' }, bar.label), h('td', {}, figureText(bar.figure))))),
  );
  return h('div', { class: 'impact-figure' }, image as unknown as HTMLElement, table);
}

/** Makes a chart one image for assistive technology: named by its title, described by its figures. */
export function named(image: SVGElement, title: string, description: string): SVGElement {
  const id = `chart-${++charts}`;
  image.setAttribute('role', 'img');
  image.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  image.setAttribute('class', 'impact-chart');
  image.prepend(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, description));
  return image;
}

/** Horizontal bars, one row per level: the label left, the bar, the figure after it. */
function across(bars: Bar[], largest: number): SVGElement {
  const row = 28;
  const labelWidth = 150;
  const barWidth = 220;
  return svg(
    'svg',
    { viewBox: `0 0 ${labelWidth + barWidth + 110} ${bars.length * row}`, width: '100%' },
    ...bars.flatMap((bar, index) => {
      const y = index * row;
      const value = drawable(bar.figure);
      const length = value === null ? 0 : Math.max(value > 0 ? 2 : 0, (value / largest) * barWidth);
      return [
        svg('text', { x: 0, y: y + 19, class: 'impact-chart-label' }, bar.label),
        svg('rect', { x: labelWidth, y: y + 5, width: length, height: row - 10, rx: 3, class: value === null ? 'impact-bar-hidden' : 'impact-bar' }),
        svg('text', { x: labelWidth + length + 6, y: y + 19, class: value === null ? 'impact-chart-hidden' : 'impact-chart-value' }, figureText(bar.figure)),
      ];
    }),
  );
}

/** Vertical bars, one column per day, for the timeline. */
function up(bars: Bar[], largest: number): SVGElement {
  const column = 60;
  const height = 140;
  return svg(
    'svg',
    // Drawn at its own size (capped by the page's width): a season of a few days is a few narrow columns, not a wall.
    { viewBox: `0 0 ${Math.max(1, bars.length) * column} ${height + 40}`, width: Math.max(1, bars.length) * column },
    ...bars.flatMap((bar, index) => {
      const x = index * column;
      const value = drawable(bar.figure);
      const label = svg('text', { x: x + column / 2, y: height + 34, 'text-anchor': 'middle', class: 'impact-chart-label' }, bar.label);
      if (value === null) {
        // No bar: an outline with the words written up the column, so a hidden day never reads as an empty one.
        return [
          svg('rect', { x: x + 8, y: 16, width: column - 16, height, rx: 3, class: 'impact-bar-hidden' }),
          svg('text', { x: x + column / 2 + 4, y: height + 10, transform: `rotate(-90 ${x + column / 2 + 4} ${height + 10})`, class: 'impact-chart-hidden' }, figureText(bar.figure)),
          label,
        ];
      }
      const length = (value / largest) * height;
      return [
        svg('rect', { x: x + 8, y: height - length + 16, width: column - 16, height: length, rx: 3, class: 'impact-bar' }),
        svg('text', { x: x + column / 2, y: height - length + 12, 'text-anchor': 'middle', class: 'impact-chart-value' }, figureText(bar.figure)),
        label,
      ];
    }),
  );
}
