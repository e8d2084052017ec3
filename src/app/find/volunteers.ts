// The career centre's volunteer list and this month's bookings, read once per session for the find
// list.
import type { SharePointConfig } from "../../domain/config";
import {
  BOOKING_LIST_COLUMNS,
  VOLUNTEER_LIST_COLUMNS,
  countBookingsByVolunteer,
  toVolunteer,
  type Volunteer,
} from "../../domain/search";
import type { GraphClient } from "../../graph/client";
import { listRows } from "../../graph/lists";

/** The volunteers, their bookings this month, and whether the lists could be read. */
export interface VolunteerData {
  volunteers: Volunteer[];
  bookingsThisMonth: Map<string, number>;
  /** False when the lists are not set up or could not be read (the find list says so). */
  available: boolean;
}

const NONE: VolunteerData = { volunteers: [], bookingsThisMonth: new Map(), available: false };

const cache = new WeakMap<GraphClient, Promise<VolunteerData>>();

/**
 * Reads both lists (two requests, once per signed-in session; a failure is not cached, so the
 * next search tries again). A missing list never stops the directory search.
 */
export function loadVolunteers(
  graph: GraphClient,
  sharePoint: SharePointConfig | null,
  now: Date,
  timeZone?: string,
): Promise<VolunteerData> {
  if (!sharePoint) return Promise.resolve(NONE);
  const cached = cache.get(graph);
  if (cached) return cached;
  const pending = (async (): Promise<VolunteerData> => {
    const [volunteerRows, bookingRows] = await Promise.all([
      listRows(graph, sharePoint.siteId, sharePoint.lists.volunteers, VOLUNTEER_LIST_COLUMNS),
      listRows(graph, sharePoint.siteId, sharePoint.lists.bookings, BOOKING_LIST_COLUMNS).catch(
        // Without the booking log nobody is shown as full, which is the kinder mistake.
        () => [],
      ),
    ]);
    return {
      volunteers: volunteerRows
        .map((row) => toVolunteer(row.id, row.fields))
        .filter((v): v is Volunteer => v !== null),
      bookingsThisMonth: countBookingsByVolunteer(bookingRows, now, timeZone),
      available: true,
    };
  })();
  cache.set(graph, pending);
  pending.catch(() => cache.delete(graph));
  return pending.catch(() => NONE);
}
