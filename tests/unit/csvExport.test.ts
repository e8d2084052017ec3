// The volunteers export as Excel opens it: every cell quoted, and no formula in any part a ";"
// list separator (French Excel) would turn into a cell of its own.
import { describe, expect, it } from "vitest";
import { inertCell, parseCsv, removeFormulaGuard } from "../../src/domain/csv";
import { volunteersToCsv } from "../../src/domain/volunteers/csvExport";
import { parseVolunteerCsv } from "../../src/domain/volunteers/csvImport";
import { EMPTY_VOLUNTEER, type VolunteerDraft } from "../../src/domain/volunteers/record";

const hostile: VolunteerDraft = {
  ...EMPTY_VOLUNTEER,
  name: "Grace Lam",
  email: "grace.lam@example.org",
  organisation: 'Acme; =HYPERLINK("http://evil.example")',
  topics: ["Nursing", "=cmd|' /C calc'!A0", "+1", " -2", "@SUM(A1)"],
  languages: ["English", "\tFrançais"],
  monthlyCapacity: 2,
  advisorNotes: 'Kind;"=1+1";ok',
};

/** The file as Excel reads it with ";" as its list separator: every line split at each ";". */
function frenchExcelCells(csv: string): string[] {
  return csv.split("\r\n").flatMap((line) => line.split(";"));
}

describe("volunteers CSV export", () => {
  it("quotes every cell, numbers and empty ones too", () => {
    const csv = volunteersToCsv([{ ...hostile, organisation: "Acme", topics: [], languages: [] }]);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      '"Name","Email","Organisation","Industry","Occupation","Topics","Languages",' +
        '"Preferred format","Monthly capacity","Active","Advisor notes"',
    );
    expect(row).toBe(
      '"Grace Lam","grace.lam@example.org","Acme","","","","","","2","Yes","Kind;\'""=1+1"";ok"',
    );
  });

  it("starts no cell with a formula character, read with commas or with semicolons", () => {
    const csv = volunteersToCsv([hostile]);
    const parsed = parseCsv(csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const cell of parsed.records[1]!.cells) {
      for (const part of cell.split(";")) expect(part).not.toMatch(/^[ "]*[=+\-@\t\r]/u);
    }
    // French Excel: a part may begin with the quote that opened the cell, never with a formula.
    for (const cell of frenchExcelCells(csv)) expect(cell).not.toMatch(/^[ "]*[=+\-@\t\r]/u);
  });

  it("imports back to the text as typed", () => {
    const back = parseVolunteerCsv(volunteersToCsv([hostile]));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.drafts[0]).toMatchObject({
      organisation: hostile.organisation,
      topics: ["Nursing", "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"],
      advisorNotes: hostile.advisorNotes,
    });
  });
});

describe("formula guard", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["a;=1;b", "a;'=1;b"],
    ["a; -2", "a;' -2"],
    ['a;"@x"', 'a;\'"@x"'],
    ["\tx;\ry", "'\tx;'\ry"],
    ["safe; text", "safe; text"],
    ["e-mail; a+b", "e-mail; a+b"],
  ])("%j becomes %j and reads back", (typed, exported) => {
    expect(inertCell(typed)).toBe(exported);
    expect(removeFormulaGuard(exported)).toBe(typed);
  });
});
