// The hostile corpus through the other texts the product writes from user data: the Markdown
// export,
// the volunteers CSV and tailored questions. Nothing becomes markup, a formula or a second expansion.
import { describe, expect, it } from "vitest";
import type { InterviewRecord } from "../../src/domain/interview";
import { exportInterviewMarkdown } from "../../src/domain/markdownExport";
import { createPrepSheet } from "../../src/domain/prepSheet";
import { tailorQuestion } from "../../src/domain/tailoring";
import { parseCsv } from "../../src/domain/csv";
import { volunteersToCsv } from "../../src/domain/volunteers/csvExport";
import { parseVolunteerCsv } from "../../src/domain/volunteers/csvImport";
import { EMPTY_VOLUNTEER } from "../../src/domain/volunteers/record";
import { CORPUS, LAYOUT, PLACEHOLDERS } from "../hostile/corpus";

const SAMPLES = CORPUS.map((s) => [s.name, s.text] as const);

function markdownWith(text: string, locale: "en" | "fr-CA" = "en"): string {
  const record: InterviewRecord = {
    contactId: "c1",
    displayName: text,
    emailAddress: text,
    organisation: text,
    jobTitle: text,
    department: text,
    source: "manual",
    stage: "met",
    referredBy: text,
    howWeMet: text,
    questions: [],
    events: [],
    updatedAt: "2026-11-26T00:00:00.000Z",
  };
  const sheet = createPrepSheet({
    contactId: "c1",
    researchNotes: text,
    questions: [{ id: "q1", text }],
    format: "teams",
  });
  sheet.takeaways = {
    notes: text,
    answers: { q1: text },
    referrals: [{ name: text, email: text, note: text }],
  };
  return exportInterviewMarkdown({ locale, record, researchNotes: text, prepSheet: sheet });
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

describe("Markdown export with hostile input", () => {
  it.each(SAMPLES)("%s: no live markup, link, image or stray block", (_name, text) => {
    const md = markdownWith(text);
    // Every character that could open a link, an image, a tag, code or an entity is escaped.
    for (const match of md.matchAll(/[[\]<>`!{}&|]/gu)) {
      expect(md[match.index - 1], `${match[0]} at ${match.index}`).toBe("\\");
    }
    // Our document has exactly one title and three sections (plus the referrals heading).
    expect(md.split("\n").filter((l) => /^\s{0,3}#/u.test(l))).toHaveLength(5);
    // User text never starts a quote, a table, a setext underline or a list of its own: the only
    // list items are our six facts, the one referral and the one question.
    const lines = md.split("\n");
    for (const line of lines) expect(line).not.toMatch(/^\s*(?:[>|=+]|\*(?!\*))/u);
    expect(lines.filter((l) => /^\s*- /u.test(l))).toHaveLength(7);
    expect(lines.filter((l) => /^\s*\d+[.)]/u.test(l))).toHaveLength(1);
  });

  it.each(PLACEHOLDERS.map((s) => [s.name, s.text] as const))(
    "%s: placeholders are written as typed (escaped), never filled",
    (_name, text) => {
      const md = markdownWith(text);
      expect(md.replace(/\\(.)/gu, "$1")).toContain(text);
    },
  );

  it.each(LAYOUT.map((s) => [s.name, s.text] as const))(
    "%s: no control character and no bidi override left open on a line",
    (_name, text) => {
      const md = markdownWith(text);
      expect(md.replace(/[\n\t]/gu, "")).not.toMatch(CONTROL);
      for (const line of md.split("\n")) {
        const opens = (line.match(/[\u202A\u202B\u202D\u202E\u2066-\u2068]/gu) ?? []).length;
        const closes = (line.match(/[\u202C\u2069]/gu) ?? []).length;
        expect(closes, line.slice(0, 60)).toBeGreaterThanOrEqual(opens);
      }
    },
  );

  it("closes a bidi override in the job title before the department that follows it", () => {
    const md = exportInterviewMarkdown({
      locale: "en",
      record: {
        contactId: "c1",
        displayName: "Jordan",
        emailAddress: "j@example.org",
        jobTitle: "Lead\u202Enaicinhcet",
        department: "Water",
        source: "manual",
        stage: "found",
        questions: [],
        events: [],
        updatedAt: "2026-11-26T00:00:00.000Z",
      },
    });
    expect(md).toContain("- **Role:** Lead\u202Enaicinhcet\u202C, Water");
  });
});

describe("volunteers CSV with hostile input", () => {
  const volunteer = (text: string) => ({
    ...EMPTY_VOLUNTEER,
    name: text,
    email: "volunteer@example.org",
    organisation: text,
    industry: text,
    occupation: text,
    topics: [text],
    languages: [text],
    advisorNotes: text,
  });

  it.each(SAMPLES)("%s: no exported cell starts a formula", (_name, text) => {
    const parsed = parseCsv(volunteersToCsv([volunteer(text)]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records).toHaveLength(2);
    for (const cell of parsed.records[1]!.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
  });

  // Values are stored trimmed, so a leading tab never reaches an export.
  it.each(SAMPLES.filter(([, text]) => text.trim() === text))(
    "%s: an export imports back to the same text",
    (_name, text) => {
      const back = parseVolunteerCsv(volunteersToCsv([volunteer(text)]));
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      const draft = back.drafts[0]!;
      expect([draft.name, draft.organisation, draft.occupation, draft.advisorNotes]).toEqual([
        text,
        text,
        text,
        text,
      ]);
    },
  );
});

describe("tailored questions with hostile research facts", () => {
  it("fills each placeholder once: a fact that looks like a placeholder stays as typed", () => {
    const facts = { department: "{role}", role: "{department}", industry: "{organisation}" };
    expect(tailorQuestion("What drew you to {department} as a {role}?", facts).text).toBe(
      "What drew you to {role} as a {department}?",
    );
    expect(tailorQuestion("How is {industry} changing?", facts).text).toBe(
      "How is {organisation} changing?",
    );
  });

  it("fills French frames once too", () => {
    const text = tailorQuestion(
      "Qu’est-ce qui vous a amené dans l’équipe {department} chez {organisation}?",
      { department: "chez {organisation}", organisation: "Acme" },
      "fr-CA",
    ).text;
    expect(text).toBe("Qu’est-ce qui vous a amené dans l’équipe chez {organisation} chez Acme?");
  });

  it.each(SAMPLES)("%s: a fact is put in word for word", (_name, text) => {
    const value = text.trim();
    if (!value) return;
    const tailored = tailorQuestion("What drew you to {department}?", { department: text });
    expect(tailored.text).toBe(`What drew you to ${value}?`);
  });
});
