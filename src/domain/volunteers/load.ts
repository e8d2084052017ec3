// Each volunteer's bookings this month, in the centre's time zone, against the cap they agreed to.
import { addressKey } from "../person";
import { monthOf } from "../time/calendarMonth";
import type { BookingRecord } from "./bookings";
import type { VolunteerRecord } from "./record";

/** A volunteer's bookings this month against their cap. */
export interface VolunteerLoad {
  itemId: string;
  name: string;
  booked: number;
  capacity: number | null;
  /** True when this month's bookings reached the cap (a cap of 0 means "not this month"). */
  full: boolean;
}

/**
 * Counts each volunteer's bookings whose meeting falls in the calendar month of `now` in the
 * centre's `timeZone` — a meeting at 23:30 on the 31st in Toronto is that month's, even though it
 * is next month in UTC. Every stage counts: a request already asks for the volunteer's time.
 */
export function volunteerLoads(
  volunteers: readonly VolunteerRecord[],
  bookings: readonly BookingRecord[],
  now: Date,
  timeZone: string,
): VolunteerLoad[] {
  const month = monthOf(now, timeZone);
  const counts = new Map<string, number>();
  for (const booking of bookings) {
    if (!booking.volunteerEmail || !booking.meetingDate) continue;
    if (monthOf(booking.meetingDate, timeZone) !== month) continue;
    const key = addressKey(booking.volunteerEmail);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return volunteers.map((v) => {
    const booked = v.email ? (counts.get(addressKey(v.email)) ?? 0) : 0;
    return {
      itemId: v.itemId,
      name: v.name,
      booked,
      capacity: v.monthlyCapacity,
      full: v.monthlyCapacity !== null && booked >= v.monthlyCapacity,
    };
  });
}

/** Loads from the count an editor last stored on each volunteer (for those who cannot count). */
export function storedLoads(volunteers: readonly VolunteerRecord[]): VolunteerLoad[] {
  return volunteers.map((v) => {
    const booked = v.bookedThisMonth ?? 0;
    return {
      itemId: v.itemId,
      name: v.name,
      booked,
      capacity: v.monthlyCapacity,
      full: v.monthlyCapacity !== null && booked >= v.monthlyCapacity,
    };
  });
}
