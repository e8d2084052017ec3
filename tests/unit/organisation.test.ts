// The glance's shaping: reporting line order (cycles, missing managers), team size, titles counted.
import { describe, expect, it } from "vitest";
import {
  countTitles,
  managerChain,
  shownTitles,
  teamSize,
  type NestedManager,
} from "../../src/domain/organisation";

const line: NestedManager = {
  id: "me",
  displayName: "Pat",
  manager: {
    id: "lead",
    displayName: "Ira",
    jobTitle: " Team Lead ",
    manager: { id: "vp", displayName: "", userPrincipalName: "dana@x", manager: { id: "ceo" } },
  },
};

describe("managerChain", () => {
  it("lists the managers nearest first, naming each as best it can", () => {
    expect(managerChain(line)).toEqual([
      { id: "lead", displayName: "Ira", jobTitle: "Team Lead" },
      { id: "vp", displayName: "dana@x", jobTitle: null },
      { id: "ceo", displayName: "ceo", jobTitle: null },
    ]);
  });

  it("is empty for someone at the top, and ends where a manager has no id", () => {
    expect(managerChain({ id: "ceo" })).toEqual([]);
    expect(
      managerChain({ id: "a", manager: { id: "b", manager: { displayName: "ghost" } } }),
    ).toEqual([{ id: "b", displayName: "b", jobTitle: null }]);
  });

  it("stops at a cycle, the contact above themselves included", () => {
    const cycle: NestedManager = {
      id: "A",
      manager: { id: "b", manager: { id: "C", manager: { id: "B", manager: { id: "d" } } } },
    };
    expect(managerChain(cycle).map((p) => p.id)).toEqual(["b", "C"]);
    const self: NestedManager = { id: "a", manager: { id: "b", manager: { id: "a" } } };
    expect(managerChain(self).map((p) => p.id)).toEqual(["b"]);
  });

  it("caps a line deeper than any organisation", () => {
    let top: NestedManager = { id: "root" };
    for (let i = 0; i < 80; i += 1) top = { id: `m${i}`, manager: top };
    expect(managerChain(top, 10)).toHaveLength(10);
  });
});

describe("teamSize", () => {
  const manager = { id: "lead", displayName: "Ira", jobTitle: null };
  it("counts a manager's own team first, else their manager's", () => {
    expect(teamSize(4, manager, 9)).toEqual({ kind: "own", count: 4 });
    expect(teamSize(0, manager, 9)).toEqual({ kind: "manager", count: 9, managerName: "Ira" });
    expect(teamSize(null, manager, 9)).toEqual({ kind: "manager", count: 9, managerName: "Ira" });
  });
  it("says nothing it cannot know", () => {
    expect(teamSize(0, null, null)).toEqual({ kind: "unknown" });
    expect(teamSize(0, manager, null)).toEqual({ kind: "unknown" });
  });
});

describe("countTitles", () => {
  it("groups spellings, most common first, blank titles as one group after ties", () => {
    expect(
      countTitles(
        ["Nurse", "nurse ", "Analyst", null, "  ", undefined, "Analyst", "Nurse", "Clerk"],
        "en",
      ),
    ).toEqual([
      { title: "Nurse", count: 3 },
      { title: null, count: 3 },
      { title: "Analyst", count: 2 },
      { title: "Clerk", count: 1 },
    ]);
  });

  it("orders ties in the reader's alphabet (French accents sort with their letter)", () => {
    const titles = countTitles(["Technicien", "Éducatrice", "Agente", "Zoologiste"], "fr-CA");
    expect(titles.map((t) => t.title)).toEqual([
      "Agente",
      "Éducatrice",
      "Technicien",
      "Zoologiste",
    ]);
  });

  it("shows the most common titles and sums the rest", () => {
    const many = countTitles(
      Array.from({ length: 15 }, (_, i) => Array<string>(15 - i).fill(`T${i}`)).flat(),
      "en",
    );
    const { shown, otherTitles, otherPeople } = shownTitles(many, 12);
    expect(shown).toHaveLength(12);
    expect(shown[0]).toEqual({ title: "T0", count: 15 });
    expect(otherTitles).toBe(3);
    expect(otherPeople).toBe(3 + 2 + 1);
  });
});
