import type { ImpactFigure, PupilsVoice } from '../../api/types';
import { formatNumber, localized, t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { named, svg } from './charts';
import { drawable, figureText } from './figures';

const percent = (figure: ImpactFigure) =>
  figure.suppressed || figure.value === null ? t('impact.suppressed') : t('impact.voice.percent', { value: formatNumber(figure.value) });

const points = (figure: ImpactFigure) =>
  figure.suppressed || figure.value === null
    ? t('impact.suppressed')
    : t('impact.voice.points', { value: `${figure.value > 0 ? '+' : ''}${formatNumber(figure.value)}` });

/**
 * The pupils' own voice: per question a pair of bars, the share agreeing at the start and at the end (0-100 %), in the
 * questions' fixed order, and the same figures with the change in a table beside it. A suppressed share draws an outline
 * and reads "fewer than 10", as every figure of the report.
 */
export function pupilsVoice(voice: PupilsVoice): HTMLElement {
  const title = t('impact.voice.chartTitle');
  const rows = voice.questions.map((q) => ({ label: localized(q.text), start: q.startAgreeing, end: q.endAgreeing, change: q.changePoints }));
  const description = rows.map((row) =>
    t('impact.voice.figures', { question: row.label, start: percent(row.start), end: percent(row.end), change: points(row.change) })).join('; ');
  const image = named(chart(rows), title, description);
  const table = h(
    'table',
    { class: 'impact-table' },
    h('caption', { class: 'visually-hidden' }, title),
    h('thead', {}, h('tr', {}, ...(['impact.voice.question', 'impact.voice.start', 'impact.voice.end', 'impact.voice.change'] as const)
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, ...rows.map((row) =>
      h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', {}, percent(row.start)), h('td', {}, percent(row.end)), h('td', {}, points(row.change))))),
  );
  const heading = h('h2', { id: 'impact-voice' }, t('impact.voice.heading'));
  return h(
    'section',
    { class: 'panel impact-section', 'aria-labelledby': heading.id },
    heading,
    h('p', { class: 'hint' }, t('impact.voice.intro')),
    h('p', {}, t('impact.voice.answers', { start: figureText(voice.startAnswers), end: figureText(voice.endAnswers) })),
    h('p', { class: 'impact-voice-legend', 'aria-hidden': 'true' },
      h('span', { class: 'impact-voice-key impact-voice-key-start' }), t('impact.voice.start'), ' ',
      h('span', { class: 'impact-voice-key impact-voice-key-end' }), t('impact.voice.end')),
    h('div', { class: 'impact-figure impact-voice-figure' }, image as unknown as HTMLElement, table),
  );
}

interface Row {
  label: string;
  start: ImpactFigure;
  end: ImpactFigure;
}

/** Per question its text on a line, then the start bar and the end bar below it, each 0-100 %. */
function chart(rows: Row[]): SVGElement {
  const block = 76;
  const labelHeight = 20;
  const barHeight = 20;
  const width = 360;
  const bar = (figure: ImpactFigure, y: number, kind: 'start' | 'end') => {
    const value = drawable(figure);
    const length = value === null ? width : Math.max(value > 0 ? 2 : 0, (value / 100) * width);
    return [
      svg('rect', { x: 0, y, width: length, height: barHeight - 4, rx: 3, class: value === null ? 'impact-bar-hidden' : `impact-voice-bar-${kind}` }),
      svg('text', { x: value === null ? 8 : length + 6, y: y + 13, class: value === null ? 'impact-chart-hidden' : 'impact-chart-value' }, percent(figure)),
    ];
  };
  return svg(
    'svg',
    { viewBox: `0 0 ${width + 90} ${rows.length * block}`, width: '100%' },
    ...rows.flatMap((row, index) => {
      const y = index * block;
      return [
        svg('text', { x: 0, y: y + 14, class: 'impact-chart-label' }, row.label),
        ...bar(row.start, y + labelHeight, 'start'),
        ...bar(row.end, y + labelHeight + barHeight + 4, 'end'),
      ];
    }),
  );
}
