// Research notes: the text a new interview starts with (what the directory says, a checklist) and
// its progress.
import type { Locale } from "./locale";

/** What is known about a contact when their interview is created. */
export interface ResearchFacts {
  displayName: string;
  jobTitle?: string | null;
  department?: string | null;
  companyName?: string | null;
  officeLocation?: string | null;
  /** Nearest manager first, each "Name (Title)" or "Name". */
  reportingLine?: readonly string[];
  /** People who report to the contact. */
  directReports?: readonly string[];
  /** From the volunteer list. */
  industry?: string | null;
  topics?: readonly string[];
  /** For people added by hand. */
  howWeMet?: string | null;
}

interface NotesText {
  heading: (name: string) => string;
  fromDirectory: string;
  role: string;
  department: string;
  organisation: string;
  office: string;
  reportsTo: string;
  team: string;
  industry: string;
  topics: string;
  howWeMet: string;
  checklist: string;
  items: readonly string[];
}

const TEXT: Record<Locale, NotesText> = {
  en: {
    heading: (name) => `Research notes: ${name}`,
    fromDirectory: "What we already know",
    role: "Role",
    department: "Department",
    organisation: "Organisation",
    office: "Office",
    reportsTo: "Reports to",
    team: "Team",
    industry: "Industry",
    topics: "Happy to talk about",
    howWeMet: "How we met",
    checklist: "Research checklist",
    items: [
      "Organisation: what it does, its size, its mission",
      "Role: what the job involves day to day",
      "Industry: trends and outlook",
      "Recent news about the organisation or the person",
      "What I want to learn from this conversation",
    ],
  },
  "fr-CA": {
    heading: (name) => `Notes de recherche : ${name}`,
    fromDirectory: "Ce que l'on sait déjà",
    role: "Poste",
    department: "Service",
    organisation: "Organisation",
    office: "Bureau",
    reportsTo: "Relève de",
    team: "Équipe",
    industry: "Secteur",
    topics: "Sujets de conversation",
    howWeMet: "Comment on s'est connus",
    checklist: "Liste de recherche",
    items: [
      "Organisation : ce qu'elle fait, sa taille, sa mission",
      "Poste : en quoi consiste le travail au quotidien",
      "Secteur : tendances et perspectives",
      "Nouvelles récentes sur l'organisation ou la personne",
      "Ce que je veux apprendre de cette conversation",
    ],
  },
};

/** An unticked checklist line; a ticked one has "[x]". */
export const CHECKBOX_OPEN = "[ ]";
export const CHECKBOX_DONE = "[x]";

const MAX_TEAM_NAMES = 8;

/**
 * The notes a new interview starts with: what the directory (or the volunteer list, or the user)
 * said about the contact, then the research checklist. Plain text, because Outlook's
 * personalNotes is plain text and the user edits it freely. Facts that are unknown are left out
 * rather than shown empty.
 */
export function prefillResearchNotes(facts: ResearchFacts, locale: Locale = "en"): string {
  const text = TEXT[locale];
  const known: string[] = [];
  const line = (label: string, value: string | null | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) known.push(`- ${label}: ${trimmed}`);
  };
  line(text.role, facts.jobTitle);
  line(text.department, facts.department);
  line(text.organisation, facts.companyName);
  line(text.office, facts.officeLocation);
  if (facts.reportingLine && facts.reportingLine.length > 0) {
    line(text.reportsTo, facts.reportingLine.join(" → "));
  }
  if (facts.directReports && facts.directReports.length > 0) {
    const shown = facts.directReports.slice(0, MAX_TEAM_NAMES);
    const more = facts.directReports.length - shown.length;
    line(text.team, shown.join(", ") + (more > 0 ? ` (+${more})` : ""));
  }
  line(text.industry, facts.industry);
  if (facts.topics && facts.topics.length > 0) line(text.topics, facts.topics.join(", "));
  line(text.howWeMet, facts.howWeMet);
  const sections = [text.heading(facts.displayName.trim())];
  if (known.length > 0) sections.push([text.fromDirectory, ...known].join("\n"));
  sections.push(
    [text.checklist, ...text.items.map((item) => `${CHECKBOX_OPEN} ${item}`)].join("\n"),
  );
  return `${sections.join("\n\n")}\n`;
}

/** A person's name with their title, as the reporting line shows them. */
export function nameWithTitle(displayName: string, jobTitle: string | null | undefined): string {
  return jobTitle?.trim() ? `${displayName} (${jobTitle.trim()})` : displayName;
}

/** How far the checklist in a note has got: ticked and total checkbox lines. */
export interface ChecklistProgress {
  done: number;
  total: number;
}

/** Counts checklist lines ("[ ]" open, "[x]" or "[X]" done) wherever the user moved them. */
export function checklistProgress(notes: string): ChecklistProgress {
  let done = 0;
  let total = 0;
  for (const raw of notes.split(/\r?\n/u)) {
    const line = raw.trimStart();
    if (line.startsWith("[ ]")) total += 1;
    else if (/^\[[xX]\]/u.test(line)) {
      total += 1;
      done += 1;
    }
  }
  return { done, total };
}

/**
 * Whether the notes show the research as done: a checklist is there and every line of it is
 * ticked. Text alone is no signal, because every interview starts with the directory's facts.
 */
export function researchComplete(notes: string): boolean {
  const { done, total } = checklistProgress(notes);
  return total > 0 && done === total;
}
