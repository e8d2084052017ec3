// Tailoring: fills a question's placeholders with what the research found, and spots questions the
// research notes already answer.
//
// The handout asks students to weave their research into their questions ("What drew you to
// Finance?" reads better than a generic line). When a fact is unknown the placeholder becomes a
// natural generic phrase ("your field", "votre domaine") so the question still reads well, and the
// fact is reported as missing so the UI can nudge the user to look it up.

import type { Locale } from "./locale";

/** What the research notes and the directory know about a contact. */
export interface TailoringFacts {
  role?: string;
  department?: string;
  organisation?: string;
  managerDepartment?: string;
  industry?: string;
}

/** The placeholders a question may hold: `{role}`, `{department}`, … */
export type FactName = keyof TailoringFacts;

/** A question with its placeholders filled, and the facts that were not known. */
export interface TailoredQuestion {
  text: string;
  /** Facts a placeholder asked for but the research did not have, each named once. */
  missing: FactName[];
}

const FACT_NAMES: readonly FactName[] = [
  "role",
  "department",
  "organisation",
  "managerDepartment",
  "industry",
];

const GENERIC: Record<Locale, Record<FactName, string>> = {
  en: {
    role: "your role",
    department: "your department",
    organisation: "your organisation",
    managerDepartment: "your manager's department",
    industry: "your field",
  },
  "fr-CA": {
    role: "votre rôle",
    department: "votre service",
    organisation: "votre organisation",
    managerDepartment: "votre direction",
    industry: "votre domaine",
  },
};

/**
 * A placeholder together with the words around it that change when the fact is missing:
 * "as a {role}" must become "in your role", not "as a your role".
 */
interface Frame {
  pattern: RegExp;
  fact: FactName;
  filled: (value: string, match: RegExpExecArray) => string;
  generic: (match: RegExpExecArray) => string;
}

const VOWEL = /^[aeiouàâäéèêëîïôöûüœæ]/iu;
const VOWEL_SOUND_EN = /^[aeiou]/iu;

function frenchElision(word: string, value: string): string {
  if (!VOWEL.test(value) && !/^h[aeiouyéè]/iu.test(value)) return `${word} ${value}`;
  // Keep the user's capital: "De" → "D'".
  return `${word.slice(0, -1)}'${value}`;
}

const FRAMES: Record<Locale, readonly Frame[]> = {
  en: [
    {
      pattern: /\b(as )?(an?) \{role\}/giu,
      fact: "role",
      filled: (value, m) => `${m[1] ?? ""}${VOWEL_SOUND_EN.test(value) ? "an" : "a"} ${value}`,
      generic: (m) => (m[1] ? "in your role" : "someone in your role"),
    },
  ],
  "fr-CA": [
    {
      pattern: /\b(en tant que|comme) \{role\}/giu,
      fact: "role",
      filled: (value, m) =>
        (m[1] ?? "").toLowerCase() === "comme"
          ? `comme ${value}`
          : frenchElision("en tant que", value),
      generic: () => "dans votre rôle",
    },
    {
      pattern: /l['’]équipe \{department\}/giu,
      fact: "department",
      filled: (value, m) => `${m[0].slice(0, 8)} ${value}`,
      generic: () => "votre équipe",
    },
    {
      pattern: /la direction \{managerDepartment\}/giu,
      fact: "managerDepartment",
      filled: (value) => `la direction ${value}`,
      generic: () => "votre direction",
    },
    {
      pattern: /\bchez \{organisation\}/giu,
      fact: "organisation",
      filled: (value) => `chez ${value}`,
      generic: () => "dans votre organisation",
    },
    {
      pattern: /\ben \{industry\}/giu,
      fact: "industry",
      filled: (value) => `en ${value}`,
      generic: () => "dans votre domaine",
    },
    {
      pattern: /\b(de|que) \{(role|department|organisation|managerDepartment|industry)\}/giu,
      fact: "role", // replaced per match below
      filled: (value, m) => frenchElision(m[1] ?? "de", value),
      generic: (m) => `${m[1] ?? "de"} ${GENERIC["fr-CA"][(m[2] ?? "role") as FactName]}`,
    },
  ],
};

const BARE = /\{(role|department|organisation|managerDepartment|industry)\}/gu;

// A filled-in value's braces are held as this private-use character until every placeholder is
// done, so a fact that itself reads "{role}" is put in as typed and never filled a second time.
const HELD_BRACE = "\uE000";

function factValue(facts: TailoringFacts, name: FactName): string | undefined {
  const value = facts[name]?.trim();
  return value ? value.replaceAll("{", HELD_BRACE) : undefined;
}

/**
 * Fills `{role}`, `{department}`, `{organisation}`, `{managerDepartment}` and `{industry}` from the
 * research facts. A missing fact becomes a generic phrase in the question's language ("your
 * field"), with the surrounding words adjusted where needed ("as a {role}" → "in your role";
 * French "de {organisation}" → "d'Acme"), and is listed in `missing`. Unknown placeholders are left
 * as typed.
 */
export function tailorQuestion(
  text: string,
  facts: TailoringFacts,
  locale: Locale = "en",
): TailoredQuestion {
  const missing = new Set<FactName>();
  let out = text;
  for (const frame of FRAMES[locale]) {
    out = out.replace(frame.pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const named = /\{(\w+)\}/u.exec(String(args[0]))?.[1] as FactName | undefined;
      const fact = named && FACT_NAMES.includes(named) ? named : frame.fact;
      const value = factValue(facts, fact);
      if (value) return frame.filled(value, match);
      missing.add(fact);
      return frame.generic(match);
    });
  }
  const startsWithPlaceholder = out.startsWith("{");
  out = out.replace(BARE, (_whole, name: string) => {
    const fact = name as FactName;
    const value = factValue(facts, fact);
    if (value) return value;
    missing.add(fact);
    return GENERIC[locale][fact];
  });
  if (startsWithPlaceholder) out = out.charAt(0).toLocaleUpperCase() + out.slice(1);
  out = out.replaceAll(HELD_BRACE, "{");
  return { text: out, missing: FACT_NAMES.filter((name) => missing.has(name)) };
}

