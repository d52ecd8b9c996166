import type { nl } from './texts.nl';

export const en: Record<keyof typeof nl, string> = {
  'ceremony.documentTitle': 'Ceremony · ChallengeHub',
  'ceremony.documentTitleOf': 'Ceremony {venue} · ChallengeHub',
  'ceremony.kicker': 'The jury’s recognitions',
  'ceremony.photoOf': 'Photo of {team}',
  'ceremony.jury': 'The jury: {jurors}',
  'ceremony.empty': 'No recognitions yet.',
  'ceremony.noVenue': 'No venue was chosen.',
  'ceremony.notPublished': 'The jury has not published this venue’s recognitions yet.',
  'ceremony.failed': 'The ceremony could not be loaded.',
  'ceremony.link': 'Ceremony screen',
};
