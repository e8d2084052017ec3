// Autosave of one meeting's prep sheet (ticks and takeaways): outbox first, then read-merge-write of the event's extension.
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import {
  decodePrepSheetExtension,
  encodePrepSheetExtension,
  mergePrepSheet,
  type PrepSheet,
} from "../../domain/prepSheet";
import { readEventPrep, writeEventPrep } from "../../graph/calendar";
import type { GraphClient } from "../../graph/client";
import { GraphError, isAbortError, isTransientFailure } from "../../graph/errors";
import { extensionData } from "../../graph/extensions";
import type { NotesOutbox } from "../outbox/outbox";
import { withSaveLock } from "../outbox/saveLock";

/** Where the sheet stands, as the save line says it. */
export type PrepSaveStatus = "saved" | "pending" | "saving" | "offline" | "error" | "too-large";

/** A snapshot for the view. */
export interface PrepSessionState {
  sheet: PrepSheet;
  status: PrepSaveStatus;
  reason: GraphReason | null;
}

/** What a session needs; timings are injectable so tests run in milliseconds. */
export interface PrepSessionOptions {
  graph: GraphClient;
  eventId: string;
  /** The research notes' outbox: the sheet waits there under its own key until Graph has it. */
  outbox: NotesOutbox;
  now: () => Date;
  /** The sheet as just read from the event. */
  initial: PrepSheet;
  debounceMs?: number;
  retryMs?: number;
  maxRetryMs?: number;
  onChange?: (state: PrepSessionState) => void;
  /** Told each time the server accepted a version. */
  onSaved?: (sheet: PrepSheet) => void;
}

/** The session the prep sheet and the meeting section drive. */
export interface PrepSession {
  readonly state: PrepSessionState;
  /** Picks up a sheet left unsent in the outbox by an earlier session, and sends it. */
  start(): Promise<void>;
  /** A change (tick, keystroke): kept in the outbox at once, saved after a pause. */
  edit(change: (sheet: PrepSheet) => PrepSheet): void;
  /** Saves now. Resolves when this attempt ends. */
  flush(): Promise<void>;
  /** Stops timers; unsent changes stay in the outbox for the next session. */
  dispose(): void;
}

const PREP_KEY_PREFIX = "prep-sheet:";

/** The outbox key of a meeting's sheet; contact ids never start with it. */
export function prepOutboxKey(eventId: string): string {
  return `${PREP_KEY_PREFIX}${eventId}`;
}

/** The event id an outbox key holds a sheet for, or null for a contact's notes. */
export function eventIdOfOutboxKey(key: string): string | null {
  return key.startsWith(PREP_KEY_PREFIX) ? key.slice(PREP_KEY_PREFIX.length) : null;
}

/**
 * Sends a sheet an earlier page left in the outbox (takeaways typed offline, then the pane closed)
 * without the meeting being opened again: reads the event's sheet, merges the unsent one over it as
 * the meeting view would, and writes once. Resolves true when it was saved; on failure the entry
 * stays for the next try.
 */
export async function replayPendingSheet(
  graph: GraphClient,
  outbox: NotesOutbox,
  now: () => Date,
  eventId: string,
): Promise<boolean> {
  const entry = await outbox.get(prepOutboxKey(eventId)).catch(() => null);
  const pending = entry ? readPending(entry.notes) : null;
  if (!pending) return false;
  let initial: PrepSheet;
  try {
    const raw = await readEventPrep(graph, eventId);
    initial = (raw && decodePrepSheetExtension(raw)) ?? pending.base;
  } catch {
    return false;
  }
  let saved = false;
  const session = createPrepSession({
    graph,
    eventId,
    outbox,
    now,
    initial,
    onSaved: () => {
      saved = true;
    },
  });
  // start() holds the page's lock on this sheet: a meeting view opened meanwhile does not send it again.
  await session.start();
  session.dispose();
  return saved;
}

/** What waits in the outbox: the local sheet and the server version it was edited over. */
interface PendingSheet {
  sheet: PrepSheet;
  base: PrepSheet;
}

function readPending(text: string): PendingSheet | null {
  try {
    const parsed = JSON.parse(text) as Partial<PendingSheet>;
    return parsed.sheet && parsed.base ? { sheet: parsed.sheet, base: parsed.base } : null;
  } catch {
    return null;
  }
}

