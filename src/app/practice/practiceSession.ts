// Autosave of a contact's practice notes: outbox first, then the interview record's `practice` field.
import type { GraphReason } from "../../domain/graphReason";
import type { PracticeRecord } from "../../domain/interview";
import { DEFAULT_PRACTICE_MINUTES, practiceMinutes } from "../../domain/practice";
import type { GraphClient } from "../../graph/client";
import { isAbortError } from "../../graph/errors";
import {
  createAutosaveSession,
  type AutosaveState,
  type AutosaveStatus,
} from "../autosave/autosaveSession";
import { failureReason } from "../failure";
import { loadInterview, updateInterviewExtension } from "../interviews/interviewExtension";
import type { NotesOutbox } from "../outbox/outbox";
import { withSaveLock } from "../outbox/saveLock";

/** What the student edits in practice: the notes and the length chosen. */
export interface PracticeDoc {
  notes: string;
  minutes: number;
}

/** Where the practice notes stand, as the save line says it. */
export type PracticeStatus = AutosaveStatus | "loading" | "too-large";

/** A snapshot for the view. */
export interface PracticeState {
  doc: PracticeDoc;
  status: PracticeStatus;
  reason: GraphReason | null;
}

export interface PracticeSessionOptions {
  graph: GraphClient;
  contactId: string;
  outbox: NotesOutbox;
  now: () => Date;
  /** The stored practice, when the view already read the record; otherwise it is read. */
  known?: PracticeRecord | null;
  debounceMs?: number;
  retryMs?: number;
  onChange?: (state: PracticeState) => void;
}

export interface PracticeSession {
  readonly state: PracticeState;
  /** Reads the stored practice (unless known) and sends what an earlier page left unsent. */
  start(): Promise<void>;
  edit(change: Partial<PracticeDoc>): void;
  flush(): Promise<void>;
  dispose(): void;
}

const KEY_PREFIX = "practice:";

/** The outbox key of a contact's practice notes; contact ids never start with it. */
export function practiceOutboxKey(contactId: string): string {
  return `${KEY_PREFIX}${contactId}`;
}

/** The contact an outbox key holds practice notes for, or null for any other entry. */
export function contactIdOfPracticeKey(key: string): string | null {
  return key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : null;
}

/** The document for what the record holds (nothing yet: empty notes, the default length). */
export function practiceDoc(stored: PracticeRecord | null | undefined): PracticeDoc {
  return { notes: stored?.notes ?? "", minutes: practiceMinutes(stored?.minutes) };
}

function readPending(text: string): PracticeDoc | null {
  try {
    const parsed = JSON.parse(text) as Partial<PracticeDoc>;
    return typeof parsed.notes === "string"
      ? { notes: parsed.notes, minutes: practiceMinutes(parsed.minutes) }
      : null;
  } catch {
    return null;
  }
}

const same = (a: PracticeDoc, b: PracticeDoc) => a.notes === b.notes && a.minutes === b.minutes;

const view = (state: AutosaveState<PracticeDoc, "loading" | "too-large">): PracticeState => ({
  doc: state.doc,
  status: state.status,
  reason: state.reason,
});

/**
 * Creates the session. A save writes only the record's `practice` field (over the copy the page
 * knows, like every record change), never the meeting's prep sheet or its takeaways, so what the
 * student notes in practice stays apart from the real interview.
 */
export function createPracticeSession(options: PracticeSessionOptions): PracticeSession {
  const { graph, contactId, outbox, now } = options;
  const key = practiceOutboxKey(contactId);
  const autosave = createAutosaveSession<PracticeDoc, "loading" | "too-large">({
    key,
    outbox,
    now,
    initial:
      options.known !== undefined
        ? practiceDoc(options.known)
        : { notes: "", minutes: DEFAULT_PRACTICE_MINUTES },
    initialStatus: options.known !== undefined ? "saved" : "loading",
    same,
    entry: (doc) => ({ notes: JSON.stringify(doc), baseEtag: null }),
    sentEntry: (sent) => JSON.stringify(sent),
    async save(doc) {
      const result = await updateInterviewExtension(graph, contactId, (record) => ({
        ...record,
        // Spread first: a booked practice call noted on the record stays when the notes save.
        practice: {
          ...record.practice,
          notes: doc.notes,
          at: now().toISOString(),
          minutes: doc.minutes,
        },
      }));
      if (!result.ok) {
        return { kind: "refused", status: "too-large", reason: { kind: "too-large" } } as const;
      }
      return { kind: "saved", saved: doc };
    },
    // Typed while the save was on its way: the newer text simply goes next.
    rebase: (_saved, current) => current,
    permission: "Contacts.ReadWrite",
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
    onChange: (state) => options.onChange?.(view(state)),
  });

  async function start(): Promise<void> {
    await withSaveLock(key, async () => {
      if (options.known === undefined) {
        try {
          const { record } = await loadInterview(graph, contactId);
          autosave.setBase(practiceDoc(record.practice));
          if (autosave.edits === 0)
            autosave.show({ doc: practiceDoc(record.practice), status: "saved" });
          else autosave.show({ status: "pending" });
        } catch (error) {
          if (isAbortError(error)) return;
          autosave.show({ status: "error", reason: failureReason(error, "Contacts.ReadWrite") });
          return;
        }
      }
      const entry = await outbox.get(key).catch(() => null);
      const pending = entry ? readPending(entry.notes) : null;
      if (!pending) return;
      // The unsent notes are the student's latest: they go over what the record holds.
      autosave.show({ doc: pending, status: "pending" });
      await autosave.flush();
    });
  }

  return {
    get state() {
      return view(autosave.state);
    },
    start,
    edit: (change) => autosave.edit({ ...autosave.state.doc, ...change }),
    flush: autosave.flush,
    dispose: autosave.dispose,
  };
}

/**
 * Sends practice notes an earlier page left in the outbox (the pane closed before the save), without
 * the practice being opened again. A contact Graph says is gone (404) drops the entry.
 */
export async function replayPendingPractice(
  graph: GraphClient,
  outbox: NotesOutbox,
  now: () => Date,
  contactId: string,
): Promise<"saved" | "gone" | "kept"> {
  const session = createPracticeSession({ graph, contactId, outbox, now });
  await session.start();
  session.dispose();
  if (session.state.reason?.kind === "not-found") {
    await outbox.remove(practiceOutboxKey(contactId)).catch(() => undefined);
    return "gone";
  }
  return session.state.status === "saved" ? "saved" : "kept";
}
