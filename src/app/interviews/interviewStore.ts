// The page's copy of My interviews: loaded once, shared by the pipeline, the card and the Outlook
// context.
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import { addressKey } from "../../domain/person";
import { researchComplete } from "../../domain/researchNotes";
import { advanceExtensionStage, updateInterviewExtension } from "./interviewExtension";
import type { GraphClient } from "../../graph/client";
import { GraphError, isAbortError } from "../../graph/errors";
import { useLocale } from "../i18n/I18nProvider";
import { pageOutbox } from "../outbox/indexedDbOutbox";
import type { NotesOutbox, OutboxReplay } from "../outbox/outbox";
import { useServices } from "../services";
import {
  addInterview,
  loadInterviews,
  type AddInterviewResult,
  type Interview,
  type NewInterview,
} from "./interviews";

/** The list and how it was read. */
export interface InterviewsState {
  status: "idle" | "loading" | "ready" | "error";
  interviews: readonly Interview[];
  reason: GraphReason | null;
  /** Unsent changes the outbox replay dropped because their contact or meeting is gone. */
  droppedUnsent: number;
}

/** One store per Graph client (per signed-in user). */
export class InterviewStore {
  private state: InterviewsState = {
    status: "idle",
    interviews: [],
    reason: null,
    droppedUnsent: 0,
  };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;
  private readonly adding = new Map<string, Promise<AddInterviewResult>>();
  private replayed = false;
  /** Contacts this page has just created, whose first view may use the create's answer. */
  private readonly justAdded = new Set<string>();
  /** Contacts whose stage is being moved to "researched" (one write at a time). */
  private readonly advancing = new Set<string>();

  constructor(
    private readonly graph: GraphClient,
    private readonly outbox: NotesOutbox = pageOutbox(graph),
    private readonly now: () => Date = () => new Date(),
    private replay: OutboxReplay | null = null,
  ) {}

  /** Takes the page's outbox replay when the store was made before the page's services gave it. */
  useReplay(replay: OutboxReplay): void {
    this.replay ??= replay;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): InterviewsState => this.state;

  private set(next: Partial<InterviewsState>) {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((listener) => listener());
  }

