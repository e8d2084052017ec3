// The etiquette guard: finds the phrases that turn an information interview into a job request.
//
// An information interview is about learning, not about getting hired: the career centre's handout
// is explicit that the student does not ask for a job and does not offer a resume unless the
// professional asks for one. This module is the single place that recognises those asks, in English
// and Canadian French. The question coach (questionCoach/) and the mail drafts (request and
// thank-you) both call it, so a phrase is judged the same way everywhere.
//
// How it works: a short list of precompiled, case-insensitive patterns per language, matched on the
// original text so the spans point at exactly what the user typed. Patterns look for a *request*
// ("could you hire me", "I am looking for an internship", "pass my resume on"), not for the words
// alone: "What is a typical day in this position?" or "How did you get your first job?" are fine.
// A match preceded, in the same sentence, by a negation ("I am not asking for a job", "je ne vais pas
// vous envoyer mon CV") is ignored.
//
// Speed: it also runs inside the question coach on every keystroke, so each language first checks
// a single lower-case keyword pattern; only text containing one of those stems meets the full rules.
//
// Known limits: it reads phrases, not meaning. Unusual wording ("any chance I could join your
// crew?") slips through, and a sentence that negates one ask and makes another in the same breath
// may be skipped. It errs on the side of staying quiet.

import type { Locale } from "./locale";

/** What a draft or a question does that an information interview should not. */
export type EtiquetteCode = "asks-for-job" | "asks-to-pass-resume";

/** One problem phrase: its code and where it sits in the text (UTF-16 offsets, end exclusive). */
export interface EtiquetteWarning {
  code: EtiquetteCode;
  start: number;
  end: number;
}

interface Rule {
  code: EtiquetteCode;
  pattern: RegExp;
}

// Building blocks, kept as strings so each pattern below reads as a sentence.
const AP = "['’]"; // straight or typographic apostrophe
const JOB_EN =
  "(?:jobs?|positions?|internships?|placements?|co-?op(?:\\s+(?:positions?|placements?|terms?))?|openings?|vacanc(?:y|ies)|employment|work\\s+terms?)";
const RESUME_EN = "(?:r[eé]sum[eé]s?|cvs?|c\\.v\\.|curriculum\\s+vit(?:ae|æ))";
const RESUME_FR = "(?:cv|c\\.v\\.|curriculum\\s+vit(?:ae|æ))";
const JOB_FR = "(?:emplois?|postes?|stages?|jobs?|placements?|alternances?)";
const ORG_EN = "(?:team|company|department|organi[sz]ation|firm|office|group|unit|agency|branch)";
const ORG_FR =
  "(?:[ée]quipe|entreprise|organisation|service|firme|compagnie|bureau|direction|agence|minist[eè]re)";

// JavaScript's \b only knows ASCII letters, so "équipe" or "curriculum vitæ" would never start or
// end a word. Patterns are written with \b for readability and compiled with Unicode-aware checks:
// a \b before a word becomes "no letter just before", one after a word "no letter just after".
const WORD_CHAR = "[\\p{L}\\p{N}_]";
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;
const END_BOUNDARY_NEXT = /^(?:$|[)|]|\\s|\[\^)/u;

/**
 * Compiles a pattern once, with Unicode word boundaries; shared with the question coach. A \b that
 * opens the whole pattern is left out when `leadingChecked` is set: the caller then checks the
 * character before each match itself, which keeps the engine's fast scan for the first letters.
 */
export function compileUnicodePattern(
  source: string,
  flags: string,
  leadingChecked = false,
): RegExp {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\" && source.charAt(i + 1) === "b") {
      if (!(i === 0 && leadingChecked)) {
        out += END_BOUNDARY_NEXT.test(source.slice(i + 2, i + 5)) ? AFTER_WORD : BEFORE_WORD;
      }
      i++;
    } else if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else {
      out += c;
    }
  }
  return new RegExp(out, flags);
}

function rule(code: EtiquetteCode, source: string): Rule {
  return { code, pattern: compileUnicodePattern(source, "giu", source.startsWith("\\b")) };
}

