import type { nl } from './shared.nl';

export const fr: Record<keyof typeof nl, string> = {
  'form.checkThis': 'Vérifiez ceci :',
  'form.saveFailed': 'L’enregistrement n’a pas abouti. Réessayez.',
  'schedule.now': 'Maintenant : {phase}',
  'schedule.showcaseOn': '· Showcase le',
};
