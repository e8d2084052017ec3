// Free times for an interview: both calendars in one getSchedule call, then the domain's slot
// finder.
import type { MeetingLength, SlotReason, Slot } from "../../domain/slots";
import { chooseScheduleWindow, findFreeSlots } from "../../domain/slots";
import { namedZoneLike } from "../../domain/time/customZone";
import type { WorkingHours } from "../../domain/time/workingHours";
import { zoneOrFallback } from "../../domain/time/zones";
import type { GraphClient } from "../../graph/client";
import { getSchedules } from "../../graph/calendar";

/** What "Find times" asks for. */
export interface FreeTimesRequest {
  /** The signed-in user's address. */
  userEmail: string;
  /** The contact's address. */
  contactEmail: string;
  now: Date;
  /** Days ahead to look (two weeks by default; Graph refuses 62 days or more). */
  days: number;
  durationMinutes: MeetingLength;
  bufferMinutes: number;
  /** The zone to use when the user's mailbox does not say (the browser's). */
  fallbackZone: string;
}

/** The offered slots, both people's zones, and why there are none or they are one-sided. */
export interface FreeTimes {
  slots: Slot[];
  reason?: SlotReason;
  /** IANA zones the slot times are shown in. */
  userZone: string;
  contactZone: string;
  /** The searched window, to say "in the next two weeks". */
  window: { start: Date; end: Date };
  durationMinutes: MeetingLength;
}

/** The browser's own zone (the user's clock when their mailbox gives none). */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/**
 * One request: getSchedule for the user and the contact together, then `findFreeSlots`. A
 * contact whose calendar cannot be read (an outside address, no permission) comes back with the
 * user's own free times and the reason "contact-calendar-unreadable", to propose by mail.
 */
export async function findInterviewTimes(
  graph: GraphClient,
  request: FreeTimesRequest,
  signal?: AbortSignal,
): Promise<FreeTimes> {
  const window = chooseScheduleWindow(request.now, request.days);
  const schedules = await getSchedules(
    graph,
    [request.userEmail, request.contactEmail],
    window,
    15,
    signal,
  );
  const key = (email: string) => email.trim().toLowerCase();
  const mine = schedules.find((s) => key(s.email) === key(request.userEmail));
  const theirs = schedules.find((s) => key(s.email) === key(request.contactEmail));
  // A custom zone ("Customized Time Zone") is named after the IANA zone with the same clock, when
  // one exists, so times read in the person's own terms; its rules still drive working hours.
  const named = (hours: WorkingHours | null | undefined) =>
    hours?.customTimeZone ? namedZoneLike(hours.customTimeZone, request.now.getTime()) : null;
  const userZone =
    named(mine?.workingHours) ?? zoneOrFallback(mine?.workingHours?.timeZone, request.fallbackZone);
  const contactZone =
    named(theirs?.workingHours) ?? zoneOrFallback(theirs?.workingHours?.timeZone, userZone);
  const result = findFreeSlots({
    now: request.now,
    window,
    durationMinutes: request.durationMinutes,
    options: { bufferMinutes: request.bufferMinutes },
    people: [
      {
        role: "user",
        zone: userZone,
        ...(mine?.workingHours ? { workingHours: mine.workingHours } : {}),
        busy: mine?.busy ?? [],
      },
      {
        role: "contact",
        zone: contactZone,
        ...(theirs?.workingHours ? { workingHours: theirs.workingHours } : {}),
        busy: theirs && theirs.error === null ? theirs.busy : null,
      },
    ],
  });
  return {
    slots: result.slots,
    ...(result.reason ? { reason: result.reason } : {}),
    userZone,
    contactZone,
    window,
    durationMinutes: request.durationMinutes,
  };
}
