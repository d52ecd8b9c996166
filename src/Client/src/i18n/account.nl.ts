/** Texts of the account bar and the staff page start (ui/account.ts); Dutch first, fr and en hold the same keys. */
export const nl = {
  'account.serverBusy': 'De server is even niet bereikbaar. Herlaad de pagina zo meteen.',
  'account.offline': 'Geen verbinding. Controleer de wifi en herlaad de pagina.',
  'account.pageFor': 'Deze pagina is voor een {roles}. Je bent aangemeld als {role}.',
  'account.or': 'of',
  'account.toStart': 'Naar jouw startpagina',
} as const;
