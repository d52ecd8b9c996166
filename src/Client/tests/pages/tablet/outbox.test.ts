import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../../src/pages/tablet/outbox';
import { OutboxStore, type OutboxEntry } from '../../../src/pages/tablet/outbox-store';

type Answer = () => Response | Promise<Response>;

/** The orders the tablet tried to post, with the key each carried; each answer is taken from `answers` in turn. */
let posted: { url: string; key: string | null }[];
let answers: Answer[];
const outboxes: Outbox[] = [];

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, title: string) => () => json(status, { title, status }, 'application/problem+json');
const created = () => json(201, { id: 'o1', teamId: 't1', sku: 'LED', itemName: 'LED', quantity: 1, unitPriceCents: 20 });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  posted = [];
  answers = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    if (url === '/api/session') return Promise.resolve(json(200, { signedIn: true, antiforgeryToken: 'token', setupNeeded: false }));
    posted.push({ url, key: new Headers(init.headers).get('Idempotency-Key') });
    const answer = answers.shift();
    if (!answer) throw new Error(`no answer prepared for ${url}`);
    return Promise.resolve().then(answer);
  });
});

afterEach(() => {
  outboxes.splice(0).forEach((outbox) => outbox.stop());
  vi.unstubAllGlobals();
});

function order(key: string, accountId: string, createdAt = '2026-12-03T09:00:00Z'): OutboxEntry {
  return {
    kind: 'order',
    key,
    accountId,
    challengeId: 'c1',
    teamId: 't1',
    createdAt,
    label: key,
    order: { sku: 'LED', quantity: 1, note: '' },
  };
}

async function stored(...entries: OutboxEntry[]): Promise<OutboxStore> {
  const store = new OutboxStore();
  for (const entry of entries) await store.put(entry);
  return store;
}

const keys = async (store: OutboxStore) => (await store.all()).map((entry) => entry.key);

/** An outbox for this pupil, after the flush its constructor starts has settled. */
async function outboxOf(accountId: string): Promise<Outbox> {
  const outbox = new Outbox(accountId);
  outboxes.push(outbox);
  await outbox.flush();
  return outbox;
}

describe('Outbox', () => {
  it("sends only the signed-in pupil's entries and keeps another pupil's for their own session", async () => {
    const store = await stored(order('mine', 'pupil-a'), order('theirs', 'pupil-b'));
    answers.push(created);
    await outboxOf('pupil-a');
    expect(posted).toEqual([{ url: '/api/challenges/c1/teams/t1/orders', key: 'mine' }]);
    expect(await keys(store)).toEqual(['theirs']);
  });

  it('keeps an entry that met no network and sends it later with the same key', async () => {
    const store = await stored(order('k1', 'pupil-a'));
    answers.push(offline);
    const outbox = await outboxOf('pupil-a');
    expect(await keys(store)).toEqual(['k1']);
    answers.push(created);
    await outbox.flush();
    expect(posted.map((p) => p.key)).toEqual(['k1', 'k1']);
    expect(await keys(store)).toEqual([]);
  });

  it('keeps an entry the server could not take (5xx) for another try', async () => {
    const store = await stored(order('k1', 'pupil-a'));
    answers.push(problem(503, 'Storage is busy'));
    await outboxOf('pupil-a');
    expect(await keys(store)).toEqual(['k1']);
  });

  it('stops at the first entry that waits for the network, so later entries keep their order', async () => {
    const store = await stored(order('first', 'pupil-a', '2026-12-03T09:00:00Z'), order('second', 'pupil-a', '2026-12-03T09:05:00Z'));
    answers.push(offline);
    await outboxOf('pupil-a');
    expect(posted.map((p) => p.key)).toEqual(['first']);
    expect(await keys(store)).toEqual(['first', 'second']);
  });

  it('drops an entry the server refused (4xx): its key is spent, and the pupil hears why', async () => {
    const store = await stored(order('k1', 'pupil-a'), order('k2', 'pupil-a', '2026-12-03T09:05:00Z'));
    answers.push(problem(409, 'Out of stock'), created);
    const refused: [string, number][] = [];
    const outbox = new Outbox('pupil-a');
    outboxes.push(outbox);
    outbox.onRefused((entry, error) => refused.push([entry.key, error.status]));
    await outbox.flush();
    expect(refused).toEqual([['k1', 409]]);
    expect(posted.map((p) => p.key)).toEqual(['k1', 'k2']);
    expect(await keys(store)).toEqual([]);
  });

  it('answers a submit with the refusal itself, and keeps nothing of it', async () => {
    const store = await stored();
    const outbox = await outboxOf('pupil-a');
    answers.push(problem(422, 'Not enough budget'));
    const attempt = await outbox.submit(order('k1', 'pupil-a'));
    expect(attempt.outcome).toBe('refused');
    expect(attempt.outcome === 'refused' && attempt.problem.status).toBe(422);
    expect(await keys(store)).toEqual([]);
  });

  it('sends nothing once stopped, even when the browser says it is back online', async () => {
    const outbox = await outboxOf('pupil-a');
    outbox.stop();
    await stored(order('k1', 'pupil-a'));
    window.dispatchEvent(new Event('online'));
    await outbox.flush();
    expect(posted).toEqual([]);
  });
});
