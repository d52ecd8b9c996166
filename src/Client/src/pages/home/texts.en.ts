import type { nl } from './texts.nl';

export const en: Record<keyof typeof nl, string> = {
  'home.openWall': 'Open the wall',
  'home.openShowcase': 'Open the showcase',
  'home.manage': 'Manage',
  'home.kits': 'Material kits',
  'home.myTeams': 'My teams',
  'home.intro.juror': 'As a juror you look at the evidence the teams collect and award badges. Below are the challenges you are a juror in.',
  'home.intro.employer': 'As an employer you discover what the teams can do: the showcase holds the stories and photos teams share, the wall shows the competences each team has shown so far.',
  'home.intro.coach': 'Below are the challenges in which you coach.',
  'home.intro.organiser': 'Below are the challenges you organise.',
  'home.signIn': 'Sign in',
  'home.pupilTablet': 'Pupil? Go to the tablet',
  'home.toTablet': 'To your tablet',
  'home.none': 'There are no challenges yet.',
  'home.loadFailed': 'The challenges could not be loaded.',
  'home.retry': 'Try again',
  'home.lead.juror': 'To review',
  'home.lead.employer': 'To the showcase',
  'home.lead.coach': 'To my teams',
};
