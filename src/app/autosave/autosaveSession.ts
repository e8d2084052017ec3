// The autosave loop shared by research notes and prep sheets: outbox first, one save at a time.
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import { GraphError, isAbortError, isTransientFailure } from "../../graph/errors";
import type { NotesOutbox } from "../outbox/outbox";

/** Where every autosaved document can stand; each kind adds its own (loading, conflict, too-large). */
export type AutosaveStatus =
  /** The server has exactly what is on screen. */
  | "saved"
  /** Changed, waiting for the pause that triggers a save. */
  | "pending"
  | "saving"
  /** Graph could not be reached: the change is in the outbox and will be sent when it can. */
  | "offline"
  | "error";

/** Both versions of a conflict: this device's, and the newer one found on the server. */
export interface Conflict<D> {
  mine: D;
  theirs: D;
}

/** A snapshot of the document for its view. */
export interface AutosaveState<D, Extra extends string> {
  doc: D;
  status: AutosaveStatus | Extra;
  /** Why the last save or read failed, when it did. */
  reason: GraphReason | null;
  /** Set while the user chooses between two versions; nothing is saved meanwhile. */
  conflict: Conflict<D> | null;
}

/** How one save ended when it did not throw. */
export type SaveOutcome<D, Extra extends string> =
  /** The server holds `saved` now (the notes as sent; a sheet as merged with the server's). */
  | { kind: "saved"; saved: D }
  /** A newer version is on the server: both are shown, with `status`, until the user keeps one. */
  | { kind: "conflict"; status: Extra; theirs: D }
  /** The server will never take the document as it is (too large): no retry, `status` says why. */
  | { kind: "refused"; status: Extra; reason: GraphReason };

/** What the loop needs to know about one kind of document; timings are injectable for tests. */
export interface AutosaveOptions<D, Extra extends string> {
  /** The document's outbox entry: a contact id, or a meeting's sheet key. */
  key: string;
  outbox: NotesOutbox;
  now: () => Date;
  /** What the view shows first; it is also the server version until `setBase` says otherwise. */
  initial: D;
  /** Defaults to "saved"; "loading" while the first read is still to come (nothing is saved then). */
  initialStatus?: AutosaveStatus | Extra;
  same(a: D, b: D): boolean;
  /** The outbox entry's text and If-Match etag for `doc`, changed over server version `base`. */
  entry(doc: D, base: D): { notes: string; baseEtag: string | null };
  /**
   * The outbox text a save of `sent` may clear, when the entry holds the document itself (notes):
   * another page's newer entry is then kept. Without it the entry is cleared whatever it holds.
   */
  sentEntry?: (sent: D) => string;
  /** Sends `doc`, changed over server version `base`; throws a GraphError when Graph fails. */
  save(doc: D, base: D): Promise<SaveOutcome<D, Extra>>;
  /** Changes made while a save of `sent` was on its way, put over what the server took (`saved`). */
  rebase(saved: D, current: D, sent: D): D;
  /** The permission a refusal (403) names. */
  permission?: string;
  /** Pause after the last change before saving. */
  debounceMs?: number;
  /** First wait before retrying after a failure; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Told about every state change. */
  onChange?: (state: AutosaveState<D, Extra>) => void;
  /** Told each time the server accepted a version (or the user kept the server's). */
  onSaved?: (saved: D) => void;
}

/** The loop as the document's own session drives it. */
export interface AutosaveSession<D, Extra extends string> {
  readonly state: AutosaveState<D, Extra>;
  /** Changes so far: a first read that started before the latest one must not replace it. */
  readonly edits: number;
  /** A change: kept in the outbox at once, saved after a pause (in a conflict: kept as "mine"). */
  edit(doc: D): void;
  /** Saves now (leaving the view, "Save now", retry). Resolves when this attempt ends. */
  flush(): Promise<void>;
  /** Ends a conflict by keeping one version. */
  keep(which: "mine" | "theirs"): Promise<void>;
  /** Stops timers; what is unsent stays in the outbox for the next session. */
  dispose(): void;
  /** For the first read: the server version the document is now changed over. */
  setBase(base: D): void;
  /** For the first read: what it found, or why it failed. */
  show(changes: Partial<Pick<AutosaveState<D, Extra>, "doc" | "status" | "reason">>): void;
  /** Runs `work` after the current back-off (doubling it), on the timer a save would use. */
  retryLater(work: () => void): void;
}

