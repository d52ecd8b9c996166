import type { nl } from './shared.nl';

export const en: Record<keyof typeof nl, string> = {
  'form.checkThis': 'Please check this:',
  'form.saveFailed': 'Saving did not work. Please try again.',
  'schedule.now': 'Now: {phase}',
  'schedule.showcaseOn': '· Showcase on',
};
