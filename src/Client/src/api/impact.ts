import { getJson } from './core';
import { routes } from './routes';
import type { Id, ImpactReport } from './types';

/** The season (no round or venue), one round, or one venue; of every team, or of the calling coach's own school's teams. */
export interface ImpactChoice {
  round?: Id;
  venue?: Id;
  ownSchool?: boolean;
}

const base = (challengeId: Id, choice: ImpactChoice) => `${routes.impact(challengeId)}${choice.ownSchool ? '/own-school' : ''}`;

const query = (choice: ImpactChoice) => {
  const params = new URLSearchParams();
  if (choice.round) params.set('round', choice.round);
  else if (choice.venue) params.set('venue', choice.venue);
  const text = params.toString();
  return text ? `?${text}` : '';
};

export const getImpact = (challengeId: Id, choice: ImpactChoice) => getJson<ImpactReport>(`${base(challengeId, choice)}${query(choice)}`);

/** The addresses of the same report as CSV and as PDF, for links (the browser downloads them with the session cookie). */
export const impactCsvAddress = (challengeId: Id, choice: ImpactChoice) => `${base(challengeId, choice)}/csv${query(choice)}`;
export const impactPdfAddress = (challengeId: Id, choice: ImpactChoice) => `${base(challengeId, choice)}/pdf${query(choice)}`;
