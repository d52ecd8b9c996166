import type { nl } from './texts.nl';

/** Texts of the organiser's venue overview (venue.html). */
export const en: Record<keyof typeof nl, string> = {
  'venue.documentTitle': 'The venue today · ChallengeHub',
  'venue.documentTitleOf': '{venue} today · ChallengeHub',
  'venue.heading': '{venue} today',
  'venue.intro': 'Every team at this venue by name, so that nobody is overlooked. The table follows what happens, live.',
  'venue.link': 'Overview of the day',
  'venue.backToSeason': '← Back to the season',
  'venue.caption': 'How each team is doing on {day}',
  'venue.team': 'Team',
  'venue.kit': 'Kit checked in',
  'venue.milestone': 'Milestone today',
  'venue.juror': 'A juror visited',
  'venue.recognition': 'Recognition',
  'venue.yes': 'Yes',
  'venue.notYet': 'Not yet',
  'venue.visitedMeans': '"A juror visited": today the team received a badge or an observation from a juror, or a nomination or recognition on this venue\'s board.',
  'venue.live': 'Updated live.',
  'venue.connecting': 'Connecting…',
  'venue.noTeams': 'No teams have been sent to this venue yet.',
  'venue.noVenue': 'No venue was chosen.',
  'venue.notFound': 'We cannot find this venue.',
  'venue.loadFailed': 'The overview could not be loaded.',
};