// ---------------------------------------------------------------------------------------------
// Already answered by the research?
// ---------------------------------------------------------------------------------------------

/** The research checklist's topics (the research step: organisation, role, industry, recent news). */
type ChecklistTopic = "organisation" | "role" | "industry" | "news";

// Heading names per topic; a heading must be exactly one of these, a checklist item must start
// with one ("Recent news about the organisation…").
const HEADING_TOPICS: readonly [ChecklistTopic, RegExp][] = [
  [
    "organisation",
    /^(?:organi[sz]ation|company|employer|entreprise|employeur|organisme|compagnie)(?=$|[\s:,])/u,
  ],
  [
    "role",
    /^(?:role|rôle|position|poste|job title|title|titre|fonctions?|responsibilities|responsabilités)(?=$|[\s:,])/u,
  ],
  ["industry", /^(?:industry|industrie|secteur|sector|domaine|field)(?=$|[\s:,])/u],
  ["news", /^(?:news|recent news|nouvelles|nouvelles récentes|actualités|actualité)(?=$|[\s:,])/u],
];

function headingTopic(name: string): ChecklistTopic | undefined {
  return HEADING_TOPICS.find(([, pattern]) => pattern.test(name))?.[0];
}

const QUESTION_TOPICS: readonly [ChecklistTopic, RegExp][] = [
  [
    "organisation",
    /\{organisation\}|\b(?:organi[sz]ations?|company|employer|entreprise|employeur|organisme)\b/u,
  ],
  [
    "role",
    /\{role\}|\b(?:role|rôle|position|poste|job|tasks|tâches|responsibilities|responsabilités)\b/u,
  ],
  [
    "industry",
    /\{industry\}|\b(?:industry|industrie|field|sector|secteur|domaine|trends|tendances|outlook)\b/u,
  ],
  [
    "news",
    /\b(?:news|nouvelles|actualités|recent|récents?|récemment|challenges|défis|changes|changements)\b/u,
  ],
];

const TOPIC_WORDS =
  /\b(?:organi[sz]ations?|company|employer|entreprise|employeur|organisme|role|rôle|position|poste|job|industry|industrie|field|sector|secteur|domaine|news|nouvelles|actualités)\b/gu;

const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at for from with without about into over under by as than then " +
    "is are was were be been being am do does did have has had can could would will should shall may might must " +
    "i me my mine you your yours we our us they them their he him his she her it its this that these those there here " +
    "what which who whom whose when where why how whether not no yes so very more most much many some any each every " +
    "also just still really now today currently moment right time times way ways kind kinds thing things " +
    "tell describe explain think see like look looks get got make made know knew want wanted " +
    "le la les l un une des du de d au aux et ou mais si que qu qui quoi quel quelle quels quelles dont où " +
    "ce cet cette ces c ça cela est sont était être été avez avoir a ont ai as fait faire faites " +
    "je j me m moi vous votre vos nous notre nos il elle ils elles on lui leur leurs se s son sa ses mon ma mes " +
    "en dans sur pour par avec sans chez vers entre comme plus moins très pas ne n y comment pourquoi quand combien " +
    "pouvez pourriez dire décrire selon maintenant aujourd hui actuellement moment"
  ).split(" "),
);

