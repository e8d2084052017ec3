// Finds the meeting the page is in (side panel, appointment, next interview); saves its prep sheet.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { PrepSheet } from "../../domain/prepSheet";
import { useAutosave } from "../autosave/useAutosave";
import { pageOutbox } from "../outbox/indexedDbOutbox";
import type { NotesOutbox } from "../outbox/outbox";
import { failureReason, wasCancelled } from "../failure";
import { loadInterview } from "../interviews/interviewExtension";
import { useServices } from "../services";
import { useHostItem } from "../useHostItem";
import {
  findInterviewNear,
  loadLinkedMeeting,
  loadMeetingEvent,
  resolveSidePanelMeeting,
  type MeetingEvent,
} from "./meetingEvent";
import { createPrepSession, type PrepSessionState } from "./prepSession";

/** The meeting as found: still looking, none, found, or why the lookup failed. */
export type MeetingLookup =
  | { status: "loading" }
  /** No meeting: `inMeeting` when the page is in a Teams meeting whose event is not found. */
  | { status: "none"; inMeeting?: boolean }
  | { status: "error"; reason: GraphReason }
  | { status: "ready"; meeting: MeetingEvent };

/**
 * The meeting this page is about. In the Teams side panel: the meeting it is open in, found by
 * its chat (nothing when that meeting is not in the user's calendar). In Outlook: the appointment open in the pane; on anything else
 * the next interview. `reload` reads again (after attaching a prep sheet, or "try again").
 */
export function useMeetingLookup(): MeetingLookup & { reload: () => void } {
  const { graph, host, now } = useServices();
  const item = useHostItem();
  const sidePanel = host.context.surface === "sidePanel";
  const [state, setState] = useState<MeetingLookup>({ status: "loading" });
  const [version, setVersion] = useState(0);
  const appointmentId =
    item.status === "ready" && item.item.kind === "appointment" ? item.item.itemId : null;
  // What the lookup depends on: the side panel ignores the Outlook item, so its arrival must not
  // start a second lookup (which would remount the sheet mid-meeting).
  const target = sidePanel
    ? "side-panel"
    : item.status === "loading"
      ? null
      : appointmentId
        ? `appointment:${appointmentId}`
        : "next";

  useEffect(() => {
    if (target === null) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    const find = sidePanel
      ? resolveSidePanelMeeting(graph, host.context.chatId, now(), controller.signal)
      : target.startsWith("appointment:")
        ? loadMeetingEvent(graph, target.slice("appointment:".length), controller.signal)
        : findInterviewNear(graph, now(), controller.signal);
    find.then(
      (meeting) =>
        setState(meeting ? { status: "ready", meeting } : { status: "none", inMeeting: sidePanel }),
      (error: unknown) => {
        if (!wasCancelled(error)) {
          setState({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
        }
      },
    );
    return () => controller.abort();
  }, [graph, host, now, sidePanel, target, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}

/** The sheet, its save state, and the ways to change it. */
export interface PrepSheetHandle extends PrepSessionState {
  edit(change: (sheet: PrepSheet) => PrepSheet): void;
  saveNow(): void;
}

/**
 * Holds the prep sheet of event `eventId` (as first read: `initial`): every change goes to the
 * outbox at once and to the event after a pause. `onSaved` hears each accepted version.
 */
export function usePrepSheet(
  eventId: string,
  initial: PrepSheet,
  options: { outbox?: NotesOutbox; debounceMs?: number; onSaved?: (sheet: PrepSheet) => void } = {},
): PrepSheetHandle {
  const { graph, now } = useServices();
  const outbox = options.outbox ?? pageOutbox(graph);
  const { debounceMs } = options;
  const onSavedRef = useRef(options.onSaved);
  onSavedRef.current = options.onSaved;
  // The first read is the session's starting point; later reads come from the session itself.
  const initialRef = useRef(initial);
  const create = useCallback(
    (onChange: (state: PrepSessionState) => void) =>
      createPrepSession({
        graph,
        eventId,
        outbox,
        now,
        initial: initialRef.current,
        ...(debounceMs !== undefined ? { debounceMs } : {}),
        onChange,
        onSaved: (sheet) => onSavedRef.current?.(sheet),
      }),
    [graph, eventId, outbox, now, debounceMs],
  );
  const [state, sessionRef] = useAutosave(create, {
    sheet: initial,
    status: "saved",
    reason: null,
  });

  const edit = useCallback(
    (change: (sheet: PrepSheet) => PrepSheet) => sessionRef.current?.edit(change),
    [sessionRef],
  );
  const saveNow = useCallback(() => void sessionRef.current?.flush(), [sessionRef]);
  return useMemo(() => ({ ...state, edit, saveNow }), [state, edit, saveNow]);
}

/**
 * The meeting of the interview with `contactId`: the latest event linked in its record that has
 * started or starts within a day (else the latest one), with its prep sheet.
 */
export function useContactMeeting(contactId: string): MeetingLookup & { reload: () => void } {
  const { graph, now } = useServices();
  const [state, setState] = useState<MeetingLookup>({ status: "loading" });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    (async () => {
      const { record } = await loadInterview(graph, contactId, controller.signal);
      const horizon = now().getTime() + 86_400_000;
      const byStart = [...record.events].sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
      const linked = byStart.find((e) => Date.parse(e.start) <= horizon) ?? byStart[0];
      if (!linked) return null;
      return loadLinkedMeeting(graph, linked, controller.signal);
    })().then(
      (meeting) => setState(meeting ? { status: "ready", meeting } : { status: "none" }),
      (error: unknown) => {
        if (!wasCancelled(error)) setState({ status: "error", reason: failureReason(error) });
      },
    );
    return () => controller.abort();
  }, [graph, contactId, now, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
