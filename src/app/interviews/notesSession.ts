// Autosave of one contact's research notes: outbox first, then Graph with If-Match; conflicts are shown, never overwritten.
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import type { GraphClient } from "../../graph/client";
import { getInterviewContact, updateNotes } from "../../graph/contacts";
import { GraphError, isAbortError, isTransientFailure } from "../../graph/errors";
import type { NotesOutbox } from "../outbox/outbox";
import { withSaveLock } from "../outbox/saveLock";

/** Where the notes stand, as the save status line says it. */
export type NotesStatus =
  | "loading"
  /** The server has exactly what is on screen. */
  | "saved"
  /** Typed, waiting for the pause that triggers a save. */
  | "pending"
  | "saving"
  /** Graph could not be reached: the text is in the outbox and will be sent when it can. */
  | "offline"
  /** Someone changed the notes elsewhere: both versions are shown until the user keeps one. */
  | "conflict"
  | "error";

/** Both versions of a conflict. */
export interface NotesConflict {
  mine: string;
  theirs: string;
}

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

/** Creates the autosave session for one contact's notes. */
export function createNotesSession(options: NotesSessionOptions): NotesSession {
  const { graph, contactId, outbox } = options;
  const debounceMs = options.debounceMs ?? 700;
  const firstRetryMs = options.retryMs ?? 2000;
  const maxRetryMs = options.maxRetryMs ?? 15000;

  let state: NotesState = {
    status: options.known ? "saved" : "loading",
    text: options.known?.notes ?? "",
    conflict: null,
    reason: null,
  };
  /** The server's etag for the version we last read or wrote. */
  let etag: string | null = options.known?.etag ?? null;
  /** The text the server holds, as far as we know. */
  let serverText = options.known?.notes ?? "";
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = firstRetryMs;
  let inFlight: Promise<void> | null = null;
  let disposed = false;
  /** Outbox writes in order, so a save never reads an older keystroke than the last one. */
  let writes: Promise<void> = Promise.resolve();
  /** Keystrokes so far: a read that started before the latest one must not replace it. */
  let edits = 0;

  const set = (next: Partial<NotesState>) => {
    state = { ...state, ...next };
    options.onChange?.(state);
  };
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    clearTimer();
    if (disposed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  };
  const remember = (text: string) => {
    const entry = {
      contactId,
      notes: text,
      baseEtag: etag,
      typedAt: options.now().toISOString(),
    };
    writes = writes.then(() => outbox.put(entry)).catch(() => undefined);
    return writes;
  };
  const onOnline = () => {
    if (state.status === "offline" || state.status === "error") void flush();
  };
  if (typeof window !== "undefined") window.addEventListener("online", onOnline);

  async function attempt(): Promise<void> {
    const sending = state.text;
    if (sending === serverText) {
      await writes;
      await outbox.remove(contactId, sending);
      set({ status: "saved", reason: null });
      return;
    }
    set({ status: "saving" });
    try {
      const result = await updateNotes(graph, contactId, sending, etag);
      if (result.ok) {
        accept(sending, result.contact.etag);
      } else if (result.server.notes === sending) {
        // A save whose answer was lost did land: the "newer version" is ours.
        accept(sending, result.server.etag);
      } else {
        etag = result.server.etag;
        serverText = result.server.notes;
        set({
          status: "conflict",
          conflict: { mine: state.text, theirs: result.server.notes },
          reason: null,
        });
        return;
      }
      await writes;
      if (state.text === sending) {
        await outbox.remove(contactId, sending);
        if (state.text === sending) set({ status: "saved", reason: null });
      } else {
        // Typed during the save: keep the newer text's base current and save again.
        await remember(state.text);
        set({ status: "pending" });
        schedule(debounceMs);
      }
    } catch (error) {
      if (isAbortError(error)) return;
      const failure =
        error instanceof GraphError
          ? error
          : new GraphError({ status: 0, code: "offline", message: String(error), requestId: null });
      set({
        status: isTransientFailure(failure) ? "offline" : "error",
        reason: graphReasonOf(failure),
      });
      schedule(retryDelay);
      retryDelay = Math.min(maxRetryMs, retryDelay * 2);
    }
  }

  function accept(sent: string, newEtag: string | null) {
    serverText = sent;
    etag = newEtag ?? etag;
    retryDelay = firstRetryMs;
    options.onSaved?.(sent, etag);
  }

  // A function, not an inline test: the status changes while `flush` awaits, and an inline
  // comparison would be narrowed away by the compiler after the first check.
  const inConflict = () => state.status === "conflict";

  async function flush(): Promise<void> {
    clearTimer();
    if (inConflict() || state.status === "loading") return;
    // One save at a time; a flush asked for during a save runs after it — unless that save met a
    // newer version, which the user must settle first (sending now would overwrite it silently).
    while (inFlight) await inFlight;
    if (inConflict()) return;
    if (disposed && state.text === serverText) return;
    const run = attempt();
    inFlight = run;
    try {
      await run;
    } finally {
      inFlight = null;
    }
  }

  /** Under the page's lock for these notes: a replay of the same outbox entry is not sent twice. */
  function start(): Promise<void> {
    return withSaveLock(contactId, load);
  }

  async function load(): Promise<void> {
    const editsBefore = edits;
    // Typed while the read was on its way: what is on screen is the user's, never replaced by the
    // read (a slow or retried read used to wipe what had been typed since the pane opened).
    const typedMeanwhile = () => edits !== editsBefore;
    const pending = await outbox.get(contactId).catch(() => null);
    try {
      const contact = await getInterviewContact(graph, contactId);
      serverText = contact.notes;
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
        set({ status: "pending", text: pending.notes, reason: null });
        await flush();
      } else {
        etag = contact.etag;
        if (pending) await outbox.remove(contactId, pending.notes);
        set({ status: "saved", text: contact.notes, reason: null });
      }
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = error instanceof GraphError ? error : null;
      const reason = failure ? graphReasonOf(failure) : null;
      if (typedMeanwhile()) {
        // The save of what was typed reports its own state; nothing to read again.
        return;
      }
      if (pending) {
        etag = pending.baseEtag;
        set({
          status: failure && isTransientFailure(failure) ? "offline" : "error",
          text: pending.notes,
          reason,
        });
      } else {
        set({ status: failure && isTransientFailure(failure) ? "offline" : "error", reason });
      }
      if (!disposed) {
        clearTimer();
        timer = setTimeout(() => void start(), retryDelay);
        retryDelay = Math.min(maxRetryMs, retryDelay * 2);
      }
    }
  }

  return {
    get state() {
      return state;
    },
    start,
    edit(text: string) {
      if (text === state.text) return;
      edits += 1;
      const inConflict = state.status === "conflict";
      set({
        text,
        status: inConflict ? "conflict" : "pending",
        conflict: inConflict && state.conflict ? { ...state.conflict, mine: text } : state.conflict,
      });
      void remember(text);
      if (!inConflict) schedule(debounceMs);
    },
    flush,
    async keep(which) {
      const conflict = state.conflict;
      if (!conflict) return;
      if (which === "theirs") {
        await writes;
        await outbox.remove(contactId);
        set({ status: "saved", text: conflict.theirs, conflict: null });
        options.onSaved?.(conflict.theirs, etag);
        return;
      }
      // "Mine" is written over the version the user has now seen (its etag was kept).
      set({ status: "pending", text: conflict.mine, conflict: null });
      await remember(conflict.mine);
      await flush();
    },
    dispose() {
      disposed = true;
      clearTimer();
      if (typeof window !== "undefined") window.removeEventListener("online", onOnline);
      if (state.status === "pending") void attempt();
    },
  };
}