const WORD_LETTER = /[\p{L}\p{N}_]/u;

/** True when the match starts a word (the check left out of the compiled pattern). */
function startsWord(text: string, index: number): boolean {
  return index === 0 || !WORD_LETTER.test(text.charAt(index - 1));
}

// Cheap first pass: a text with none of these stems cannot match any rule of the language, which
// is the case for almost every question typed in the coach.
const ENGLISH_TRIGGER =
  /hire|hiring|employ|recruit|take on|consider|job|position|intern|placement|co-?op|opening|vacanc|work (?:for|with)|work term|apply|refer|recommend|put me|good word|r[eé]sum|cv|c\.v\.|curriculum/;
const FRENCH_TRIGGER =
  /embauch|engag|employ|recrut|emploi|poste|stage|job|placement|alternance|glisser|cv|c\.v\.|curriculum/;

const ENGLISH_RULES: readonly Rule[] = [
  // Direct asks to be taken on.
  rule("asks-for-job", `\\b(?:hire|employ|recruit|take\\s+on|consider)\\s+me\\b`),
  rule(
    "asks-for-job",
    `\\b(?:give|offer|find|get)\\s+me\\s+(?:a|an|some)\\s+(?:(?:paid|summer|new|full-time|part-time)\\s+)?${JOB_EN}`,
  ),
  rule(
    "asks-for-job",
    `\\bhelp\\s+me\\s+(?:to\\s+)?(?:get|find|land|secure|obtain)\\s+(?:a|an|the)\\s+(?:(?:paid|summer|new|full-time|part-time)\\s+)?${JOB_EN}`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:ask(?:ing)?|request(?:ing)?)\\s+(?:you\\s+)?for\\s+(?:a|an)\\s+${JOB_EN}`,
  ),
  // "Are you hiring?", "Is your team hiring right now?"
  rule(
    "asks-for-job",
    `\\b(?:are\\s+you|is\\s+your\\s+(?:\\w+\\s+)?${ORG_EN})\\s+(?:currently\\s+)?hiring\\b`,
  ),
  // "Are there any openings on your team?", "Do you have any internships available?"
  rule(
    "asks-for-job",
    `\\b(?:are\\s+there|is\\s+there|do\\s+you\\s+have|have\\s+you\\s+got|any)\\s+(?:any\\s+|an?\\s+)?(?:open\\s+|available\\s+|current\\s+|upcoming\\s+)?${JOB_EN}\\s+(?:open|available|for\\s+me|for\\s+students|(?:at|in|on|with)\\s+(?:your|you)\\b)`,
  ),
  rule("asks-for-job", `\\b(?:any|upcoming|current)\\s+(?:job\\s+)?(?:openings|vacancies)\\b`),
  // The user presents themself as a job seeker.
  rule(
    "asks-for-job",
    `\\b(?:i${AP}m|i\\s+am|i\\s+was|we\\s+are)\\s+(?:(?:currently|actively|now|also|still|really)\\s+)?(?:looking|searching|hoping)\\s+(?:for|to\\s+(?:find|get|land|secure))\\s+(?:a|an)\\s+(?:(?:paid|summer|new|full-time|part-time)\\s+)?${JOB_EN}`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:i${AP}d\\s+like\\s+to|i\\s+would\\s+like\\s+to|i\\s+want\\s+to|i\\s+hope\\s+to|i\\s+plan\\s+to|(?:can|could|may|should)\\s+i|how\\s+(?:can|could|do|should)\\s+i)\\s+apply\\b`,
  ),
  rule(
    "asks-for-job",
    `\\bapply(?:ing)?\\s+(?:for|to)\\s+(?:a|an|the|this|that|your|any)\\s+(?:[\\w-]+\\s+){0,2}?(?:${JOB_EN}|role|posting)`,
  ),
  // A referral for a position.
  rule(
    "asks-for-job",
    `\\b(?:refer|recommend|put)\\s+me\\s+(?:forward\\s+)?(?:for|to)\\s+(?:a|an|the|any|this|that|your)\\s+(?:[\\w-]+\\s+){0,3}?(?:${JOB_EN}|role)s?\\b`,
  ),
  rule("asks-for-job", `\\bput\\s+in\\s+a\\s+(?:good\\s+)?word\\s+for\\s+me\\b`),
  rule(
    "asks-for-job",
    `\\b(?:i|me)\\s+(?:could|can|might|would\\s+like\\s+to|want\\s+to)\\s+(?:come\\s+and\\s+)?work\\s+(?:for|with)\\s+(?:you|your)\\b`,
  ),
  // Handing over a resume.
  rule(
    "asks-to-pass-resume",
    `\\b(?:send|sending|sent|attach|attached|attaching|enclose|enclosed|enclosing|pass|passing|passed|forward|forwarding|submit|submitting|share|sharing|give|giving|hand|handing|e-?mail|e-?mailing|review|reviewing|look\\s+(?:at|over)|take\\s+a\\s+look\\s+at|circulate|drop\\s+off|leave)\\b[^.?!\\n]{0,40}?\\b${RESUME_EN}(?![\\w])`,
  ),
  rule(
    "asks-to-pass-resume",
    `\\b(?:my|the)\\s+${RESUME_EN}\\s+(?:is\\s+|are\\s+)?(?:attached|enclosed|included|below)\\b`,
  ),
];

