import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WallDelta, WallSnapshot } from '../../src/api/types';
import { DeltaSequencer } from '../../src/live/sequencer';

const snapshot = (sequence: number, epoch = 0): WallSnapshot => ({
  challengeId: 'c1',
  title: 'Elektro Challenge',
  sequence,
  epoch,
  milestonesLogged: 0,
  badgesAwarded: 0,
  competencesShownToday: 0,
  teams: [],
});

const delta = (sequence: number, epoch = 0): WallDelta => ({
  challengeId: 'c1',
  sequence,
  epoch,
  teamId: 't1',
  kind: 'frameworkChanged',
  competenceIds: [],
});

/** A sequencer whose sink records what the wall would show, and whose snapshot loads are answered by the test. */
function harness() {
  const shown: string[] = [];
  const lagging: boolean[] = [];
  const loads: { resolve(snapshot: WallSnapshot): void; reject(error: unknown): void }[] = [];
  const sequencer = new DeltaSequencer(
    {
      replace: (s) => shown.push(s.epoch ? `snapshot ${s.epoch}:${s.sequence}` : `snapshot ${s.sequence}`),
      apply: (d) => shown.push(d.epoch ? `delta ${d.epoch}:${d.sequence}` : `delta ${d.sequence}`),
    },
    () => new Promise<WallSnapshot>((resolve, reject) => loads.push({ resolve, reject })),
    (value) => lagging.push(value),
  );
  return { sequencer, shown, lagging, loads };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DeltaSequencer', () => {
  it('applies deltas that follow the snapshot in order', () => {
    const { sequencer, shown, loads } = harness();
    sequencer.adopt(snapshot(4));
    sequencer.receive(delta(5));
    sequencer.receive(delta(6));
    expect(shown).toEqual(['snapshot 4', 'delta 5', 'delta 6']);
    expect(loads).toHaveLength(0);
  });

  it('keeps deltas that arrive before the snapshot and applies only those after it', () => {
    const { sequencer, shown } = harness();
    sequencer.hold();
    sequencer.receive(delta(4));
    sequencer.receive(delta(6));
    sequencer.receive(delta(5));
    expect(shown).toEqual([]);
    sequencer.adopt(snapshot(4));
    expect(shown).toEqual(['snapshot 4', 'delta 5', 'delta 6']);
  });

  it('applies a duplicate delta once', () => {
    const { sequencer, shown, loads } = harness();
    sequencer.adopt(snapshot(0));
    sequencer.receive(delta(1));
    sequencer.receive(delta(1));
    sequencer.receive(delta(2));
    sequencer.receive(delta(2));
    expect(shown).toEqual(['snapshot 0', 'delta 1', 'delta 2']);
    expect(loads).toHaveLength(0);
  });

  it('reloads the snapshot on a gap and continues from it with the deltas kept meanwhile', async () => {
    const { sequencer, shown, lagging, loads } = harness();
    sequencer.adopt(snapshot(1));
    sequencer.receive(delta(3));
    expect(shown).toEqual(['snapshot 1']);
    expect(lagging).toEqual([true]);
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    sequencer.receive(delta(4));
    loads[0]!.resolve(snapshot(2));
    await vi.waitFor(() => expect(shown).toEqual(['snapshot 1', 'snapshot 2', 'delta 3', 'delta 4']));
    expect(lagging).toEqual([true, false]);
  });

  it('discards a reload that a newer subscription overtook', async () => {
    const { sequencer, shown, loads } = harness();
    sequencer.adopt(snapshot(1));
    sequencer.receive(delta(5));
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    sequencer.hold();
    sequencer.adopt(snapshot(7));
    loads[0]!.resolve(snapshot(3));
    await Promise.resolve();
    await Promise.resolve();
    expect(shown).toEqual(['snapshot 1', 'snapshot 7']);
  });

  it('keeps trying to load the snapshot after a failed load', async () => {
    vi.useFakeTimers();
    const { sequencer, shown, loads } = harness();
    sequencer.adopt(snapshot(1));
    sequencer.receive(delta(3));
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    loads[0]!.reject(new TypeError('Failed to fetch'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(snapshot(2));
    await vi.waitFor(() => expect(shown).toEqual(['snapshot 1', 'snapshot 2', 'delta 3']));
  });

  it('reloads the snapshot when a delta of a new epoch comes, even with a sequence number it has seen', async () => {
    const { sequencer, shown, lagging, loads } = harness();
    sequencer.adopt(snapshot(7, 1));
    sequencer.receive(delta(8, 1));
    sequencer.receive(delta(8, 2));
    expect(shown).toEqual(['snapshot 1:7', 'delta 1:8']);
    expect(lagging).toEqual([true]);
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    loads[0]!.resolve(snapshot(7, 2));
    await vi.waitFor(() => expect(shown).toEqual(['snapshot 1:7', 'delta 1:8', 'snapshot 2:7', 'delta 2:8']));
    expect(lagging).toEqual([true, false]);
  });

  it('drops deltas of an older epoch than its snapshot', () => {
    const { sequencer, shown, loads } = harness();
    sequencer.adopt(snapshot(3, 2));
    sequencer.receive(delta(9, 1));
    sequencer.receive(delta(4, 2));
    expect(shown).toEqual(['snapshot 2:3', 'delta 2:4']);
    expect(loads).toHaveLength(0);
  });

  it('loads again while the snapshot it gets is still of the older epoch', async () => {
    vi.useFakeTimers();
    const { sequencer, shown, loads } = harness();
    sequencer.adopt(snapshot(5, 1));
    sequencer.receive(delta(1, 2));
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    loads[0]!.resolve(snapshot(5, 1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(snapshot(0, 2));
    await vi.waitFor(() => expect(shown).toEqual(['snapshot 1:5', 'snapshot 1:5', 'snapshot 2:0', 'delta 2:1']));
  });
});
