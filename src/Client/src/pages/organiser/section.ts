import type { ChallengeDetail, ChallengeStatus } from '../../api/types';
import { t } from '../../i18n/i18n';

/** Each part of the organiser page shows the challenge and hears about every change to it. */
export interface OrganiserSection {
  readonly element: HTMLElement;
  update(challenge: ChallengeDetail): void;
}

export type ChallengeChanged = (challenge: ChallengeDetail) => void;

export const statusWords: Record<ChallengeStatus, { label: string; explanation: string; reached: string }> = {
  draft: {
    reached: t('organiser.status.draftReached'),
    label: t('organiser.status.draft'),
    explanation: t('organiser.status.draftExplanation'),
  },
  open: {
    reached: t('organiser.status.openReached'),
    label: t('organiser.status.open'),
    explanation: t('organiser.status.openExplanation'),
  },
  running: {
    reached: t('organiser.status.runningReached'),
    label: t('organiser.status.running'),
    explanation:
      t('organiser.status.runningExplanation'),
  },
  showcase: {
    reached: t('organiser.status.showcaseReached'),
    label: t('organiser.status.showcase'),
    explanation: t('organiser.status.showcaseExplanation'),
  },
  closed: {
    reached: t('organiser.status.closedReached'),
    label: t('organiser.status.closed'),
    explanation: t('organiser.status.closedExplanation'),
  },
};
