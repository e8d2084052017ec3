// Volunteer records: list mapping, validation, CSV round trips and refusals, monthly load across
// zones, the funnel.
import { describe, expect, it } from "vitest";
import {
  bookingFromFields,
  funnelCounts,
  type BookingRecord,
} from "../../src/domain/volunteers/bookings";
import { volunteersToCsv } from "../../src/domain/volunteers/csvExport";
import { parseVolunteerCsv } from "../../src/domain/volunteers/csvImport";
import { filterVolunteers } from "../../src/domain/volunteers/filter";
import { volunteerLoads } from "../../src/domain/volunteers/load";
import {
  EMPTY_VOLUNTEER,
  volunteerFromFields,
  volunteerToFields,
  type VolunteerRecord,
} from "../../src/domain/volunteers/record";
import { validateVolunteer } from "../../src/domain/volunteers/validation";

const zoe: VolunteerRecord = {
  ...EMPTY_VOLUNTEER,
  itemId: "1",
  etag: '"a,1"',
  bookedThisMonth: null,
  name: "Zoë O'Brien",
  email: "zoe.obrien@lakeshorehealth.example",
  organisation: "Lakeshore General Hospital",
  industry: "Health care",
  occupation: "Nurse",
  topics: ["Nursing", "Shift work"],
  languages: ["English", "French"],
  preferredFormat: "Teams",
  monthlyCapacity: 2,
};

function booking(email: string, iso: string, stage: BookingRecord["stage"] = "booked") {
  return {
    itemId: iso,
    volunteerEmail: email,
    meetingDate: new Date(iso),
    stage,
    studentUpn: "avery.chen@northfield.example",
  };
}

describe("list fields", () => {
  it("reads a row as SharePoint returns it and writes it back unchanged", () => {
    const record = volunteerFromFields("7", '"g,3"', {
      Title: "Ahmed Haddad",
      Email: "ahmed.haddad@northstar-eng.example",
      Topics: "Engineering;Professional licensing; Site work",
      Languages: "English;Arabic",
      PreferredFormat: "either",
      MonthlyCapacity: 3,
      Active: true,
      AdvisorNotes: "Prefers mornings.",
    });
    expect(record).toMatchObject({
      itemId: "7",
      etag: '"g,3"',
      topics: ["Engineering", "Professional licensing", "Site work"],
      preferredFormat: "Either",
      monthlyCapacity: 3,
      active: true,
      directoryId: null,
    });
    const fields = volunteerToFields(record!);
    expect(fields).toMatchObject({
      Title: "Ahmed Haddad",
      Topics: "Engineering;Professional licensing;Site work",
      PreferredFormat: "Either",
      MonthlyCapacity: 3,
    });
  });

  it("skips rows without a name and reads a false Active as deactivated", () => {
    expect(volunteerFromFields("1", null, { Email: "x@y.example" })).toBeNull();
    expect(volunteerFromFields("2", null, { Title: "A", Active: false })?.active).toBe(false);
    expect(volunteerFromFields("3", null, { Title: "B" })?.active).toBe(true);
  });
});

describe("validation", () => {
  it("names each problem by field", () => {
    const problems = validateVolunteer({
      ...EMPTY_VOLUNTEER,
      email: "not-an-address",
      monthlyCapacity: -1,
    });
    expect(problems).toEqual([
      { field: "name", code: "name-required" },
      { field: "email", code: "email-invalid" },
      { field: "monthlyCapacity", code: "capacity-invalid" },
    ]);
  });

  it("refuses an address another volunteer already has, whatever its case", () => {
    const taken = new Set(["zoe.obrien@lakeshorehealth.example"]);
    const problems = validateVolunteer(
      { ...zoe, email: "Zoe.OBrien@LakeshoreHealth.example" },
      taken,
    );
    expect(problems).toEqual([{ field: "email", code: "email-duplicate" }]);
  });
});

describe("search and filter", () => {
  const inactive = {
    ...zoe,
    itemId: "2",
    name: "Marcus Delorme",
    active: false,
    topics: ["Teaching"],
  };
  it("matches words without accents and hides deactivated volunteers unless asked", () => {
    expect(filterVolunteers([zoe, inactive], { text: "zoe nursing" }).map((v) => v.itemId)).toEqual(
      ["1"],
    );
    expect(filterVolunteers([zoe, inactive], { text: "teaching" })).toEqual([]);
    expect(
      filterVolunteers([zoe, inactive], { text: "teaching", includeInactive: true }),
    ).toHaveLength(1);
    expect(filterVolunteers([zoe, inactive], { industry: "Education" })).toEqual([]);
  });
});

