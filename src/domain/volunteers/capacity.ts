// What a student's find list counts against each volunteer's cap: the count advisors last stored on
// the volunteer (students cannot read other students' bookings), plus the student's own bookings
// this month made since that count.
import { addressKey } from "../person";
import { monthOf } from "../time/calendarMonth";
import { fieldText } from "./record";

/** A volunteer row's stored count, keyed by address, when it is this month's. */
function storedCount(
  fields: Record<string, unknown>,
  month: string,
  timeZone: string | undefined,
): { key: string; count: number; countedAt: Date } | null {
  const email = fieldText(fields.Email);
  const countedAt = new Date(fieldText(fields.BookedCountedAt));
  const count = Number(fields.BookedThisMonth);
  if (!email || Number.isNaN(countedAt.getTime()) || !Number.isFinite(count)) return null;
  // Last month's count says nothing about this month.
  if (monthOf(countedAt, timeZone) !== month) return null;
  return { key: addressKey(email), count, countedAt };
}

/**
 * This month's bookings per volunteer address. `ownBookings` are the rows the student can read
 * (their own, by item-level security), each with its `Created` stamp: one made after the stored
 * count is not in it yet and is added.
 */
export function bookingsThisMonth(
  volunteerRows: readonly { fields: Record<string, unknown> }[],
  ownBookings: readonly { fields: Record<string, unknown> }[],
  now: Date,
  timeZone?: string,
): Map<string, number> {
  const month = monthOf(now, timeZone);
  const counts = new Map<string, number>();
  const countedAt = new Map<string, Date>();
  for (const row of volunteerRows) {
    const stored = storedCount(row.fields, month, timeZone);
    if (!stored) continue;
    counts.set(stored.key, stored.count);
    countedAt.set(stored.key, stored.countedAt);
  }
  for (const row of ownBookings) {
    const email = fieldText(row.fields.VolunteerEmail);
    const when = new Date(fieldText(row.fields.MeetingDate));
    const created = new Date(fieldText(row.fields.Created));
    if (!email || Number.isNaN(when.getTime()) || monthOf(when, timeZone) !== month) continue;
    const key = addressKey(email);
    const since = countedAt.get(key);
    if (since && !(created.getTime() > since.getTime())) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
