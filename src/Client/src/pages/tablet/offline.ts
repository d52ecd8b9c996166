import type { Session } from '../../api/session';
import type { ChallengeDetail, Team } from '../../api/types';

/** What the tablet page needs to start again without a network: who is signed in, the challenge and the own team. */
export interface OfflineStart {
  session: Session;
  challenge: ChallengeDetail;
  teams: Team[];
}

const KEY = 'challengehub.tablet.start';

/**
 * Kept in sessionStorage: it survives a reload in the same tab (the service worker serves the page, the session cookie
 * stays), but not the tab itself, and signing out forgets it, so the next pupil on a shared tablet never starts with it.
 */
export const offlineStart = {
  remember(start: OfflineStart): void {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(start));
    } catch {
      // Without storage a reload simply needs the network.
    }
  },
  recall(): OfflineStart | null {
    try {
      const text = sessionStorage.getItem(KEY);
      return text ? (JSON.parse(text) as OfflineStart) : null;
    } catch {
      return null;
    }
  },
  forget(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing was kept.
    }
  },
};
