// The built-in question bank and the career centre's edits to it.
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_QUESTIONS,
  QUESTION_THEMES,
  isQuestionTheme,
  mergeBank,
  type AdvisorQuestion,
} from "../../src/domain/questionBank";
import { assessQuestion } from "../../src/domain/questionCoach/coach";
import { tailorQuestion } from "../../src/domain/tailoring";

describe("the built-in bank", () => {
  it("has about sixty questions spread over all six themes", () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(55);
    expect(BUILT_IN_QUESTIONS.length).toBeLessThanOrEqual(70);
    for (const theme of QUESTION_THEMES) {
      const count = BUILT_IN_QUESTIONS.filter((q) => q.theme === theme).length;
      expect(count, theme).toBeGreaterThanOrEqual(8);
    }
  });

  it("gives every question a unique, stable id named after its theme", () => {
    const ids = BUILT_IN_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of BUILT_IN_QUESTIONS) expect(q.id).toMatch(new RegExp(`^${q.theme}-\\d{2}$`));
  });

  it("words every question in English and Canadian French, with the same placeholders", () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.text.en.trim(), q.id).not.toBe("");
      expect(q.text["fr-CA"].trim(), q.id).not.toBe("");
      expect(q.text["fr-CA"], q.id).not.toBe(q.text.en);
      expect(q.text.en.endsWith("?"), q.id).toBe(true);
      // French puts a space before the question mark.
      expect(q.text["fr-CA"], q.id).toMatch(/[\s\u00a0\u202f]\?$/u);
      expect(placeholders(q.text["fr-CA"]), q.id).toEqual(placeholders(q.text.en));
    }
  });

  it("uses research placeholders in a fair share of questions", () => {
    const tailored = BUILT_IN_QUESTIONS.filter((q) => q.text.en.includes("{"));
    expect(tailored.length).toBeGreaterThanOrEqual(15);
    const used = new Set(
      tailored.flatMap((q) => [...q.text.en.matchAll(/\{(\w+)\}/gu)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual(
      ["department", "industry", "managerDepartment", "organisation", "role"].sort(),
    );
  });

  it.each(BUILT_IN_QUESTIONS.map((q) => [q.id, q] as const))(
    "%s is open and asks for nothing in both languages, raw and tailored",
    (_id, q) => {
      for (const locale of ["en", "fr-CA"] as const) {
        const raw = assessQuestion(q.text[locale], locale);
        expect(raw, q.text[locale]).toEqual({ kind: "open", reasons: [] });
        const generic = tailorQuestion(q.text[locale], {}, locale).text;
        expect(assessQuestion(generic, locale), generic).toEqual({ kind: "open", reasons: [] });
      }
    },
  );
});

describe("merging the career centre's list", () => {
  const builtIn = BUILT_IN_QUESTIONS;

  it("returns the built-in bank, grouped by theme, when advisors have added nothing", () => {
    const merged = mergeBank(builtIn, []);
    expect(merged.map((q) => q.id)).toEqual(builtIn.map((q) => q.id));
    expect(merged.every((q) => q.source === "built-in")).toBe(true);
  });

  it("adds an advisor's question in its theme, placed by sortOrder among the built-ins", () => {
    const item: AdvisorQuestion = {
      id: "cc-7",
      theme: "day",
      text: {
        en: "What does your on-call week involve?",
        "fr-CA": "En quoi consiste votre semaine de garde ?",
      },
      sortOrder: 15,
    };
    const merged = mergeBank(builtIn, [item]);
    const day = merged.filter((q) => q.theme === "day").map((q) => q.id);
    expect(day.slice(0, 3)).toEqual(["day-01", "cc-7", "day-02"]);
    expect(merged.find((q) => q.id === "cc-7")).toMatchObject({ source: "advisor", theme: "day" });
  });

  it("puts advisor questions without a sortOrder after the theme's built-ins, in list order", () => {
    const merged = mergeBank(builtIn, [
      { id: "cc-b", theme: "advice", text: { en: "What book changed how you work?" } },
      { id: "cc-a", theme: "advice", text: { en: "Who was your most helpful mentor, and why?" } },
    ]);
    const advice = merged.filter((q) => q.theme === "advice").map((q) => q.id);
    expect(advice.slice(-2)).toEqual(["cc-b", "cc-a"]);
    // The next theme still follows.
    expect(merged[merged.indexOf(merged.find((q) => q.id === "cc-a")!) + 1]?.theme).toBe(
      "referrals",
    );
  });

  it("removes retired questions, built-in or not", () => {
    const merged = mergeBank(builtIn, [
      { id: "path-03", theme: "path", text: { en: "" }, retired: true },
      { id: "cc-old", theme: "day", text: { en: "Old question?" }, retired: true },
    ]);
    expect(merged.some((q) => q.id === "path-03")).toBe(false);
    expect(merged.some((q) => q.id === "cc-old")).toBe(false);
    expect(merged).toHaveLength(builtIn.length - 1);
  });

  it("lets an advisor reword a built-in question in place", () => {
    const merged = mergeBank(builtIn, [
      {
        id: "skills-05",
        theme: "skills",
        text: {
          en: "How do you keep learning on the job?",
          "fr-CA": "Comment continuez-vous d'apprendre au travail ?",
        },
      },
    ]);
    const skills = merged.filter((q) => q.theme === "skills");
    expect(skills[4]).toMatchObject({ id: "skills-05", source: "advisor" });
    expect(skills[4]?.text.en).toBe("How do you keep learning on the job?");
  });

  it("falls back to English when the advisor wrote no French, and says so", () => {
    const merged = mergeBank(builtIn, [
      { id: "cc-en", theme: "outlook", text: { en: "Which regulations will matter most soon?" } },
    ]);
    const item = merged.find((q) => q.id === "cc-en");
    expect(item?.text["fr-CA"]).toBe("Which regulations will matter most soon?");
    expect(item?.frenchMissing).toBe(true);
  });

  it("ignores hand-edited rows with an unknown theme or no text", () => {
    const merged = mergeBank(builtIn, [
      { id: "cc-x", theme: "salary" as never, text: { en: "What do you earn?" } },
      { id: "cc-y", theme: "day", text: { en: "   " } },
    ]);
    expect(merged).toHaveLength(builtIn.length);
    expect(isQuestionTheme("salary")).toBe(false);
    expect(isQuestionTheme("referrals")).toBe(true);
  });
});
