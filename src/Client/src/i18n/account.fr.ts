import type { nl } from './account.nl';

export const fr: Record<keyof typeof nl, string> = {
  'account.serverBusy': 'Le serveur est momentanément injoignable. Rechargez la page dans un instant.',
  'account.offline': 'Pas de connexion. Vérifiez le wifi et rechargez la page.',
  'account.pageFor': 'Cette page est destinée à : {roles}. Vous êtes connecté·e en tant que {role}.',
  'account.or': 'ou',
  'account.toStart': 'Vers votre page d’accueil',
};
