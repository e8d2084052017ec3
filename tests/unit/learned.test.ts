import { describe, expect, it } from "vitest";
import {
  exportLearnedMarkdown,
  gatherLearned,
  isEmptyLearned,
  type LearnedMeeting,
} from "../../src/domain/learned";
import { createPrepSheet, type PrepSheet } from "../../src/domain/prepSheet";
import { BUILT_IN_QUESTIONS } from "../../src/domain/questionBank";

function sheet(
  questions: Array<{ id: string; text: string; answer?: string }>,
  notes = "",
): PrepSheet {
  const base = createPrepSheet({
    contactId: "c",
    researchNotes: "",
    questions: questions.map(({ id, text }) => ({ id, text })),
    format: "teams",
  });
  const answers: Record<string, string> = {};
  for (const q of questions) if (q.answer !== undefined) answers[q.id] = q.answer;
  return { ...base, takeaways: { notes, answers, referrals: [] } };
}

function meeting(
  eventId: string,
  who: string,
  when: string,
  s: PrepSheet,
  extra: Partial<LearnedMeeting> = {},
): LearnedMeeting {
  return { eventId, contactId: `contact-${eventId}`, who, when, sheet: s, ...extra };
}

const morgan = meeting(
  "e1",
  "Morgan Diaz",
  "2026-11-20T15:00:00.000Z",
  sheet(
    [
      { id: "bank:skills-01", text: "Which skills matter most?", answer: "Statistics, and R." },
      { id: "own-1", text: "Do you like the fieldwork?", answer: "Loves June surveys." },
      { id: "bank:path-02", text: "What steps brought you here?", answer: "A co-op term." },
      { id: "bank:day-01", text: "What is a typical week like?", answer: "   " },
    ],
    "Follow up about the summer students programme.",
  ),
  { jobTitle: "Research Scientist", organisation: "Northfield Water" },
);
const jordan = meeting(
  "e2",
  "Jordan Lee",
  "2026-11-02T18:00:00.000Z",
  sheet([
    {
      id: "bank:path-02",
      text: "What steps brought you to being a hydrologist?",
      answer: "A master's.",
    },
    { id: "bank:skills-01", text: "Which skills matter most?" },
  ]),
);

describe("gatherLearned", () => {
  it("groups answers by the bank's themes in the bank's order, the student's own questions last", () => {
    const summary = gatherLearned([morgan, jordan], BUILT_IN_QUESTIONS);
    expect(summary.groups.map((g) => g.theme)).toEqual(["path", "skills", "other"]);
    // The same bank question from two people sits together, earliest conversation first.
    expect(summary.groups[0]?.answers.map((a) => [a.who, a.answer])).toEqual([
      ["Jordan Lee", "A master's."],
      ["Morgan Diaz", "A co-op term."],
    ]);
    expect(summary.groups[2]?.answers[0]).toMatchObject({
      question: "Do you like the fieldwork?",
      answer: "Loves June surveys.",
      who: "Morgan Diaz",
      jobTitle: "Research Scientist",
      organisation: "Northfield Water",
      when: "2026-11-20T15:00:00.000Z",
    });
    // Blank answers and unanswered questions are not takeaways.
    expect(summary.answerCount).toBe(4);
    expect(summary.meetingCount).toBe(2);
    expect(summary.notes.map((n) => [n.who, n.text])).toEqual([
      ["Morgan Diaz", "Follow up about the summer students programme."],
    ]);
  });

  it("keeps an answer whose question left the sheet, and a legacy answer on the question, under other", () => {
    const s = sheet([{ id: "bank:advice-01", text: "Any advice?" }]);
    s.takeaways.answers["bank:outlook-01"] = "Growing field.";
    s.questions[0] = { ...s.questions[0]!, answer: "Volunteer first." };
    const summary = gatherLearned([meeting("e3", "Sam", "2026-10-01T00:00:00Z", s)], []);
    expect(summary.groups).toHaveLength(1);
    expect(summary.groups[0]?.theme).toBe("other");
    expect(summary.groups[0]?.answers.map((a) => [a.question, a.answer])).toEqual([
      ["Any advice?", "Volunteer first."],
      ["", "Growing field."],
    ]);
  });

  it("places a question by the merged bank, so an advisor's question has its theme", () => {
    const s = sheet([{ id: "bank:list-7", text: "What surprised you?", answer: "The paperwork." }]);
    const summary = gatherLearned(
      [meeting("e4", "Ana", "2026-10-01T00:00:00Z", s)],
      [...BUILT_IN_QUESTIONS, { id: "list-7", theme: "day" }],
    );
    expect(summary.groups.map((g) => g.theme)).toEqual(["day"]);
  });

  it("is empty when no meeting has an answer or a note", () => {
    const summary = gatherLearned([jordan, meeting("e5", "X", "", sheet([]))], BUILT_IN_QUESTIONS);
    expect(summary.groups.map((g) => g.answers.length)).toEqual([1]);
    const none = gatherLearned(
      [meeting("e5", "X", "", sheet([{ id: "q", text: "Q?" }], "  "))],
      [],
    );
    expect(isEmptyLearned(none)).toBe(true);
    expect(none.meetingCount).toBe(0);
  });
});

