// The practice run for a view: its notes (autosaved apart from the real interview) and the friend's draft.
import { useCallback, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { PracticeRecord } from "../../domain/interview";
import { DEFAULT_PRACTICE_MINUTES, type PracticeInvitationInput } from "../../domain/practice";
import type { SavedDraft } from "../../graph/mail";
import { useAutosave } from "../autosave/useAutosave";
import { failureReason } from "../failure";
import { pageOutbox } from "../outbox/indexedDbOutbox";
import type { NotesOutbox } from "../outbox/outbox";
import { useServices } from "../services";
import { draftPracticeInvite } from "./practiceInvite";
import { createPracticeSession, type PracticeDoc, type PracticeState } from "./practiceSession";

/** What the practice view renders and calls. */
export interface PracticeNotes extends PracticeState {
  edit(change: Partial<PracticeDoc>): void;
  saveNow(): void;
}

const LOADING: PracticeState = {
  doc: { notes: "", minutes: DEFAULT_PRACTICE_MINUTES },
  status: "loading",
  reason: null,
};

/**
 * Opens the practice notes of `contactId`. `known` is the practice the interview view already read
 * (the session then makes no read of its own); it is taken once, when the view opens.
 */
export function usePracticeNotes(
  contactId: string,
  known: PracticeRecord | null,
  options: { outbox?: NotesOutbox; debounceMs?: number } = {},
): PracticeNotes {
  const { graph, now } = useServices();
  const outbox = options.outbox ?? pageOutbox(graph);
  const knownRef = useRef(known);
  const { debounceMs } = options;
  const create = useCallback(
    (onChange: (state: PracticeState) => void) =>
      createPracticeSession({
        graph,
        contactId,
        outbox,
        now,
        known: knownRef.current,
        onChange,
        ...(debounceMs !== undefined ? { debounceMs } : {}),
      }),
    [graph, contactId, outbox, now, debounceMs],
  );
  const [state, sessionRef] = useAutosave(create, LOADING);
  const edit = useCallback(
    (change: Partial<PracticeDoc>) => sessionRef.current?.edit(change),
    [sessionRef],
  );
  const saveNow = useCallback(() => void sessionRef.current?.flush(), [sessionRef]);
  return { ...state, edit, saveNow };
}

/** The friend's draft: idle, being saved, saved (with its Outlook link), or why not. */
export type InviteState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; draft: SavedDraft }
  | { status: "error"; reason: GraphReason };

/** Drafts the practice invitation once per press; a failed press can be tried again. */
export function usePracticeInvite(): {
  state: InviteState;
  send(input: PracticeInvitationInput): Promise<void>;
  reset(): void;
} {
  const { graph } = useServices();
  const [state, setState] = useState<InviteState>({ status: "idle" });
  const busy = useRef(false);
  const send = useCallback(
    async (input: PracticeInvitationInput) => {
      if (busy.current) return;
      busy.current = true;
      setState({ status: "saving" });
      try {
        const draft = await draftPracticeInvite(graph, input);
        setState({ status: "saved", draft });
      } catch (error) {
        setState({ status: "error", reason: failureReason(error, "Mail.ReadWrite") });
      } finally {
        busy.current = false;
      }
    },
    [graph],
  );
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, send, reset };
}
