// What a student's find list counts against a volunteer's cap: the count advisors stored this
// month, plus the student's own bookings made since, never counted twice.
import { describe, expect, it } from "vitest";
import { bookingsThisMonth } from "../../src/domain/volunteers/capacity";

const NOW = new Date("2026-11-26T15:00:00Z");
const ZONE = "America/Toronto";

function volunteer(email: string, booked: number, countedAt: string) {
  return { fields: { Email: email, BookedThisMonth: booked, BookedCountedAt: countedAt } };
}

function own(email: string, meeting: string, created: string) {
  return { fields: { VolunteerEmail: email, MeetingDate: meeting, Created: created } };
}

describe("bookingsThisMonth", () => {
  it("adds the student's own bookings made after the stored count, and only those", () => {
    const counts = bookingsThisMonth(
      [volunteer("Olivia@y.example", 2, "2026-11-20T12:00:00Z")],
      [
        // Counted already (made before the advisors' count).
        own("olivia@y.example", "2026-11-28T14:00:00Z", "2026-11-18T09:00:00Z"),
        // Made since: not in the stored count yet.
        own("olivia@y.example", "2026-11-29T14:00:00Z", "2026-11-25T09:00:00Z"),
      ],
      NOW,
      ZONE,
    );
    expect(counts.get("olivia@y.example")).toBe(3);
  });

  it("ignores last month's stored count and meetings outside this month in the user's zone", () => {
    const counts = bookingsThisMonth(
      [volunteer("liam@y.example", 4, "2026-10-31T12:00:00Z")],
      [
        // 1 December 02:00 UTC is still 30 November in Toronto: this month.
        own("liam@y.example", "2026-12-01T02:00:00Z", "2026-11-25T09:00:00Z"),
        own("liam@y.example", "2026-10-30T14:00:00Z", "2026-10-20T09:00:00Z"),
        own("liam@y.example", "not a date", "2026-11-25T09:00:00Z"),
      ],
      NOW,
      ZONE,
    );
    expect(counts.get("liam@y.example")).toBe(1);
  });
});
