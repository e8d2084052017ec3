// The career centre's question list as advisors edit it: rows with etags, new questions at the end
// of their theme, swaps for reordering.
import type { SharePointConfig } from "../../domain/config";
import { isQuestionTheme, type QuestionTheme } from "../../domain/questionBank";
import type { GraphClient } from "../../graph/client";
import { createRow, readCentreList, updateRow, type ListRow } from "../../graph/lists";
import { QUESTION_LIST_COLUMNS } from "../questions/bank";

/** One row of the Questions list, both languages. */
export interface EditableQuestion {
  itemId: string;
  etag: string | null;
  theme: QuestionTheme;
  en: string;
  fr: string;
  sortOrder: number;
  retired: boolean;
}

/** What an advisor types for a question. */
export interface QuestionDraft {
  theme: QuestionTheme;
  en: string;
  fr: string;
}

/** A row read as an editable question; rows without a known theme are left out. */
export function editableQuestionOf(row: ListRow): EditableQuestion | null {
  const f = row.fields;
  const theme = typeof f.Theme === "string" ? f.Theme.trim().toLowerCase() : "";
  if (!isQuestionTheme(theme)) return null;
  const order = typeof f.SortOrder === "number" ? f.SortOrder : Number(f.SortOrder);
  return {
    itemId: row.id,
    etag: row.etag,
    theme,
    en: typeof f.Title === "string" ? f.Title : "",
    fr: typeof f.TextFr === "string" ? f.TextFr : "",
    sortOrder: Number.isFinite(order) ? order : 0,
    retired: f.Retired === true || f.Retired === "true" || f.Retired === 1,
  };
}

/** Questions ordered by theme (the bank's theme order is the caller's), then sort order, then id. */
export function inThemeOrder(questions: readonly EditableQuestion[]): EditableQuestion[] {
  return [...questions].sort(
    (a, b) => a.sortOrder - b.sortOrder || Number(a.itemId) - Number(b.itemId),
  );
}

/** Reads the whole list. */
export async function readQuestions(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  signal?: AbortSignal,
): Promise<EditableQuestion[]> {
  const rows = await readCentreList(graph, sharePoint, "questions", QUESTION_LIST_COLUMNS, signal);
  return inThemeOrder(
    rows.map(editableQuestionOf).filter((q): q is EditableQuestion => q !== null),
  );
}

/** Adds a question after the last one of its theme. */
export async function addQuestion(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  draft: QuestionDraft,
  existing: readonly EditableQuestion[],
): Promise<EditableQuestion> {
  const last = Math.max(
    0,
    ...existing.filter((q) => q.theme === draft.theme).map((q) => q.sortOrder),
  );
  const row = await createRow(graph, sharePoint.siteId, sharePoint.lists.questions, {
    Title: draft.en.trim(),
    TextFr: draft.fr.trim(),
    Theme: draft.theme,
    SortOrder: last + 10,
    Retired: false,
  });
  const question = editableQuestionOf(row);
  if (!question) throw new Error("The list returned a question without a theme.");
  return question;
}

/** Saved (the fresh row), or another advisor changed it first (their row). */
export type QuestionSave =
  { ok: true; question: EditableQuestion } | { ok: false; theirs: EditableQuestion | null };

/** Changes some columns of a question if it is unchanged since read (If-Match). */
export async function updateQuestion(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  question: EditableQuestion,
  fields: Record<string, unknown>,
): Promise<QuestionSave> {
  const result = await updateRow(
    graph,
    sharePoint.siteId,
    sharePoint.lists.questions,
    question.itemId,
    fields,
    question.etag,
  );
  if (result.ok) {
    const fresh = editableQuestionOf(result.row);
    if (fresh) return { ok: true, question: fresh };
    return { ok: false, theirs: null };
  }
  return { ok: false, theirs: editableQuestionOf(result.server) };
}

/**
 * The writes that move `question` one place up or down within its theme: the two neighbours
 * swap sort orders; when they share one (rows added by hand often do), they are spread apart.
 * Null when it is already first or last.
 */
export function swapWithNeighbour(
  questions: readonly EditableQuestion[],
  question: EditableQuestion,
  direction: "up" | "down",
): { question: EditableQuestion; sortOrder: number }[] | null {
  const theme = inThemeOrder(questions.filter((q) => q.theme === question.theme));
  const index = theme.findIndex((q) => q.itemId === question.itemId);
  const other = theme[direction === "up" ? index - 1 : index + 1];
  if (index < 0 || !other) return null;
  if (other.sortOrder !== question.sortOrder) {
    return [
      { question, sortOrder: other.sortOrder },
      { question: other, sortOrder: question.sortOrder },
    ];
  }
  const low = question.sortOrder;
  return direction === "up"
    ? [
        { question, sortOrder: low },
        { question: other, sortOrder: low + 1 },
      ]
    : [
        { question: other, sortOrder: low },
        { question, sortOrder: low + 1 },
      ];
}
