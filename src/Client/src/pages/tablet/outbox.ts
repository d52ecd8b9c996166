import { isTransient, request } from '../../api/core';
import { routes } from '../../api/routes';
import { ProblemError } from '../../api/problems';
import type { Id, Milestone } from '../../api/types';
import type { ShopOrder } from '../../api/shop';
import { sleep } from '../../live/backoff';
import { OutboxStore, type OutboxEntry } from './outbox-store';

/** While something waits, the tablet tries again this often, whatever the browser believes about its connection. */
const RETRY_MS = 15_000;
/** A request that hangs on half-dead wifi is given up after this long; its entry waits and is sent again with its key. */
const REQUEST_TIMEOUT_MS = 30_000;

export type Sent = { kind: 'milestone'; milestone: Milestone } | { kind: 'order'; order: ShopOrder };

/** The outcome of one attempt: sent, still waiting for the network, or refused by the server (the entry is dropped). */
export type Attempt = { outcome: 'sent'; sent: Sent } | { outcome: 'waiting' } | { outcome: 'refused'; problem: ProblemError };

/** No network, a timeout, or a server hiccup: worth another try with the same key. `navigator.onLine` is not asked. */
function waitsForNetwork(error: unknown): boolean {
  return isTransient(error) || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}

/** A refused photo keeps its refusal's type (the form's words for it) and points the form at the photo field. */
const photoRefusal = (error: ProblemError) => new ProblemError(error.status, { ...error.problem, errors: { photo: [] } });

/**
 * Milestones (with their photo) and shop orders made on the tablet, kept until the server has them. Each entry is tried
 * right away, then again on a timer, when the browser says it is back online, and when the page becomes visible.
 */
export class Outbox {
  private readonly store = new OutboxStore();
  private readonly inFlight = new Map<string, Promise<Attempt>>();
  private readonly listeners = new Set<(waiting: OutboxEntry[]) => void>();
  private readonly sentListeners = new Set<(sent: Sent) => void>();
  private readonly refusedListeners = new Set<(entry: OutboxEntry, problem: ProblemError) => void>();
  private timer: number | undefined;
  private stopped = false;
  private flushing: Promise<void> | null = null;
  private readonly retry = () => void this.flush();
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.flush();
  };

  constructor(readonly accountId: Id) {
    window.addEventListener('online', this.retry);
    document.addEventListener('visibilitychange', this.onVisible);
    void this.flush();
  }

  /**
   * Signing out: sends what waits while the pupil's session still holds, for at most `withinMs`, then stops. What could not
   * go stays stored under this pupil's account and is sent in their next session only; the next pupil never sees it.
   */
  async finish(withinMs: number): Promise<void> {
    await Promise.race([this.flush(), sleep(withinMs)]);
    this.stop();
  }

  /** Stops retrying (sign-out, or the session ended); what waits stays stored for when the same pupil signs in again. */
  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.retry);
    document.removeEventListener('visibilitychange', this.onVisible);
    window.clearInterval(this.timer);
    this.timer = undefined;
  }

  onChange(listener: (waiting: OutboxEntry[]) => void): void {
    this.listeners.add(listener);
    void this.notify();
  }

  onSent(listener: (sent: Sent) => void): void {
    this.sentListeners.add(listener);
  }

  onRefused(listener: (entry: OutboxEntry, problem: ProblemError) => void): void {
    this.refusedListeners.add(listener);
  }

  /** Keeps the entry, then tries to send it at once; a refusal reaches the caller (the form still shows its content). */
  async submit(entry: OutboxEntry): Promise<Attempt> {
    await this.store.put(entry);
    await this.notify();
    return this.attempt(entry, false);
  }

  /** Sends everything of this account that waits, oldest first, and stops at the first sign that the network is gone. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.flushing ??= (async () => {
      try {
        for (const entry of await this.waiting()) {
          if ((await this.attempt(entry, true)).outcome === 'waiting') break;
        }
      } finally {
        this.flushing = null;
        await this.notify();
      }
    })();
    return this.flushing;
  }

  /** How many of this pupil's milestones and orders wait to be sent. */
  async countWaiting(): Promise<number> {
    return (await this.waiting()).length;
  }

  private async waiting(): Promise<OutboxEntry[]> {
    try {
      return (await this.store.all()).filter((entry) => entry.accountId === this.accountId);
    } catch {
      return [];
    }
  }

  /** One attempt per entry at a time: a flush and a submit never upload the same photo twice. */
  private attempt(entry: OutboxEntry, background: boolean): Promise<Attempt> {
    let running = this.inFlight.get(entry.key);
    if (!running) {
      running = this.send(entry, background).finally(() => this.inFlight.delete(entry.key));
      this.inFlight.set(entry.key, running);
    }
    return running;
  }

  private async send(entry: OutboxEntry, background: boolean): Promise<Attempt> {
    try {
      const sent = await this.deliver(entry);
      await this.store.delete(entry.key);
      for (const listener of this.sentListeners) listener(sent);
      await this.notify();
      return { outcome: 'sent', sent };
    } catch (error) {
      // Without a session (it ended, or the pupil signed out meanwhile) the entry is not refused: it waits for its pupil.
      if (waitsForNetwork(error) || !(error instanceof ProblemError) || error.status === 401) {
        await this.notify();
        return { outcome: 'waiting' };
      }
      // The server refused this content: its key is spent, and sending it again would be refused again.
      await this.store.delete(entry.key);
      if (background) for (const listener of this.refusedListeners) listener(entry, error);
      await this.notify();
      return { outcome: 'refused', problem: error };
    }
  }

  private async deliver(entry: OutboxEntry): Promise<Sent> {
    const once = { 'Idempotency-Key': entry.key };
    const timeout = () => AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    if (entry.kind === 'order') {
      return { kind: 'order', order: await request<ShopOrder>('POST', routes.orders(entry.challengeId, entry.teamId), entry.order, once, true, timeout()) };
    }
    if (entry.photo && !entry.photoId) {
      const form = new FormData();
      form.append('photo', entry.photo, 'foto.jpg');
      try {
        const photo = await request<{ id: Id }>('POST', routes.evidence(entry.challengeId, entry.teamId), form, {}, true, timeout());
        entry.photoId = photo.id;
        entry.photo = null;
        await this.store.put(entry);
      } catch (error) {
        throw error instanceof ProblemError && error.status < 500 && error.status !== 404 ? photoRefusal(error) : error;
      }
    }
    const milestone = { ...entry.milestone, photoIds: entry.photoId ? [entry.photoId] : [] };
    return {
      kind: 'milestone',
      milestone: await request<Milestone>('POST', routes.milestones(entry.challengeId, entry.teamId), milestone, once, true, timeout()),
    };
  }

  private async notify(): Promise<void> {
    const waiting = await this.waiting();
    if (waiting.length > 0 && this.timer === undefined && !this.stopped) {
      this.timer = window.setInterval(this.retry, RETRY_MS);
    } else if (waiting.length === 0 && this.timer !== undefined) {
      window.clearInterval(this.timer);
      this.timer = undefined;
    }
    for (const listener of this.listeners) listener(waiting);
  }
}
