import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { BusyBlock, SlotPerson, SlotResult, SlotSearch } from "../../src/domain/slots";
import {
  availabilityViewToBusy,
  chooseScheduleWindow,
  describeSlot,
  findFreeSlots,
  sharedFreeTime,
} from "../../src/domain/slots";
import type { WorkingHours } from "../../src/domain/time/workingHours";

/** A wall-clock time in a named zone, as an instant: every date in these tests names its zone. */
function at(local: string, zone: string): Date {
  const d = DateTime.fromISO(local, { zone });
  if (!d.isValid) throw new Error(`bad test time ${local} ${zone}`);
  return d.toJSDate();
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];
function hours(startTime: string, endTime: string, timeZone?: string): WorkingHours {
  return { daysOfWeek: WEEKDAYS, startTime, endTime, ...(timeZone ? { timeZone } : {}) };
}

function person(
  role: "user" | "contact",
  zone: string,
  workingHours: WorkingHours,
  busy: BusyBlock[] | null = [],
): SlotPerson {
  return { role, zone, workingHours, busy };
}

/** Local wall-clock view of an instant: weekday (1 = Monday) and minutes since midnight. */
function wall(instant: Date, zone: string): { weekday: number; minute: number; date: string } {
  const d = DateTime.fromJSDate(instant, { zone });
  return { weekday: d.weekday, minute: d.hour * 60 + d.minute, date: d.toISODate() ?? "" };
}

/** Every slot starts and ends inside weekday working hours [from, to) on that person's own day. */
function expectInsideWorkingDay(result: SlotResult, zone: string, from: string, to: string) {
  const [fh, fm] = from.split(":").map(Number) as [number, number];
  const [th, tm] = to.split(":").map(Number) as [number, number];
  for (const slot of result.slots) {
    const s = wall(slot.start, zone);
    const e = wall(slot.end, zone);
    expect(s.weekday, `${slot.start.toISOString()} in ${zone}`).toBeLessThanOrEqual(5);
    expect(s.date).toBe(e.date);
    expect(s.minute).toBeGreaterThanOrEqual(fh * 60 + fm);
    expect(e.minute).toBeLessThanOrEqual(th * 60 + tm);
  }
}

function span(start: Date, end: Date) {
  return { start: start.toISOString(), end: end.toISOString() };
}

