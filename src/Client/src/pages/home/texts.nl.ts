/** Texts of the start page (index.html); Dutch first, fr and en hold the same keys. */
export const nl = {
  'home.openWall': 'Open de wall',
  'home.openShowcase': 'Open de showcase',
  'home.manage': 'Beheren',
  'home.kits': 'Materiaalkits',
  'home.myTeams': 'Mijn teams',
  'home.intro.juror': 'Als jurylid bekijk je het bewijs dat de teams verzamelen en ken je badges toe. Hieronder staan de challenges waarin je jureert.',
  'home.intro.employer': 'Als werkgever ontdek je wat de teams kunnen: in de showcase lees je de verhalen en zie je de foto’s die teams delen, op de wall zie je welke competenties elk team al liet zien.',
  'home.intro.coach': 'Hieronder staan de challenges waarin je coacht.',
  'home.intro.organiser': 'Hieronder staan de challenges die je organiseert.',
  'home.signIn': 'Aanmelden',
  'home.pupilTablet': 'Leerling? Naar de tablet',
  'home.toTablet': 'Naar jullie tablet',
  'home.none': 'Er zijn nog geen challenges.',
  'home.loadFailed': 'De challenges konden niet geladen worden.',
  'home.retry': 'Opnieuw proberen',
} as const;
