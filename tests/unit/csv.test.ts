// Reading CSV as spreadsheets write it: quoted commas and line breaks, line ends, byte-order mark.
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/domain/csv";

describe("CSV", () => {
  it("parses quoted commas, doubled quotes, line breaks, CRLF and a byte-order mark", () => {
    const parsed = parseCsv(
      '\uFEFFName,Notes\r\n"Lam, Grace","Says ""hi""\nthen leaves"\r\n\r\nB,x\r\n',
    );
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["Name", "Notes"] },
        { line: 2, cells: ["Lam, Grace", 'Says "hi"\nthen leaves'] },
        { line: 5, cells: ["B", "x"] },
      ],
    });
  });

  it("reports an unterminated quote on the line it opened", () => {
    expect(parseCsv('Name\n"Open\nstill open')).toEqual({ ok: false, line: 2 });
  });

  // A hand-edited file can mix line ends; a parser that settles on one would merge these rows.
  it("ends a record at LF, CRLF or CR alike, in one file", () => {
    expect(parseCsv("Name,Email\r\nA,a@x.example\nB,b@x.example\rC,c@x.example\r\n")).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["Name", "Email"] },
        { line: 2, cells: ["A", "a@x.example"] },
        { line: 3, cells: ["B", "b@x.example"] },
        { line: 4, cells: ["C", "c@x.example"] },
      ],
    });
  });
});