describe("exportLearnedMarkdown", () => {
  it("writes a section per theme with each answer under its question, who said it and when", () => {
    const md = exportLearnedMarkdown(gatherLearned([morgan, jordan], BUILT_IN_QUESTIONS), {
      locale: "en",
      zone: "America/Toronto",
    });
    expect(md).toBe(
      [
        "# What I've learned",
        "",
        "## The path into the role",
        "",
        "### What steps brought you to being a hydrologist?",
        "",
        "A master's.",
        "",
        "*— Jordan Lee · November 2, 2026*",
        "",
        "### What steps brought you here?",
        "",
        "A co-op term.",
        "",
        "*— Morgan Diaz, Research Scientist, Northfield Water · November 20, 2026*",
        "",
        "## Skills and education",
        "",
        "### Which skills matter most?",
        "",
        "Statistics, and R.",
        "",
        "*— Morgan Diaz, Research Scientist, Northfield Water · November 20, 2026*",
        "",
        "## My own questions",
        "",
        "### Do you like the fieldwork?",
        "",
        "Loves June surveys.",
        "",
        "*— Morgan Diaz, Research Scientist, Northfield Water · November 20, 2026*",
        "",
        "## General notes",
        "",
        "### Morgan Diaz, Research Scientist, Northfield Water · November 20, 2026",
        "",
        "Follow up about the summer students programme.",
        "",
      ].join("\n"),
    );
  });

  it("escapes Markdown in questions, answers, names and notes", () => {
    const s = sheet(
      [
        {
          id: "own-1",
          text: "# Heading? [link](x)",
          answer: "*bold*\n- list\n<b>html</b> & `code`",
        },
      ],
      "1. not a list\n> quote",
    );
    const md = exportLearnedMarkdown(
      gatherLearned(
        [meeting("e6", "Jo_Star *Lee*", "2026-11-02T18:00:00Z", s, { organisation: "R&D [Lab]" })],
        [],
      ),
      { locale: "en" },
    );
    expect(md).toContain("### \\# Heading? \\[link\\]\\(x\\)");
    expect(md).toContain("\\*bold\\*\\\n\\- list\\\n\\<b\\>html\\</b\\> \\& \\`code\\`");
    expect(md).toContain("*— Jo\\_Star \\*Lee\\*, R\\&D \\[Lab\\] · November 2, 2026*");
    expect(md).toContain("1\\. not a list\\\n\\> quote");
    // No user text starts a heading of its own: only the export's headings begin with "#".
    expect(md.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# What I've learned",
      "## My own questions",
      "### \\# Heading? \\[link\\]\\(x\\)",
      "## General notes",
      "### Jo\\_Star \\*Lee\\*, R\\&D \\[Lab\\] · November 2, 2026",
    ]);
  });

  it("writes French headings and dates for a fr-CA user", () => {
    const md = exportLearnedMarkdown(gatherLearned([morgan], BUILT_IN_QUESTIONS), {
      locale: "fr-CA",
      zone: "America/Toronto",
    });
    expect(md.startsWith("# Ce que j'ai appris\n")).toBe(true);
    expect(md).toContain("## Le parcours jusqu'au poste");
    expect(md).toContain("## Compétences et formation");
    expect(md).toContain("## Mes propres questions");
    expect(md).toContain("## Notes générales");
    expect(md).toContain("· 20 novembre 2026*");
  });

  it("says there is nothing yet when there is nothing", () => {
    expect(exportLearnedMarkdown(gatherLearned([], []), { locale: "en" })).toBe(
      "# What I've learned\n\nNothing yet.\n",
    );
    expect(exportLearnedMarkdown(gatherLearned([], []), { locale: "fr-CA" })).toBe(
      "# Ce que j'ai appris\n\nRien pour l'instant.\n",
    );
  });

  it("writes the day in the user's zone: an evening in Vancouver is the next day in UTC", () => {
    const late = meeting(
      "e7",
      "Kai",
      "2026-11-03T05:30:00.000Z",
      sheet([{ id: "own-1", text: "Q?", answer: "A." }]),
    );
    const summary = gatherLearned([late], []);
    expect(exportLearnedMarkdown(summary, { locale: "en", zone: "America/Vancouver" })).toContain(
      "Kai · November 2, 2026",
    );
    expect(exportLearnedMarkdown(summary, { locale: "en", zone: "UTC" })).toContain(
      "Kai · November 3, 2026",
    );
  });
});
