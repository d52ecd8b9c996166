import type { nl } from './texts.nl';

export const fr: Record<keyof typeof nl, string> = {
  'juror.notYetVisited.one': 'Pas encore de visite du jury pour 1 équipe. Attribuez un badge sur la base de ce que vous avez vu sur place :',
  'juror.notYetVisited.other': 'Pas encore de visite du jury pour {count} équipes. Attribuez un badge sur la base de ce que vous avez vu sur place :',
  'juror.observe.heading': 'Ce que vous avez vu sur place',
  'juror.observe.intro': 'Vous avez vu une équipe montrer quelque chose à son stand ? Attribuez un badge avec votre observation comme preuve, aussi à une équipe sans étape en attente.',
  'juror.observe.open': 'Badge sur la base de votre observation',
  'juror.observe.award': 'Badge pour {team} sur la base de ce que vous avez vu',
  'juror.photo.alt': 'Photo {number} de « {title} »',
  'juror.photo.open': 'Agrandir la photo {number} de « {title} »',
  'juror.photo.close': 'Fermer',
  'juror.orders.one': '1 commande',
  'juror.orders.other': '{count} commandes',
  'award.evidence.one': '1 étape comme preuve.',
  'award.evidence.other': '{count} étapes comme preuve.',
  'award.observation': 'Ce que vous avez vu sur place (observation)',
  'award.observationHint': 'Peut rester vide : votre observation s’ajoute comme preuve au badge.',
  'award.observationNeeded': 'Sans étape, votre observation est la preuve : décrivez ce que vous avez vu l’équipe faire.',
  'award.needObservation': 'Choisissez un niveau, décrivez ce que vous avez vu et écrivez ce que l’équipe a montré.',
  'award.requires': 'La sécurité d’abord : cette équipe reçoit ce badge dès qu’elle a un badge pour « {competence} ». Attribuez celui-là d’abord.',
  'award.observedLine': 'Observation : {observation}',
};
