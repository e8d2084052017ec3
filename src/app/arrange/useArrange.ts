// Step 4's state: the request mail, free times, booking, moving and cancelling, for one interview.
import { useCallback, useMemo, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { LinkedEvent } from "../../domain/interview";
import { draftCancelMail } from "../../domain/mail/cancelMail";
import { draftRequestMail } from "../../domain/mail/requestMail";
import type { Slot } from "../../domain/slots";
import { formatInZone } from "../../domain/time/zones";
import { useLocale } from "../i18n/I18nProvider";
import { failureReason } from "../questions/failure";
import { applyStageEvent } from "../questions/interviewRecord";
import { useInterview, type InterviewState } from "../questions/useInterview";
import { useServices } from "../services";
import { bookInterview, recordBooking } from "./booking";
import { beginBookingAttempt, endBookingAttempt } from "./bookingAttempt";
import { logVolunteerBooking } from "./bookingLog";
import {
  cancelInterview,
  recordCancellation,
  recordReschedule,
  rescheduleInterview,
} from "./changes";
import { browserZone, findInterviewTimes, type FreeTimes } from "./freeTimes";
import { deliverRequestMail, type RequestMailOutcome } from "./requestMail";
import { useArrangeSettings, type ArrangeSettings } from "./settings";
import { useMe } from "./useMe";

/** Progress of one action: idle, running, done (with its result) or failed (with why). */
export type Action<T = true> =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; result: T }
  | { status: "error"; reason: GraphReason };

/** The request mail as the user reviews it. */
export interface MailReview {
  subject: string;
  text: string;
  /** The user changed it: a new suggestion no longer replaces it. */
  edited: boolean;
}

/** Everything the arrange section shows and does. */
export interface ArrangeModel {
  interview: InterviewState;
  settings: ArrangeSettings;
  changeSettings(changes: Partial<ArrangeSettings>): void;
  /** The zone times are written in for the user. */
  userZone: string;
  mail: MailReview | null;
  editMail(changes: Partial<Pick<MailReview, "subject" | "text">>): void;
  /** Puts the given slots into the request as proposed times (for an unreadable calendar). */
  proposeSlots(slots: readonly Slot[]): void;
  draftRequest(): Promise<void>;
  request: Action<RequestMailOutcome>;
  findTimes(options?: { days?: number }): Promise<void>;
  times: Action<FreeTimes>;
  selected: Slot | null;
  select(startIso: string): void;
  book(): Promise<void>;
  booking: Action<{ eventId: string; start: Date; end: Date }>;
  /** The booked meetings of this interview, soonest first. */
  events: LinkedEvent[];
  reschedule(eventId: string): Promise<void>;
  rescheduling: Action<{ eventId: string }>;
  /** The short message sent with a cancellation, suggested in the user's language. */
  cancelMessage(eventId: string): string;
  cancel(eventId: string, message: string): Promise<void>;
  cancelling: Action<{ eventId: string }>;
}

const tooLarge = { kind: "too-large" } as const;

