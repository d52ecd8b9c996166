import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { getWall } from '../api/challenges';
import type { Id, WallDelta, WallSnapshot } from '../api/types';
import { backoffDelay, sleep } from './backoff';
import { DeltaSequencer, type WallSink } from './sequencer';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'catchingUp';

export interface LiveWallOptions extends WallSink {
  challengeId: Id;
  onStatus(status: LiveStatus): void;
}

/**
 * Keeps the wall subscribed for as long as the page is open: retries the first start forever,
 * lets SignalR reconnect after that, and re-subscribes (groups are per connection) after every
 * (re)connect, replacing local state with the fresh snapshot.
 */
export function connectLiveWall(options: LiveWallOptions): void {
  const { challengeId } = options;
  const connection = new HubConnectionBuilder()
    .withUrl('/hubs/challenge')
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (context) => backoffDelay(context.previousRetryCount),
    })
    .configureLogging(LogLevel.Warning)
    .build();

  let subscribed = false;
  let everSubscribed = false;
  let lagging = false;
  let status: LiveStatus | undefined;
  const report = () => {
    const next: LiveStatus = !everSubscribed
      ? 'connecting'
      : !subscribed
        ? 'reconnecting'
        : lagging
          ? 'catchingUp'
          : 'live';
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const sequencer = new DeltaSequencer(options, () => getWall(challengeId), (value) => {
    lagging = value;
    report();
  });

  let subscription = 0;
  const subscribe = async () => {
    const generation = ++subscription;
    sequencer.hold();
    for (let attempt = 0; generation === subscription && connection.state === HubConnectionState.Connected; attempt++) {
      try {
        const snapshot = await connection.invoke<WallSnapshot>('WatchChallenge', challengeId);
        if (generation !== subscription) return;
        sequencer.adopt(snapshot);
        subscribed = true;
        everSubscribed = true;
        report();
        return;
      } catch {
        await sleep(backoffDelay(attempt));
      }
    }
  };

  let starting = false;
  const start = async () => {
    if (starting) return;
    starting = true;
    // withAutomaticReconnect only covers connections that were up once; a failed first start is ours to retry.
    for (let attempt = 0; connection.state === HubConnectionState.Disconnected; attempt++) {
      try {
        await connection.start();
      } catch {
        await sleep(backoffDelay(attempt));
      }
    }
    starting = false;
    await subscribe();
  };

  connection.on('wallDelta', (delta: WallDelta) => sequencer.receive(delta));
  connection.onreconnecting(() => {
    subscribed = false;
    report();
  });
  connection.onreconnected(() => void subscribe());
  connection.onclose(() => {
    subscribed = false;
    report();
    void start();
  });

  report();
  void start();
}
