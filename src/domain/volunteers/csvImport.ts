// The volunteer import: a CSV file checked whole, so it is written completely or not at all.
import { parseCsv, removeFormulaGuard } from "../csv";
import { addressKey } from "../person";
import { foldText } from "../textFolding";
import { VOLUNTEER_CSV_HEADERS } from "./csvExport";
import type { VolunteerDraft } from "./record";
import { activeOf, EMPTY_VOLUNTEER, formatOf, splitList } from "./record";
import type { VolunteerField, VolunteerProblemCode } from "./validation";
import { validateVolunteer } from "./validation";

type CsvHeader = (typeof VOLUNTEER_CSV_HEADERS)[number];

/** Why an imported line is refused. */
export type CsvProblemCode =
  | VolunteerProblemCode
  | "unterminated-quote"
  | "missing-header"
  | "empty-file"
  | "duplicate-in-file"
  | "active-invalid";

/** One refused line (line 1 is the header). */
export interface CsvLineError {
  line: number;
  code: CsvProblemCode;
  /** The header the problem is about, when there is one. */
  column?: string;
}

/** Every row valid and ready to write, or every problem found (nothing may be written). */
export type VolunteerImport =
  { ok: true; drafts: VolunteerDraft[] } | { ok: false; errors: CsvLineError[] };

function headerKey(value: string): string {
  return foldText(value).replace(/[^a-z]/gu, "");
}

const FIELD_OF_PROBLEM: Record<VolunteerField, CsvHeader> = {
  name: "Name",
  email: "Email",
  monthlyCapacity: "Monthly capacity",
  preferredFormat: "Preferred format",
};

/**
 * Reads an import file completely before anything is written: every line is checked (required
 * columns, address, capacity, duplicates in the file and against `takenEmails`), and one bad line
 * refuses the whole file, so an import never half-happens.
 */
export function parseVolunteerCsv(
  source: string,
  takenEmails: ReadonlySet<string> = new Set(),
): VolunteerImport {
  const parsed = parseCsv(source);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, code: "unterminated-quote" }] };
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, errors: [{ line: 1, code: "empty-file" }] };
  const index = new Map<CsvHeader, number>();
  header.cells.forEach((cell, i) => {
    const wanted = headerKey(cell.replace(/^'/u, ""));
    const match = VOLUNTEER_CSV_HEADERS.find((h) => headerKey(h) === wanted);
    if (match && !index.has(match)) index.set(match, i);
  });
  const missing = (["Name", "Email"] as const).filter((h) => !index.has(h));
  if (missing.length > 0)
    return {
      ok: false,
      errors: missing.map((column) => ({ line: header.line, code: "missing-header", column })),
    };
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line, code: "empty-file" }] };
  const errors: CsvLineError[] = [];
  const drafts: VolunteerDraft[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const cell = (h: CsvHeader) => {
      const i = index.get(h);
      const raw = i === undefined ? "" : (row.cells[i] ?? "").trim();
      return removeFormulaGuard(raw);
    };
    const capText = cell("Monthly capacity");
    const capNumber = capText === "" ? null : Number(capText);
    const formatText = cell("Preferred format");
    const activeText = cell("Active");
    const draft: VolunteerDraft = {
      ...EMPTY_VOLUNTEER,
      name: cell("Name"),
      email: cell("Email"),
      organisation: cell("Organisation"),
      industry: cell("Industry"),
      occupation: cell("Occupation"),
      topics: splitList(cell("Topics")),
      languages: splitList(cell("Languages")),
      preferredFormat: formatText === "" ? null : formatOf(formatText),
      monthlyCapacity: capNumber !== null && Number.isNaN(capNumber) ? -1 : capNumber,
      active: activeText === "" ? true : activeOf(activeText),
      advisorNotes: cell("Advisor notes"),
    };
    for (const problem of validateVolunteer(draft, takenEmails)) {
      errors.push({ line: row.line, code: problem.code, column: FIELD_OF_PROBLEM[problem.field] });
    }
    if (formatText !== "" && draft.preferredFormat === null)
      errors.push({ line: row.line, code: "format-invalid", column: "Preferred format" });
    if (activeText !== "" && !/^(yes|no|true|false|1|0|oui|non)$/iu.test(activeText))
      errors.push({ line: row.line, code: "active-invalid", column: "Active" });
    const key = draft.email ? addressKey(draft.email) : "";
    if (key && seen.has(key))
      errors.push({ line: row.line, code: "duplicate-in-file", column: "Email" });
    if (key) seen.add(key);
    drafts.push(draft);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drafts };
}
