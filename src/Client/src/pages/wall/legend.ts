import type { Competence } from '../../api/types';
import { localized, t } from '../../i18n/i18n';
import { h } from '../../ui/dom';

const LEVELS = [1, 2, 3, 4];

/**
 * What the steps on a card mean: the four levels of the framework as steps of a team's own growth, read from left to
 * right as a path, never as a score to compare teams by.
 */
export function levelLegend(competences: Competence[]): HTMLElement {
  const levels = competences[0]?.levels ?? [];
  return h(
    'aside',
    { class: 'level-legend', 'aria-label': t('wall.legend.label') },
    h('p', { class: 'level-legend-title' }, t('wall.legend.title')),
    h(
      'ol',
      { class: 'level-legend-steps' },
      ...LEVELS.map((level) =>
        h(
          'li',
          { class: 'level-legend-item' },
          stepIcon(level),
          h('span', { class: 'level-legend-step' }, localized(levels.find((l) => l.level === level)?.name) || t('level.number', { level })),
        ),
      ),
    ),
    h('p', { class: 'level-legend-note' }, t('wall.legend.note')),
  );
}

/** Four rising steps with the first `level` filled: the same picture as on the cards. */
export function stepIcon(level: number): HTMLElement {
  return h(
    'span',
    { class: 'level-meter', 'data-level': level, 'aria-hidden': 'true' },
    ...LEVELS.map((step) => h('span', { class: step <= level ? 'segment filled' : 'segment' })),
  );
}
