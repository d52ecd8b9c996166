import type { nl } from './texts.nl';

/** Textes de l’aperçu du lieu (venue.html). */
export const fr: Record<keyof typeof nl, string> = {
  'venue.documentTitle': 'Le lieu aujourd’hui · ChallengeHub',
  'venue.documentTitleOf': '{venue} aujourd’hui · ChallengeHub',
  'venue.heading': '{venue} aujourd’hui',
  'venue.intro': 'Chaque équipe de ce lieu par son nom, pour que personne ne soit oublié. Le tableau suit en direct ce qui se passe.',
  'venue.link': 'Aperçu de la journée',
  'venue.backToSeason': '← Retour à la saison',
  'venue.caption': 'Où en est chaque équipe le {day}',
  'venue.team': 'Équipe',
  'venue.kit': 'Kit contrôlé',
  'venue.milestone': 'Étape aujourd’hui',
  'venue.juror': 'Visite d’un juré',
  'venue.recognition': 'Reconnaissance',
  'venue.yes': 'Oui',
  'venue.notYet': 'Pas encore',
  'venue.visitedMeans': '« Visite d’un juré » : aujourd’hui, l’équipe a reçu un badge ou une observation d’un juré, ou une nomination ou une reconnaissance sur le tableau de ce lieu.',
  'venue.live': 'Mis à jour en direct.',
  'venue.connecting': 'Connexion…',
  'venue.noTeams': 'Aucune équipe n’a encore été envoyée à ce lieu.',
  'venue.noVenue': 'Aucun lieu n’a été choisi.',
  'venue.notFound': 'Nous ne trouvons pas ce lieu.',
  'venue.loadFailed': 'L’aperçu n’a pas pu être chargé.',
};
