import type { Id, SeasonChange } from '../api/types';
import { onPush, watch, type WatchStatus } from './hub';
import { hubMessages, hubMethods } from './hub-contract';

export interface SeasonWatchOptions {
  challengeId: Id;
  /** Whether a change concerns what the page shows; a season change without a venue concerns every venue. */
  concerns(change: SeasonChange): boolean;
  /** Also read again after a wall delta of one of these teams (a milestone or a badge); none by default. */
  teamIds?(): Set<Id>;
  /** Reads what the page shows again; never called twice at once, and once more when a change came in meanwhile. */
  reload(): Promise<void>;
  onStatus?(status: WatchStatus): void;
}

/**
 * Keeps a season screen (venue overview, ceremony) current without polling: it joins the challenge's live group, as a wall
 * does, and reads its own HTTP answer again after every (re)join and after each pushed change that concerns it.
 */
export function watchSeason(options: SeasonWatchOptions): void {
  let running: Promise<void> | undefined;
  let again = false;
  const reload = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = options.reload().catch(() => undefined).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        reload();
      }
    });
  };
  onPush(hubMessages.seasonChanged, (change) => {
    if (change.challengeId === options.challengeId && options.concerns(change)) reload();
  });
  onPush(hubMessages.wallDelta, (delta) => {
    if (delta.challengeId === options.challengeId && options.teamIds?.().has(delta.teamId)) reload();
  });
  watch({
    method: hubMethods.watchChallenge,
    args: [options.challengeId],
    adopt: () => reload(),
    onStatus: (status) => options.onStatus?.(status),
    alive: () => true,
  });
}
