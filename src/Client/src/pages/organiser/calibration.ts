import './calibration.css';
import { formatDateTime, localized, t } from '../../i18n/i18n';
import { getJson, withRetry } from '../../api/core';
import { routes } from '../../api/routes';
import type { ChallengeDetail, Id } from '../../api/types';
import { h } from '../../ui/dom';
import type { OrganiserSection } from './section';
import { statusLine } from '../../ui/forms';

interface JurorLevel {
  badgeId: Id;
  jurorId?: Id | null;
  jurorName?: string | null;
  level: number;
  awardedAt: string;
}

interface CalibrationItem {
  teamId: Id;
  teamName: string;
  competenceId: Id;
  levels: JurorLevel[];
}

const getCalibration = (challengeId: Id) => getJson<CalibrationItem[]>(routes.calibration(challengeId));

/**
 * Where jurors gave one team levels two or more apart for the same competence: a calm list to talk through with the
 * jurors, by team name. Nothing here changes a badge; every juror's judgement stays as it was given.
 */
export class CalibrationSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly list = h('div', { class: 'calibration-list', 'aria-live': 'polite' });
  private readonly status = statusLine();

  constructor(private challenge: ChallengeDetail) {
    const heading = h('h2', { id: 'calibration-heading' }, t('organiser.calibration.heading'));
    const refresh = h('button', { type: 'button', class: 'button-secondary' }, t('organiser.calibration.refresh'));
    refresh.addEventListener('click', () => void this.refresh());
    this.element = h(
      'section',
      { class: 'panel', id: 'kalibratie', 'aria-labelledby': heading.id },
      heading,
      h('p', { class: 'intro' }, t('organiser.calibration.intro')),
      this.list,
      h('div', { class: 'form-actions' }, refresh, this.status),
    );
    void this.refresh();
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
  }

  private async refresh(): Promise<void> {
    try {
      const items = await withRetry(() => getCalibration(this.challenge.id));
      this.status.textContent = '';
      this.list.replaceChildren(
        items.length === 0
          ? h('p', { class: 'calibration-empty' }, t('organiser.calibration.empty'))
          : h('ul', { class: 'calibration-items' }, ...items.map((item) => this.renderItem(item))),
      );
    } catch {
      this.status.textContent = t('organiser.calibration.loadFailed');
    }
  }

  private renderItem(item: CalibrationItem): HTMLElement {
    const competence = this.challenge.competences.find((c) => c.id === item.competenceId);
    const levelName = (level: number) => localized(competence?.levels.find((l) => l.level === level)?.name) || t('level.number', { level });
    return h(
      'li',
      { class: 'calibration-item' },
      h('h3', {}, `${item.teamName} · ${competence ? localized(competence.name) : item.competenceId}`),
      h(
        'ul',
        { class: 'calibration-levels' },
        ...item.levels.map((l) =>
          h(
            'li',
            {},
            t('organiser.calibration.line', {
              juror: l.jurorName ?? t('organiser.calibration.aJuror'),
              name: levelName(l.level),
              level: l.level,
              date: formatDateTime(l.awardedAt, { dateStyle: 'medium' }),
            }),
          ),
        ),
      ),
    );
  }
}
