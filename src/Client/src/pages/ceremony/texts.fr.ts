import type { nl } from './texts.nl';

export const fr: Record<keyof typeof nl, string> = {
  'ceremony.documentTitle': 'Remise · ChallengeHub',
  'ceremony.documentTitleOf': 'Remise {venue} · ChallengeHub',
  'ceremony.kicker': 'Les reconnaissances du jury',
  'ceremony.photoOf': 'Photo de {team}',
  'ceremony.jury': 'Le jury : {jurors}',
  'ceremony.empty': 'Pas encore de reconnaissances.',
  'ceremony.noVenue': 'Aucun lieu n’a été choisi.',
  'ceremony.notPublished': 'Le jury n’a pas encore publié les reconnaissances de ce lieu.',
  'ceremony.failed': 'La remise n’a pas pu être chargée.',
  'ceremony.link': 'Écran de la remise',
};
