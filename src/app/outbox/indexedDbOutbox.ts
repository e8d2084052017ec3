// The outbox in the browser's IndexedDB (via idb), so a closed pane or a dropped network loses
// nothing: every entry belongs to one signed-in user, and each user sees only their own.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { GraphClient } from "../../graph/client";
import { userKeyFor } from "../userKey";
import { createMemoryOutbox, type NotesOutbox, type PendingNotes } from "./outbox";
import { createUserOutbox, type OutboxStore } from "./userOutbox";

const DB_NAME = "information-interviews";
/** 2: entries keyed by [owner, contactId]; version 1's unowned "notes" store is dropped. */
const DB_VERSION = 2;

interface StoredEntry extends PendingNotes {
  /** The signed-in user's object id (`app/userKey.ts`). */
  owner: string;
}

interface OutboxSchema extends DBSchema {
  entries: { key: [string, string]; value: StoredEntry; indexes: { owner: string } };
}

/**
 * The IndexedDB store of every user's entries, or null where IndexedDB is unavailable (some
 * embedded webviews in private mode): the notes then still autosave, only without surviving a
 * closed pane.
 */
export function createIndexedDbStore(): OutboxStore | null {
  if (typeof indexedDB === "undefined") return null;
  let opened: Promise<IDBPDatabase<OutboxSchema>> | null = null;
  const db = () =>
    (opened ??= openDB<OutboxSchema>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        // Version 1 kept entries with no owner. Whose they are cannot be known, so they are not
        // handed to whoever signs in next (at the cost of text unsent at the upgrade).
        if (oldVersion < 2 && database.objectStoreNames.contains("notes" as never)) {
          database.deleteObjectStore("notes" as never);
        }
        if (!database.objectStoreNames.contains("entries")) {
          const store = database.createObjectStore("entries", {
            keyPath: ["owner", "contactId"],
          });
          store.createIndex("owner", "owner");
        }
      },
    }));
  const strip = ({ owner: _owner, ...entry }: StoredEntry): PendingNotes => entry;
  return {
    async get(owner, contactId) {
      const entry = await (await db()).get("entries", [owner, contactId]);
      return entry ? strip(entry) : null;
    },
    async put(owner, entry) {
      await (await db()).put("entries", { ...entry, owner });
    },
    async remove(owner, contactId, ifNotes) {
      // Read and delete in one transaction so a keystroke written in between is never lost.
      const tx = (await db()).transaction("entries", "readwrite");
      const current = await tx.store.get([owner, contactId]);
      if (current && (ifNotes === undefined || current.notes === ifNotes)) {
        await tx.store.delete([owner, contactId]);
      }
      await tx.done;
    },
    async all(owner) {
      return (await (await db()).getAllFromIndex("entries", "owner", owner)).map(strip);
    },
    async clear(owner) {
      const tx = (await db()).transaction("entries", "readwrite");
      for (const key of await tx.store.index("owner").getAllKeys(owner)) await tx.store.delete(key);
      await tx.done;
    },
  };
}

let shared: OutboxStore | null | undefined;

/** The page's one IndexedDB store (null without IndexedDB). */
export function pageOutboxStore(): OutboxStore | null {
  if (shared === undefined) shared = createIndexedDbStore();
  return shared;
}

const outboxes = new WeakMap<GraphClient, NotesOutbox & { durable: boolean }>();

/** The outbox of the user `graph` acts for: their entries only. */
export function pageOutbox(graph: GraphClient): NotesOutbox & { durable: boolean } {
  let outbox = outboxes.get(graph);
  if (!outbox) {
    const store = pageOutboxStore();
    const userKey = userKeyFor(graph);
    outbox = store
      ? { ...createUserOutbox(store, () => userKey.get()), durable: true }
      : { ...createMemoryOutbox(), durable: false };
    outboxes.set(graph, outbox);
  }
  return outbox;
}