const same = (a: PrepSheet, b: PrepSheet) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Creates the autosave session for a meeting's prep sheet. A save reads the extension, merges
 * this device's sheet into it three ways (mergePrepSheet: the other device's takeaways, answers,
 * ticks and referrals are kept) and writes the whole back, since an extension PATCH replaces
 * every property. Properties this version does not know are kept.
 */
export function createPrepSession(options: PrepSessionOptions): PrepSession {
  const { graph, eventId, outbox } = options;
  const key = prepOutboxKey(eventId);
  const debounceMs = options.debounceMs ?? 700;
  const firstRetryMs = options.retryMs ?? 2000;
  const maxRetryMs = options.maxRetryMs ?? 15000;
  let state: PrepSessionState = { sheet: options.initial, status: "saved", reason: null };
  /** The server version the local sheet was edited over. */
  let base: PrepSheet = options.initial;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = firstRetryMs;
  let inFlight: Promise<void> | null = null;
  let disposed = false;
  let writes: Promise<void> = Promise.resolve();

  const set = (next: Partial<PrepSessionState>) => {
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
  const remember = (sheet: PrepSheet) => {
    const entry = {
      contactId: key,
      notes: JSON.stringify({ sheet, base } satisfies PendingSheet),
      baseEtag: null,
      typedAt: options.now().toISOString(),
    };
    writes = writes.then(() => outbox.put(entry)).catch(() => undefined);
    return writes;
  };
  const forget = async () => {
    await writes;
    await outbox.remove(key).catch(() => undefined);
  };
  const onOnline = () => {
    if (state.status === "offline" || state.status === "error") void flush();
  };
  if (typeof window !== "undefined") window.addEventListener("online", onOnline);

  async function attempt(): Promise<void> {
    const sending = state.sheet;
    if (same(sending, base)) {
      await forget();
      set({ status: "saved", reason: null });
      return;
    }
    set({ status: "saving" });
    try {
      const raw = await readEventPrep(graph, eventId);
      const server = (raw && decodePrepSheetExtension(raw)) ?? base;
      const merged = mergePrepSheet(server, sending, base);
      const encoded = encodePrepSheetExtension(merged);
      if (!encoded.ok) {
        set({ status: "too-large", reason: { kind: "too-large" } });
        return;
      }
      const data = { ...(raw ?? {}), ...extensionData(encoded.value) };
      const written = await writeEventPrep(graph, eventId, data, raw !== null);
      if (!written.ok) {
        set({ status: "too-large", reason: { kind: "too-large" } });
        return;
      }
      base = merged;
      retryDelay = firstRetryMs;
      options.onSaved?.(merged);
      if (same(state.sheet, sending)) {
        set({ sheet: merged, status: "saved", reason: null });
        await forget();
        // A keystroke that landed while the outbox was cleared is written again.
        if (!same(state.sheet, merged)) {
          await remember(state.sheet);
          set({ status: "pending" });
          schedule(debounceMs);
        }
      } else {
        // Typed during the save: this device's newer edits go over the merged version.
        const next = mergePrepSheet(merged, state.sheet, sending);
        set({ sheet: next, status: "pending" });
        await remember(next);
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
        reason: graphReasonOf(failure, "Calendars.ReadWrite"),
      });
      schedule(retryDelay);
      retryDelay = Math.min(maxRetryMs, retryDelay * 2);
    }
  }

  async function flush(): Promise<void> {
    clearTimer();
    while (inFlight) await inFlight;
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
    start() {
      // Under the page's lock for this sheet: a replay of the same outbox entry is not sent twice.
      return withSaveLock(key, async () => {
        const entry = await outbox.get(key).catch(() => null);
        const pending = entry ? readPending(entry.notes) : null;
        if (!pending) return;
        // The unsent sheet is the user's latest: merge it over what the event holds now.
        base = pending.base;
        set({
          sheet: mergePrepSheet(options.initial, pending.sheet, pending.base),
          status: "pending",
        });
        await flush();
      });
    },
    edit(change) {
      const next = change(state.sheet);
      if (same(next, state.sheet)) return;
      set({ sheet: next, status: "pending" });
      void remember(next);
      schedule(debounceMs);
    },
    flush,
    dispose() {
      disposed = true;
      clearTimer();
      if (typeof window !== "undefined") window.removeEventListener("online", onOnline);
      if (state.status === "pending") void attempt();
    },
  };
}
