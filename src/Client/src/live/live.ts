import { getWall } from '../api/challenges';
import type { Id } from '../api/types';
import { onPush, watch, type WatchStatus } from './hub';
import { hubMessages, hubMethods } from './hub-contract';
import { DeltaSequencer, type WallSink } from './sequencer';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'catchingUp';

export interface LiveWallOptions extends WallSink {
  challengeId: Id;
  onStatus(status: LiveStatus): void;
}

/**
 * Keeps the wall up to date for as long as the page is open: the hub's snapshot after every (re)join, then its numbered
 * deltas in order through the sequencer, which reloads the snapshot over HTTP when one went missing.
 */
export function connectLiveWall(options: LiveWallOptions): void {
  const { challengeId } = options;
  let joined: WatchStatus = 'connecting';
  let everLive = false;
  let lagging = false;
  let status: LiveStatus | undefined;
  const report = () => {
    const next: LiveStatus = !everLive ? 'connecting' : joined !== 'live' ? 'reconnecting' : lagging ? 'catchingUp' : 'live';
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const sequencer = new DeltaSequencer(options, () => getWall(challengeId), (value) => {
    lagging = value;
    report();
  });

  onPush(hubMessages.wallDelta, (delta) => sequencer.receive(delta));
  watch({
    method: hubMethods.watchChallenge,
    args: [challengeId],
    joining: () => sequencer.hold(),
    adopt: (snapshot) => sequencer.adopt(snapshot),
    onStatus: (next) => {
      joined = next;
      everLive ||= next === 'live';
      report();
    },
    alive: () => true,
  });
}
