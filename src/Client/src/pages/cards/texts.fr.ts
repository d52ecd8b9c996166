import type { nl } from './texts.nl';

export const fr: Record<keyof typeof nl, string> = {
  'cards.documentTitle': 'Cartes d’inscription · ChallengeHub',
  'cards.documentTitleOf': 'Cartes d’inscription {title} · ChallengeHub',
  'cards.heading': 'Cartes d’inscription',
  'cards.intro': 'Imprimez cette feuille en A4 et donnez à chaque équipe sa carte. Avec le code QR, la tablette ouvre l’inscription avec le code déjà rempli ; les élèves choisissent eux-mêmes leur pseudo et leur code PIN.',
  'cards.print': 'Imprimer',
  'cards.atVenue': '{venue}, {date}',
  'cards.withoutVenue': 'Équipes sans lieu',
  'cards.allTeams': 'Toutes les équipes',
  'cards.code': 'Code de liaison :',
  'cards.how': 'Scannez le code QR avec la tablette, ou ouvrez {address} et tapez le code.',
  'cards.qrAlt': 'Code QR pour rejoindre {team} sur la tablette',
  'cards.none': 'Cette feuille ne compte pas encore d’équipe.',
  'cards.noChallenge': 'Aucun challenge n’a été choisi.',
  'cards.notFound': 'Ce challenge ou ce lieu n’existe pas (ou plus).',
  'cards.loadFailed': 'Les cartes d’inscription n’ont pas pu être chargées. Réessayez dans un instant.',
  'cards.link': 'Imprimer les cartes d’inscription',
  'cards.linkWithoutVenue': 'Cartes d’inscription des équipes sans lieu',
};
