// The question bank as the user sees it: built-in questions merged with the career centre's list,
// tailored to one contact.
import type { SharePointConfig } from "../../domain/config";
import type { Locale } from "../../domain/locale";
import type { AdvisorQuestion, MergedBankQuestion, QuestionTheme } from "../../domain/questionBank";
import { BUILT_IN_QUESTIONS, isQuestionTheme, mergeBank } from "../../domain/questionBank";
import type { FactName, TailoringFacts } from "../../domain/tailoring";
import { isAnsweredByResearch, tailorQuestion } from "../../domain/tailoring";
import type { GraphClient } from "../../graph/client";
import { listRows, type ListRow } from "../../graph/lists";

/**
 * The question list's columns (SharePoint internal names): Title holds the English wording;
 * BankId names the built-in question a row stands for (`npm run provision` seeds the starter bank
 * that way), so editing it replaces that question instead of adding a second one.
 */
export const QUESTION_LIST_COLUMNS = [
  "Title",
  "TextFr",
  "Theme",
  "SortOrder",
  "Retired",
  "BankId",
] as const;

/** One list row as the domain's advisor question; rows without a usable theme are kept out. */
export function advisorQuestionOf(row: ListRow): AdvisorQuestion | null {
  const f = row.fields;
  const theme = typeof f.Theme === "string" ? f.Theme.trim().toLowerCase() : "";
  if (!isQuestionTheme(theme)) return null;
  const en = typeof f.Title === "string" ? f.Title : "";
  const fr = typeof f.TextFr === "string" ? f.TextFr : "";
  const sortOrder = typeof f.SortOrder === "number" ? f.SortOrder : Number(f.SortOrder);
  const bankId = typeof f.BankId === "string" ? f.BankId.trim() : "";
  const question: AdvisorQuestion = {
    id: bankId || `list-${row.id}`,
    theme: theme as QuestionTheme,
    text: fr ? { en, "fr-CA": fr } : { en },
  };
  if (Number.isFinite(sortOrder) && f.SortOrder !== null && f.SortOrder !== "") {
    question.sortOrder = sortOrder;
  }
  if (f.Retired === true || f.Retired === "true" || f.Retired === 1) question.retired = true;
  return question;
}

/** The merged bank: the built-in questions alone when the career centre has no list. */
export async function loadQuestionBank(
  graph: GraphClient,
  sharePoint: SharePointConfig | null,
  signal?: AbortSignal,
): Promise<MergedBankQuestion[]> {
  if (!sharePoint?.lists.questions) return mergeBank(BUILT_IN_QUESTIONS, []);
  const rows = await listRows(
    graph,
    sharePoint.siteId,
    sharePoint.lists.questions,
    QUESTION_LIST_COLUMNS,
    {
      signal,
    },
  );
  const items = rows.map(advisorQuestionOf).filter((q): q is AdvisorQuestion => q !== null);
  return mergeBank(BUILT_IN_QUESTIONS, items);
}

/** What a contact's record tells tailoring (the directory's fields, and an "Industry:" note). */
export function researchFactsOf(contact: {
  jobTitle: string | null;
  department: string | null;
  companyName: string | null;
  notes: string;
}): TailoringFacts {
  const facts: TailoringFacts = {};
  if (contact.jobTitle) facts.role = contact.jobTitle;
  if (contact.department) facts.department = contact.department;
  if (contact.companyName) facts.organisation = contact.companyName;
  const industry = /^\s*[-*•]?\s*(?:industry|industrie|secteur)\s*:\s*(.+?)\s*$/imu.exec(
    contact.notes,
  );
  if (industry?.[1]) facts.industry = industry[1];
  return facts;
}

/** A bank question as offered for one contact. */
export interface TailoredBankQuestion {
  question: MergedBankQuestion;
  /** Placeholders filled from the research, in the user's language. */
  text: string;
  /** Facts the research did not have (the question reads generically). */
  missing: FactName[];
  /** The research notes may already answer it. */
  answered: boolean;
}

/** Tailors every bank question to a contact's facts and notes. */
export function tailorBank(
  bank: readonly MergedBankQuestion[],
  facts: TailoringFacts,
  notes: string,
  locale: Locale,
): TailoredBankQuestion[] {
  return bank.map((question) => {
    const tailored = tailorQuestion(question.text[locale], facts, locale);
    return {
      question,
      text: tailored.text,
      missing: tailored.missing,
      answered: isAnsweredByResearch(tailored.text, notes, locale),
    };
  });
}

/** Questions grouped by theme, themes in the bank's order. */
export function byTheme<T extends { question: { theme: QuestionTheme } }>(
  items: readonly T[],
): Array<{ theme: QuestionTheme; items: T[] }> {
  const groups: Array<{ theme: QuestionTheme; items: T[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.theme === item.question.theme) last.items.push(item);
    else groups.push({ theme: item.question.theme, items: [item] });
  }
  return groups;
}
