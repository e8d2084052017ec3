// One user's view of the device's outbox: their entries only, expired ones dropped, and text typed
// before Graph said who the user is held in memory until it does.
import { outboxEntryExpired } from "./expiry";
import { createMemoryOutbox, type NotesOutbox, type PendingNotes } from "./outbox";

/** Every user's entries on this device, each under its owner's key (IndexedDB in the browser). */
export interface OutboxStore {
  get(owner: string, contactId: string): Promise<PendingNotes | null>;
  put(owner: string, entry: PendingNotes): Promise<void>;
  /** With `ifNotes`, only when the entry still holds that text (see NotesOutbox.remove). */
  remove(owner: string, contactId: string, ifNotes?: string): Promise<void>;
  all(owner: string): Promise<PendingNotes[]>;
  /** Removes every entry of `owner` (they signed out). */
  clear(owner: string): Promise<void>;
}

/** An OutboxStore in memory, for tests and as a model of the IndexedDB one. */
export function createMemoryOutboxStore(): OutboxStore {
  const owners = new Map<string, NotesOutbox>();
  const of = (owner: string) => {
    let outbox = owners.get(owner);
    if (!outbox) owners.set(owner, (outbox = createMemoryOutbox()));
    return outbox;
  };
  return {
    get: (owner, contactId) => of(owner).get(contactId),
    put: (owner, entry) => of(owner).put(entry),
    remove: (owner, contactId, ifNotes) => of(owner).remove(contactId, ifNotes),
    all: (owner) => of(owner).all(),
    clear: async (owner) => {
      owners.delete(owner);
    },
  };
}

/**
 * The outbox of the user whose key `userKey` gives. Entries older than OUTBOX_MAX_AGE_MS are
 * removed when met, never sent. While the key cannot be read (Graph unreachable since the page
 * opened), typed text waits in memory and moves to the store once it can.
 */
export function createUserOutbox(
  store: OutboxStore,
  userKey: () => Promise<string>,
  now: () => Date = () => new Date(),
): NotesOutbox {
  const waiting = createMemoryOutbox();

  async function owner(): Promise<string | null> {
    let key: string;
    try {
      key = await userKey();
    } catch {
      return null;
    }
    for (const entry of await waiting.all()) {
      await store.put(key, entry);
      await waiting.remove(entry.contactId, entry.notes);
    }
    return key;
  }

  /** The entry unless it has expired (then it is removed). */
  async function fresh(key: string, entry: PendingNotes | null): Promise<PendingNotes | null> {
    if (!entry || !outboxEntryExpired(entry.typedAt, now())) return entry;
    await store.remove(key, entry.contactId, entry.notes);
    return null;
  }

  return {
    async get(contactId) {
      const key = await owner();
      if (key === null) return waiting.get(contactId);
      return fresh(key, await store.get(key, contactId));
    },
    async put(entry) {
      const key = await owner();
      if (key === null) await waiting.put(entry);
      else await store.put(key, entry);
    },
    async remove(contactId, ifNotes) {
      await waiting.remove(contactId, ifNotes);
      const key = await owner();
      if (key !== null) await store.remove(key, contactId, ifNotes);
    },
    async all() {
      const key = await owner();
      if (key === null) return waiting.all();
      const entries = await Promise.all((await store.all(key)).map((entry) => fresh(key, entry)));
      return entries.filter((entry): entry is PendingNotes => entry !== null);
    },
  };
}
