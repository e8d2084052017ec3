// The local outbox of unsaved research notes: what the user typed, kept until Graph has it.
import type { GraphClient } from "../../graph/client";

/** One contact's notes as last typed, and the server version they were typed over. */
export interface PendingNotes {
  contactId: string;
  notes: string;
  /** The contact's etag when the typing started: the save sends it as If-Match. */
  baseEtag: string | null;
  /** When the user last typed (ISO instant), for "kept on this device since…". */
  typedAt: string;
}

/**
 * Where unsaved notes wait. The browser keeps them in IndexedDB (`createIndexedDbOutbox`); tests
 * and hosts without IndexedDB use `createMemoryOutbox`.
 */
export interface NotesOutbox {
  get(contactId: string): Promise<PendingNotes | null>;
  put(entry: PendingNotes): Promise<void>;
  /**
   * Forgets a contact's entry once saved. With `ifNotes`, only when the entry still holds that
   * text: a keystroke that landed during the save must not be forgotten.
   */
  remove(contactId: string, ifNotes?: string): Promise<void>;
  all(): Promise<PendingNotes[]>;
}

/** An outbox in memory: survives nothing, used where IndexedDB is missing and in Node tests. */
export function createMemoryOutbox(): NotesOutbox {
  const entries = new Map<string, PendingNotes>();
  return {
    async get(contactId) {
      return entries.get(contactId) ?? null;
    },
    async put(entry) {
      entries.set(entry.contactId, { ...entry });
    },
    async remove(contactId, ifNotes) {
      const current = entries.get(contactId);
      if (current && (ifNotes === undefined || current.notes === ifNotes))
        entries.delete(contactId);
    },
    async all() {
      return [...entries.values()];
    },
  };
}

/**
 * Sends what an earlier page left in the outbox (notes and prep sheets); resolves with how many
 * were saved, and reports each entry dropped because its contact or event is gone. The entry hands
 * the app one (`AppServices.replayOutbox`), so the interview list can start it without importing
 * the meeting feature.
 */
export type OutboxReplay = (
  graph: GraphClient,
  outbox: NotesOutbox,
  now: () => Date,
  onSaved?: (contactId: string, notes: string, etag: string | null) => void,
  onDropped?: (key: string) => void,
) => Promise<number>;
