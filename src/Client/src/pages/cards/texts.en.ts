import type { nl } from './texts.nl';

export const en: Record<keyof typeof nl, string> = {
  'cards.documentTitle': 'Join cards · ChallengeHub',
  'cards.documentTitleOf': 'Join cards {title} · ChallengeHub',
  'cards.heading': 'Join cards',
  'cards.intro': 'Print this sheet on A4 and give every team its card. With the QR code the tablet opens joining with the code already filled in; the pupils choose their own nickname and PIN.',
  'cards.print': 'Print',
  'cards.atVenue': '{venue}, {date}',
  'cards.withoutVenue': 'Teams without a venue',
  'cards.allTeams': 'All teams',
  'cards.code': 'Join code:',
  'cards.how': 'Scan the QR code with the tablet, or open {address} and type the code.',
  'cards.qrAlt': 'QR code to join {team} on the tablet',
  'cards.none': 'There are no teams on this sheet yet.',
  'cards.noChallenge': 'No challenge was chosen.',
  'cards.notFound': 'This challenge or venue does not exist (any more).',
  'cards.loadFailed': 'The join cards could not be loaded. Try again in a moment.',
  'cards.link': 'Print join cards',
  'cards.linkWithoutVenue': 'Join cards of the teams without a venue',
};
