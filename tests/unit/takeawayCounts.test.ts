// Takeaway counts: what a student's row says (numbers, a fixed title, a key), how a row is read back
// (implausible values refused), and the centre's totals (only from three students up).
import { describe, expect, it } from "vitest";
import { gatherLearned, type LearnedMeeting } from "../../src/domain/learned";
import { createPrepSheet } from "../../src/domain/prepSheet";
import {
  MIN_STUDENTS_FOR_TOTALS,
  centreTotals,
  countFields,
  countsFromFields,
  countsOf,
  sameCounts,
  studentKeySource,
  type TakeawayCounts,
} from "../../src/domain/takeawayCounts";

function meeting(eventId: string, answers: Record<string, string>, notes = ""): LearnedMeeting {
  const sheet = createPrepSheet({
    contactId: "c",
    researchNotes: "",
    questions: Object.keys(answers).map((id) => ({ id, text: `Question ${id}` })),
    format: "teams",
  });
  sheet.takeaways.answers = { ...answers };
  sheet.takeaways.notes = notes;
  return { eventId, contactId: "c", who: "Morgan Diaz", when: "2026-11-20T15:00:00Z", sheet };
}

const BANK = [
  { id: "path-01", theme: "path" as const },
  { id: "skills-01", theme: "skills" as const },
  { id: "advice-01", theme: "advice" as const },
];

const some = (path: number, conversations = 1): TakeawayCounts => ({
  conversations,
  byTheme: { path, day: 0, skills: 0, outlook: 0, advice: 0, referrals: 0, other: 0 },
});

describe("takeaway counts", () => {
  it("counts answers per theme and the conversations that left any takeaway", () => {
    const summary = gatherLearned(
      [
        meeting("e1", {
          "bank:path-01": "A co-op term.",
          "bank:skills-01": "Statistics.",
          "own-1": "Loves fieldwork.",
        }),
        meeting("e2", { "bank:path-01": "A master's.", "bank:advice-01": "  " }),
        meeting("e3", {}, "Only a note."),
        meeting("e4", {}),
      ],
      BANK,
    );
    const counts = countsOf(summary);
    expect(counts.conversations).toBe(3);
    expect(counts.byTheme).toEqual({
      path: 2,
      day: 0,
      skills: 1,
      outlook: 0,
      advice: 0,
      referrals: 0,
      other: 1,
    });
  });

  it("writes a row that holds numbers, a fixed title, the key and the time, and no words", () => {
    const fields = countFields(some(2), "k".repeat(32), new Date("2026-12-01T15:00:00Z"));
    expect(fields).toEqual({
      Title: "Takeaway counts",
      Path: 2,
      Day: 0,
      Skills: 0,
      Outlook: 0,
      Advice: 0,
      Referrals: 0,
      Own: 0,
      Conversations: 1,
      StudentKey: "k".repeat(32),
      CountedAt: "2026-12-01T15:00:00.000Z",
    });
    expect(countsFromFields(fields)).toEqual(some(2));
  });

  it("reads missing columns as zero and refuses values no student could have noted", () => {
    expect(countsFromFields({ Conversations: 1 })).toEqual(some(0));
    expect(countsFromFields({ Conversations: "2", Path: "3" })).toEqual(some(3, 2));
    expect(countsFromFields({ Conversations: 1, Path: -1 })).toBeNull();
    expect(countsFromFields({ Conversations: 1, Path: 2.5 })).toBeNull();
    expect(countsFromFields({ Conversations: 1, Advice: 1_000_000 })).toBeNull();
    expect(countsFromFields({ Conversations: "many" })).toBeNull();
  });

  it("compares counts theme by theme", () => {
    expect(sameCounts(some(2), some(2))).toBe(true);
    expect(sameCounts(some(2), some(3))).toBe(false);
    expect(sameCounts(some(2, 1), some(2, 2))).toBe(false);
  });

  it("keys a student by a fixed prefix and their id, whatever its case", () => {
    expect(studentKeySource("ABC-1")).toBe(studentKeySource("abc-1"));
    expect(studentKeySource("abc-1")).not.toBe(studentKeySource("abc-2"));
  });

  it("gives totals only from three sharing students, leaving out empty and implausible rows", () => {
    expect(MIN_STUDENTS_FOR_TOTALS).toBe(3);
    expect(centreTotals([some(2), some(1)])).toEqual({ shown: false, students: 2 });
    // A row with no conversation and an unreadable row do not make a third student.
    expect(centreTotals([some(2), some(1), some(0, 0), null])).toEqual({
      shown: false,
      students: 2,
    });
    const totals = centreTotals([some(2), some(1, 2), some(4, 3), null]);
    expect(totals).toEqual({
      shown: true,
      students: 3,
      conversations: 6,
      byTheme: { path: 7, day: 0, skills: 0, outlook: 0, advice: 0, referrals: 0, other: 0 },
    });
  });
});
