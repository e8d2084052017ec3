// "What I've learned": every interview's takeaways gathered by question theme, and as Markdown.
import type { Locale } from "./locale";
import { escapeMarkdown, escapeMarkdownBlock } from "./markdownExport";
import type { PrepSheet } from "./prepSheet";
import { QUESTION_THEMES, type QuestionTheme } from "./questionBank";
import { intlLocale } from "./time/zones";
import { zoneOrFallback } from "./time/zoneNames";

/** A bank theme, or "other" for the user's own questions and ones the bank no longer holds. */
export type LearnedTheme = QuestionTheme | "other";

/** Groups in the order they are shown: the bank's order, the user's own questions last. */
export const LEARNED_THEMES: readonly LearnedTheme[] = [...QUESTION_THEMES, "other"];

/** Who the user talked to: shown beside each takeaway, so the student knows whose view it is. */
export interface LearnedSource {
  contactId: string;
  who: string;
  jobTitle?: string;
  organisation?: string;
  /** When the conversation was (ISO instant), or null when the event has no start. */
  when: string | null;
}

/** One booked meeting and the prep sheet on its event. */
export interface LearnedMeeting extends LearnedSource {
  eventId: string;
  sheet: PrepSheet;
}

/** One answer the user wrote down, with the question as it was asked. */
export interface LearnedAnswer extends LearnedSource {
  /** Unique within a summary (event and question), for lists. */
  key: string;
  /** The question as asked; "" when the sheet no longer holds it (the answer is kept anyway). */
  question: string;
  answer: string;
}

/** The general notes of one meeting. */
export interface LearnedNote extends LearnedSource {
  key: string;
  text: string;
}

/** The answers of one theme. */
export interface LearnedGroup {
  theme: LearnedTheme;
  answers: LearnedAnswer[];
}

/** Everything the student took away, ready to show or export. */
export interface LearnedSummary {
  /** Only themes with at least one answer, in {@link LEARNED_THEMES} order. */
  groups: LearnedGroup[];
  notes: LearnedNote[];
  answerCount: number;
  /** Conversations that left at least one answer or note. */
  meetingCount: number;
}

/** A question of the bank as far as grouping needs it. */
export interface ThemedQuestion {
  id: string;
  theme: QuestionTheme;
}

/** The bank id a chosen question started from: chosen bank questions are "bank:<id>". */
export function bankIdOf(questionId: string): string {
  return questionId.startsWith("bank:") ? questionId.slice("bank:".length) : questionId;
}

function sourceOf(meeting: LearnedMeeting): LearnedSource {
  const source: LearnedSource = {
    contactId: meeting.contactId,
    who: meeting.who,
    when: meeting.when,
  };
  if (meeting.jobTitle?.trim()) source.jobTitle = meeting.jobTitle.trim();
  if (meeting.organisation?.trim()) source.organisation = meeting.organisation.trim();
  return source;
}

function timeOf(when: string | null): number {
  const t = when === null ? Number.NaN : Date.parse(when);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Gathers the takeaways of `meetings` by theme. A question's theme comes from the bank (`bank`,
 * the merged bank in its display order); the user's own questions, and bank questions since
 * removed, fall under "other". Within a theme, answers to the same bank question sit together in
 * the bank's order, then in the order the conversations happened (the picture as it formed), so
 * what several people said about one question reads side by side. Blank answers and notes are
 * left out; an answer whose question was taken off the sheet is kept, under "other".
 */
