// The booked meetings of an interview: moving one to the picked time, or cancelling it with a note.
import { useCallback, useMemo } from "react";
import type { InterviewExtensionFields, LinkedEvent } from "../../domain/interview";
import { getLinkedEvent } from "../../graph/calendar";
import { GraphError } from "../../graph/errors";
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

/** How `events` keys a link that has no event id yet (written with its booking). */
const TX = "tx:";

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

  // A link written with its booking has no id yet: the view keys it by its transactionId.
  const events = useMemo(
    () =>
      [...(ready?.record.events ?? [])]
        .map((e) => (e.eventId ? e : { ...e, eventId: `${TX}${e.transactionId ?? ""}` }))
        .sort((a, b) => a.start.localeCompare(b.start)),
    [ready],
  );

  /** The Graph id behind a key of `events`, and the record with that id written into the link. */
  const resolve = useCallback(
    async (key: string) => {
      if (!key.startsWith(TX)) return { eventId: key, fill: (r: InterviewExtensionFields) => r };
      const transactionId = key.slice(TX.length);
      const linked = ready?.record.events.find((e) => e.transactionId === transactionId);
      const eventId = linked ? (await getLinkedEvent(graph, linked))?.id : undefined;
      if (!eventId) {
        throw new GraphError({
          status: 404,
          code: "ErrorItemNotFound",
          message: "The booked event is no longer in the calendar",
          requestId: null,
        });
      }
      const fill = (r: InterviewExtensionFields) => ({
        ...r,
        events: r.events.map((e) => (e.transactionId === transactionId ? { ...e, eventId } : e)),
      });
      return { eventId, fill };
    },
    [ready, graph],
  );

  const reschedule = useCallback(
    async (eventId: string) => {
      if (!selected) return;
      await runReschedule(async () => {
        const { eventId: id, fill } = await resolve(eventId);
        await rescheduleInterview(graph, id, {
          start: selected.start,
          end: selected.end,
          timeZone: userZone,
        });
        await update((record) => recordReschedule(fill(record), id, selected, now()));
        return { status: "done", result: { eventId } };
      });
    },
    [selected, graph, userZone, update, now, runReschedule, resolve],
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
        const { eventId: id, fill } = await resolve(eventId);
        await cancelInterview(graph, id, message);
        await update((record) => recordCancellation(fill(record), id, now()));
        return { status: "done", result: { eventId } };
      }),
    [graph, update, now, runCancel, resolve],
  );

  return { events, reschedule, rescheduling, cancelMessage, cancel, cancelling };
}
