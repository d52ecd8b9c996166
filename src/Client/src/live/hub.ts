import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { routes } from '../api/routes';
import { backoffDelay, sleep } from './backoff';
import type { HubAnswers, HubMessages } from './hub-contract';

export type WatchStatus = 'connecting' | 'live' | 'reconnecting';

/** One thing a page keeps in view over the hub: the wall, a showcase, a team's offers. */
export interface Watch<M extends keyof HubAnswers> {
  /** The hub method that joins the group and answers with the current state. */
  method: M;
  args: unknown[];
  /** Called before every (re)join, e.g. to hold pushed deltas until the answer is adopted. */
  joining?(): void;
  /** Replace what is shown with the current state: after the first join and after every reconnect. */
  adopt(current: HubAnswers[M]): void;
  onStatus(status: WatchStatus): void;
  /**
   * The server refused while connected (no access, not found). With this handler the watch stops and is told; without it
   * the join is tried again with back-off, as the wall does: it has to come back by itself, whatever happened.
   */
  refused?(error: unknown): void;
  /** False once the page no longer shows what this watch feeds; the watch is then dropped. */
  alive(): boolean;
}

type AnyWatch = Watch<keyof HubAnswers>;

const watches: AnyWatch[] = [];
/** The latest join of each watch: an answer to an older join (before a reconnect) is not adopted. */
const joins = new Map<AnyWatch, number>();
const handlers = new Map<string, ((message: never) => void)[]>();
let connection: HubConnection | undefined;
let starting = false;

/**
 * The page's one hub connection. SignalR's automatic reconnect gives up after a few tries and never covers a failed first
 * start, so both are retried here, forever, with capped jittered back-off. Groups are per connection: every watch joins
 * again after each (re)connect, and its answer replaces the local state, which covers whatever was pushed meanwhile.
 */
function hub(): HubConnection {
  if (connection) return connection;
  connection = new HubConnectionBuilder()
    .withUrl(routes.hub)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => backoffDelay(context.previousRetryCount) })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.onreconnecting(() => liveWatches().forEach((w) => w.onStatus('reconnecting')));
  connection.onreconnected(() => liveWatches().forEach((w) => void join(w)));
  connection.onclose(() => {
    liveWatches().forEach((w) => w.onStatus('reconnecting'));
    void start();
  });
  void start();
  return connection;
}

function liveWatches(): AnyWatch[] {
  for (let i = watches.length - 1; i >= 0; i--) if (!watches[i]!.alive()) drop(watches[i]!);
  return watches;
}

function drop(watch: AnyWatch): void {
  const index = watches.indexOf(watch);
  if (index >= 0) watches.splice(index, 1);
  joins.delete(watch);
}

async function start(): Promise<void> {
  const current = connection!;
  if (starting) return;
  starting = true;
  for (let attempt = 0; current.state === HubConnectionState.Disconnected; attempt++) {
    try {
      await current.start();
    } catch {
      await sleep(backoffDelay(attempt));
    }
  }
  starting = false;
  liveWatches().forEach((w) => void join(w));
}

async function join(watch: AnyWatch): Promise<void> {
  const current = connection!;
  const generation = (joins.get(watch) ?? 0) + 1;
  joins.set(watch, generation);
  watch.joining?.();
  for (let attempt = 0; current.state === HubConnectionState.Connected && joins.get(watch) === generation; attempt++) {
    try {
      const answer = await current.invoke<HubAnswers[typeof watch.method]>(watch.method, ...watch.args);
      if (joins.get(watch) !== generation) return;
      watch.adopt(answer);
      watch.onStatus('live');
      return;
    } catch (error) {
      // A call lost with the connection is repeated on reconnect; one refused on a working connection is the watch's to judge.
      if (current.state !== HubConnectionState.Connected) return;
      if (watch.refused) {
        drop(watch);
        watch.refused(error);
        return;
      }
      await sleep(backoffDelay(attempt));
    }
  }
}

/** Starts watching; the state arrives through `adopt` as soon as the connection is up, and again after every reconnect. */
export function watch<M extends keyof HubAnswers>(options: Watch<M>): void {
  const added = options as unknown as AnyWatch;
  watches.push(added);
  added.onStatus('connecting');
  if (hub().state === HubConnectionState.Connected) void join(added);
}

/** Receives every message of this name pushed to the page's connection. */
export function onPush<K extends keyof HubMessages>(name: K, handler: (message: HubMessages[K]) => void): void {
  const list = handlers.get(name);
  if (list) {
    list.push(handler as (message: never) => void);
    return;
  }
  handlers.set(name, [handler as (message: never) => void]);
  hub().on(name, (message: never) => handlers.get(name)!.forEach((h) => h(message)));
}
