// The practice run's pure parts: the plan, the length, the friend check, the practice call's start
// and invitation (nothing private, markup escaped, French), and the practice field of the record.
import { describe, expect, it } from "vitest";
import {
  decodeInterviewExtension,
  encodeInterviewExtension,
  type InterviewExtensionFields,
} from "../../src/domain/interview";
import {
  DEFAULT_PRACTICE_MINUTES,
  buildPracticeInvitation,
  checkFriend,
  checkPracticeCallStart,
  defaultPracticeCallStart,
  practiceCallMinutes,
  practiceMinutes,
  practicePlan,
  practiceWindow,
  upcomingPracticeCall,
  withPracticeCall,
  withoutPracticeCall,
} from "../../src/domain/practice";

const QUESTIONS = [
  { id: "q1", text: "What does a typical week look like for you?" },
  { id: "q2", text: "Do you like your job?" },
  { id: "q3", text: "   " },
];

describe("practice plan", () => {
  it("walks the chosen questions in order, skips blank ones and shares the time evenly", () => {
    const plan = practicePlan(QUESTIONS, 10, "en");
    expect(plan.steps.map((s) => s.id)).toEqual(["q1", "q2"]);
    expect(plan.minutes).toBe(10);
    expect(plan.perQuestionMs).toBe(5 * 60_000);
  });

  it("lets the coach flag a closed question so it can still be reworked", () => {
    const [open, closed] = practicePlan(QUESTIONS, 15, "en").steps;
    expect(open?.assessment.kind).toBe("open");
    expect(closed?.assessment.kind).toBe("closed");
    expect(closed?.assessment.suggestion).toBeTruthy();
  });

  it("coaches in French for a French student", () => {
    const plan = practicePlan([{ id: "f", text: "Aimez-vous votre travail?" }], 15, "fr-CA");
    expect(plan.steps[0]?.assessment.kind).toBe("closed");
  });

  it("defaults to 15 minutes and refuses lengths it does not offer", () => {
    expect(DEFAULT_PRACTICE_MINUTES).toBe(15);
    expect(practiceMinutes(undefined)).toBe(15);
    expect(practiceMinutes(7)).toBe(15);
    expect(practiceMinutes(30)).toBe(30);
    expect(practicePlan([], 20, "en")).toEqual({ steps: [], minutes: 20, perQuestionMs: 0 });
  });

  it("runs the clock from the press for the chosen length", () => {
    const start = new Date("2026-12-01T15:00:00Z");
    expect(practiceWindow(start, 20).end.toISOString()).toBe("2026-12-01T15:20:00.000Z");
  });
});

describe("the friend's details", () => {
  it("asks for a name and a plausible address", () => {
    expect(checkFriend({ displayName: " ", emailAddress: "sam" })).toEqual({
      ok: false,
      problems: ["name-missing", "address-invalid"],
    });
    expect(checkFriend({ displayName: " Sam\nLee ", emailAddress: " sam@example.com " })).toEqual({
      ok: true,
      friend: { displayName: "Sam Lee", emailAddress: "sam@example.com" },
    });
  });
});