describe("findFreeSlots: both people in one zone (America/Toronto)", () => {
  const zone = "America/Toronto";
  const search = (busy: BusyBlock[], extra: Partial<SlotSearch> = {}): SlotSearch => ({
    now: at("2026-12-04T12:00", zone),
    window: { start: at("2026-12-07T00:00", zone), end: at("2026-12-12T00:00", zone) },
    people: [
      person("user", zone, hours("09:00", "17:00")),
      person("contact", zone, hours("09:00", "17:00"), busy),
    ],
    ...extra,
  });

  it("offers six 30-minute slots, best first, on weekdays within 9 to 5", () => {
    const result = findFreeSlots(search([]));
    expect(result.reason).toBeUndefined();
    expect(result.slots).toHaveLength(6);
    expectInsideWorkingDay(result, zone, "09:00", "17:00");
    for (const slot of result.slots) {
      expect(slot.end.getTime() - slot.start.getTime()).toBe(30 * 60_000);
      expect(wall(slot.start, zone).minute % 15).toBe(0);
    }
    const scores = result.slots.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("prefers mid-morning or mid-afternoon on the contact's clock", () => {
    const best = findFreeSlots(search([])).slots[0];
    expect(best).toBeDefined();
    expect(["10:30", "14:30"]).toContain(
      DateTime.fromJSDate(best!.start, { zone }).toFormat("HH:mm"),
    );
  });

  it("gives at most two slots per day, well apart, so there is a choice of days", () => {
    const result = findFreeSlots(search([], { options: { maxSlots: 10 } }));
    const perDay = new Map<string, Date[]>();
    for (const slot of result.slots) {
      const day = wall(slot.start, zone).date;
      perDay.set(day, [...(perDay.get(day) ?? []), slot.start]);
    }
    expect(perDay.size).toBe(5);
    for (const starts of perDay.values()) {
      expect(starts.length).toBeLessThanOrEqual(2);
      if (starts.length === 2) {
        expect(Math.abs(starts[0]!.getTime() - starts[1]!.getTime())).toBeGreaterThanOrEqual(
          90 * 60_000,
        );
      }
    }
  });

  it("can fill a single day when spreading is turned off", () => {
    const result = findFreeSlots(
      search([], {
        window: { start: at("2026-12-08T00:00", zone), end: at("2026-12-09T00:00", zone) },
        options: { spreadAcrossDays: false },
      }),
    );
    expect(result.slots).toHaveLength(6);
    const sorted = result.slots.map((s) => s.start.getTime()).sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(30 * 60_000);
    }
  });

  it("honours the requested length (45 minutes)", () => {
    const result = findFreeSlots(search([], { durationMinutes: 45 }));
    for (const slot of result.slots) {
      expect(slot.end.getTime() - slot.start.getTime()).toBe(45 * 60_000);
    }
  });
});

describe("findFreeSlots: buffers, tentative, out of office (America/Toronto)", () => {
  const zone = "America/Toronto";
  const base = (contactBusy: BusyBlock[], options: SlotSearch["options"] = {}): SlotSearch => ({
    now: at("2026-12-07T06:00", zone),
    window: { start: at("2026-12-08T00:00", zone), end: at("2026-12-09T00:00", zone) },
    people: [
      person("user", zone, hours("09:00", "17:00")),
      person("contact", zone, hours("09:00", "17:00"), contactBusy),
    ],
    options,
  });
  const meeting: BusyBlock = {
    start: at("2026-12-08T10:00", zone),
    end: at("2026-12-08T11:00", zone),
    status: "busy",
  };

  it("keeps ten minutes clear next to another meeting", () => {
    const free = sharedFreeTime(base([meeting]));
    expect(free.map((f) => span(f.start, f.end))).toEqual([
      span(at("2026-12-08T09:00", zone), at("2026-12-08T09:50", zone)),
      span(at("2026-12-08T11:10", zone), at("2026-12-08T17:00", zone)),
    ]);
    const slots = findFreeSlots(base([meeting], { spreadAcrossDays: false, maxSlots: 40 })).slots;
    const starts = slots.map((s) => DateTime.fromJSDate(s.start, { zone }).toFormat("HH:mm"));
    expect(starts).not.toContain("09:30"); // would end at 10:00, touching the meeting
    expect(starts).not.toContain("11:00"); // would start the moment the meeting ends
    expect(starts).toContain("11:15");
  });

  it("lets a slot sit right next to a meeting when the buffer is zero", () => {
    const free = sharedFreeTime(base([meeting], { bufferMinutes: 0 }));
    expect(free[0] && span(free[0].start, free[0].end)).toEqual(
      span(at("2026-12-08T09:00", zone), at("2026-12-08T10:00", zone)),
    );
  });

  it("offers a tentative time only flagged and ranked below a clear one", () => {
    // Tentative covers the whole morning; the afternoon is clear.
    const tentative: BusyBlock = {
      start: at("2026-12-08T09:00", zone),
      end: at("2026-12-08T12:00", zone),
      status: "tentative",
    };
    const result = findFreeSlots(base([tentative], { spreadAcrossDays: false, maxSlots: 40 }));
    const morning = result.slots.filter((s) => wall(s.start, zone).minute < 12 * 60);
    const afternoon = result.slots.filter((s) => wall(s.start, zone).minute >= 13 * 60);
    expect(morning.length).toBeGreaterThan(0);
    expect(morning.every((s) => s.tentativeConflict)).toBe(true);
    expect(afternoon.every((s) => !s.tentativeConflict)).toBe(true);
    expect(result.slots[0]!.tentativeConflict).toBe(false);
    const bestMorning = Math.max(...morning.map((s) => s.score));
    const bestAfternoon = Math.max(...afternoon.map((s) => s.score));
    expect(bestMorning).toBeLessThan(bestAfternoon);
  });

  it("never offers a tentative time when tentative is treated as busy", () => {
    const tentative: BusyBlock = {
      start: at("2026-12-08T09:00", zone),
      end: at("2026-12-08T12:00", zone),
      status: "tentative",
    };
    const result = findFreeSlots(
      base([tentative], { treatTentativeAsBusy: true, spreadAcrossDays: false, maxSlots: 40 }),
    );
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      expect(slot.tentativeConflict).toBe(false);
      expect(slot.start.getTime()).toBeGreaterThanOrEqual(at("2026-12-08T12:10", zone).getTime());
    }
  });

  it("blocks a whole day of out-of-office and still offers the other days", () => {
    const search: SlotSearch = {
      now: at("2026-12-04T12:00", zone),
      window: { start: at("2026-12-07T00:00", zone), end: at("2026-12-10T00:00", zone) },
      people: [
        person("user", zone, hours("09:00", "17:00")),
        person("contact", zone, hours("09:00", "17:00"), [
          { start: at("2026-12-08T00:00", zone), end: at("2026-12-09T00:00", zone), status: "oof" },
        ]),
      ],
      options: { maxSlots: 10 },
    };
    const days = findFreeSlots(search).slots.map((s) => wall(s.start, zone).date);
    expect(days).not.toContain("2026-12-08");
    expect(new Set(days)).toEqual(new Set(["2026-12-07", "2026-12-09"]));
  });

  it("treats working elsewhere as available", () => {
    const wfh: BusyBlock = {
      start: at("2026-12-08T00:00", zone),
      end: at("2026-12-09T00:00", zone),
      status: "workingElsewhere",
    };
    expect(findFreeSlots(base([wfh])).slots.length).toBeGreaterThan(0);
  });

  it("says no-overlap when every shared working minute is taken", () => {
    const allDay: BusyBlock = {
      start: at("2026-12-08T08:00", zone),
      end: at("2026-12-08T18:00", zone),
      status: "busy",
    };
    expect(findFreeSlots(base([allDay]))).toEqual({ slots: [], reason: "no-overlap" });
  });

  it("refuses a window shorter than the meeting", () => {
    const result = findFreeSlots({
      ...base([]),
      window: { start: at("2026-12-08T10:00", zone), end: at("2026-12-08T10:20", zone) },
    });
    expect(result).toEqual({ slots: [], reason: "window-too-short" });
  });
});

