import { describe, expect, it } from "vitest";
import type { InterviewRecord } from "../../src/domain/interview";
import {
  escapeMarkdown,
  escapeMarkdownBlock,
  exportInterviewMarkdown,
} from "../../src/domain/markdownExport";
import { createPrepSheet } from "../../src/domain/prepSheet";

describe("escapeMarkdown", () => {
  it.each([
    ["*bold* and _em_", "\\*bold\\* and \\_em\\_"],
    ["[link](http://x)", "\\[link\\]\\(http://x\\)"],
    ["<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\</script\\>"],
    ["`code` | pipe", "\\`code\\` \\| pipe"],
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["R&D &amp; more", "R\\&D \\&amp; more"],
    ["two\nlines", "two lines"],
    ["plain words, a-b 3.5", "plain words, a-b 3.5"],
  ])("%j → %j", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it("keeps lines and paragraphs in a block, each line escaped", () => {
    expect(escapeMarkdownBlock("- first *point*\n> quote\n\n\n2) next")).toBe(
      "\\- first \\*point\\*\\\n\\> quote\n\n2\\) next",
    );
  });
});

describe("exportInterviewMarkdown (America/Toronto)", () => {
  const record: InterviewRecord = {
    contactId: "c1",
    displayName: "Jordan *Star* Lee",
    emailAddress: "jordan_lee@northfield.example",
    organisation: "Northfield [Water]",
    jobTitle: "Hydrologist",
    department: "R&D",
    source: "directory",
    stage: "met",
    questions: [{ id: "q1", text: "What drew you to _water_?" }],
    events: [{ eventId: "e1", start: "2026-12-01T15:00:00.000Z", end: "2026-12-01T15:30:00.000Z" }],
    updatedAt: "2026-12-01T16:00:00.000Z",
  };
  const sheet = {
    ...createPrepSheet({
      contactId: "c1",
      researchNotes: "",
      questions: record.questions,
      format: "teams",
    }),
  };
  sheet.questions = [{ ...sheet.questions[0]!, asked: true }];
  sheet.takeaways = {
    notes: "Start in a co-op\n# not a heading",
    answers: { q1: "Rivers <3" },
    referrals: [{ name: "Priya [PS] Shah", email: "priya@northfield.example", note: "GIS lead" }],
  };

  it("writes the interview with every piece of user text escaped (en)", () => {
    const md = exportInterviewMarkdown({
      locale: "en",
      record,
      researchNotes: "Leads the *stormwater* team",
      prepSheet: sheet,
      zone: "America/Toronto",
    });
    expect(md).toContain("# Information interview: Jordan \\*Star\\* Lee");
    expect(md).toContain("- **Stage:** Met");
    expect(md).toContain("- **Organisation:** Northfield \\[Water\\]");
    expect(md).toContain("- **Role:** Hydrologist, R\\&D");
    expect(md).toContain("- **Email:** jordan\\_lee@northfield.example");
    expect(md).toContain("- **Meetings:** Tuesday, December 1, 10:00 a.m. – 10:30 a.m. EST");
    expect(md).toContain("Leads the \\*stormwater\\* team");
    expect(md).toContain("1. What drew you to \\_water\\_? _(asked)_");
    expect(md).toContain("   Rivers \\<3");
    expect(md).toContain("Start in a co-op\\\n\\# not a heading");
    expect(md).toContain("- Priya \\[PS\\] Shah (priya@northfield.example) — GIS lead");
    // No user text turned into a heading of its own.
    expect(md.match(/^#+ /gm)).toEqual(["# ", "## ", "## ", "## ", "### "]);
  });

  it("speaks French and says when a section is empty (fr-CA)", () => {
    const md = exportInterviewMarkdown({ locale: "fr-CA", record: { ...record, questions: [] } });
    expect(md).toContain("# Entrevue d'information");
    expect(md).toContain("- **Étape:** Rencontre faite");
    expect(md).toContain("## Questions\n\nRien pour l'instant.");
    expect(md).toContain("mardi 1 décembre, 15 h 00 – 15 h 30 UTC");
  });
});