describe("practice-call invitation", () => {
  const base = {
    student: { displayName: "Avery Chen" },
    friend: { displayName: "Sam", emailAddress: "sam@example.com" },
    minutes: 15,
    questions: ["What does a typical week look like for you?"],
  } as const;

  it("says it is a practice run and lists only the questions given", () => {
    const draft = buildPracticeInvitation({ ...base, locale: "en" });
    expect(draft.subject).toBe("Practice interview with Avery Chen (15 min)");
    expect(draft.textBody).toContain("only a practice run, not a real interview");
    expect(draft.textBody).toContain("- What does a typical week look like for you?");
    expect(draft.textBody).toContain("Hi Sam,");
    expect(draft.textBody).toContain("on Teams for 15 minutes");
    expect(draft.textBody).toContain("same timer");
  });

  it("cannot carry private preparation: only the input's fields reach the body", () => {
    // Even if a caller passed a whole interview, extra fields are not read.
    const leaky = {
      ...base,
      locale: "en" as const,
      researchNotes: "SECRET research",
      takeaways: "SECRET takeaway",
      prepSheet: { researchSummary: "SECRET sheet" },
      contact: { displayName: "Morgan Real-Interviewee" },
    };
    const draft = buildPracticeInvitation(leaky);
    for (const text of [draft.subject, draft.textBody, draft.htmlBody]) {
      expect(text).not.toContain("SECRET");
      expect(text).not.toContain("Morgan");
    }
  });

  it("escapes names and questions that contain markup", () => {
    const draft = buildPracticeInvitation({
      ...base,
      locale: "en",
      student: { displayName: "<b>Avery</b>" },
      friend: { displayName: 'Sam <img src=x onerror="alert(1)">', emailAddress: "s@x.io" },
      questions: ["What is <script>alert(1)</script> like & why?"],
    });
    expect(draft.htmlBody).not.toContain("<script>");
    expect(draft.htmlBody).not.toContain("<img");
    expect(draft.htmlBody).not.toContain("<b>");
    expect(draft.htmlBody).toContain("&lt;script&gt;alert(1)&lt;/script&gt; like &amp; why?");
    expect(draft.htmlBody).toContain("Sam &lt;img");
    // The text body keeps the words as typed; only the HTML needs escaping.
    expect(draft.textBody).toContain("<script>");
  });

  it("is written in Canadian French for a French student", () => {
    const draft = buildPracticeInvitation({
      ...base,
      locale: "fr-CA",
      questions: ["Quel est votre parcours?"],
    });
    expect(draft.subject).toBe("Répétition d'entrevue avec Avery Chen (15 min)");
    expect(draft.textBody).toContain("Bonjour Sam,");
    expect(draft.textBody).toContain("répétition");
    expect(draft.textBody).toContain("- Quel est votre parcours?");
    expect(draft.textBody).not.toMatch(/practice|Thanks/);
  });
});

describe("practice call length and start", () => {
  it("offers 15, 20 or 30 minutes, 20 by default", () => {
    expect(practiceCallMinutes(undefined)).toBe(20);
    expect(practiceCallMinutes(10)).toBe(20);
    expect(practiceCallMinutes(30)).toBe(30);
    // A length the call does not offer never reaches the friend's invitation.
    const draft = buildPracticeInvitation({
      locale: "en",
      student: { displayName: "Avery" },
      friend: { displayName: "Sam", emailAddress: "sam@example.com" },
      minutes: 45,
      questions: ["Q?"],
    });
    expect(draft.subject).toBe("Practice interview with Avery (20 min)");
  });

  it("offers the next half hour at least an hour away, in the student's zone, never at night", () => {
    // 13:10 in Toronto → 14:30.
    expect(defaultPracticeCallStart(new Date("2026-12-07T18:10:00Z"), "America/Toronto")).toEqual({
      date: "2026-12-07",
      time: "14:30",
    });
    // 14:00 sharp → 15:00.
    expect(defaultPracticeCallStart(new Date("2026-12-07T19:00:00Z"), "America/Toronto")).toEqual({
      date: "2026-12-07",
      time: "15:00",
    });
    // 20:40 → past 21:00: the next morning at 9:00.
    expect(defaultPracticeCallStart(new Date("2026-12-08T01:40:00Z"), "America/Toronto")).toEqual({
      date: "2026-12-08",
      time: "09:00",
    });
    // 5:00 → 9:00 the same day.
    expect(defaultPracticeCallStart(new Date("2026-12-07T10:00:00Z"), "America/Toronto")).toEqual({
      date: "2026-12-07",
      time: "09:00",
    });
  });

  it("reads the chosen start in the student's zone and refuses one too soon or impossible", () => {
    const now = new Date("2026-12-07T18:00:00Z");
    expect(
      checkPracticeCallStart({ date: "2026-12-08", time: "18:30" }, "America/Vancouver", now),
    ).toEqual({ ok: true, start: new Date("2026-12-09T02:30:00Z") });
    expect(
      checkPracticeCallStart({ date: "2026-12-07", time: "13:10" }, "America/Toronto", now),
    ).toEqual({ ok: false, problem: "start-too-soon" });
    expect(checkPracticeCallStart({ date: "", time: "10:00" }, "America/Toronto", now)).toEqual({
      ok: false,
      problem: "start-invalid",
    });
    // 2:30 does not exist in Toronto on the spring clock change.
    expect(
      checkPracticeCallStart({ date: "2027-03-14", time: "02:30" }, "America/Toronto", now),
    ).toEqual({ ok: false, problem: "start-invalid" });
  });
});