export function gatherLearned(
  meetings: readonly LearnedMeeting[],
  bank: readonly ThemedQuestion[],
): LearnedSummary {
  const place = new Map(bank.map((q, index) => [q.id, { theme: q.theme, index }]));
  interface Ranked {
    answer: LearnedAnswer;
    theme: LearnedTheme;
    bankIndex: number;
    time: number;
    order: number;
  }
  const ranked: Ranked[] = [];
  const notes: Array<{ note: LearnedNote; time: number; order: number }> = [];
  const contributing = new Set<string>();
  let order = 0;
  for (const meeting of meetings) {
    const source = sourceOf(meeting);
    const time = timeOf(meeting.when);
    const { answers } = meeting.sheet.takeaways;
    const seen = new Set<string>();
    const add = (questionId: string, question: string, text: string | undefined) => {
      if (seen.has(questionId) || !text?.trim()) return;
      seen.add(questionId);
      const found = place.get(bankIdOf(questionId));
      ranked.push({
        answer: {
          ...source,
          key: `${meeting.eventId}\u0000${questionId}`,
          question: question.trim(),
          answer: text.trim(),
        },
        theme: found?.theme ?? "other",
        bankIndex: found?.index ?? Number.POSITIVE_INFINITY,
        time,
        order: order++,
      });
      contributing.add(meeting.eventId);
    };
    // Answers now live in takeaways.answers; older sheets kept them on the question.
    for (const q of meeting.sheet.questions) add(q.id, q.text, answers[q.id] ?? q.answer);
    for (const [questionId, text] of Object.entries(answers)) add(questionId, "", text);
    const text = meeting.sheet.takeaways.notes.trim();
    if (text) {
      notes.push({ note: { ...source, key: meeting.eventId, text }, time, order: order++ });
      contributing.add(meeting.eventId);
    }
  }
  ranked.sort(
    (a, b) =>
      LEARNED_THEMES.indexOf(a.theme) - LEARNED_THEMES.indexOf(b.theme) ||
      compareNumbers(a.bankIndex, b.bankIndex) ||
      compareNumbers(a.time, b.time) ||
      a.order - b.order,
  );
  const groups: LearnedGroup[] = [];
  for (const item of ranked) {
    const last = groups[groups.length - 1];
    if (last?.theme === item.theme) last.answers.push(item.answer);
    else groups.push({ theme: item.theme, answers: [item.answer] });
  }
  notes.sort((a, b) => compareNumbers(a.time, b.time) || a.order - b.order);
  return {
    groups,
    notes: notes.map((n) => n.note),
    answerCount: ranked.length,
    meetingCount: contributing.size,
  };
}

// Infinity − Infinity is NaN, which a sort comparator must never return.
function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** True when there is nothing to show yet. */
export function isEmptyLearned(summary: LearnedSummary): boolean {
  return summary.groups.length === 0 && summary.notes.length === 0;
}

// The export's own words, as markdownExport.ts does: the file is written without the UI's strings.
const LABELS = {
  en: {
    title: "What I've learned",
    notes: "General notes",
    none: "Nothing yet.",
    themes: {
      path: "The path into the role",
      day: "A typical day",
      skills: "Skills and education",
      outlook: "The industry's outlook",
      advice: "Advice",
      referrals: "Who else to talk to",
      other: "My own questions",
    },
  },
  "fr-CA": {
    title: "Ce que j'ai appris",
    notes: "Notes générales",
    none: "Rien pour l'instant.",
    themes: {
      path: "Le parcours jusqu'au poste",
      day: "Une journée type",
      skills: "Compétences et formation",
      outlook: "Les perspectives du secteur",
      advice: "Conseils",
      referrals: "À qui d'autre parler",
      other: "Mes propres questions",
    },
  },
} satisfies Record<Locale, { themes: Record<LearnedTheme, string> } & Record<string, unknown>>;

/** The day of a conversation in the user's zone: "December 1, 2026" / "1 décembre 2026". */
export function formatLearnedDay(when: string | null, zone: string, locale: Locale): string {
  const t = when === null ? Number.NaN : Date.parse(when);
  if (Number.isNaN(t)) return "";
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: zoneOrFallback(zone),
  }).format(new Date(t));
}

/** "Morgan Diaz, Research Scientist, Northfield Water · December 1, 2026", unescaped. */
export function sourceLine(source: LearnedSource, zone: string, locale: Locale): string {
  const who = [source.who, source.jobTitle, source.organisation]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(", ");
  const day = formatLearnedDay(source.when, zone, locale);
  return day ? `${who} · ${day}` : who;
}

/**
 * The summary as Markdown in the user's language: a section per theme, each answer under its
 * question with who said it and when, then the general notes. All user text is escaped, so a name
 * or answer cannot become a heading, a link or HTML.
 */
export function exportLearnedMarkdown(
  summary: LearnedSummary,
  options: { locale: Locale; zone?: string },
): string {
  const t = LABELS[options.locale];
  const zone = options.zone ?? "UTC";
  const lines: string[] = [`# ${t.title}`, ""];
  if (isEmptyLearned(summary)) lines.push(t.none);
  for (const group of summary.groups) {
    lines.push("", `## ${t.themes[group.theme]}`, "");
    for (const answer of group.answers) {
      if (answer.question) lines.push(`### ${escapeMarkdown(answer.question)}`, "");
      lines.push(escapeMarkdownBlock(answer.answer), "");
      lines.push(`*— ${escapeMarkdown(sourceLine(answer, zone, options.locale))}*`, "");
    }
  }
  if (summary.notes.length > 0) {
    lines.push("", `## ${t.notes}`, "");
    for (const note of summary.notes) {
      lines.push(`### ${escapeMarkdown(sourceLine(note, zone, options.locale))}`, "");
      lines.push(escapeMarkdownBlock(note.text), "");
    }
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
