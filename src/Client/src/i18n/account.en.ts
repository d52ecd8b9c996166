import type { nl } from './account.nl';

export const en: Record<keyof typeof nl, string> = {
  'account.serverBusy': 'The server cannot be reached for a moment. Reload the page shortly.',
  'account.offline': 'No connection. Check the wifi and reload the page.',
  'account.pageFor': 'This page is for a {roles}. You are signed in as {role}.',
  'account.or': 'or',
  'account.toStart': 'To your start page',
};
