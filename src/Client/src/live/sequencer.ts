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
 */
export class DeltaSequencer {
  private sequence = 0;
  private holding = true;
  private buffer: WallDelta[] = [];
  /** Bumped whenever a newer snapshot source takes over, so a stale reload is discarded. */
  private epoch = 0;
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
    this.epoch++;
  }

  adopt(snapshot: WallSnapshot): void {
    this.holding = false;
    this.sequence = snapshot.sequence;
    this.sink.replace(snapshot);
    this.drain();
  }

  receive(delta: WallDelta): void {
    this.buffer.push(delta);
    if (!this.holding) this.drain();
  }

  private drain(): void {
    this.buffer.sort((a, b) => a.sequence - b.sequence);
    while (this.buffer.length > 0) {
      const next = this.buffer[0]!;
      if (next.sequence > this.sequence + 1) break;
      this.buffer.shift();
      if (next.sequence <= this.sequence) continue;
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
    const epoch = this.epoch;
    this.setLagging(true);
    // A snapshot that is itself behind the buffered deltas would trigger another reload; space those out.
    if (this.consecutiveReloads > 0) await sleep(backoffDelay(this.consecutiveReloads - 1));
    this.consecutiveReloads++;
    for (let attempt = 0; epoch === this.epoch; attempt++) {
      try {
        const snapshot = await this.loadSnapshot();
        if (epoch === this.epoch) this.adopt(snapshot);
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
