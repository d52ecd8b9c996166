import type { nl } from './texts.nl';

export const en: Record<keyof typeof nl, string> = {
  'juror.notYetVisited.one': 'No jury visit yet for 1 team. Award a badge on the basis of what you saw in person:',
  'juror.notYetVisited.other': 'No jury visit yet for {count} teams. Award a badge on the basis of what you saw in person:',
  'juror.observe.heading': 'What you saw in person',
  'juror.observe.intro': 'Did you see a team show something at its stand? Award a badge with your observation as evidence, also to a team with no milestone waiting.',
  'juror.observe.open': 'Badge on the basis of your observation',
  'juror.observe.award': 'Badge for {team} on the basis of what you saw',
  'juror.photo.alt': 'Photo {number} of “{title}”',
  'juror.photo.open': 'View photo {number} of “{title}” large',
  'juror.photo.close': 'Close',
  'juror.orders.one': '1 order',
  'juror.orders.other': '{count} orders',
  'award.evidence.one': '1 milestone as evidence.',
  'award.evidence.other': '{count} milestones as evidence.',
  'award.observation': 'What you saw in person (observation)',
  'award.observationHint': 'May stay empty: your observation is added to the badge as evidence.',
  'award.observationNeeded': 'Without a milestone your observation is the evidence: describe what you saw the team do.',
  'award.needObservation': 'Choose a level, describe what you saw and write what the team showed.',
  'award.requires': 'Safety first: this team gets this badge once it holds a badge for “{competence}”. Award that one first.',
  'award.observedLine': 'Observation: {observation}',
};