describe("CSV", () => {
  it("round-trips an export, keeping formula-like text inert in the file but intact on import", () => {
    const tricky = {
      ...zoe,
      name: "Lam, Grace",
      advisorNotes: '=HYPERLINK("x") "quoted"\nsecond line',
    };
    const csv = volunteersToCsv([tricky]);
    expect(csv).toContain("'=HYPERLINK");
    const back = parseVolunteerCsv(csv);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.drafts[0]).toMatchObject({
      name: "Lam, Grace",
      advisorNotes: tricky.advisorNotes,
      topics: ["Nursing", "Shift work"],
      monthlyCapacity: 2,
      preferredFormat: "Teams",
      active: true,
    });
  });

  it("refuses the whole file and lists every bad line", () => {
    const csv = [
      "Name,Email,Monthly capacity,Preferred format,Active",
      "Good Person,good@x.example,2,Teams,Yes",
      ",nameless@x.example,1,,",
      "Bad Cap,cap@x.example,lots,,",
      "Twice,good@x.example,1,,",
      "Taken,zoe.obrien@lakeshorehealth.example,1,Carrier pigeon,maybe",
    ].join("\n");
    const result = parseVolunteerCsv(csv, new Set(["zoe.obrien@lakeshorehealth.example"]));
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, code: "name-required", column: "Name" },
        { line: 4, code: "capacity-invalid", column: "Monthly capacity" },
        { line: 5, code: "duplicate-in-file", column: "Email" },
        { line: 6, code: "email-duplicate", column: "Email" },
        { line: 6, code: "format-invalid", column: "Preferred format" },
        { line: 6, code: "active-invalid", column: "Active" },
      ],
    });
  });

  it("needs Name and Email headers, in any order and case", () => {
    expect(parseVolunteerCsv("Organisation\nX")).toEqual({
      ok: false,
      errors: [
        { line: 1, code: "missing-header", column: "Name" },
        { line: 1, code: "missing-header", column: "Email" },
      ],
    });
    const ok = parseVolunteerCsv("EMAIL,name\na@b.example,A");
    expect(ok.ok && ok.drafts[0]?.name).toBe("A");
    expect(parseVolunteerCsv("")).toEqual({ ok: false, errors: [{ line: 1, code: "empty-file" }] });
  });
});

describe("monthly load", () => {
  const now = new Date("2026-11-15T12:00:00Z");

  it("counts a meeting by the centre's calendar month, not UTC's", () => {
    // 23:30 on 31 October in Toronto is already 1 November in UTC; 00:30 on 1 December in UTC is
    // still 30 November in Toronto.
    const bookings = [
      booking(zoe.email, "2026-11-01T03:30:00Z"),
      booking(zoe.email, "2026-12-01T00:30:00Z"),
      booking(zoe.email, "2026-11-20T15:00:00Z"),
    ];
    const [toronto] = volunteerLoads([zoe], bookings, now, "America/Toronto");
    expect(toronto).toMatchObject({ booked: 2, capacity: 2, full: true });
    const [utc] = volunteerLoads([zoe], bookings, now, "UTC");
    expect(utc).toMatchObject({ booked: 2, full: true });
    // In Tokyo the first is 1 November and the second 1 December: only two count here as well,
    // but a different pair.
    const [tokyo] = volunteerLoads([zoe], bookings.slice(0, 2), now, "Asia/Tokyo");
    expect(tokyo?.booked).toBe(1);
    const [toronto2] = volunteerLoads([zoe], bookings.slice(0, 2), now, "America/Toronto");
    expect(toronto2?.booked).toBe(1);
    const [torontoLate] = volunteerLoads([zoe], [bookings[0]!], now, "America/Toronto");
    expect(torontoLate?.booked).toBe(0);
  });

  it("counts last month's bookings only in last month, and matches addresses in any case", () => {
    const bookings = [
      booking("ZOE.OBRIEN@lakeshorehealth.example", "2026-10-12T16:00:00Z"),
      booking("Zoe.OBrien@lakeshorehealth.example", "2026-11-12T16:00:00Z"),
    ];
    expect(volunteerLoads([zoe], bookings, now, "America/Toronto")[0]).toMatchObject({
      booked: 1,
      full: false,
    });
    const october = new Date("2026-10-20T12:00:00Z");
    expect(volunteerLoads([zoe], bookings, october, "America/Toronto")[0]?.booked).toBe(1);
  });

  it("treats no cap as never full and a cap of zero as full", () => {
    const loads = volunteerLoads(
      [
        { ...zoe, monthlyCapacity: null },
        { ...zoe, itemId: "2", monthlyCapacity: 0 },
      ],
      [],
      now,
      "America/Toronto",
    );
    expect(loads.map((l) => l.full)).toEqual([false, true]);
  });
});

describe("funnel", () => {
  it("counts each booking at every stage it passed", () => {
    const rows = [
      bookingFromFields("1", {
        VolunteerEmail: "a@x",
        MeetingDate: "2026-11-02T15:00:00Z",
        Stage: "requested",
      }),
      bookingFromFields("2", {
        VolunteerEmail: "a@x",
        MeetingDate: "2026-11-03T15:00:00Z",
        Stage: "booked",
      }),
      bookingFromFields("3", {
        VolunteerEmail: "a@x",
        MeetingDate: "2026-10-03T15:00:00Z",
        Stage: "met",
      }),
      bookingFromFields("4", {
        VolunteerEmail: "a@x",
        MeetingDate: "2026-10-04T15:00:00Z",
        Stage: "thanked",
      }),
      bookingFromFields("5", {
        VolunteerEmail: "a@x",
        MeetingDate: "not a date",
        Stage: "cancelled",
      }),
    ];
    expect(rows[4]).toMatchObject({ meetingDate: null, stage: null });
    expect(funnelCounts(rows)).toEqual({ requested: 4, booked: 3, met: 2, thanked: 1 });
  });
});