describe("findFreeSlots: not sooner than skipHours (America/Toronto)", () => {
  const zone = "America/Toronto";
  it("offers nothing in the next four hours by default", () => {
    const now = at("2026-12-08T09:05", zone);
    const result = findFreeSlots({
      now,
      window: { start: now, end: at("2026-12-09T00:00", zone) },
      people: [
        person("user", zone, hours("09:00", "17:00")),
        person("contact", zone, hours("09:00", "17:00")),
      ],
      options: { spreadAcrossDays: false, maxSlots: 20 },
    });
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      expect(slot.start.getTime()).toBeGreaterThanOrEqual(at("2026-12-08T13:05", zone).getTime());
    }
  });

  it("says the window is too short when the skip swallows it", () => {
    const now = at("2026-12-08T15:00", zone);
    const result = findFreeSlots({
      now,
      window: { start: now, end: at("2026-12-08T18:00", zone) },
      people: [
        person("user", zone, hours("09:00", "17:00")),
        person("contact", zone, hours("09:00", "17:00")),
      ],
    });
    expect(result.reason).toBe("window-too-short");
  });
});

describe("findFreeSlots: Vancouver user, Halifax contact", () => {
  it("stays inside both working days: Halifax afternoons are Vancouver mornings", () => {
    const result = findFreeSlots({
      now: at("2026-12-04T12:00", "America/Vancouver"),
      window: {
        start: at("2026-12-07T00:00", "America/Vancouver"),
        end: at("2026-12-12T00:00", "America/Vancouver"),
      },
      people: [
        person("user", "Pacific Standard Time", hours("09:00", "17:00", "Pacific Standard Time")),
        person("contact", "America/Halifax", hours("09:00", "17:00")),
      ],
      options: { maxSlots: 10 },
    });
    expect(result.slots.length).toBeGreaterThan(0);
    expectInsideWorkingDay(result, "America/Vancouver", "09:00", "13:00");
    expectInsideWorkingDay(result, "America/Halifax", "13:00", "17:00");
    const first = result.slots[0]!;
    // A Windows name resolves to CLDR's main zone for it, which keeps the same clock rules.
    expect(first.local.user.zone).toBe("America/Los_Angeles");
    expect(first.local.contact.start).toMatch(/-04:00$/);
    expect(first.local.user.start).toMatch(/-08:00$/);
    // Each side reads the same slot on their own clock, in their own language.
    const halifax = DateTime.fromJSDate(first.start, { zone: "America/Halifax" });
    const vancouver = DateTime.fromJSDate(first.start, { zone: "America/Vancouver" });
    expect(describeSlot(first, "contact", "en")).toContain(
      `${halifax.setLocale("en-CA").toFormat("h:mm a")} – `,
    );
    expect(describeSlot(first, "contact", "en")).toMatch(/ AST$/);
    expect(describeSlot(first, "user", "fr-CA")).toContain(vancouver.toFormat("H 'h' mm"));
    expect(describeSlot(first, "user", "fr-CA")).toMatch(/ HNP$/);
  });
});

