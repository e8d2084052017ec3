// CSV as spreadsheets read and write it (RFC 4180), and the guard that keeps exported cells inert.
//
// Hand-written on purpose (about 0.5 KB gzipped). papaparse 5.7.1 (about 7 KB gzipped) was weighed
// and does not fit the import's rules: it settles on one line ending for the whole file, so a row
// ended by "\n" in a CRLF file runs into the next and two volunteers become one row; it gives no
// line number per record, which every import error names; and it reads a cell like "c"d
// differently. Neither parser reads ";"-separated files (French Excel); that would be a feature.

/** One parsed CSV record with the line it started on (1-based, for error messages). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks; CRLF or LF; a
 * leading byte-order mark (Excel writes one) is dropped. Blank lines are skipped. An unterminated
 * quote is reported on the line it opened.
 */
export function parseCsv(
  source: string,
): { ok: true; records: CsvRecord[] } | { ok: false; line: number } {
  const input = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell !== "") records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    touched = false;
  };
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === "\n") line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
      touched = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (ch === "\r" && input[i + 1] === "\n") {
      // The \n completes the record on the next step.
    } else if (ch === "\n" || ch === "\r") {
      endRecord();
      line += 1;
      recordLine = line;
    } else cell += ch;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (cell !== "" || cells.length > 0 || touched) endRecord();
  return { ok: true, records };
}

/** Quotes a cell, always: a reader never has to guess where an unquoted cell ends. */
function quoteCell(value: string): string {
  return `"${value.replace(/"/gu, '""')}"`;
}

/**
 * A part that a spreadsheet would run as a formula: = + - @ (or a tab or CR) first, also behind
 * spaces or quotes, which some readers drop before they look.
 */
const FORMULA_START = /^[ "]*[=+\-@\t\r]/u;

/**
 * Spreadsheet programs run a cell starting with = + - @ (or a tab/CR) as a formula; an apostrophe
 * keeps such text inert when the export is opened in Excel (OWASP's CSV-injection advice). Every
 * ";"-separated part is guarded, not only the start: Excel with a French (or any ";") list
 * separator splits the comma file at each ";", so "Nursing;=HYPERLINK(…)" becomes a cell of its own.
 */
export function inertCell(value: string): string {
  return value
    .split(";")
    .map((part) => (FORMULA_START.test(part) ? `'${part}` : part))
    .join(";");
}

/** Undoes `inertCell` on an imported cell, part by part, so a round trip keeps the text as typed. */
export function removeFormulaGuard(value: string): string {
  return value
    .split(";")
    .map((part) =>
      part.startsWith("'") && FORMULA_START.test(part.slice(1)) ? part.slice(1) : part,
    )
    .join(";");
}

/** Writes rows as CSV with every cell quoted and CRLF line ends (what Excel and RFC 4180 expect). */
export function serialiseCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(",")).join("\r\n") + "\r\n";
}
