// The career centre's volunteer list and this month's bookings, read once per session for the find
// list: the count advisors store on each volunteer, plus the student's own newer bookings (a
// student can read no one else's).
import type { SharePointConfig } from "../../domain/config";
import { VOLUNTEER_LIST_COLUMNS, toVolunteer, type Volunteer } from "../../domain/search";
import { bookingsThisMonth } from "../../domain/volunteers/capacity";
import type { GraphClient } from "../../graph/client";
import { listRows } from "../../graph/lists";

/** The volunteers, their bookings this month, and whether the lists could be read. */
export interface VolunteerData {
  volunteers: Volunteer[];
  bookingsThisMonth: Map<string, number>;
  /** False when the lists are not set up or could not be read (the find list says so). */
  available: boolean;
}

/** The student's own booking rows: which volunteer, when, and when the row was made. */
const OWN_BOOKING_COLUMNS = ["VolunteerEmail", "MeetingDate", "Created"];

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
      listRows(graph, sharePoint.siteId, sharePoint.lists.volunteers, [
        ...VOLUNTEER_LIST_COLUMNS,
        "BookedThisMonth",
        "BookedCountedAt",
      ]),
      listRows(graph, sharePoint.siteId, sharePoint.lists.bookings, OWN_BOOKING_COLUMNS).catch(
        // Without the student's own rows only the stored counts show, which is the kinder mistake.
        () => [],
      ),
    ]);
    return {
      volunteers: volunteerRows
        .map((row) => toVolunteer(row.id, row.fields))
        .filter((v): v is Volunteer => v !== null),
      bookingsThisMonth: bookingsThisMonth(volunteerRows, bookingRows, now, timeZone),
      available: true,
    };
  })();
  cache.set(graph, pending);
  pending.catch(() => cache.delete(graph));
  return pending.catch(() => NONE);
}