describe("findFreeSlots: scored on the contact's clock (America/Toronto user, Europe/London contact)", () => {
  it("puts mid-afternoon in London first, though it is early morning in Toronto", () => {
    const result = findFreeSlots({
      now: at("2026-12-04T12:00", "America/Toronto"),
      window: {
        start: at("2026-12-08T00:00", "Europe/London"),
        end: at("2026-12-09T00:00", "Europe/London"),
      },
      people: [
        person("user", "America/Toronto", hours("06:00", "18:00")),
        person("contact", "Europe/London", hours("09:00", "17:00")),
      ],
    });
    const best = result.slots[0]!;
    expect(DateTime.fromJSDate(best.start, { zone: "Europe/London" }).toFormat("HH:mm")).toBe(
      "14:30",
    );
    expect(best.local.user.start).toBe("2026-12-08T09:30:00-05:00");
    expect(best.local.contact.start).toBe("2026-12-08T14:30:00+00:00");
  });
});

describe("findFreeSlots: Toronto user, Singapore contact", () => {
  const window = {
    start: at("2026-12-07T00:00", "America/Toronto"),
    end: at("2026-12-12T00:00", "America/Toronto"),
  };
  const now = at("2026-12-04T12:00", "America/Toronto");

  it("explains that nine-to-five days never meet (13 hours apart)", () => {
    const result = findFreeSlots({
      now,
      window,
      people: [
        person("user", "America/Toronto", hours("09:00", "17:00")),
        person("contact", "Asia/Singapore", hours("09:00", "18:00")),
      ],
    });
    expect(result).toEqual({ slots: [], reason: "no-working-hours-overlap" });
  });

  it("finds the half hour where an early Toronto day meets a late Singapore one", () => {
    // Toronto 07:00 EST is 20:00 in Singapore; the contact works until 20:30.
    const people = [
      person("user", "America/Toronto", hours("07:00", "17:00")),
      person(
        "contact",
        "Singapore Standard Time",
        hours("08:00", "20:30", "Singapore Standard Time"),
      ),
    ];
    const result = findFreeSlots({ now, window, people });
    expect(result.reason).toBeUndefined();
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      expect(DateTime.fromJSDate(slot.start, { zone: "America/Toronto" }).toFormat("HH:mm")).toBe(
        "07:00",
      );
      expect(slot.local.contact.start).toMatch(/T20:00:00\+08:00$/);
    }
    expect(findFreeSlots({ now, window, people, durationMinutes: 45 }).reason).toBe(
      "no-working-hours-overlap",
    );
  });
});

