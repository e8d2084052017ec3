// The booked meetings of an interview: moving one to the picked time, or cancelling it with a note.
import { useCallback, useMemo } from "react";
import type { LinkedEvent } from "../../domain/interview";
import { draftCancelMail } from "../../domain/mail/cancelMail";
import type { Slot } from "../../domain/slots";
import { useLocale } from "../i18n/I18nProvider";
import type { InterviewHandle } from "../interviews/useInterview";
import { useServices } from "../services";
import { useAction, type Action } from "./action";
import {
  cancelInterview,
  recordCancellation,
  recordReschedule,
  rescheduleInterview,
} from "./changes";
import { mailContact } from "./mailContact";
import type { ReadyInterview } from "./readyInterview";

/** The booked meetings and what can be done to each. */
export interface MeetingChangesModel {
  /** The booked meetings of this interview, soonest first. */
  events: LinkedEvent[];
  reschedule(eventId: string): Promise<void>;
  rescheduling: Action<{ eventId: string }>;
  /** The short message sent with a cancellation, suggested in the user's language. */
  cancelMessage(eventId: string): string;
  cancel(eventId: string, message: string): Promise<void>;
  cancelling: Action<{ eventId: string }>;
}

/** Moves `ready`'s meetings to `selected` (written in `userZone`) or cancels them. */
export function useMeetingChanges(
  ready: ReadyInterview | null,
  update: InterviewHandle["update"],
  studentName: string,
  selected: Slot | null,
  userZone: string,
  contactZone: string,
): MeetingChangesModel {
  const { graph, now } = useServices();
  const locale = useLocale();
  const [rescheduling, runReschedule] = useAction<{ eventId: string }>("Calendars.ReadWrite");
  const [cancelling, runCancel] = useAction<{ eventId: string }>("Calendars.ReadWrite");

  const events = useMemo(
    () => [...(ready?.record.events ?? [])].sort((a, b) => a.start.localeCompare(b.start)),
    [ready],
  );

  const reschedule = useCallback(
    async (eventId: string) => {
      if (!selected) return;
      await runReschedule(async () => {
        await rescheduleInterview(graph, eventId, {
          start: selected.start,
          end: selected.end,
          timeZone: userZone,
        });
        await update((record) => recordReschedule(record, eventId, selected, now()));
        return { status: "done", result: { eventId } };
      });
    },
    [selected, graph, userZone, update, now, runReschedule],
  );

  const cancelMessage = useCallback(
    (eventId: string) => {
      const event = events.find((e) => e.eventId === eventId);
      if (!ready || !event) return "";
      return draftCancelMail({
        locale,
        student: { displayName: studentName },
        contact: mailContact(ready.contact),
        meetingStart: new Date(event.start),
        zone: contactZone,
      }).textBody.trimEnd();
    },
    [events, ready, locale, studentName, contactZone],
  );

  const cancel = useCallback(
    (eventId: string, message: string) =>
      runCancel(async () => {
        await cancelInterview(graph, eventId, message);
        await update((record) => recordCancellation(record, eventId, now()));
        return { status: "done", result: { eventId } };
      }),
    [graph, update, now, runCancel],
  );

  return { events, reschedule, rescheduling, cancelMessage, cancel, cancelling };
}
