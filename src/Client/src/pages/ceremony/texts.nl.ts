/** Texts of the ceremony screen (ceremony.html); Dutch first, fr and en hold the same keys. */
export const nl = {
  'ceremony.documentTitle': 'Uitreiking · ChallengeHub',
  'ceremony.documentTitleOf': 'Uitreiking {venue} · ChallengeHub',
  'ceremony.kicker': 'Erkenningen van de jury',
  'ceremony.photoOf': 'Foto van {team}',
  'ceremony.jury': 'De jury: {jurors}',
  'ceremony.empty': 'Nog geen erkenningen.',
  'ceremony.noVenue': 'Er is geen locatie gekozen.',
  'ceremony.notPublished': 'De jury heeft de erkenningen van deze locatie nog niet gepubliceerd.',
  'ceremony.failed': 'De uitreiking kon niet geladen worden.',
  'ceremony.link': 'Scherm voor de uitreiking',
};
