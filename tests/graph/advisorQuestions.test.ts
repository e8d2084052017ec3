// Question bank editing over real HTTP: new questions go last in their theme, moves swap sort
// orders, stale edits are refused.
import { describe, expect, it } from "vitest";
import {
  addQuestion,
  readQuestions,
  swapWithNeighbour,
  updateQuestion,
} from "../../src/app/advisor/questionEditing";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";
import { ADVISOR } from "../support/people";

const sandbox = useSandbox({ tenant: advisorTenant });

const advisor = () => sandbox.client({ upn: ADVISOR });
const pathTexts = async () =>
  (await readQuestions(advisor(), CAREER_CENTRE))
    .filter((q) => q.theme === "path")
    .map((q) => q.en);

describe("question bank editing", () => {
  it("adds a bilingual question after the last one of its theme", async () => {
    const existing = await readQuestions(advisor(), CAREER_CENTRE);
    const added = await addQuestion(
      advisor(),
      CAREER_CENTRE,
      {
        theme: "path",
        en: "What surprised you when you started?",
        fr: "Qu'est-ce qui vous a surprise au début?",
      },
      existing,
    );
    expect(added).toMatchObject({
      sortOrder: 30,
      retired: false,
      fr: "Qu'est-ce qui vous a surprise au début?",
    });
    expect(await pathTexts()).toEqual([
      "How did you get into this field?",
      "Do you like your job?",
      "What surprised you when you started?",
    ]);
  });

  it("moves a question by swapping sort orders, and spreads equal ones apart", async () => {
    const questions = await readQuestions(advisor(), CAREER_CENTRE);
    const second = questions.find((q) => q.en === "Do you like your job?")!;
    for (const step of swapWithNeighbour(questions, second, "up")!) {
      const saved = await updateQuestion(advisor(), CAREER_CENTRE, step.question, {
        SortOrder: step.sortOrder,
      });
      expect(saved.ok).toBe(true);
    }
    expect(await pathTexts()).toEqual([
      "Do you like your job?",
      "How did you get into this field?",
    ]);
    // Rows added by hand in SharePoint often share a sort order.
    const same = (await readQuestions(advisor(), CAREER_CENTRE)).map((q) => ({
      ...q,
      sortOrder: 10,
    }));
    // With equal orders the older row (lower id) comes first.
    const last = same.find((q) => q.en === "Do you like your job?")!;
    expect(swapWithNeighbour(same, last, "down")).toBeNull();
    const steps = swapWithNeighbour(same, last, "up")!;
    expect(steps.map((s) => [s.question.en, s.sortOrder])).toEqual([
      ["Do you like your job?", 10],
      ["How did you get into this field?", 11],
    ]);
  });

  it("refuses an edit made on a stale copy and returns the colleague's wording", async () => {
    const [first] = await readQuestions(advisor(), CAREER_CENTRE);
    const theirs = await updateQuestion(advisor(), CAREER_CENTRE, first!, {
      Title: "How did you find your way into this field?",
    });
    expect(theirs.ok).toBe(true);
    const mine = await updateQuestion(advisor(), CAREER_CENTRE, first!, { Retired: true });
    expect(mine).toEqual({
      ok: false,
      theirs: expect.objectContaining({
        en: "How did you find your way into this field?",
        retired: false,
      }),
    });
  });
});
