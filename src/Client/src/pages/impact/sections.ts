import type { ImpactFigure, ImpactReport, TeamShare } from '../../api/types';
import { locale, localized, t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/nl';
import { h } from '../../ui/dom';
import { barChart } from './charts';
import { figureText } from './figures';

/** A day of the timeline, short enough for a column ("3 dec."); the report's days are Brussels calendar dates. */
const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });

function section(id: string, heading: string, ...content: (Node | string)[]): HTMLElement {
  return h('section', { class: 'panel impact-section', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
}

const tile = (figure: ImpactFigure | string, label: string) =>
  h('div', { class: 'impact-tile' }, h('dt', {}, label), h('dd', {}, typeof figure === 'string' ? figure : figureText(figure)));

export const reach = (report: ImpactReport) =>
  section(
    'impact-reach',
    t('impact.reach.heading'),
    h(
      'dl',
      { class: 'impact-tiles' },
      tile(report.reach.pupils, t('impact.reach.pupils')),
      tile(report.reach.teams, t('impact.reach.teams')),
      tile(report.reach.schools, t('impact.reach.schools')),
      tile(String(report.reach.venues), t('impact.reach.venues')),
    ),
  );

/** Per competence: not yet, then each level in the rubric's order, as a chart with its table. */
export const competences = (report: ImpactReport) =>
  section(
    'impact-competences',
    t('impact.competences.heading'),
    h('p', { class: 'hint' }, t('impact.competences.intro')),
    ...report.competences.map((competence) => {
      const name = localized(competence.name);
      return h(
        'div',
        { class: 'impact-competence' },
        h('h3', {}, name),
        barChart(
          t('impact.competences.chartTitle', { competence: name }),
          [
            { label: t('level.notYet'), figure: competence.notYet },
            ...competence.levels.map((level) => ({ label: localized(level.name) || t('level.number', { level: level.level }), figure: level.teams })),
          ],
          [t('impact.competences.level'), t('impact.competences.teams')],
          'across',
        ),
      );
    }),
  );

const shareRow = (share: TeamShare, what: MessageKey) =>
  h('tr', {}, h('th', { scope: 'row' }, t(what)), h('td', {}, figureText(share.with)), h('td', {}, figureText(share.without)));

export const shares = (report: ImpactReport) =>
  section(
    'impact-shares',
    t('impact.shares.heading'),
    h('p', { class: 'hint' }, t('impact.shares.intro')),
    h(
      'table',
      { class: 'impact-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('impact.shares.what')), h('th', { scope: 'col' }, t('impact.shares.with')), h('th', { scope: 'col' }, t('impact.shares.without')))),
      h('tbody', {}, shareRow(report.withBadge, 'impact.shares.badge'), shareRow(report.withRecognition, 'impact.shares.recognition'), shareRow(report.withFeedback, 'impact.shares.feedback')),
    ),
    h('p', {}, report.medianHoursToResponse.suppressed || report.medianHoursToResponse.value === null
      ? t('impact.median.suppressed')
      : t('impact.median', { hours: figureText(report.medianHoursToResponse) })),
  );

export const timeline = (report: ImpactReport) =>
  section(
    'impact-timeline',
    t('impact.timeline.heading'),
    h('p', { class: 'hint' }, t('impact.timeline.intro')),
    report.timeline.length === 0
      ? h('p', {}, t('impact.timeline.empty'))
      : barChart(
          t('impact.timeline.chartTitle'),
          report.timeline.map((day) => ({ label: dayFormat.format(new Date(`${day.day}T12:00:00Z`)), figure: day.competences })),
          [t('impact.timeline.day'), t('impact.timeline.competences')],
          'up',
        ),
  );

export const offers = (report: ImpactReport) =>
  section(
    'impact-offers',
    t('impact.offers.heading'),
    report.offers.length === 0
      ? h('p', {}, t('impact.offers.empty'))
      : h(
          'table',
          { class: 'impact-table' },
          h('thead', {}, h('tr', {}, ...(['impact.offers.kind', 'impact.offers.made', 'impact.offers.answered', 'impact.offers.accepted'] as const).map((key) => h('th', { scope: 'col' }, t(key))))),
          h('tbody', {}, ...report.offers.map((offer) =>
            h('tr', {}, h('th', { scope: 'row' }, t(`offer.kind.${offer.kind}`)), h('td', {}, figureText(offer.made)), h('td', {}, figureText(offer.answered)), h('td', {}, figureText(offer.accepted))))),
        ),
  );
