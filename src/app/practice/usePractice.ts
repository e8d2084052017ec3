// The practice run for a view: its notes (autosaved apart from the real interview) and the friend's
// practice call (sent, noted on the record, cancelled).
import { useCallback, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { PracticeCall, PracticeRecord } from "../../domain/interview";
import type { Locale } from "../../domain/locale";
import {
  DEFAULT_PRACTICE_MINUTES,
  withPracticeCall,
  withoutPracticeCall,
} from "../../domain/practice";
import type { BookedEvent } from "../../graph/calendar";
import type { InterviewHandle } from "../interviews/useInterview";
import { useAutosave } from "../autosave/useAutosave";
import { failureReason } from "../failure";
import { pageOutbox } from "../outbox/indexedDbOutbox";
import type { NotesOutbox } from "../outbox/outbox";
import { useServices } from "../services";
import { cancelPracticeCall, sendPracticeCall, type PracticeCallRequest } from "./practiceCall";
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

/**
 * The friend's invitation: not sent, on its way, sent (with the event, and whether the interview's
 * record notes it yet), or why it was not sent.
 */
export type InviteState =
  | { status: "idle" }
  | { status: "sending" }
  | { status: "sent"; event: BookedEvent; noted: true }
  | { status: "sent"; event: BookedEvent; noted: false; reason: GraphReason }
  | { status: "error"; reason: GraphReason };

/** Cancelling the booked call: idle, on its way, or why it failed. */
export type CancelState =
  { status: "idle" } | { status: "cancelling" } | { status: "error"; reason: GraphReason };

/** The call as the record keeps it, from the event Graph made. */
function callOf(event: BookedEvent, request: PracticeCallRequest): PracticeCall {
  const start = event.start ?? request.start;
  const end = event.end ?? new Date(start.getTime() + request.invitation.minutes * 60_000);
  return {
    eventId: event.id,
    transactionId: request.transactionId,
    start: start.toISOString(),
    end: end.toISOString(),
    ...(event.webLink ? { webLink: event.webLink } : {}),
  };
}

/**
 * Sends the practice call once per press (the event first: it is what the friend gets), then notes
 * it in the record's `practice` field, never in `events`. A note that fails leaves the invitation
 * sent and can be written again without sending anything.
 */
export function usePracticeCall(interview: InterviewHandle): {
  invite: InviteState;
  /** True once the invitation went out (whether or not the record notes it yet). */
  send(request: PracticeCallRequest): Promise<boolean>;
  noteAgain(): Promise<void>;
  cancelState: CancelState;
  /** True once the call is cancelled and the record no longer holds it. */
  cancel(call: PracticeCall, locale: Locale): Promise<boolean>;
  reset(): void;
} {
  const { graph, now } = useServices();
  const [invite, setInvite] = useState<InviteState>({ status: "idle" });
  const [cancelState, setCancelState] = useState<CancelState>({ status: "idle" });
  const busy = useRef(false);
  const last = useRef<{ event: BookedEvent; request: PracticeCallRequest } | null>(null);
  const { update } = interview;

  const note = useCallback(
    async (event: BookedEvent, request: PracticeCallRequest) => {
      const call = callOf(event, request);
      let reason: GraphReason | null = null;
      try {
        const result = await update((record) => ({
          ...record,
          practice: withPracticeCall(record.practice, call, now()),
        }));
        if (!result.ok) reason = { kind: "too-large" };
      } catch (error) {
        reason = failureReason(error, "Contacts.ReadWrite");
      }
      setInvite(
        reason
          ? { status: "sent", event, noted: false, reason }
          : { status: "sent", event, noted: true },
      );
    },
    [update, now],
  );

  const send = useCallback(
    async (request: PracticeCallRequest) => {
      if (busy.current) return false;
      busy.current = true;
      setInvite({ status: "sending" });
      try {
        let event: BookedEvent;
        try {
          event = await sendPracticeCall(graph, request);
        } catch (error) {
          setInvite({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
          return false;
        }
        last.current = { event, request };
        await note(event, request);
        return true;
      } finally {
        busy.current = false;
      }
    },
    [graph, note],
  );

  const noteAgain = useCallback(async () => {
    const sent = last.current;
    if (!sent || busy.current) return;
    busy.current = true;
    try {
      await note(sent.event, sent.request);
    } finally {
      busy.current = false;
    }
  }, [note]);

  const cancel = useCallback(
    async (call: PracticeCall, locale: Locale) => {
      if (busy.current) return false;
      busy.current = true;
      setCancelState({ status: "cancelling" });
      try {
        await cancelPracticeCall(graph, call.eventId, locale);
        const result = await update((record) => {
          const practice = withoutPracticeCall(record.practice);
          return practice ? { ...record, practice } : record;
        });
        setCancelState(
          result.ok ? { status: "idle" } : { status: "error", reason: { kind: "too-large" } },
        );
        if (result.ok) setInvite({ status: "idle" });
        return result.ok;
      } catch (error) {
        setCancelState({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
        return false;
      } finally {
        busy.current = false;
      }
    },
    [graph, update],
  );

  const reset = useCallback(() => setInvite({ status: "idle" }), []);
  return { invite, send, noteAgain, cancelState, cancel, reset };
}
