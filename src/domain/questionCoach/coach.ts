// The open-question coach: tells a closed (yes/no) question from an open one and offers a rewrite.
//
// Why: the career centre's advice is to ask open questions, ones that cannot be answered with a
// bare "yes" or "no", because they get the professional talking and the student learning. The
// coach runs on every keystroke in the question editor, so it is rule-based and cheap: a handful of
// precompiled patterns, a short token walk, no dictionaries to load.
//
// What it recognises, in English and Canadian French:
// - yes/no questions that open with an auxiliary ("Do you…", "Is the…", "Could I…", "Have you…")
//   or, in French, with "Est-ce que…", an inverted verb ("Aimez-vous…", "Y a-t-il…",
//   "Le travail est-il…") or a statement said as a question ("Vous aimez votre travail ?");
// - either/or choices ("… or …", "… ou …") inside those;
// - tag questions ("…, isn't it?", "…, right?", "…, eh?", "…, n'est-ce pas ?", "…, hein ?");
// - polite wrappers around a closed question ("Would you say…", "Do you think…", "Is it true
//   that…", "Could you tell me if/whether…", "Pensez-vous que…", "Pourriez-vous me dire si…"),
//   and the statements that ask for a yes or a no without a question's shape ("I wonder
//   whether…", "Please tell me if…", "I'd like to know if…", "Je voudrais savoir si…", "Dites-moi
//   si…"), while "I wonder how…" / "Je me demande comment…" invite a story and stay open;
// - French negative questions that expect a "non" ("Ce n'est pas trop stressant ?", "N'est-ce pas
//   un métier exigeant ?"): leading, rewritten without the negation;
// - and, as OPEN, the polite requests that invite a description ("Could you tell me how…",
//   "Can you describe…", "Would you walk me through…", "Pourriez-vous me décrire…").
// It also flags asks for a job or for passing on a resume (shared with the etiquette guard), more
// than one question in one entry, leading (negative) questions, and entries too short to be useful.
//
// Rewrites are built from the user's own words so the topic survives: a few verb- and
// pattern-specific rules ("Do you like X?" → "What do you enjoy most about X?", "Is the job
// stressful?" → "What parts of the job are the most stressful?", "Did you study X?" → "How did your
// studies in X prepare you for your current role?"), then safe generic forms ("What can you tell
// me about <doing X>?", "To what extent…?", "Dans quelle mesure est-ce que… ?").
//
// Pronouns: the user's own words keep their persons ("Should I…" → "What would you advise about…",
// "Do you know anyone…" → "Who do you know…"); they turn round only where the professional becomes
// the one describing ("Are you more of a planner or an improviser?" → "How would you describe
// yourself: …").
//
// Known limits (by design, to stay fast and predictable):
// - No grammar parser. Shapes the rules do not know are treated as open: the coach stays quiet
//   rather than nag. Noun subjects are found with a short list of adjectives and suffixes; when
//   that fails the rewrite falls back to "To what extent…" / "Dans quelle mesure…".
// - Rewrites can be stiff or presume a little ("What makes it hard to…"), and French rewrites
//   avoid gender agreement by choosing neutral frames; the user is expected to edit them.
// - A half-typed closed question ("Should I?") is flagged without a suggestion.
// - Sentences are split after "?" and after "." or "!" followed by a capital letter, so
//   "Dr. Smith" can split a question in two.
// - Letters whose lower case has a different length (rare, e.g. "İ") disable offset-based rules
//   for that entry.
// Cost: about 10–20 µs per question on a laptop-class CPU (see bench/questions.ts).

import { findEtiquetteIssues } from "../etiquette";
import type { Locale } from "../locale";
import { capitalise, clauseOf, joinWords, lowerFirst, sliceClause } from "./clause";
import { assessEnglishClause } from "./englishRules";
import { EN_INTRO } from "./englishShapes";
import { assessFrenchClause } from "./frenchRules";
import { FR_INTRO } from "./frenchShapes";
import { segmentsOf, withoutEndMark, wordCount } from "./sentences";
import type { ClauseVerdict, QuestionAssessment, QuestionKind, QuestionReason } from "./verdict";

const REASON_ORDER: readonly QuestionReason[] = [
  "yes-no",
  "either-or",
  "tag-question",
  "leading",
  "asks-for-job",
  "asks-to-pass-resume",
  "multiple-questions",
  "too-short",
];