/** Holds step 4 for the interview `contactId`. */
export function useArrange(contactId: string): ArrangeModel {
  const { graph, host, config, now, user } = useServices();
  const locale = useLocale();
  const me = useMe();
  const { state: interview, update } = useInterview(contactId);
  const [settings, changeSettings] = useArrangeSettings();
  const [edits, setEdits] = useState<MailReview | null>(null);
  const [proposed, setProposed] = useState<string[]>([]);
  const [request, setRequest] = useState<Action<RequestMailOutcome>>({ status: "idle" });
  const [times, setTimes] = useState<Action<FreeTimes>>({ status: "idle" });
  const [selectedIso, setSelectedIso] = useState<string | null>(null);
  const [booking, setBooking] = useState<ArrangeModel["booking"]>({ status: "idle" });
  const [rescheduling, setRescheduling] = useState<ArrangeModel["rescheduling"]>({
    status: "idle",
  });
  const [cancelling, setCancelling] = useState<ArrangeModel["cancelling"]>({ status: "idle" });

  const ready = interview.status === "ready" ? interview : null;
  const userZone = times.status === "done" ? times.result.userZone : browserZone();
  const contactZone = times.status === "done" ? times.result.contactZone : userZone;
  const studentName = me?.displayName ?? user?.displayName ?? user?.userPrincipalName ?? "";

  const suggested = useMemo(() => {
    if (!ready) return null;
    const draft = draftRequestMail({
      locale,
      student: { displayName: studentName },
      contact: {
        displayName: ready.contact.displayName,
        ...(ready.contact.givenName ? { givenName: ready.contact.givenName } : {}),
      },
      durationMinutes: settings.durationMinutes,
      formats: [settings.format],
      proposedSlots: proposed,
      ...(ready.record.referredBy ? { referredBy: ready.record.referredBy } : {}),
    });
    return { subject: draft.subject, text: draft.textBody.trimEnd(), edited: false };
  }, [ready, locale, studentName, settings.durationMinutes, settings.format, proposed]);
  const mail = edits?.edited ? edits : suggested;

  const editMail = useCallback(
    (changes: Partial<Pick<MailReview, "subject" | "text">>) => {
      setEdits((current) => {
        const base = current?.edited ? current : suggested;
        if (!base) return current;
        return { ...base, ...changes, edited: true };
      });
    },
    [suggested],
  );

  const proposeSlots = useCallback(
    (slots: readonly Slot[]) => {
      setProposed(slots.map((s) => formatInZone(s.start, contactZone, locale)));
      setEdits(null);
    },
    [contactZone, locale],
  );

  const draftRequest = useCallback(async () => {
    if (!ready || !mail || !ready.contact.email) return;
    setRequest({ status: "busy" });
    try {
      const outcome = await deliverRequestMail(graph, host, {
        to: { displayName: ready.contact.displayName, emailAddress: ready.contact.email },
        subject: mail.subject,
        text: mail.text,
      });
      await update((record) => ({
        ...applyStageEvent(record, { type: "request-drafted" }, now()),
        updatedAt: now().toISOString(),
      }));
      setRequest({ status: "done", result: outcome });
    } catch (error) {
      setRequest({ status: "error", reason: failureReason(error, "Mail.ReadWrite") });
    }
  }, [ready, mail, graph, host, update, now]);

  const findTimes = useCallback(
    async (options: { days?: number } = {}) => {
      if (!ready?.contact.email) return;
      const userEmail = me?.email ?? user?.userPrincipalName;
      if (!userEmail) return;
      setTimes({ status: "busy" });
      setSelectedIso(null);
      try {
        const result = await findInterviewTimes(graph, {
          userEmail,
          contactEmail: ready.contact.email,
          now: now(),
          days: options.days ?? settings.searchDays,
          durationMinutes: settings.durationMinutes,
          bufferMinutes: settings.bufferMinutes,
          fallbackZone: browserZone(),
        });
        setTimes({ status: "done", result });
      } catch (error) {
        setTimes({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
      }
    },
    [ready, me, user, graph, now, settings],
  );

  const slots = times.status === "done" ? times.result.slots : [];
  const selected = slots.find((s) => s.start.toISOString() === selectedIso) ?? null;

  const book = useCallback(async () => {
    if (!ready || !selected || !ready.contact.email) return;
    setBooking({ status: "busy" });
    const attempt = beginBookingAttempt(contactId, selected.start);
    try {
      const outcome = await bookInterview(graph, {
        locale,
        student: { displayName: studentName },
        contact: {
          id: contactId,
          displayName: ready.contact.displayName,
          givenName: ready.contact.givenName,
          email: ready.contact.email,
        },
        start: selected.start,
        end: selected.end,
        timeZone: userZone,
        format: settings.format,
        location: settings.location,
        reminderMinutes: settings.reminderMinutes,
        researchNotes: ready.contact.notes,
        questions: ready.record.questions,
        transactionId: attempt.transactionId,
      });
      if (!outcome.ok) {
        setBooking({ status: "error", reason: tooLarge });
        return;
      }
      const event = { id: outcome.event.id, start: selected.start, end: selected.end };
      const saved = await update((record) => recordBooking(record, event, now()));
      if (!saved.ok) {
        setBooking({ status: "error", reason: tooLarge });
        return;
      }
      endBookingAttempt(contactId);
      if (saved.record.source === "volunteer") {
        await logVolunteerBooking(graph, config.sharePoint, {
          volunteerName: ready.contact.displayName,
          volunteerEmail: ready.contact.email,
          meetingDate: selected.start,
          stage: "booked",
          ...(settings.shareNameWithCareerCentre && user?.userPrincipalName
            ? { studentUpn: user.userPrincipalName }
            : {}),
        }).catch(() => false);
      }
      setBooking({
        status: "done",
        result: { eventId: event.id, start: event.start, end: event.end },
      });
    } catch (error) {
      setBooking({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
    }
  }, [
    ready,
    selected,
    contactId,
    graph,
    locale,
    studentName,
    userZone,
    settings,
    update,
    now,
    config,
    user,
  ]);

  const reschedule = useCallback(
    async (eventId: string) => {
      if (!selected) return;
      setRescheduling({ status: "busy" });
      try {
        await rescheduleInterview(graph, eventId, {
          start: selected.start,
          end: selected.end,
          timeZone: userZone,
        });
        await update((record) => recordReschedule(record, eventId, selected, now()));
        setRescheduling({ status: "done", result: { eventId } });
      } catch (error) {
        setRescheduling({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
      }
    },
    [selected, graph, userZone, update, now],
  );

  const events = useMemo(
    () => [...(ready?.record.events ?? [])].sort((a, b) => a.start.localeCompare(b.start)),
    [ready],
  );

  const cancelMessage = useCallback(
    (eventId: string) => {
      const event = events.find((e) => e.eventId === eventId);
      if (!ready || !event) return "";
      return draftCancelMail({
        locale,
        student: { displayName: studentName },
        contact: {
          displayName: ready.contact.displayName,
          ...(ready.contact.givenName ? { givenName: ready.contact.givenName } : {}),
        },
        meetingStart: new Date(event.start),
        zone: contactZone,
      }).textBody.trimEnd();
    },
    [events, ready, locale, studentName, contactZone],
  );

  const cancel = useCallback(
    async (eventId: string, message: string) => {
      setCancelling({ status: "busy" });
      try {
        await cancelInterview(graph, eventId, message);
        await update((record) => recordCancellation(record, eventId, now()));
        setCancelling({ status: "done", result: { eventId } });
      } catch (error) {
        setCancelling({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
      }
    },
    [graph, update, now],
  );

  return {
    interview,
    settings,
    changeSettings,
    userZone,
    mail,
    editMail,
    proposeSlots,
    draftRequest,
    request,
    findTimes,
    times,
    selected,
    select: setSelectedIso,
    book,
    booking,
    events,
    reschedule,
    rescheduling,
    cancelMessage,
    cancel,
    cancelling,
  };
}
