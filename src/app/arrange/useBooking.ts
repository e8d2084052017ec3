// "Book interview": the event at the picked time, noted on the record (and in the volunteer log).
import { useCallback } from "react";
import type { Slot } from "../../domain/slots";
import { useLocale } from "../i18n/I18nProvider";
import type { InterviewHandle } from "../interviews/useInterview";
import { useServices } from "../services";
import { tooLarge, useAction, type Action } from "./action";
import { bookInterview, recordBooking } from "./booking";
import { beginBookingAttempt, endBookingAttempt } from "./bookingAttempt";
import { logVolunteerBooking } from "./bookingLog";
import type { ReadyInterview } from "./readyInterview";
import type { ArrangeSettings } from "./settings";

/** The booking button's action. */
export interface BookingModel {
  book(): Promise<void>;
  booking: Action<{ eventId: string; start: Date; end: Date }>;
}

/** Books `selected` with the contact of interview `contactId`, written in `userZone`. */
export function useBooking(
  contactId: string,
  ready: ReadyInterview | null,
  update: InterviewHandle["update"],
  settings: ArrangeSettings,
  studentName: string,
  selected: Slot | null,
  userZone: string,
): BookingModel {
  const { graph, config, now, user } = useServices();
  const locale = useLocale();
  const [booking, run] = useAction<{ eventId: string; start: Date; end: Date }>(
    "Calendars.ReadWrite",
  );

  const book = useCallback(async () => {
    if (!ready || !selected || !ready.contact.email) return;
    const contact = { ...ready.contact, email: ready.contact.email };
    await run(async () => {
      const attempt = beginBookingAttempt(contactId, selected.start);
      const outcome = await bookInterview(graph, {
        locale,
        student: { displayName: studentName },
        contact: {
          id: contactId,
          displayName: contact.displayName,
          givenName: contact.givenName,
          email: contact.email,
        },
        start: selected.start,
        end: selected.end,
        timeZone: userZone,
        format: settings.format,
        location: settings.location,
        reminderMinutes: settings.reminderMinutes,
        researchNotes: contact.notes,
        questions: ready.record.questions,
        transactionId: attempt.transactionId,
      });
      if (!outcome.ok) return tooLarge;
      const event = { id: outcome.event.id, start: selected.start, end: selected.end };
      const saved = await update((record) => recordBooking(record, event, now()));
      if (!saved.ok) return tooLarge;
      endBookingAttempt(contactId);
      if (saved.record.source === "volunteer") {
        // The interview is booked either way. A log row that did not land is not sent again (a
        // blind repeat could count the volunteer twice), so their count stays one short.
        await logVolunteerBooking(graph, config.sharePoint, {
          volunteerName: contact.displayName,
          volunteerEmail: contact.email,
          meetingDate: selected.start,
          stage: "booked",
          ...(settings.shareNameWithCareerCentre && user?.userPrincipalName
            ? { studentUpn: user.userPrincipalName }
            : {}),
        }).catch(() => false);
      }
      return { status: "done", result: { eventId: event.id, start: event.start, end: event.end } };
    });
  }, [
    contactId,
    ready,
    selected,
    graph,
    locale,
    studentName,
    userZone,
    settings,
    update,
    now,
    config,
    user,
    run,
  ]);

  return { book, booking };
}
