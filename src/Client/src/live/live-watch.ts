import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { backoffDelay, sleep } from './backoff';

export type WatchStatus = 'live' | 'reconnecting';

export interface Watch<T> {
  /** The hub method that joins the group and answers with the current state, e.g. `WatchShowcase`. */
  method: string;
  args: unknown[];
  /** Replace what is shown with the current state: after the first watch and after every reconnect. */
  adopt(current: T): void;
  onStatus(status: WatchStatus): void;
  /** The server refused while connected (no access, or not found): the watch stops. */
  refused(error: unknown): void;
  /** False once the page no longer shows what this watch feeds; the watch is then dropped. */
  alive(): boolean;
}

const watches: Watch<never>[] = [];
const handlers = new Map<string, ((message: never) => void)[]>();
let connection: HubConnection | undefined;
let starting = false;

/**
 * One hub connection per page for the showcase and the coach's offers. Groups are per connection, so every watch is
 * invoked again after a reconnect; its answer replaces the local state, which covers whatever was pushed meanwhile.
 */
function hub(): HubConnection {
  if (connection) return connection;
  connection = new HubConnectionBuilder()
    .withUrl('/hubs/challenge')
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => backoffDelay(context.previousRetryCount) })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.onreconnecting(() => liveWatches().forEach((w) => w.onStatus('reconnecting')));
  connection.onreconnected(() => liveWatches().forEach((w) => void subscribe(w)));
  connection.onclose(() => {
    liveWatches().forEach((w) => w.onStatus('reconnecting'));
    void start();
  });
  void start();
  return connection;
}

function liveWatches(): Watch<never>[] {
  for (let i = watches.length - 1; i >= 0; i--) if (!watches[i]!.alive()) watches.splice(i, 1);
  return watches;
}

async function start(): Promise<void> {
  const current = connection!;
  if (starting) return;
  starting = true;
  // withAutomaticReconnect only covers connections that were up once; a failed first start is ours to retry.
  for (let attempt = 0; current.state === HubConnectionState.Disconnected; attempt++) {
    try {
      await current.start();
    } catch {
      await sleep(backoffDelay(attempt));
    }
  }
  starting = false;
  liveWatches().forEach((w) => void subscribe(w));
}

async function subscribe<T>(watch: Watch<T>): Promise<void> {
  const current = connection!;
  if (current.state !== HubConnectionState.Connected) return;
  try {
    watch.adopt(await current.invoke<T>(watch.method, ...watch.args));
    watch.onStatus('live');
  } catch (error) {
    // A call lost with the connection is repeated on reconnect; one refused on a working connection is final.
    if (current.state === HubConnectionState.Connected) {
      watches.splice(watches.indexOf(watch as Watch<never>), 1);
      watch.refused(error);
    }
  }
}

/** Starts watching; the state arrives through `adopt` as soon as the connection is up. */
export function watch<T>(options: Watch<T>): void {
  watches.push(options as Watch<never>);
  if (hub().state === HubConnectionState.Connected) void subscribe(options);
}

/** Receives every message of this name pushed to the page's connection. */
export function onPush<T>(name: string, handler: (message: T) => void): void {
  const list = handlers.get(name);
  if (list) {
    list.push(handler as (message: never) => void);
    return;
  }
  handlers.set(name, [handler as (message: never) => void]);
  hub().on(name, (message: never) => handlers.get(name)!.forEach((h) => h(message)));
}
