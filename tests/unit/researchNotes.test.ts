// Research notes start with what the directory says and a short checklist.
import { describe, expect, it } from "vitest";
import {
  checklistProgress,
  nameWithTitle,
  prefillResearchNotes,
  researchComplete,
} from "../../src/domain/researchNotes";

describe("prefillResearchNotes", () => {
  it("writes the role, department, reporting line and team, then the checklist", () => {
    const notes = prefillResearchNotes({
      displayName: "Jordan Lee",
      jobTitle: "Charge Nurse",
      department: "Emergency",
      companyName: "Harbour Health",
      officeLocation: "Main campus",
      reportingLine: [nameWithTitle("Sam Ortiz", "Nurse Manager"), nameWithTitle("Dana Wu", null)],
      directReports: ["A One", "B Two"],
    });
    expect(notes).toBe(
      [
        "Research notes: Jordan Lee",
        "",
        "What we already know",
        "- Role: Charge Nurse",
        "- Department: Emergency",
        "- Organisation: Harbour Health",
        "- Office: Main campus",
        "- Reports to: Sam Ortiz (Nurse Manager) → Dana Wu",
        "- Team: A One, B Two",
        "",
        "Research checklist",
        "[ ] Organisation: what it does, its size, its mission",
        "[ ] Role: what the job involves day to day",
        "[ ] Industry: trends and outlook",
        "[ ] Recent news about the organisation or the person",
        "[ ] What I want to learn from this conversation",
        "",
      ].join("\n"),
    );
  });

  it("leaves out what is unknown instead of printing empty lines", () => {
    const notes = prefillResearchNotes({
      displayName: "Pat Neighbour",
      jobTitle: " ",
      howWeMet: "Next door",
    });
    expect(notes).not.toContain("- Role");
    expect(notes).toContain("- How we met: Next door");
    expect(notes).not.toContain("Reports to");
  });

  it("caps a long team at eight names and says how many more", () => {
    const reports = Array.from({ length: 11 }, (_, i) => `Person ${i + 1}`);
    const notes = prefillResearchNotes({ displayName: "Boss", directReports: reports });
    expect(notes).toContain("Person 8 (+3)");
    expect(notes).not.toContain("Person 9");
  });

  it("speaks Canadian French when the user does", () => {
    const notes = prefillResearchNotes(
      { displayName: "Jordan Lee", department: "Urgence", industry: "Santé" },
      "fr-CA",
    );
    expect(notes).toContain("Notes de recherche : Jordan Lee");
    expect(notes).toContain("- Service: Urgence");
    expect(notes).toContain("[ ] Secteur : tendances et perspectives");
  });

  it("keeps volunteer topics", () => {
    expect(
      prefillResearchNotes({ displayName: "X", topics: ["Nursing", "Night shifts"] }),
    ).toContain("- Happy to talk about: Nursing, Night shifts");
  });
});

describe("checklistProgress", () => {
  it("counts ticked and open lines wherever they are", () => {
    const fresh = prefillResearchNotes({ displayName: "X" });
    expect(checklistProgress(fresh)).toEqual({ done: 0, total: 5 });
    const ticked = fresh.replace("[ ] Role", "[x] Role").replace("[ ] Industry", "  [X] Industry");
    expect(checklistProgress(ticked)).toEqual({ done: 2, total: 5 });
  });
});

describe("researchComplete", () => {
  it("needs a checklist with every line ticked", () => {
    expect(researchComplete("Met at the fair.\n")).toBe(false);
    expect(researchComplete("[x] Organisation\n[ ] Role\n")).toBe(false);
    expect(researchComplete("[x] Organisation\n  [X] Role\nnotes\n")).toBe(true);
    const fresh = prefillResearchNotes({ displayName: "Morgan Diaz" }, "fr-CA");
    expect(researchComplete(fresh)).toBe(false);
    expect(researchComplete(fresh.replaceAll("[ ]", "[x]"))).toBe(true);
  });
});