/** Starts the loop for one document; the first read (if any) is the caller's. */
export function createAutosaveSession<D, Extra extends string = never>(
  options: AutosaveOptions<D, Extra>,
): AutosaveSession<D, Extra> {
  const { key, outbox, same } = options;
  const debounceMs = options.debounceMs ?? 700;
  const firstRetryMs = options.retryMs ?? 2000;
  const maxRetryMs = options.maxRetryMs ?? 15000;

  let state: AutosaveState<D, Extra> = {
    doc: options.initial,
    status: options.initialStatus ?? "saved",
    reason: null,
    conflict: null,
  };
  /** The server version the document on screen was changed over. */
  let base = options.initial;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = firstRetryMs;
  let inFlight: Promise<void> | null = null;
  let disposed = false;
  /** Outbox writes in order, so a save never reads an older change than the last one. */
  let writes: Promise<void> = Promise.resolve();
  let edits = 0;

  const set = (changes: Partial<AutosaveState<D, Extra>>) => {
    state = { ...state, ...changes };
    options.onChange?.(state);
  };
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const later = (ms: number, work: () => void) => {
    clearTimer();
    if (disposed) return;
    timer = setTimeout(() => {
      timer = null;
      work();
    }, ms);
  };
  const schedule = (ms: number) => later(ms, () => void flush());
  const retryLater = (work: () => void) => {
    later(retryDelay, work);
    retryDelay = Math.min(maxRetryMs, retryDelay * 2);
  };
  const remember = (doc: D) => {
    const entry = {
      contactId: key,
      ...options.entry(doc, base),
      typedAt: options.now().toISOString(),
    };
    writes = writes.then(() => outbox.put(entry)).catch(() => undefined);
    return writes;
  };
  const onOnline = () => {
    if (state.status === "offline" || state.status === "error") void flush();
  };
  if (typeof window !== "undefined") window.addEventListener("online", onOnline);

  /**
   * The server has `saved` for `sent`. Shown at once (a merge may have brought another device's
   * changes); then the outbox entry goes, unless something newer was typed, which goes over
   * `saved` and is saved after a pause.
   */
  async function settle(sent: D, saved: D): Promise<void> {
    if (same(state.doc, sent)) {
      set({ doc: saved, status: "saved", reason: null });
      await writes;
      if (same(state.doc, saved)) {
        await outbox.remove(key, options.sentEntry?.(sent)).catch(() => undefined);
      }
      if (same(state.doc, saved)) return;
      // Typed while the entry was being cleared: keep it in the outbox and save it too.
      await remember(state.doc);
      set({ status: "pending" });
      schedule(debounceMs);
      return;
    }
    const next = options.rebase(saved, state.doc, sent);
    set({ doc: next, status: "pending" });
    await remember(next);
    schedule(debounceMs);
  }

  async function attempt(): Promise<void> {
    const sending = state.doc;
    if (same(sending, base)) {
      await settle(sending, sending);
      return;
    }
    set({ status: "saving" });
    try {
      const outcome = await options.save(sending, base);
      if (outcome.kind === "conflict") {
        base = outcome.theirs;
        set({
          status: outcome.status,
          conflict: { mine: state.doc, theirs: outcome.theirs },
          reason: null,
        });
        return;
      }
      if (outcome.kind === "refused") {
        set({ status: outcome.status, reason: outcome.reason });
        return;
      }
      base = outcome.saved;
      retryDelay = firstRetryMs;
      options.onSaved?.(outcome.saved);
      await settle(sending, outcome.saved);
    } catch (error) {
      if (isAbortError(error)) return;
      const failure =
        error instanceof GraphError
          ? error
          : new GraphError({ status: 0, code: "offline", message: String(error), requestId: null });
      set({
        status: isTransientFailure(failure) ? "offline" : "error",
        reason: graphReasonOf(failure, options.permission),
      });
      retryLater(() => void flush());
    }
  }

  // Functions, not inline tests: the state changes while `flush` awaits, and an inline comparison
  // would be narrowed away by the compiler after the first check.
  const inConflict = () => state.conflict !== null;
  const unread = () => state.status === "loading";

  async function flush(): Promise<void> {
    clearTimer();
    if (inConflict() || unread()) return;
    // One save at a time; a flush asked for during a save runs after it — unless that save met a
    // newer version, which the user must settle first (sending now would overwrite it silently).
    while (inFlight) await inFlight;
    if (inConflict()) return;
    if (disposed && same(state.doc, base)) return;
    const run = attempt();
    inFlight = run;
    try {
      await run;
    } finally {
      inFlight = null;
    }
  }

  return {
    get state() {
      return state;
    },
    get edits() {
      return edits;
    },
    edit(doc) {
      if (same(doc, state.doc)) return;
      edits += 1;
      const conflict = state.conflict;
      if (conflict) {
        set({ doc, conflict: { ...conflict, mine: doc } });
        void remember(doc);
        return;
      }
      set({ doc, status: "pending" });
      void remember(doc);
      schedule(debounceMs);
    },
    flush,
    async keep(which) {
      const conflict = state.conflict;
      if (!conflict) return;
      if (which === "theirs") {
        await writes;
        await outbox.remove(key).catch(() => undefined);
        set({ status: "saved", doc: conflict.theirs, conflict: null });
        options.onSaved?.(conflict.theirs);
        return;
      }
      // "Mine" is written over the version the user has now seen (the conflict made it the base).
      set({ status: "pending", doc: conflict.mine, conflict: null });
      await remember(conflict.mine);
      await flush();
    },
    dispose() {
      disposed = true;
      clearTimer();
      if (typeof window !== "undefined") window.removeEventListener("online", onOnline);
      if (state.status === "pending") void attempt();
    },
    setBase(next) {
      base = next;
    },
    show: set,
    retryLater,
  };
}
