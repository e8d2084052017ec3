// Bookings as the advisor tab reads them from the list, and the centre's funnel of their stages.
import { fieldText } from "./record";

/** Stages a booking goes through, in order. */
export type BookingStage = "requested" | "booked" | "met" | "thanked";

/** The funnel's stages, in order. */
export const BOOKING_STAGES: readonly BookingStage[] = ["requested", "booked", "met", "thanked"];

/** One row of the Bookings list. */
export interface BookingRecord {
  itemId: string;
  volunteerEmail: string;
  meetingDate: Date | null;
  stage: BookingStage | null;
  studentUpn: string;
}

/** The Bookings list's columns this tab reads. */
export const BOOKING_FIELD_NAMES = [
  "VolunteerEmail",
  "MeetingDate",
  "Stage",
  "StudentUpn",
] as const;

/** Reads a Bookings row; an unreadable date or stage stays null rather than guessed. */
export function bookingFromFields(itemId: string, fields: Record<string, unknown>): BookingRecord {
  const date = fieldText(fields.MeetingDate);
  const when = date ? new Date(date) : null;
  const stage = fieldText(fields.Stage).toLowerCase();
  return {
    itemId,
    volunteerEmail: fieldText(fields.VolunteerEmail),
    meetingDate: when && !Number.isNaN(when.getTime()) ? when : null,
    stage: BOOKING_STAGES.includes(stage as BookingStage) ? (stage as BookingStage) : null,
    studentUpn: fieldText(fields.StudentUpn),
  };
}

/** How many bookings reached each stage. */
export type FunnelCounts = Record<BookingStage, number>;

/**
 * The centre's funnel: a booking at a later stage has passed the earlier ones, so "met" counts
 * towards "requested" and "booked" too. Rows without a known stage are left out.
 */
export function funnelCounts(bookings: readonly BookingRecord[]): FunnelCounts {
  const counts: FunnelCounts = { requested: 0, booked: 0, met: 0, thanked: 0 };
  for (const booking of bookings) {
    if (!booking.stage) continue;
    const reached = BOOKING_STAGES.indexOf(booking.stage);
    for (let i = 0; i <= reached; i += 1) {
      const stage = BOOKING_STAGES[i];
      if (stage) counts[stage] += 1;
    }
  }
  return counts;
}
