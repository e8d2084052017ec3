// The outbox in the browser's IndexedDB (via idb), so a closed pane or a dropped network loses
// nothing.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { createMemoryOutbox, type NotesOutbox, type PendingNotes } from "./outbox";

const DB_NAME = "information-interviews";
const DB_VERSION = 1;

interface OutboxSchema extends DBSchema {
  notes: { key: string; value: PendingNotes };
}

/**
 * Opens the outbox. Where IndexedDB is unavailable (some embedded webviews in private mode) the
 * notes still autosave, only without surviving a closed pane; `durable` says which.
 */
export function createIndexedDbOutbox(): NotesOutbox & { durable: boolean } {
  if (typeof indexedDB === "undefined") return { ...createMemoryOutbox(), durable: false };
  let opened: Promise<IDBPDatabase<OutboxSchema>> | null = null;
  const db = () =>
    (opened ??= openDB<OutboxSchema>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains("notes")) {
          database.createObjectStore("notes", { keyPath: "contactId" });
        }
      },
    }));
  return {
    durable: true,
    async get(contactId) {
      return (await (await db()).get("notes", contactId)) ?? null;
    },
    async put(entry) {
      await (await db()).put("notes", entry);
    },
    async remove(contactId, ifNotes) {
      // Read and delete in one transaction so a keystroke written in between is never lost.
      const tx = (await db()).transaction("notes", "readwrite");
      const current = await tx.store.get(contactId);
      if (current && (ifNotes === undefined || current.notes === ifNotes)) {
        await tx.store.delete(contactId);
      }
      await tx.done;
    },
    async all() {
      return (await db()).getAll("notes");
    },
  };
}

let shared: (NotesOutbox & { durable: boolean }) | null = null;

/** The page's one outbox. */
export function pageOutbox(): NotesOutbox & { durable: boolean } {
  return (shared ??= createIndexedDbOutbox());
}