const STEM_LENGTH = 5;

/** A crude stem: the first five letters, enough to match "changing" with "changes". */
function stem(word: string): string {
  return word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word;
}

function contentStems(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const cleaned = text.toLowerCase().replace(/\{[^}]*\}/gu, " ");
  for (const word of cleaned.split(/[^\p{L}\p{N}-]+/u)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    const s = stem(word);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

function containsAll(text: string, stems: readonly string[]): boolean {
  const present = new Set(contentStems(text));
  return stems.every((s) => present.has(s));
}

interface NoteSection {
  topic: ChecklistTopic | undefined;
  body: string;
}

const BULLET = /^\s*(?:[-*•]\s+)?/u;
const CHECKBOX = /^\[[ xX]\]\s*/u;
const HEADING = /^(?:#{1,6}\s*)?([^:#\n]{2,40}?)\s*:\s*(.*)$|^#{1,6}\s*(.{2,40}?)\s*$/u;

/**
 * Splits notes into sections under headings: "# Heading", "Heading:", "- Heading: text" (the
 * directory facts the notes start with) and checklist items ("[x] Role: what the job involves").
 * A checklist item's own wording is the template's, not research, so only what the user wrote
 * below it counts.
 */
function sectionsOf(notes: string): NoteSection[] {
  const sections: NoteSection[] = [];
  let current: NoteSection = { topic: undefined, body: "" };
  for (const raw of notes.split(/\r?\n/u)) {
    let line = raw.replace(BULLET, "");
    const checkbox = CHECKBOX.exec(line);
    if (checkbox) {
      line = line.slice(checkbox[0].length);
      sections.push(current);
      current = { topic: headingTopic(line.trim().toLowerCase()), body: "" };
      continue;
    }
    const heading = HEADING.exec(line);
    const name = (heading?.[1] ?? heading?.[3] ?? "").trim().toLowerCase();
    const topic = name ? headingTopic(name) : undefined;
    if (heading && (topic || heading[3] !== undefined)) {
      sections.push(current);
      current = { topic, body: heading[2] ?? "" };
    } else {
      current.body += "\n" + raw;
    }
  }
  sections.push(current);
  return sections;
}

// "[x]" is deliberately not a marker: it ticks the research checklist, which is not an answer.
const ANSWER_MARKER = /^\s*(?:[-*•]\s+)?(?:✓|✔|answered\s*:|répondu\s*:)\s*(.+)$/gimu;

/**
 * Whether the research notes already answer a question, so the UI can suggest dropping it.
 *
 * Deliberately conservative; true only when either
 * 1. the notes hold an explicit answer marker — a line starting with "✓", "Answered:" or
 *    "Répondu :" — whose text contains every key word of the question; or
 * 2. the question is about a research-checklist topic (organisation, role, industry, recent news:
 *    by its placeholder or its words) and the notes section under that checklist heading contains
 *    every key word of the question, with at least two key words. Headings are "# Heading",
 *    "Heading:" lines, the "- Role: …" facts the notes start with, and checklist items — of which
 *    only the user's lines below count, never the checklist's own wording.
 * Key words are the question's words minus stop words and placeholders, compared by their first
 * five letters. `locale` is accepted for symmetry; both languages' stop words are always used
 * because notes often mix them.
 */
export function isAnsweredByResearch(
  question: string,
  notesText: string,
  _locale: Locale,
): boolean {
  const keys = contentStems(question);
  if (keys.length === 0 || notesText.trim().length === 0) return false;

  ANSWER_MARKER.lastIndex = 0;
  let marker: RegExpExecArray | null;
  while ((marker = ANSWER_MARKER.exec(notesText)) !== null) {
    if (containsAll(marker[1] ?? "", keys)) return true;
  }

  const lower = question.toLowerCase();
  const topics = new Set(
    QUESTION_TOPICS.filter(([, pattern]) => pattern.test(lower)).map(([topic]) => topic),
  );
  if (topics.size === 0) return false;
  // The topic words name the heading; the notes under it need not repeat them.
  const topicKeys = contentStems(lower.replace(TOPIC_WORDS, " "));
  if (topicKeys.length < 2) return false;
  return sectionsOf(notesText).some(
    (section) =>
      section.topic !== undefined &&
      topics.has(section.topic) &&
      containsAll(section.body, topicKeys),
  );
}
