// Autosave of one contact's research notes: outbox first, then Graph with If-Match; conflicts are
// shown, never overwritten.
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import type { GraphClient } from "../../graph/client";
import { getInterviewContact, updateNotes } from "../../graph/contacts";
import { GraphError, isAbortError, isTransientFailure } from "../../graph/errors";
import {
  createAutosaveSession,
  type AutosaveState,
  type AutosaveStatus,
  type Conflict,
} from "../autosave/autosaveSession";
import type { NotesOutbox } from "../outbox/outbox";
import { withSaveLock } from "../outbox/saveLock";

/** Where the notes stand, as the save status line says it. */
export type NotesStatus =
  | AutosaveStatus
  | "loading"
  /** Someone changed the notes elsewhere: both versions are shown until the user keeps one. */
  | "conflict";

/** Both versions of a conflict. */
export type NotesConflict = Conflict<string>;

/** A snapshot for the view. */
export interface NotesState {
  status: NotesStatus;
  text: string;
  conflict: NotesConflict | null;
  /** Why the last save or load failed, when it did. */
  reason: GraphReason | null;
}

/** What a session needs; timings are injectable so tests run in milliseconds. */
export interface NotesSessionOptions {
  graph: GraphClient;
  contactId: string;
  outbox: NotesOutbox;
  now: () => Date;
  /** The notes and etag already known (from the pipeline list), shown while the fresh read runs. */
  known?: { notes: string; etag: string | null };
  /** This page added the contact a moment ago: its create's answer is read instead of Graph. */
  justAdded?: boolean;
  /** Pause after the last keystroke before saving. */
  debounceMs?: number;
  /** First wait before retrying after a failed save; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Told about every state change. */
  onChange?: (state: NotesState) => void;
  /** Told when the server accepted a version (the pipeline's copy follows). */
  onSaved?: (notes: string, etag: string | null) => void;
}

/** The session the research section drives. */
export interface NotesSession {
  readonly state: NotesState;
  /** Loads the server version and any unsent outbox text (which wins: it is newer). */
  start(): Promise<void>;
  /** A keystroke: kept in the outbox at once, saved after a pause. */
  edit(text: string): void;
  /** Saves now (leaving the view, or "retry"). Resolves when this attempt ends. */
  flush(): Promise<void>;
  /** Ends a conflict by keeping one version. */
  keep(which: "mine" | "theirs"): Promise<void>;
  /** Stops timers; unsent text stays in the outbox for the next session. */
  dispose(): void;
}

const view = (state: AutosaveState<string, "loading" | "conflict">): NotesState => ({
  status: state.status,
  text: state.doc,
  conflict: state.conflict,
  reason: state.reason,
});

/** Creates the autosave session for one contact's notes. */
export function createNotesSession(options: NotesSessionOptions): NotesSession {
  const { graph, contactId, outbox } = options;
  /** The server's etag for the version we last read or wrote: sent as If-Match. */
  let etag: string | null = options.known?.etag ?? null;

  const autosave = createAutosaveSession<string, "loading" | "conflict">({
    key: contactId,
    outbox,
    now: options.now,
    initial: options.known?.notes ?? "",
    initialStatus: options.known ? "saved" : "loading",
    same: (a, b) => a === b,
    entry: (text) => ({ notes: text, baseEtag: etag }),
    sentEntry: (text) => text,
    async save(text) {
      const result = await updateNotes(graph, contactId, text, etag);
      if (result.ok) {
        etag = result.contact.etag ?? etag;
        return { kind: "saved", saved: text };
      }
      if (result.server.notes === text) {
        // A save whose answer was lost did land: the "newer version" is ours.
        etag = result.server.etag ?? etag;
        return { kind: "saved", saved: text };
      }
      etag = result.server.etag;
      return { kind: "conflict", status: "conflict", theirs: result.server.notes };
    },
    // Typed during the save: the newer text is sent over the version just saved.
    rebase: (_saved, current) => current,
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
    ...(options.maxRetryMs !== undefined ? { maxRetryMs: options.maxRetryMs } : {}),
    onChange: (state) => options.onChange?.(view(state)),
    onSaved: (notes) => options.onSaved?.(notes, etag),
  });

  /** Under the page's lock for these notes: a replay of the same outbox entry is not sent twice. */
  function start(): Promise<void> {
    return withSaveLock(contactId, load);
  }

  async function load(): Promise<void> {
    const editsBefore = autosave.edits;
    // Typed while the read was on its way: what is on screen is the user's, never replaced by the
    // read (a slow or retried read used to wipe what had been typed since the pane opened).
    const typedMeanwhile = () => autosave.edits !== editsBefore;
    const pending = await outbox.get(contactId).catch(() => null);
    try {
      const contact = await getInterviewContact(graph, contactId, undefined, {
        justCreated: options.justAdded === true,
      });
      autosave.setBase(contact.notes);
      if (typedMeanwhile()) {
        // The edit was made over the version shown (its etag, when known): a change made
        // elsewhere still shows as a conflict when it is saved.
        etag = etag ?? contact.etag;
        return;
      }
      if (pending && pending.notes !== contact.notes) {
        // Unsent text from an earlier session: it is the user's latest; send it over the version
        // it was typed on, so a change made elsewhere since then shows as a conflict.
        etag = pending.baseEtag ?? contact.etag;
        autosave.show({ status: "pending", doc: pending.notes, reason: null });
        await autosave.flush();
      } else {
        etag = contact.etag;
        if (pending) await outbox.remove(contactId, pending.notes);
        autosave.show({ status: "saved", doc: contact.notes, reason: null });
      }
    } catch (error) {
      if (isAbortError(error)) return;
      // The save of what was typed reports its own state; nothing to read again.
      if (typedMeanwhile()) return;
      const failure = error instanceof GraphError ? error : null;
      const status = failure && isTransientFailure(failure) ? "offline" : "error";
      const reason = failure ? graphReasonOf(failure) : null;
      if (pending) {
        etag = pending.baseEtag;
        autosave.show({ status, doc: pending.notes, reason });
      } else {
        autosave.show({ status, reason });
      }
      autosave.retryLater(() => void start());
    }
  }

  return {
    get state() {
      return view(autosave.state);
    },
    start,
    edit: autosave.edit,
    flush: autosave.flush,
    keep: autosave.keep,
    dispose: autosave.dispose,
  };
}
