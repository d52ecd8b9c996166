/** Texts of the schedule line and form problems shared by several pages; Dutch first, fr and en hold the same keys. */
export const nl = {
  'form.checkThis': 'Kijk dit even na:',
  'form.saveFailed': 'Opslaan lukte niet. Probeer het nog eens.',
  'schedule.now': 'Nu: {phase}',
  'schedule.showcaseOn': '· Showcase op',
} as const;
