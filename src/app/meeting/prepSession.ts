// Autosave of one meeting's prep sheet (ticks and takeaways): outbox first, then read-merge-write
// of the event's extension.
import type { GraphReason } from "../../domain/graphReason";
import {
  decodePrepSheetExtension,
  encodePrepSheetExtension,
  mergePrepSheet,
  type PrepSheet,
} from "../../domain/prepSheet";
import { readEventPrep, writeEventPrepWithRecord } from "../../graph/calendar";
import type { GraphClient } from "../../graph/client";
import { extensionData } from "../../graph/extensions";
import {
  createAutosaveSession,
  type AutosaveState,
  type AutosaveStatus,
} from "../autosave/autosaveSession";
import { knownRecord, prepareRecordWrite, rememberRecord } from "../interviews/interviewExtension";
import type { NotesOutbox } from "../outbox/outbox";
import { withSaveLock } from "../outbox/saveLock";
import { recordMet } from "./thankYou";

/** Where the sheet stands, as the save line says it. */
export type PrepSaveStatus = AutosaveStatus | "too-large";

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

/** How the replay of one sheet ended: sent, its event is gone (entry dropped), or kept to retry. */
export type SheetReplay = "saved" | "gone" | "kept";

/**
 * Sends a sheet an earlier page left in the outbox (takeaways typed offline, then the pane closed)
 * without the meeting being opened again: reads the event's sheet, merges the unsent one over it as
 * the meeting view would, and writes once. When Graph says the event is gone (404) the entry is
 * dropped: there is nothing left to attach it to. On any other failure it stays for the next try.
 */
export async function replayPendingSheet(
  graph: GraphClient,
  outbox: NotesOutbox,
  now: () => Date,
  eventId: string,
): Promise<SheetReplay> {
  const key = prepOutboxKey(eventId);
  const entry = await outbox.get(key).catch(() => null);
  const pending = entry ? readPending(entry.notes) : null;
  if (!pending) return "kept";
  let initial: PrepSheet;
  try {
    const raw = await readEventPrep(graph, eventId);
    initial = (raw && decodePrepSheetExtension(raw)) ?? pending.base;
  } catch {
    return "kept";
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
  if (saved) return "saved";
  // The extension read answers null for a missing event too; the write's 404 is what tells.
  if (session.state.reason?.kind === "not-found") {
    await outbox.remove(key).catch(() => undefined);
    return "gone";
  }
  return "kept";
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

const view = (state: AutosaveState<PrepSheet, "too-large">): PrepSessionState => ({
  sheet: state.doc,
  status: state.status,
  reason: state.reason,
});

const tooLarge = { kind: "refused", status: "too-large", reason: { kind: "too-large" } } as const;

/**
 * Creates the autosave session for a meeting's prep sheet. A save reads the extension, merges
 * this device's sheet into it three ways (mergePrepSheet: the other device's takeaways, answers,
 * ticks and referrals are kept) and writes the whole back, since an extension PATCH replaces
 * every property. Properties this version does not know are kept.
 */
export function createPrepSession(options: PrepSessionOptions): PrepSession {
  const { graph, eventId, outbox } = options;
  const key = prepOutboxKey(eventId);
  /** The contact's record moved to "met", when this page knows it and it is not there yet. */
  const stageMet = (contactId: string) => {
    const raw = contactId ? knownRecord(graph, contactId) : undefined;
    if (raw === undefined || raw === null) return null;
    const prepared = prepareRecordWrite(raw, (record) => recordMet(record, options.now()));
    if (!prepared.ok || JSON.stringify(prepared.data) === JSON.stringify(raw)) return null;
    return prepared;
  };
  const autosave = createAutosaveSession<PrepSheet, "too-large">({
    key,
    outbox,
    now: options.now,
    initial: options.initial,
    same,
    entry: (sheet, base) => ({
      notes: JSON.stringify({ sheet, base } satisfies PendingSheet),
      baseEtag: null,
    }),
    async save(sheet, base) {
      const raw = await readEventPrep(graph, eventId);
      const server = (raw && decodePrepSheetExtension(raw)) ?? base;
      const merged = mergePrepSheet(server, sheet, base);
      const encoded = encodePrepSheetExtension(merged);
      if (!encoded.ok) return tooLarge;
      const data = { ...(raw ?? {}), ...extensionData(encoded.value) };
      // A saved sheet means the meeting happened: the contact's stage moves to "met" in the same
      // round trip, over the record this page read (none known: the follow-up view writes it).
      const met = stageMet(merged.contactId);
      const written = await writeEventPrepWithRecord(
        graph,
        eventId,
        data,
        raw !== null,
        met && { contactId: merged.contactId, data: met.data, exists: met.exists },
      );
      if (!written.ok) return tooLarge;
      if (met) rememberRecord(graph, merged.contactId, met.data);
      return { kind: "saved", saved: merged };
    },
    // Changed during the save: this device's newer edits go over the merged version.
    rebase: (merged, current, sent) => mergePrepSheet(merged, current, sent),
    permission: "Calendars.ReadWrite",
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
    ...(options.maxRetryMs !== undefined ? { maxRetryMs: options.maxRetryMs } : {}),
    onChange: (state) => options.onChange?.(view(state)),
    ...(options.onSaved ? { onSaved: options.onSaved } : {}),
  });

  return {
    get state() {
      return view(autosave.state);
    },
    start() {
      // Under the page's lock for this sheet: a replay of the same outbox entry is not sent twice.
      return withSaveLock(key, async () => {
        const entry = await outbox.get(key).catch(() => null);
        const pending = entry ? readPending(entry.notes) : null;
        if (!pending) return;
        // The unsent sheet is the user's latest: merge it over what the event holds now.
        autosave.setBase(pending.base);
        autosave.show({
          doc: mergePrepSheet(options.initial, pending.sheet, pending.base),
          status: "pending",
        });
        await autosave.flush();
      });
    },
    edit: (change) => autosave.edit(change(autosave.state.doc)),
    flush: autosave.flush,
    dispose: autosave.dispose,
  };
}