const LEADING_BULLET = /^(?:[-*•–—]+|\(?\d{1,2}[.)])\s+/u;
const UNFINISHED_REWRITE =
  /(?:\b(?:about|of|between|and|how|the|an?|de|des|du|les?|la|une?|sur|dans|que|mesure)|^what (?:are|is) there|^que pouvez-vous me dire sur(?: les?| la)?|\bing)$/iu;

/** Assesses one sentence; returns its verdict and the rewritten sentence when it is closed. */
function assessSentence(
  text: string,
  locale: Locale,
  asked: boolean,
): { verdict: ClauseVerdict; rewritten?: string } {
  const body = withoutEndMark(text).trim();
  // A list bullet or number ("- ", "2) ") stays in front of the rewrite.
  const bullet = LEADING_BULLET.exec(body)?.[0] ?? "";
  let clause = clauseOf(lowerFirst(body.slice(bullet.length)));
  // Keep an introduction ("As a nurse, do you…") and judge the question that follows it.
  const intro = clause.lower.includes(",")
    ? (locale === "fr-CA" ? FR_INTRO : EN_INTRO).exec(clause.lower)
    : null;
  let prefix = bullet.trim();
  if (intro) {
    prefix = joinWords(prefix, capitalise(clause.orig.slice(0, intro[0].length).trim()));
    clause = sliceClause(clause, intro[0].length);
  }
  const verdict =
    locale === "fr-CA" ? assessFrenchClause(clause, asked) : assessEnglishClause(clause, asked);
  if (verdict.kind === "open" || verdict.rewrite === undefined) return { verdict };
  const core = verdict.rewrite.replace(/[\s?]+$/u, "");
  // A half-typed question ("Should I?", "Is there?") leaves a rule nothing to rewrite.
  if (UNFINISHED_REWRITE.test(core)) return { verdict };
  const mark = locale === "fr-CA" ? "\u00a0?" : "?";
  const sentence = prefix
    ? `${prefix} ${intro ? lowerFirst(core) : capitalise(core)}`
    : capitalise(core);
  return { verdict, rewritten: sentence + mark };
}

/**
 * Assesses one question as the user types it.
 *
 * - `kind` is "closed" when any question in the entry can be answered with yes/no or by picking an
 *   option; `suggestion` then holds the whole entry with each closed question rewritten as an open
 *   one (statements before it are kept, the question mark too; French gets a no-break space before
 *   "?").
 * - `reasons` lists every issue as a code: the closed forms, "leading" for negative questions,
 *   "asks-for-job" / "asks-to-pass-resume" (whatever the kind), "multiple-questions" and
 *   "too-short" (fewer than three words).
 *
 * Entries the rules do not recognise are treated as open. Pure and allocation-light: safe to call
 * on every keystroke.
 */
export function assessQuestion(text: string, locale: Locale): QuestionAssessment {
  const reasons = new Set<QuestionReason>();
  const trimmed = text.trim();
  if (trimmed.length === 0) return { kind: "open", reasons: [] };

  const segments = segmentsOf(trimmed);
  let questions = 0;
  for (const segment of segments) if (segment.asked) questions++;
  // With no question mark at all, the last sentence is the question being typed.
  const judgeLastOnly = questions === 0;

  let kind: QuestionKind = "open";
  let suggestion = "";
  let changed = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) continue;
    const judged = segment.asked || (judgeLastOnly && i === segments.length - 1);
    let out = segment.text;
    if (judged) {
      const { verdict, rewritten } = assessSentence(segment.text, locale, segment.asked);
      for (const reason of verdict.reasons) reasons.add(reason);
      if (verdict.leading) reasons.add("leading");
      if (verdict.kind === "closed") {
        kind = "closed";
        if (rewritten) {
          out = rewritten;
          changed = true;
        }
      }
    }
    suggestion += out + (segment.gap || (i < segments.length - 1 ? " " : ""));
  }
  if (questions > 1) reasons.add("multiple-questions");
  if (wordCount(trimmed) < 3) reasons.add("too-short");
  for (const issue of findEtiquetteIssues(trimmed, locale)) reasons.add(issue.code);

  const ordered = REASON_ORDER.filter((r) => reasons.has(r));
  return kind === "closed" && changed
    ? { kind, suggestion: suggestion.trim(), reasons: ordered }
    : { kind, reasons: ordered };
}
