// The practice run's pure parts: the plan, the length, the friend check, and the practice-call draft
// (nothing private, markup escaped, French), plus the practice field of the interview record.
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
  practiceMinutes,
  practicePlan,
  practiceWindow,
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

describe("practice-call draft", () => {
  const base = {
    student: { displayName: "Avery Chen" },
    friend: { displayName: "Sam", emailAddress: "sam@example.com" },
    minutes: 15,
    questions: ["What does a typical week look like for you?"],
  } as const;

  it("says it is a practice run and lists only the questions given", () => {
    const draft = buildPracticeInvitation({ ...base, locale: "en" });
    expect(draft.subject).toBe("Practice interview with Avery Chen (15 min)");
    expect(draft.textBody).toContain("practice run");
    expect(draft.textBody).toContain("- What does a typical week look like for you?");
    expect(draft.textBody).toContain("Hi Sam,");
    expect(draft.textBody).toContain("15 minutes");
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
});
