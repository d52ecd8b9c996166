import type { Id, NewMilestone } from '../../api/types';
import type { NewOrder } from '../../api/shop';

interface EntryBase {
  /** Also the Idempotency-Key: every attempt to send this entry carries it, so the server stores it once. */
  key: string;
  /** The signed-in account that made it: a pupil's work is sent only while that pupil is signed in. */
  accountId: Id;
  challengeId: Id;
  teamId: Id;
  createdAt: string;
  /** What the tablet shows while it waits, e.g. the milestone's title. */
  label: string;
}

export type OutboxEntry =
  | (EntryBase & {
      kind: 'milestone';
      milestone: NewMilestone;
      /** The resized photo until the server keeps it; then `photoId` says which one, so a retry does not upload it again. */
      photo: Blob | null;
      photoId: Id | null;
    })
  | (EntryBase & { kind: 'order'; order: NewOrder });

const DATABASE = 'challengehub-outbox';
const STORE = 'entries';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The tablet's outbox in IndexedDB, which survives a reload, a closed tab and a sleeping tablet. Where IndexedDB is not
 * available (some locked-down browsers) it lives in memory for as long as the page is open.
 */
export class OutboxStore {
  private database: Promise<IDBDatabase | null> | null = null;
  private readonly memory = new Map<string, OutboxEntry>();

  async all(): Promise<OutboxEntry[]> {
    const database = await this.open();
    const entries = database
      ? await promised(database.transaction(STORE).objectStore(STORE).getAll() as IDBRequest<OutboxEntry[]>)
      : [...this.memory.values()];
    return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async put(entry: OutboxEntry): Promise<void> {
    const database = await this.open();
    if (!database) {
      this.memory.set(entry.key, entry);
      return;
    }
    await promised(database.transaction(STORE, 'readwrite').objectStore(STORE).put(entry));
  }

  async delete(key: string): Promise<void> {
    const database = await this.open();
    if (!database) {
      this.memory.delete(key);
      return;
    }
    await promised(database.transaction(STORE, 'readwrite').objectStore(STORE).delete(key));
  }

  private open(): Promise<IDBDatabase | null> {
    this.database ??= new Promise((resolve) => {
      try {
        const request = indexedDB.open(DATABASE, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
    return this.database;
  }
}
