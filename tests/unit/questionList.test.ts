// The questions a student picks and orders for one interview.
import { describe, expect, it } from "vitest";
import { BUILT_IN_QUESTIONS } from "../../src/domain/questionBank";
import {
  addQuestion,
  chosenFromBank,
  estimateFit,
  hasQuestion,
  moveDown,
  moveQuestion,
  moveUp,
  nextOwnId,
  normaliseQuestionText,
  removeQuestion,
  type ChosenQuestion,
} from "../../src/domain/questionList";

const own = (id: string, text: string): ChosenQuestion => ({ id, text, source: "own" });
const ids = (list: readonly ChosenQuestion[]) => list.map((q) => q.id);

const list: readonly ChosenQuestion[] = [
  own("own-1", "How did you start?"),
  own("own-2", "What is a typical week like?"),
  own("own-3", "Who else should I talk to?"),
];

describe("adding questions", () => {
  it("adds at the end by default and at a given place when asked", () => {
    const end = addQuestion(list, own("own-4", "What surprised you?"));
    expect(end.added && ids(end.list)).toEqual(["own-1", "own-2", "own-3", "own-4"]);
    const first = addQuestion(list, own("own-4", "What surprised you?"), 0);
    expect(first.added && ids(first.list)).toEqual(["own-4", "own-1", "own-2", "own-3"]);
  });

  it("refuses the same question twice, whatever the case, spacing or punctuation", () => {
    const again = addQuestion(list, own("own-9", "  how did you   START "));
    expect(again).toEqual({ list, added: false, reason: "duplicate" });
    expect(hasQuestion(list, "Who else should I talk to ?")).toBe(true);
    expect(normaliseQuestionText("Qu’est-ce qui vous motive\u00a0?")).toBe(
      "qu'est-ce qui vous motive",
    );
  });

  it("refuses a blank question", () => {
    expect(addQuestion(list, own("own-9", "  ?  "))).toEqual({
      list,
      added: false,
      reason: "empty",
    });
  });

  it("stores the trimmed text and leaves the original list untouched", () => {
    const result = addQuestion(list, own("own-4", "  What surprised you?  "));
    expect(result.added && result.list[3]?.text).toBe("What surprised you?");
    expect(list).toHaveLength(3);
  });

  it("turns a bank question into a chosen one tied to its bank id", () => {
    const bank = BUILT_IN_QUESTIONS[0]!;
    expect(chosenFromBank(bank, "fr-CA")).toEqual({
      id: `bank:${bank.id}`,
      text: bank.text["fr-CA"],
      source: "bank",
      bankId: bank.id,
    });
    expect(chosenFromBank(bank, "en", "What drew you to health care?").text).toBe(
      "What drew you to health care?",
    );
  });

  it("makes ids for the user's own questions that never repeat", () => {
    expect(nextOwnId([])).toBe("own-1");
    expect(nextOwnId(list)).toBe("own-4");
    expect(nextOwnId([own("own-7", "x"), own("bank:path-01", "y")])).toBe("own-8");
  });
});

describe("removing and reordering", () => {
  it("removes by id and ignores unknown ids", () => {
    expect(ids(removeQuestion(list, "own-2"))).toEqual(["own-1", "own-3"]);
    expect(removeQuestion(list, "nope")).toBe(list);
  });

  it("moves a question to any place, clamping the target", () => {
    expect(ids(moveQuestion(list, 0, 2))).toEqual(["own-2", "own-3", "own-1"]);
    expect(ids(moveQuestion(list, 2, 0))).toEqual(["own-3", "own-1", "own-2"]);
    expect(ids(moveQuestion(list, 0, 99))).toEqual(["own-2", "own-3", "own-1"]);
    expect(moveQuestion(list, 5, 0)).toBe(list);
    expect(moveQuestion(list, 1, 1)).toBe(list);
  });

  it("moves one step with the keyboard and stops at the ends", () => {
    expect(ids(moveUp(list, "own-2"))).toEqual(["own-2", "own-1", "own-3"]);
    expect(ids(moveDown(list, "own-2"))).toEqual(["own-1", "own-3", "own-2"]);
    expect(moveUp(list, "own-1")).toBe(list);
    expect(moveDown(list, "own-3")).toBe(list);
    expect(moveDown(list, "missing")).toBe(list);
  });
});

describe("estimateFit", () => {
  it("allows about three minutes a question", () => {
    expect(estimateFit(5, 20)).toEqual({ fits: 6, overBy: 0 });
    expect(estimateFit(9, 20)).toEqual({ fits: 6, overBy: 3 });
    expect(estimateFit(10, 30)).toEqual({ fits: 10, overBy: 0 });
    expect(estimateFit(11, 30)).toEqual({ fits: 10, overBy: 1 });
  });

  it("copes with no time booked yet", () => {
    expect(estimateFit(4, 0)).toEqual({ fits: 0, overBy: 4 });
    expect(estimateFit(0, -5)).toEqual({ fits: 0, overBy: 0 });
  });
});
