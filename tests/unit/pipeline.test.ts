import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { InterviewRecord, Stage } from "../../src/domain/interview";
import { STAGES } from "../../src/domain/interview";
import {
  advanceStage,
  applyStageEvent,
  interviewFromReferral,
  nextAction,
  sortByUrgency,
} from "../../src/domain/pipeline";

/** A wall-clock time in a named zone, as an instant. */
function at(local: string, zone: string): Date {
  return DateTime.fromISO(local, { zone }).toJSDate();
}
const zone = "America/Toronto";
const iso = (local: string) => at(local, zone).toISOString();

function interview(
  name: string,
  stage: Stage,
  extra: Partial<InterviewRecord> = {},
): InterviewRecord {
  return {
    contactId: name.toLowerCase().replace(/\s+/g, "-"),
    displayName: name,
    emailAddress: `${name.split(" ")[0]?.toLowerCase()}@northfield.example`,
    source: "directory",
    stage,
    questions: [],
    events: [],
    updatedAt: iso("2026-11-20T09:00"),
    ...extra,
  };
}

const meeting = { eventId: "e1", start: iso("2026-12-01T10:00"), end: iso("2026-12-01T10:30") };

describe("nextAction (America/Toronto)", () => {
  const now = at("2026-11-30T12:00", zone);

  it.each([
    ["found", "research"],
    ["researched", "pick-questions"],
    ["questionsReady", "draft-request"],
    ["thanked", "done"],
  ] as const)("%s → %s", (stage, action) => {
    expect(nextAction(interview("Jordan Lee", stage), now)).toEqual({ action, overdue: false });
  });

  it("asks to book after a request, and suggests a follow-up once a week has passed", () => {
    const requested = interview("Jordan Lee", "requested", {
      stageChangedAt: iso("2026-11-25T09:00"),
    });
    const soon = nextAction(requested, at("2026-11-30T12:00", zone));
    expect(soon).toMatchObject({ action: "book", overdue: false });
    expect(soon.due?.toISOString()).toBe(iso("2026-12-02T09:00"));
    expect(nextAction(requested, at("2026-12-02T09:01", zone))).toMatchObject({
      action: "follow-up-request",
      overdue: true,
    });
    expect(
      nextAction(requested, at("2026-11-28T09:01", zone), { requestNudgeDays: 3 }).overdue,
    ).toBe(true);
  });

  it("prepares before a booked meeting, attends during it, captures takeaways after", () => {
    const booked = interview("Jordan Lee", "booked", { events: [meeting] });
    expect(nextAction(booked, at("2026-12-01T09:00", zone))).toMatchObject({
      action: "prepare",
      due: at("2026-12-01T10:00", zone),
    });
    expect(nextAction(booked, at("2026-12-01T10:10", zone))).toMatchObject({ action: "attend" });
    expect(nextAction(booked, at("2026-12-01T11:00", zone))).toMatchObject({
      action: "capture-takeaways",
      overdue: false,
    });
    expect(nextAction(booked, at("2026-12-02T10:31", zone)).overdue).toBe(true);
  });

  it("asks to book again when the booked meeting was cancelled", () => {
    expect(nextAction(interview("Jordan Lee", "booked"), now).action).toBe("book");
  });

  it("wants the thank-you within 24 hours of the meeting's end, and flags it after", () => {
    const met = interview("Jordan Lee", "met", { events: [meeting] });
    const justAfter = nextAction(met, at("2026-12-01T15:00", zone));
    expect(justAfter).toMatchObject({ action: "send-thank-you", overdue: false });
    expect(justAfter.due?.toISOString()).toBe(iso("2026-12-02T10:30"));
    expect(nextAction(met, at("2026-12-02T10:29", zone)).overdue).toBe(false);
    expect(nextAction(met, at("2026-12-02T10:31", zone)).overdue).toBe(true);
  });

  it("stops asking for the thank-you once it went out, even before the stage caught up", () => {
    const met = interview("Jordan Lee", "met", {
      events: [meeting],
      thankYou: { draftId: "d1", sentAt: iso("2026-12-01T17:00") },
    });
    // Only the keep-in-touch note is left, three months on (the default interval).
    expect(nextAction(met, at("2026-12-05T09:00", zone))).toEqual({
      action: "keep-in-touch",
      due: new Date(iso("2027-03-01T17:00")),
      overdue: false,
    });
    expect(
      nextAction({ ...met, keepInTouch: { months: 0 } }, at("2026-12-05T09:00", zone)),
    ).toEqual({ action: "done", overdue: false });
  });

  it("keeps asking for the thank-you while only a draft exists", () => {
    const met = interview("Jordan Lee", "met", { events: [meeting], thankYou: { draftId: "d1" } });
    expect(nextAction(met, at("2026-12-03T09:00", zone))).toMatchObject({
      action: "send-thank-you",
      overdue: true,
    });
  });

  it("counts the 24 hours in real time across the clock change (America/Toronto, 1 November 2026)", () => {
    const sat = { eventId: "e2", start: iso("2026-10-31T16:00"), end: iso("2026-10-31T16:30") };
    const met = interview("Jordan Lee", "met", { events: [sat] });
    // 24 real hours after 16:30 EDT Saturday is 15:30 EST Sunday.
    expect(nextAction(met, at("2026-11-01T15:29", zone)).overdue).toBe(false);
    expect(nextAction(met, at("2026-11-01T15:31", zone)).overdue).toBe(true);
  });
});