  /** Reads the list unless it is loaded or loading (`force` reads again). */
  load(force = false): Promise<void> {
    if (this.loading) return this.loading;
    if (this.state.status === "ready" && !force) return Promise.resolve();
    this.set({ status: this.state.status === "ready" ? "ready" : "loading", reason: null });
    this.loading = loadInterviews(this.graph)
      .then(
        (interviews) => {
          this.set({ status: "ready", interviews, reason: null });
          // Graph answers again: send what an earlier page left unsent, once per session.
          if (!this.replayed && this.replay) {
            this.replayed = true;
            void this.replay(
              this.graph,
              this.outbox,
              this.now,
              (id, notes, etag) => this.notesSaved(id, notes, etag),
              () => this.set({ droppedUnsent: this.state.droppedUnsent + 1 }),
            );
          }
        },
        (error: unknown) => {
          if (isAbortError(error)) return;
          const reason =
            error instanceof GraphError
              ? graphReasonOf(error, "Contacts.ReadWrite")
              : ({ kind: "unknown", status: 0, code: String(error) } as const);
          this.set({ status: "error", reason });
        },
      )
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** Puts one interview in the list (new, or replacing the one with the same contact id). */
  upsert(interview: Interview): void {
    const others = this.state.interviews.filter(
      (i) => i.record.contactId !== interview.record.contactId,
    );
    this.set({ interviews: [...others, interview] });
  }

  /**
   * Follows a saved notes change. Notes saved with every research box ticked move a new contact to
   * "researched", so the pipeline's next step becomes picking questions.
   */
  notesSaved(contactId: string, notes: string, etag: string | null): void {
    const found = this.find(contactId);
    if (!found) return;
    this.upsert({ ...found, notes, etag });
    if (found.record.stage !== "found" || !researchComplete(notes)) return;
    if (this.advancing.has(contactId)) return;
    this.advancing.add(contactId);
    void updateInterviewExtension(this.graph, contactId, (record) =>
      advanceExtensionStage(record, { type: "research-saved" }, this.now()),
    )
      .then((result) => {
        const latest = this.find(contactId);
        if (result.ok && latest)
          this.upsert({ ...latest, record: { ...latest.record, ...result.record } });
      })
      // The stage is a convenience: a failed write is tried again with the next save.
      .catch(() => undefined)
      .finally(() => this.advancing.delete(contactId));
  }

  /** True once for a contact this page has just added (its first view reads no contact). */
  takeJustAdded(contactId: string): boolean {
    return this.justAdded.delete(contactId);
  }

  private find(contactId: string): Interview | undefined {
    return this.state.interviews.find((i) => i.record.contactId === contactId);
  }

  /**
   * Adds a person once. Two clicks (or two views) adding the same address share one request, and
   * a person already in the loaded list costs no request at all.
   */
  add(
    person: NewInterview,
    options: { locale: "en" | "fr-CA"; now: Date },
  ): Promise<AddInterviewResult> {
    const key = person.email?.trim()
      ? addressKey(person.email)
      : `name:${person.displayName.trim().toLocaleLowerCase()}`;
    const running = this.adding.get(key);
    if (running) return running;
    const known = this.state.status === "ready" ? this.state.interviews : undefined;
    const pending = addInterview(this.graph, person, { ...options, known }).then((result) => {
      if (result.ok) this.upsert(result.interview);
      if (result.ok && result.created) this.justAdded.add(result.interview.record.contactId);
      return result;
    });
    this.adding.set(key, pending);
    void pending.finally(() => this.adding.delete(key)).catch(() => undefined);
    return pending;
  }
}

const stores = new WeakMap<GraphClient, InterviewStore>();

/** The store for a Graph client (created on first use; `outbox` only for the first call). */
export function interviewStoreFor(
  graph: GraphClient,
  outbox?: NotesOutbox,
  replay?: OutboxReplay,
): InterviewStore {
  let store = stores.get(graph);
  if (!store) {
    store = new InterviewStore(graph, outbox, undefined, replay ?? null);
    stores.set(graph, store);
  } else if (replay) {
    store.useReplay(replay);
  }
  return store;
}

/** My interviews, loaded on first use, with a reload. */
export function useInterviews(): InterviewsState & { reload: () => void; store: InterviewStore } {
  const { graph, replayOutbox } = useServices();
  const store = interviewStoreFor(graph, undefined, replayOutbox);
  const state = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
  useEffect(() => {
    void store.load();
  }, [store]);
  const reload = useCallback(() => void store.load(true), [store]);
  return { ...state, reload, store };
}

/** The interview with this address, null when there is none, undefined while the list loads. */
export function useInterviewFor(email: string | null | undefined): Interview | null | undefined {
  const { status, interviews } = useInterviews();
  if (!email) return null;
  if (status === "error") return null;
  if (status !== "ready") return undefined;
  const key = addressKey(email);
  return interviews.find((i) => addressKey(i.record.emailAddress) === key) ?? null;
}

/** An add as the view sees it: a Graph failure comes back as a reason, never as a throw. */
export type AddOutcome = AddInterviewResult | { ok: false; reason: "failed"; failure: GraphReason };

/** Adds a person to My interviews with the page's locale and clock. */
export function useAddInterview(): (person: NewInterview) => Promise<AddOutcome> {
  const { graph, now, replayOutbox } = useServices();
  const locale = useLocale();
  return useCallback(
    async (person: NewInterview): Promise<AddOutcome> => {
      try {
        return await interviewStoreFor(graph, undefined, replayOutbox).add(person, {
          locale,
          now: now(),
        });
      } catch (error) {
        const failure: GraphReason =
          error instanceof GraphError
            ? graphReasonOf(error, "Contacts.ReadWrite")
            : { kind: "unknown", status: 0, code: String(error) };
        return { ok: false, reason: "failed", failure };
      }
    },
    [graph, locale, now, replayOutbox],
  );
}