describe("findFreeSlots: London and Toronto while only one side has changed clocks", () => {
  const people = [
    person("user", "Europe/London", hours("09:00", "17:00", "GMT Standard Time")),
    person("contact", "America/Toronto", hours("09:00", "17:00", "Eastern Standard Time")),
  ];
  const day = (date: string) => ({
    now: at(`${date}T00:00`, "UTC"),
    window: {
      start: at(`${date}T00:00`, "Europe/London"),
      end: at(`${date}T23:59`, "Europe/London"),
    },
    people,
    options: { skipHours: 0 },
  });

  // Canada and the US moved to summer time on 8 March 2026, the UK on 29 March: for three weeks
  // the two cities are four hours apart instead of five, and the shared afternoon is longer.
  it.each([
    ["2026-03-04", "both on standard time", "14:00", "17:00"],
    ["2026-03-25", "Toronto on EDT, London still on GMT", "13:00", "17:00"],
    ["2026-04-01", "both on summer time", "13:00", "16:00"],
    // In autumn the UK goes back first (25 October), Canada a week later (1 November).
    ["2026-10-21", "both on summer time", "13:00", "16:00"],
    ["2026-10-28", "London back on GMT, Toronto still on EDT", "13:00", "17:00"],
    ["2026-11-04", "both on standard time", "14:00", "17:00"],
  ])("on %s (%s) they share %s–%s UTC", (date, _why, from, to) => {
    const free = sharedFreeTime(day(date));
    expect(free.map((f) => span(f.start, f.end))).toEqual([
      span(at(`${date}T${from}`, "UTC"), at(`${date}T${to}`, "UTC")),
    ]);
  });

  it.each([
    // Spring: four hours apart until the UK changes on 29 March, then five again.
    [
      "2026-03-23",
      "2026-04-04",
      { before: "2026-03-29", early: ["13:00", "17:00"], late: ["13:00", "16:00"] },
    ],
    // Autumn: four hours apart after the UK changes (25 October) until Canada does (1 November).
    [
      "2026-10-26",
      "2026-11-07",
      { before: "2026-11-01", early: ["13:00", "17:00"], late: ["14:00", "17:00"] },
    ],
  ])("a single search from %s to %s lays each day out on its own clocks", (from, to, expected) => {
    const free = sharedFreeTime({
      now: at(`${from}T00:00`, "UTC"),
      window: { start: at(`${from}T00:00`, "UTC"), end: at(`${to}T00:00`, "UTC") },
      people,
      options: { skipHours: 0 },
    });
    expect(free.length).toBe(10); // ten weekdays
    for (const f of free) {
      const date = f.start.toISOString().slice(0, 10);
      const [start, end] = date < expected.before ? expected.early : expected.late;
      expect(span(f.start, f.end), date).toEqual(
        span(at(`${date}T${start}`, "UTC"), at(`${date}T${end}`, "UTC")),
      );
    }
  });

  it.each([
    ["spring", "2026-03-16", "2026-04-10"],
    ["autumn", "2026-10-19", "2026-11-07"],
  ])("every slot offered across the %s change sits inside both working days", (_s, from, to) => {
    const result = findFreeSlots({
      now: at(`${from}T00:00`, "Europe/London"),
      window: {
        start: at(`${from}T00:00`, "Europe/London"),
        end: at(`${to}T00:00`, "Europe/London"),
      },
      people,
      options: { skipHours: 0, maxSlots: 40, spreadAcrossDays: false },
    });
    expect(result.slots.length).toBe(40);
    expectInsideWorkingDay(result, "Europe/London", "09:00", "17:00");
    expectInsideWorkingDay(result, "America/Toronto", "09:00", "17:00");
  });
});

