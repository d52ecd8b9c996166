/** Texts of the schedule line and form problems shared by several pages; Dutch first, fr and en hold the same keys. */
export const nl = {
  'form.checkThis': 'Kijk dit even na:',
  'form.saveFailed': 'Opslaan lukte niet. Probeer het nog eens.',
  'schedule.now': 'Nu: {phase}',
  'schedule.showcaseOn': '· Showcase op',
} as const;

export const fr: Record<keyof typeof nl, string> = {
  'form.checkThis': 'Vérifiez ceci :',
  'form.saveFailed': 'L’enregistrement n’a pas abouti. Réessayez.',
  'schedule.now': 'Maintenant : {phase}',
  'schedule.showcaseOn': '· Showcase le',
};

export const en: Record<keyof typeof nl, string> = {
  'form.checkThis': 'Please check this:',
  'form.saveFailed': 'Saving did not work. Please try again.',
  'schedule.now': 'Now: {phase}',
  'schedule.showcaseOn': '· Showcase on',
};