const FRENCH_RULES: readonly Rule[] = [
  rule("asks-for-job", `\\bm${AP}(?:embaucher|engager|employer)\\b|\\bme\\s+recruter\\b`),
  rule(
    "asks-for-job",
    `\\b(?:m${AP}offrir|me\\s+(?:trouver|donner|proposer))\\s+(?:un|une)\\s+${JOB_FR}`,
  ),
  rule(
    "asks-for-job",
    `\\bm${AP}aider\\s+[àa]\\s+(?:obtenir|trouver|d[ée]crocher|avoir)\\s+(?:un|une)\\s+${JOB_FR}`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:je|j${AP})\\s*(?:suis\\s+[àa]\\s+la\\s+recherche\\s+d${AP}|cherche\\s+|recherche\\s+|(?:souhaite|voudrais|aimerais|veux|esp[eè]re)\\s+(?:obtenir|d[ée]crocher|trouver|avoir)\\s+)(?:un|une|un\\s+nouvel|un\\s+nouveau)?\\s*${JOB_FR}`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:avez-vous|y\\s+a-t-il|y\\s+aurait-il|est-ce\\s+qu${AP}il\\s+y\\s+a|auriez-vous|vous\\s+avez)\\s+(?:actuellement\\s+|pr[ée]sentement\\s+)?(?:des|un|une|de)\\s+${JOB_FR}\\s+(?:disponibles?|ouverts?|libres?|vacants?|pour\\s+moi|[àa]\\s+combler|chez\\s+vous|dans\\s+votre)`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:ouvertures?\\s+de\\s+postes?|postes?\\s+(?:vacants?|[àa]\\s+combler))\\b`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:embauchez|recrutez)-vous\\b|\\bvous\\s+(?:embauchez|recrutez)\\b|\\b${ORG_FR}\\s+(?:embauche|recrute)\\b`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:je\\s+(?:pourrais|peux|voudrais|aimerais|souhaite|souhaiterais|vais)|pourrais-je|puis-je|comment\\s+(?:puis-je|pourrais-je))\\s+postuler\\b`,
  ),
  rule(
    "asks-for-job",
    `\\bpostuler\\s+(?:[àa]|pour|chez)\\s+(?:un|une|le|la|votre|vos|ce|cette)\\s+(?:${JOB_FR}|offre)`,
  ),
  rule(
    "asks-for-job",
    `\\b(?:me\\s+(?:recommander|r[ée]f[ée]rer|proposer)|m${AP}(?:appuyer|aider))\\s+pour\\s+(?:un|une|le|la|ce|cette)\\s+${JOB_FR}`,
  ),
  rule(
    "asks-for-job",
    `\\bglisser\\s+un\\s+(?:bon\\s+)?mot\\s+(?:pour\\s+moi|en\\s+ma\\s+faveur)\\b`,
  ),
  rule(
    "asks-to-pass-resume",
    `\\b(?:envoyer|envoie|envoy[ée]|transmettre|transmets|transmis|faire\\s+parvenir|joindre|joins|joint|ci-joint|remettre|laisser|partager|soumettre|d[ée]poser|faire\\s+suivre|passer|regarder|relire|r[ée]viser|jeter\\s+un\\s+coup\\s+d${AP}(?:œ|oe)il\\s+[àa])\\b[^.?!\\n]{0,40}?\\b${RESUME_FR}(?![\\w])`,
  ),
  rule(
    "asks-to-pass-resume",
    `\\b${RESUME_FR}\\s+(?:est\\s+)?(?:ci-joint|joint|en\\s+pi[eè]ce\\s+jointe)`,
  ),
];

// A negation shortly before the match, in the same sentence, means the user is saying they will NOT
// ask ("I'm not looking for a job"), which is exactly what a good request mail says.
const NEGATION = compileUnicodePattern(
  `(?:\\b(?:not|never|no)\\b|n${AP}t\\b|\\bne\\b|\\bn${AP}|\\bpas\\b|\\bjamais\\b|\\bsans\\b)`,
  "iu",
);
const SENTENCE_END = /[.?!\n]/u;
const NEGATION_WINDOW = 30;

function isNegated(text: string, start: number): boolean {
  let from = Math.max(0, start - NEGATION_WINDOW);
  for (let i = start - 1; i >= from; i--) {
    if (SENTENCE_END.test(text.charAt(i))) {
      from = i + 1;
      break;
    }
  }
  return NEGATION.test(text.slice(from, start));
}

function collect(
  text: string,
  lower: string,
  rules: readonly Rule[],
  trigger: RegExp,
  out: EtiquetteWarning[],
): void {
  if (!trigger.test(lower)) return;
  for (const { code, pattern } of rules) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].length === 0) pattern.lastIndex++;
      else if (startsWord(text, start) && !isNegated(text, start)) out.push({ code, start, end });
    }
  }
}

/**
 * Finds every phrase in `text` that asks for a job, an internship, a referral for a position, or
 * offers to hand over a resume/CV. The user's language is read first, then the other one, because
 * bilingual Canadians often mix them in one draft. Overlapping finds of the same code are merged;
 * results are sorted by position.
 */
export function findEtiquetteIssues(text: string, locale: Locale): EtiquetteWarning[] {
  const found: EtiquetteWarning[] = [];
  if (text.length === 0) return found;
  // The triggers are matched on lower-case text: much faster than case-insensitive matching.
  const lower = text.toLowerCase();
  const french = locale === "fr-CA";
  const [first, firstTrigger, second, secondTrigger] = french
    ? [FRENCH_RULES, FRENCH_TRIGGER, ENGLISH_RULES, ENGLISH_TRIGGER]
    : [ENGLISH_RULES, ENGLISH_TRIGGER, FRENCH_RULES, FRENCH_TRIGGER];
  collect(text, lower, first, firstTrigger, found);
  collect(text, lower, second, secondTrigger, found);
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: EtiquetteWarning[] = [];
  for (const warning of found) {
    const overlapping = merged.find(
      (kept) => kept.code === warning.code && warning.start < kept.end && kept.start < warning.end,
    );
    if (overlapping) overlapping.end = Math.max(overlapping.end, warning.end);
    else merged.push({ ...warning });
  }
  return merged;
}

/**
 * Checks a whole mail draft (a request or a thank-you) before the user sends it. Returns one
 * warning per problem phrase with its span, so the editor can underline it; an empty list means
 * the draft keeps to the spirit of an information interview.
 */
export function checkEtiquette(text: string, locale: Locale): EtiquetteWarning[] {
  return findEtiquetteIssues(text, locale);
}