describe("findFreeSlots: across the date line (Pacific/Auckland user, Pacific/Honolulu contact)", () => {
  const people = [
    person("user", "Pacific/Auckland", hours("09:00", "17:00", "New Zealand Standard Time")),
    person("contact", "Pacific/Honolulu", hours("09:00", "17:00", "Hawaiian Standard Time")),
  ];

  it("meets Honolulu's Monday–Thursday with Auckland's Tuesday–Friday, never a weekend", () => {
    const result = findFreeSlots({
      now: at("2026-11-13T12:00", "Pacific/Auckland"),
      window: {
        start: at("2026-11-16T00:00", "Pacific/Auckland"),
        end: at("2026-11-28T00:00", "Pacific/Auckland"),
      },
      people,
      options: { maxSlots: 30, spreadAcrossDays: false },
    });
    expect(result.slots.length).toBeGreaterThan(0);
    expectInsideWorkingDay(result, "Pacific/Auckland", "09:00", "17:00");
    expectInsideWorkingDay(result, "Pacific/Honolulu", "09:00", "17:00");
    const honoluluDays = new Set(
      result.slots.map((s) => wall(s.start, "Pacific/Honolulu").weekday),
    );
    const aucklandDays = new Set(
      result.slots.map((s) => wall(s.start, "Pacific/Auckland").weekday),
    );
    expect([...honoluluDays].every((d) => d >= 1 && d <= 4)).toBe(true);
    expect([...aucklandDays].every((d) => d >= 2 && d <= 5)).toBe(true);
  });

  it("gains an hour together when New Zealand moves to summer time (27 September 2026)", () => {
    const shared = (date: string) =>
      sharedFreeTime({
        now: at("2026-09-01T00:00", "Pacific/Honolulu"),
        window: {
          start: at(`${date}T00:00`, "Pacific/Honolulu"),
          end: at(`${date}T23:59`, "Pacific/Honolulu"),
        },
        people,
      }).map((f) => span(f.start, f.end));
    // Honolulu Tuesday = Auckland Wednesday. NZST (+12): Auckland 09:00 is Honolulu 11:00.
    expect(shared("2026-09-22")).toEqual([
      span(at("2026-09-22T11:00", "Pacific/Honolulu"), at("2026-09-22T17:00", "Pacific/Honolulu")),
    ]);
    // NZDT (+13): Auckland 09:00 is Honolulu 10:00.
    expect(shared("2026-09-29")).toEqual([
      span(at("2026-09-29T10:00", "Pacific/Honolulu"), at("2026-09-29T17:00", "Pacific/Honolulu")),
    ]);
  });
});

describe("findFreeSlots: the contact's calendar cannot be read (America/Toronto ↔ America/Winnipeg)", () => {
  it("offers the user's own free times inside both working days and says why", () => {
    const zone = "America/Toronto";
    const userBusy: BusyBlock[] = [
      { start: at("2026-12-08T10:00", zone), end: at("2026-12-08T12:00", zone), status: "busy" },
    ];
    const result = findFreeSlots({
      now: at("2026-12-07T06:00", zone),
      window: { start: at("2026-12-08T00:00", zone), end: at("2026-12-09T00:00", zone) },
      people: [
        person("user", zone, hours("09:00", "17:00"), userBusy),
        person("contact", "America/Winnipeg", hours("09:00", "17:00"), null),
      ],
      options: { spreadAcrossDays: false, maxSlots: 40 },
    });
    expect(result.reason).toBe("contact-calendar-unreadable");
    expect(result.slots.length).toBeGreaterThan(0);
    // Winnipeg's 9 o'clock is Toronto's 10: nothing before 10:00 Toronto.
    expectInsideWorkingDay(result, "America/Winnipeg", "09:00", "17:00");
    for (const slot of result.slots) {
      const overlapsBusy =
        slot.start < new Date(at("2026-12-08T12:10", zone)) &&
        slot.end > new Date(at("2026-12-08T09:50", zone));
      expect(overlapsBusy).toBe(false);
    }
  });
});

describe("findFreeSlots: unreadable calendar and no shared working day (America/Toronto ↔ Asia/Tokyo)", () => {
  it("says the working days never meet rather than offering the user's times", () => {
    const result = findFreeSlots({
      now: at("2026-12-04T12:00", "America/Toronto"),
      window: {
        start: at("2026-12-07T00:00", "America/Toronto"),
        end: at("2026-12-12T00:00", "America/Toronto"),
      },
      people: [
        person("user", "America/Toronto", hours("09:00", "17:00")),
        person("contact", "Tokyo Standard Time", hours("09:00", "17:00"), null),
      ],
    });
    expect(result).toEqual({ slots: [], reason: "no-working-hours-overlap" });
  });
});

