// The career centre's booking log: one row per booked volunteer, so advisors can watch each one's
// load.
import type { SharePointConfig } from "../../domain/config";
import type { Stage } from "../../domain/interview";
import type { GraphClient } from "../../graph/client";
import { createRow } from "../../graph/lists";

/** One row of the bookings list. */
export interface VolunteerBooking {
  volunteerName: string;
  volunteerEmail: string;
  meetingDate: Date;
  stage: Stage;
  /** Only when the student agreed to be named (a setting, off by default). */
  studentUpn?: string;
}

/** The bookings list's columns for a row (SharePoint internal names). */
export function bookingRowFields(booking: VolunteerBooking): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    Title: `Information interview — ${booking.volunteerName}`,
    VolunteerEmail: booking.volunteerEmail,
    MeetingDate: booking.meetingDate.toISOString(),
    Stage: booking.stage,
  };
  if (booking.studentUpn) fields.StudentUpn = booking.studentUpn;
  return fields;
}

/**
 * Appends the row when the career centre's lists are configured; does nothing otherwise. The POST
 * is not retried blindly (a repeated row would count the volunteer twice).
 */
export async function logVolunteerBooking(
  graph: GraphClient,
  sharePoint: SharePointConfig | null,
  booking: VolunteerBooking,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!sharePoint?.lists.bookings) return false;
  await createRow(
    graph,
    sharePoint.siteId,
    sharePoint.lists.bookings,
    bookingRowFields(booking),
    signal,
  );
  return true;
}