describe("sortByUrgency (America/Toronto)", () => {
  it("puts the overdue thank-you first, then what is due soonest, finished last", () => {
    const now = at("2026-12-03T12:00", zone);
    const records = [
      interview("Thanked Person", "thanked"),
      interview("New Person", "found"),
      interview("Booked Person", "booked", {
        events: [{ eventId: "b", start: iso("2026-12-04T10:00"), end: iso("2026-12-04T10:30") }],
      }),
      interview("Late Thanks", "met", { events: [meeting] }),
      interview("Asked Person", "requested", { stageChangedAt: iso("2026-12-01T09:00") }),
      interview("Ready Person", "questionsReady"),
    ];
    expect(sortByUrgency(records, now).map((r) => r.displayName)).toEqual([
      "Late Thanks",
      "Booked Person",
      "Asked Person",
      "Ready Person",
      "New Person",
      "Thanked Person",
    ]);
  });
});

describe("advanceStage", () => {
  it("walks the stages forward with the matching events", () => {
    let stage: Stage = "found";
    for (const type of [
      "research-saved",
      "questions-chosen",
      "request-drafted",
      "event-booked",
      "meeting-ended",
      "thank-you-sent",
    ] as const) {
      stage = advanceStage(stage, { type });
    }
    expect(stage).toBe("thanked");
  });

  it("never moves backwards on a late or repeated event", () => {
    expect(advanceStage("booked", { type: "research-saved" })).toBe("booked");
    expect(advanceStage("met", { type: "event-booked" })).toBe("met");
    expect(advanceStage("booked", { type: "event-cancelled" })).toBe("booked");
  });

  it("skips ahead when a step happened outside the app (booked straight from found)", () => {
    expect(advanceStage("found", { type: "event-booked" })).toBe("booked");
  });

  it("moves back only on an explicit reset", () => {
    expect(advanceStage("thanked", { type: "reset", to: "questionsReady" })).toBe("questionsReady");
  });

  it("keeps STAGES in the method's order", () => {
    expect(STAGES).toEqual([
      "found",
      "researched",
      "questionsReady",
      "requested",
      "booked",
      "met",
      "thanked",
    ]);
  });
});

describe("applyStageEvent (America/Toronto)", () => {
  it("stamps the stage change so the follow-up nudge is timed from the request", () => {
    const ready = interview("Jordan Lee", "questionsReady");
    const sent = applyStageEvent(ready, { type: "request-drafted" }, at("2026-12-01T09:00", zone));
    expect(sent.stage).toBe("requested");
    expect(sent.stageChangedAt).toBe(iso("2026-12-01T09:00"));
    expect(nextAction(sent, at("2026-12-08T09:01", zone)).action).toBe("follow-up-request");
  });

  it("leaves the record untouched when the event does not move it forward", () => {
    const booked = interview("Jordan Lee", "booked", { stageChangedAt: iso("2026-11-28T09:00") });
    expect(applyStageEvent(booked, { type: "research-saved" }, at("2026-12-01T09:00", zone))).toBe(
      booked,
    );
  });

  it("records when the thank-you was sent", () => {
    const met = interview("Jordan Lee", "met", { thankYou: { draftId: "d1" } });
    const thanked = applyStageEvent(met, { type: "thank-you-sent" }, at("2026-12-02T08:00", zone));
    expect(thanked.stage).toBe("thanked");
    expect(thanked.thankYou).toEqual({ draftId: "d1", sentAt: iso("2026-12-02T08:00") });
  });
});

describe("interviewFromReferral (America/Toronto)", () => {
  it("turns a suggested name into a new contact at the first stage, with who referred them", () => {
    const now = at("2026-12-01T11:00", zone);
    const record = interviewFromReferral(
      { name: " Priya Shah ", email: "priya@northfield.example", note: "runs the GIS team" },
      "Jordan Lee",
      "contact-42",
      now,
    );
    expect(record).toEqual({
      contactId: "contact-42",
      displayName: "Priya Shah",
      emailAddress: "priya@northfield.example",
      source: "referral",
      referredBy: "Jordan Lee",
      howWeMet: "runs the GIS team",
      stage: "found",
      stageChangedAt: now.toISOString(),
      questions: [],
      events: [],
      updatedAt: now.toISOString(),
    });
    expect(nextAction(record, now).action).toBe("research");
  });
});