describe("findFreeSlots: two busy calendars (Europe/Paris ↔ America/Montreal)", () => {
  /** A deterministic pseudo-random calendar: the same seed always gives the same meetings. */
  function calendar(seed: number, count: number, from: Date, days: number): BusyBlock[] {
    let x = seed;
    const next = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
    const statuses = ["busy", "busy", "busy", "tentative", "oof", "workingElsewhere"] as const;
    return Array.from({ length: count }, () => {
      const start = from.getTime() + Math.floor(next() * days * 96) * 15 * 60_000;
      const length = (1 + Math.floor(next() * 8)) * 15 * 60_000;
      const status = statuses[Math.floor(next() * statuses.length)]!;
      return { start: new Date(start), end: new Date(start + length), status };
    });
  }

  it("never offers a time that clashes with a busy or away block, buffer included", () => {
    const from = at("2026-12-01T00:00", "UTC");
    const userBusy = calendar(7, 300, from, 20);
    const contactBusy = calendar(11, 300, from, 20);
    const result = findFreeSlots({
      now: at("2026-11-30T00:00", "UTC"),
      window: { start: from, end: at("2026-12-21T00:00", "UTC") },
      people: [
        person("user", "Europe/Paris", hours("08:00", "18:00")),
        person("contact", "America/Montreal", hours("08:00", "18:00"), contactBusy),
      ].map((p, i) => (i === 0 ? { ...p, busy: userBusy } : p)),
      options: { maxSlots: 12 },
    });
    expect(result.slots.length).toBe(12);
    const buffer = 10 * 60_000;
    for (const slot of result.slots) {
      for (const block of [...userBusy, ...contactBusy]) {
        if (block.status === "workingElsewhere") continue;
        const pad = block.status === "oof" ? 0 : buffer;
        const clash =
          slot.start.getTime() < block.end.getTime() + pad &&
          slot.end.getTime() > block.start.getTime() - pad;
        if (block.status === "tentative") {
          if (clash) expect(slot.tentativeConflict).toBe(true);
        } else {
          expect(clash, `${slot.start.toISOString()} vs ${block.start.toISOString()}`).toBe(false);
        }
      }
    }
  });
});

describe("availabilityViewToBusy (UTC)", () => {
  it("turns getSchedule digits into joined blocks, skipping free time", () => {
    const start = at("2026-12-08T09:00", "UTC");
    const blocks = availabilityViewToBusy("0022103340", start, 30);
    expect(blocks.map((b) => ({ ...span(b.start, b.end), status: b.status }))).toEqual([
      { ...span(at("2026-12-08T10:00", "UTC"), at("2026-12-08T11:00", "UTC")), status: "busy" },
      {
        ...span(at("2026-12-08T11:00", "UTC"), at("2026-12-08T11:30", "UTC")),
        status: "tentative",
      },
      { ...span(at("2026-12-08T12:00", "UTC"), at("2026-12-08T13:00", "UTC")), status: "oof" },
      {
        ...span(at("2026-12-08T13:00", "UTC"), at("2026-12-08T13:30", "UTC")),
        status: "workingElsewhere",
      },
    ]);
  });

  it("gives nothing for an empty or all-free view", () => {
    expect(availabilityViewToBusy("", new Date(0), 30)).toEqual([]);
    expect(availabilityViewToBusy("0000", new Date(0), 15)).toEqual([]);
  });
});

describe("chooseScheduleWindow (UTC)", () => {
  const now = at("2026-12-08T09:17:42", "UTC");
  it("stays under Graph's 62-day limit however many days are asked", () => {
    const { start, end } = chooseScheduleWindow(now, 90);
    expect(start.toISOString()).toBe("2026-12-08T09:17:00.000Z");
    expect(end.getTime() - start.getTime()).toBeLessThan(62 * 24 * 3_600_000);
  });
  it("keeps a sensible window for small and silly inputs", () => {
    const two = chooseScheduleWindow(now, 14);
    expect(two.end.getTime() - two.start.getTime()).toBe(14 * 24 * 3_600_000);
    const none = chooseScheduleWindow(now, 0);
    expect(none.end.getTime() - none.start.getTime()).toBe(24 * 3_600_000);
  });
});