describe("practice in the interview record", () => {
  const fields: InterviewExtensionFields = {
    stage: "booked",
    source: "directory",
    questions: [],
    events: [],
    updatedAt: "2026-12-01T00:00:00.000Z",
  };

  it("round-trips through the extension, apart from everything else", () => {
    const practice = {
      notes: "Slow down on question 2.",
      at: "2026-12-01T10:00:00.000Z",
      minutes: 20,
    };
    const encoded = encodeInterviewExtension({ ...fields, practice });
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(decodeInterviewExtension(encoded.value).practice).toEqual(practice);
    expect(decodeInterviewExtension(encoded.value).thankYou).toBeUndefined();
  });

  it("reads records without practice, or with a damaged one, as having none", () => {
    expect(decodeInterviewExtension({ stage: "met" }).practice).toBeUndefined();
    expect(decodeInterviewExtension({ practice: "{not json" }).practice).toBeUndefined();
    expect(
      decodeInterviewExtension({ practice: JSON.stringify({ notes: 3 }) }).practice,
    ).toBeUndefined();
  });

  it("is held to the record's 16 KB cap", () => {
    const practice = { notes: "é".repeat(9000), at: "2026-12-01T10:00:00.000Z" };
    const encoded = encodeInterviewExtension({ ...fields, practice });
    expect(encoded.ok).toBe(false);
  });

  const call = {
    eventId: "AAMkEvent1",
    transactionId: "tx-1",
    start: "2026-12-08T23:00:00.000Z",
    end: "2026-12-08T23:20:00.000Z",
    webLink: "https://outlook.office365.com/owa/?itemid=AAMkEvent1",
  };

  it("keeps a booked practice call with the notes, never among the interview's events", () => {
    const practice = withPracticeCall(
      { notes: "Breathe.", at: "2026-12-01T10:00:00.000Z", minutes: 10 },
      call,
      new Date("2026-12-07T18:00:00Z"),
    );
    const encoded = encodeInterviewExtension({ ...fields, practice });
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    const decoded = decodeInterviewExtension(encoded.value);
    expect(decoded.practice).toEqual({
      notes: "Breathe.",
      at: "2026-12-01T10:00:00.000Z",
      minutes: 10,
      call,
    });
    expect(decoded.events).toEqual([]);
    expect(withoutPracticeCall(decoded.practice)).toEqual({
      notes: "Breathe.",
      at: "2026-12-01T10:00:00.000Z",
      minutes: 10,
    });
  });

  it("starts an empty practice for a call booked before any notes, and drops a damaged call", () => {
    const now = new Date("2026-12-07T18:00:00Z");
    expect(withPracticeCall(undefined, call, now)).toEqual({
      notes: "",
      at: "2026-12-07T18:00:00.000Z",
      call,
    });
    const damaged = JSON.stringify({ notes: "", at: "x", call: { eventId: "", start: "soon" } });
    expect(decodeInterviewExtension({ practice: damaged }).practice).toEqual({
      notes: "",
      at: "x",
    });
  });

  it("shows the call only until it has ended", () => {
    const practice = { notes: "", at: "2026-12-07T18:00:00.000Z", call };
    expect(upcomingPracticeCall(practice, new Date("2026-12-08T23:10:00Z"))).toEqual(call);
    expect(upcomingPracticeCall(practice, new Date("2026-12-08T23:20:00Z"))).toBeNull();
    expect(upcomingPracticeCall(undefined, new Date("2026-12-08T23:10:00Z"))).toBeNull();
  });
});
