// One interview as a Markdown document the user can keep: details, research, questions, takeaways.
import type { InterviewRecord, Stage } from "./interview";
import type { Locale } from "./locale";
import { closeBidi, withoutControls } from "./mail/draft";
import type { PrepQuestion, PrepSheet, Takeaways } from "./prepSheet";
import { formatRangeInZone } from "./time/zones";

/** What to export. Only the user's own data; they choose to save or share the file. */
export interface MarkdownExportInput {
  locale: Locale;
  record: InterviewRecord;
  researchNotes?: string;
  /** The prep sheet of the meeting, with questions ticked and takeaways. */
  prepSheet?: PrepSheet;
  /** Zone to write meeting times in (default UTC). */
  zone?: string;
}

/**
 * Escapes user text for inline Markdown: every character that could start emphasis, code, a
 * link, an HTML tag or an entity gets a backslash, and line breaks become spaces (a heading or a
 * list item is one line). Control characters are dropped and open bidi overrides closed, so a
 * value cannot reverse the words that follow it.
 */
export function escapeMarkdown(text: string): string {
  const line = withoutControls(text).replace(/\s*[\r\n]+\s*/g, " ");
  return escapeLineStart(closeBidi(line).replace(INLINE, "\\$&"));
}

/**
 * Escapes multi-line user text as a block: each line escaped like {@link escapeMarkdown}, line
 * breaks kept (as hard breaks), blank lines kept as paragraph breaks.
 */
export function escapeMarkdownBlock(text: string): string {
  const lines = withoutControls(text).replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      return;
    }
    const escaped = escapeLineStart(closeBidi(line).replace(INLINE, "\\$&"));
    const nextIsText = (lines[i + 1] ?? "").trim().length > 0;
    out.push(nextIsText ? `${escaped}\\` : escaped);
  });
  while (out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

// Characters with a meaning anywhere in a line.
const INLINE = /[\\`*_[\]<>#|~&!{}()]/g;

// Constructs that only mean something at the start of a line: lists, quotes, rules, headings.
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*)(\d+)([.)])/, "$1$2\\$3");
}

const LABELS = {
  en: {
    title: "Information interview",
    organisation: "Organisation",
    role: "Role",
    email: "Email",
    stage: "Stage",
    referredBy: "Referred by",
    howWeMet: "How we met",
    meetings: "Meetings",
    research: "Research notes",
    questions: "Questions",
    asked: "asked",
    answer: "Answer",
    takeaways: "Takeaways",
    referrals: "People to talk to next",
    none: "Nothing yet.",
    stages: {
      found: "Found",
      researched: "Researched",
      questionsReady: "Questions ready",
      requested: "Requested",
      booked: "Booked",
      met: "Met",
      thanked: "Thanked",
    },
  },
  "fr-CA": {
    title: "Entrevue d'information",
    organisation: "Organisation",
    role: "Poste",
    email: "Courriel",
    stage: "Étape",
    referredBy: "Recommandé par",
    howWeMet: "Comment nous nous sommes connus",
    meetings: "Rencontres",
    research: "Notes de recherche",
    questions: "Questions",
    asked: "posée",
    answer: "Réponse",
    takeaways: "Ce que je retiens",
    referrals: "Personnes à contacter ensuite",
    none: "Rien pour l'instant.",
    stages: {
      found: "Contact trouvé",
      researched: "Recherche faite",
      questionsReady: "Questions prêtes",
      requested: "Demande envoyée",
      booked: "Rencontre planifiée",
      met: "Rencontre faite",
      thanked: "Remerciements envoyés",
    },
  },
} satisfies Record<Locale, Record<string, unknown> & { stages: Record<Stage, string> }>;

/** The interview as Markdown, in the user's language, with all user text escaped. */
export function exportInterviewMarkdown(input: MarkdownExportInput): string {
  const t = LABELS[input.locale];
  const r = input.record;
  const zone = input.zone ?? "UTC";
  const lines: string[] = [`# ${t.title}: ${escapeMarkdown(r.displayName)}`, ""];

  const facts: Array<[string, string | undefined]> = [
    [t.organisation, r.organisation],
    // Each part closed on its own, so an override in the title cannot reverse the department.
    [
      t.role,
      [r.jobTitle, r.department]
        .filter((x): x is string => Boolean(x?.trim()))
        .map((x) => closeBidi(x.trim()))
        .join(", "),
    ],
    [t.email, r.emailAddress],
    [t.referredBy, r.referredBy],
    [t.howWeMet, r.howWeMet],
  ];
  lines.push(`- **${t.stage}:** ${t.stages[r.stage]}`);
  for (const [label, value] of facts) {
    if (value?.trim()) lines.push(`- **${label}:** ${escapeMarkdown(value.trim())}`);
  }
  for (const event of r.events) {
    const start = new Date(event.start);
    const end = new Date(event.end);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) continue;
    lines.push(
      `- **${t.meetings}:** ${escapeMarkdown(formatRangeInZone(start, end, zone, input.locale))}`,
    );
  }

  lines.push("", `## ${t.research}`, "");
  lines.push(input.researchNotes?.trim() ? escapeMarkdownBlock(input.researchNotes) : t.none);

  const sheet = input.prepSheet;
  const takeaways: Takeaways = sheet?.takeaways ?? { notes: "", answers: {}, referrals: [] };
  const questions: PrepQuestion[] = sheet?.questions ?? r.questions;
  lines.push("", `## ${t.questions}`, "");
  if (questions.length === 0) lines.push(t.none);
  questions.forEach((q, i) => {
    const asked = q.asked ? ` _(${t.asked})_` : "";
    lines.push(`${i + 1}. ${escapeMarkdown(q.text)}${asked}`);
    const answer = takeaways.answers[q.id] ?? q.answer;
    if (answer?.trim()) {
      const body = escapeMarkdownBlock(answer)
        .split("\n")
        .map((l) => `   ${l}`)
        .join("\n");
      lines.push("", `   **${t.answer}:**`, body, "");
    }
  });

  lines.push("", `## ${t.takeaways}`, "");
  lines.push(takeaways.notes.trim() ? escapeMarkdownBlock(takeaways.notes) : t.none);
  if (takeaways.referrals.length > 0) {
    lines.push("", `### ${t.referrals}`, "");
    for (const ref of takeaways.referrals) {
      const email = ref.email?.trim() ? ` (${escapeMarkdown(ref.email.trim())})` : "";
      const note = ref.note?.trim() ? ` — ${escapeMarkdown(ref.note.trim())}` : "";
      lines.push(`- ${escapeMarkdown(ref.name)}${email}${note}`);
    }
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
