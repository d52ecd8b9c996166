import type { WallDelta, WallSnapshot } from '../api/types';
import { backoffDelay, sleep } from './backoff';

export interface WallSink {
  /** Replace everything shown with this snapshot. */
  replace(snapshot: WallSnapshot): void;
  /** Apply one delta; called strictly in sequence order without gaps. */
  apply(delta: WallDelta): void;
}

/**
 * Turns the pushed delta stream into a gap-free, in-order sequence of changes.
 *
 * While "holding" (waiting for a snapshot) deltas are buffered, because the server may push
 * deltas before the snapshot that they follow has reached us. A gap means a delta was missed:
 * we reload the snapshot over HTTP and continue from its sequence with the buffered deltas.
 *
 * Sequence numbers count within an epoch. The server starts a new epoch when a wall comes back
 * without changes it had already pushed (its silo died before writing them), so a number may
 * return with other content: a delta of a newer epoch than the snapshot's reloads the snapshot,
 * and deltas of an older epoch are dropped.
 */
export class DeltaSequencer {
  private sequence = 0;
  private holding = true;
  private buffer: WallDelta[] = [];
  /** The server's epoch of the snapshot adopted last. */
  private epoch = 0;
  /** Bumped whenever a newer snapshot source takes over, so a stale reload is discarded. */
  private generation = 0;
  private consecutiveReloads = 0;
  private lagging = false;

  constructor(
    private readonly sink: WallSink,
    private readonly loadSnapshot: () => Promise<WallSnapshot>,
    private readonly onLaggingChange: (lagging: boolean) => void,
  ) {}

  /** A new subscription is on its way; keep deltas until its snapshot is adopted. */
  hold(): void {
    this.holding = true;
    this.generation++;
  }

  adopt(snapshot: WallSnapshot): void {
    this.holding = false;
    this.epoch = snapshot.epoch ?? 0;
    this.sequence = snapshot.sequence;
    this.sink.replace(snapshot);
    this.drain();
  }

  receive(delta: WallDelta): void {
    this.buffer.push(delta);
    if (!this.holding) this.drain();
  }

  private drain(): void {
    this.buffer.sort((a, b) => (a.epoch ?? 0) - (b.epoch ?? 0) || a.sequence - b.sequence);
    while (this.buffer.length > 0) {
      const next = this.buffer[0]!;
      const epoch = next.epoch ?? 0;
      if (epoch > this.epoch || (epoch === this.epoch && next.sequence > this.sequence + 1)) break;
      this.buffer.shift();
      if (epoch < this.epoch || next.sequence <= this.sequence) continue;
      this.sequence = next.sequence;
      this.sink.apply(next);
    }
    if (this.buffer.length > 0) {
      void this.reload();
    } else {
      this.consecutiveReloads = 0;
      this.setLagging(false);
    }
  }

  private async reload(): Promise<void> {
    this.hold();
    const generation = this.generation;
    this.setLagging(true);
    // A snapshot that is itself behind the buffered deltas would trigger another reload; space those out.
    if (this.consecutiveReloads > 0) await sleep(backoffDelay(this.consecutiveReloads - 1));
    this.consecutiveReloads++;
    for (let attempt = 0; generation === this.generation; attempt++) {
      try {
        const snapshot = await this.loadSnapshot();
        if (generation === this.generation) this.adopt(snapshot);
        return;
      } catch {
        await sleep(backoffDelay(attempt));
      }
    }
  }

  private setLagging(lagging: boolean): void {
    if (lagging === this.lagging) return;
    this.lagging = lagging;
    this.onLaggingChange(lagging);
  }
}
