// The open-question coach: tells a closed (yes/no) question from an open one and proposes a rewrite.
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
//   that…", "Could you tell me if/whether…", "Pensez-vous que…", "Pourriez-vous me dire si…");
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

import { compileUnicodePattern, findEtiquetteIssues } from "./etiquette";
import type { Locale } from "./locale";

/** Whether a question invites a story (open) or a one-word answer (closed). */
export type QuestionKind = "open" | "closed";

/** Why the coach flagged a question; machine codes the UI translates. */
export type QuestionReason =
  | "yes-no"
  | "either-or"
  | "tag-question"
  | "leading"
  | "asks-for-job"
  | "asks-to-pass-resume"
  | "too-short"
  | "multiple-questions";

/** The coach's verdict on one entry of the question editor. */
export interface QuestionAssessment {
  kind: QuestionKind;
  /** An open rewrite that keeps the topic; present when the entry is closed. */
  suggestion?: string;
  /** Every reason that applies, in a stable order; empty when the question is fine. */
  reasons: QuestionReason[];
}

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

/** A clause kept twice: as typed (for rewrites) and lower-cased with plain apostrophes (for rules). */
interface Clause {
  orig: string;
  lower: string;
}

/** What the rules concluded about one question clause. */
interface ClauseVerdict {
  kind: QuestionKind;
  reasons: QuestionReason[];
  /** The rewritten clause, without its question mark. */
  rewrite?: string;
  leading?: boolean;
}

const OPEN: ClauseVerdict = { kind: "open", reasons: [] };

// Typographic apostrophes and no-break spaces, replaced in one pass by their plain forms.
const TYPOGRAPHY = /[’‘`\u00a0\u202f]/gu;
const plainTypography = (c: string) => (c === "\u00a0" || c === "\u202f" ? " " : "'");

function clauseOf(orig: string): Clause {
  const trimmed = orig.trim();
  const lower = trimmed.toLowerCase().replace(TYPOGRAPHY, plainTypography);
  // Lower-casing can change the length of a few rare letters; rules slice by offsets, so keep the
  // two strings aligned by falling back to the lower-cased text in that case.
  return lower.length === trimmed.length ? { orig: trimmed, lower } : { orig: lower, lower };
}

function sliceClause(clause: Clause, start: number, end = clause.orig.length): Clause {
  return {
    orig: clause.orig.slice(start, end).trim(),
    lower: clause.lower.slice(start, end).trim(),
  };
}

/** Slices both strings after a regex match found on the lower-case text. */
function restAfter(clause: Clause, match: RegExpExecArray, group = 1): Clause {
  const at = match.indices?.[group];
  if (!at) return { orig: "", lower: "" };
  return sliceClause(clause, at[0], at[1]);
}

const VOWEL_START_NO_H = /^[aeiouyàâäéèêëîïôöûüœæ]/iu;

/** French elision: "de" + "avoir" → "d'avoir"; "que" + "il" → "qu'il". */
function elide(word: "de" | "que", next: string): string {
  if (!VOWEL_START_NO_H.test(next)) return `${word} ${next}`;
  return `${word === "de" ? "d" : "qu"}'${next}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // Keep "I", acronyms and proper-looking words as typed.
  if (/^(?:I\b|[A-Z]{2,})/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

function joinWords(...parts: string[]): string {
  return parts
    .filter((p) => p.length > 0)
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

const EN_OPEN_START = new RegExp(
  String.raw`^(?:what|what's|whats|how|how's|why|where|where's|when|which|who|who's|whom|whose|` +
    String.raw`to what (?:extent|degree)|in what (?:ways?|sense)|in which ways?|tell me|tell us|please (?:tell|describe|explain|share|walk|talk|give)|` +
    String.raw`describe|explain|walk me through|talk me through|take me through|share|` +
    String.raw`i(?:'d| would) love to (?:hear|know|learn)|i(?:'m| am) curious (?:about|how|what|why|to)|` +
    String.raw`i(?:'d| would) like to (?:hear|know|learn|understand)|i wonder(?:ed)? (?:how|what|why|where|which|who|when)|let's talk about|` +
    String.raw`(?:in|with|for|at|on|from|to|by|of|during|after|before|between|under)\s+(?:what|which|whom|whose|how))\b`,
  "u",
);
const EN_POLITE_OPEN = new RegExp(
  String.raw`^(?:(?:could|can|would|will|might)\s+you(?:\s+be\s+(?:willing|able|open|comfortable|happy)\s+to)?|are\s+you\s+(?:willing|able|open|comfortable|happy)\s+to)\s+(?:please\s+)?(?:also\s+)?(?:briefly\s+)?` +
    String.raw`(?:tell|describe|explain|walk|talk|take|share|give|elaborate|expand|say\s+more|outline|paint|speak|comment|go\s+over|` +
    String.raw`help\s+me\s+understand|run\s+me\s+through|break\s+down|recount|summari[sz]e|list|name|offer|reflect)\b`,
  "u",
);
const EN_MIND_OPEN =
  /^(?:would|do)\s+you\s+mind\s+(?:telling|sharing|explaining|describing|walking|talking|giving|going|saying)\b/u;
const EN_TELL_IF =
  /^(?:(?:could|can|would|will|might)\s+you\s+(?:please\s+)?(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?|(?:do|did)\s+you\s+(?:happen\s+to\s+)?know\s+|i(?:'m| am| was)?\s+wonder(?:ing|ed)?\s+)(?:if|whether)\s+(.+)$/du;
const EN_THINK_THAT =
  /^(?:do|would|did)\s+you\s+(?:(?:think|believe|say)\s+(?:that\s+)?(?!about\b|of\b|in\b|so\b)|(?:feel|agree)\s+that\s+)(.+)$/du;
const EN_TRUE_THAT =
  /^is\s+it\s+(?:true|right|correct|fair\s+to\s+say|accurate\s+to\s+say|the\s+case)\s+that\s+(.+)$/du;
const EN_ASK_PERMISSION = /^(?:can|could|may)\s+i\s+(?:also\s+)?ask\s+(?:you\s+)?(.*)$/du;
const EN_KNOW_PEOPLE =
  /^(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|any(?:\s+other)?\s+people|other\s+people|people)(\s+else)?\b\s*(.*)$/du;
const EN_KNOW_OF =
  /^(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+of\s+(?:any|some|a|an|good|other)\s+(.+)$/du;
const EN_RECOMMEND =
  /^(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:recommend|suggest)|would\s+you\s+recommend)\s+(.+)$/du;
const EN_IS_THERE_ANY =
  /^is\s+there\s+(anything|anyone|anybody|something|someone)(\s+else)?\b\s*(.*)$/du;
const EN_TAG = new RegExp(
  String.raw`,\s*(?:(?:is|are|was|were|do|does|did|have|has|can|could|would|will|should)(?:n't)?\s+(?:it|they|you|he|she|we|there|that|i|this)` +
    String.raw`|right|correct|no|yes|eh|true|yeah|ok(?:ay)?|isn't that (?:so|right|true)|don't you think|wouldn't you say|wouldn't you agree|don't you agree` +
    String.raw`|would you agree|am i right|is that (?:right|correct|true|fair)|agreed)\s*$`,
  "du",
);
// "Which do you prefer, research or teaching?" offers a choice between named options.
const EN_WHICH_CHOICE =
  /^which\s+(?:one\s+|of\s+(?:these|the\s+two|them|those)\s+)?(?:do|would|is|are|did|should|was|were)\b[^,:]*[,:]\s*[^,]+\bor\b[^,]+$/u;
const EN_NEGATIVE_TAG = /(?:n't\s+\w+|don't you think|wouldn't you (?:say|agree))\s*$/u;
// Courtesies ("Do you mind if I take notes?") are closed in form but are not interview questions
// and need no rewrite.
const EN_COURTESY =
  /^(?:(?:do|would)\s+you\s+mind\s+if|(?:is|would)\s+it\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine)\s+(?:if|to)|may\s+i\s+(?:take\s+notes|record))\b/u;
const EN_WH_ANYWHERE = /\b(?:what|how|why|where|when|which|who|whom)\b/u;
const EN_FILLER =
  /^(?:(?:so|and|also|but|now|okay|ok|well|then|finally|lastly|first|next|oh|just)\b,?\s+)+/u;

const AUX_CLASS: Record<string, "do" | "be" | "have" | "modal"> = {
  do: "do",
  does: "do",
  did: "do",
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  am: "be",
  have: "have",
  has: "have",
  had: "have",
  can: "modal",
  could: "modal",
  would: "modal",
  will: "modal",
  should: "modal",
  shall: "modal",
  may: "modal",
  might: "modal",
  must: "modal",
};
const NEGATIVE_AUX: Record<string, string> = {
  "don't": "do",
  "doesn't": "does",
  "didn't": "did",
  "isn't": "is",
  "aren't": "are",
  "wasn't": "was",
  "weren't": "were",
  "haven't": "have",
  "hasn't": "has",
  "can't": "can",
  "couldn't": "could",
  "wouldn't": "would",
  "won't": "will",
  "shouldn't": "should",
};
const PERSONAL_SUBJECTS = new Set(["you", "i", "we", "they", "he", "she", "one", "people"]);
const ADVERBS = new Set([
  "really",
  "usually",
  "ever",
  "often",
  "still",
  "always",
  "sometimes",
  "also",
  "generally",
  "typically",
  "actually",
  "personally",
  "mostly",
  "normally",
  "currently",
  "now",
  "already",
  "even",
  "just",
  "regularly",
  "frequently",
  "very",
  "quite",
  "pretty",
  "too",
  "so",
  "fairly",
  "rather",
  "truly",
  "honestly",
  "definitely",
  "necessarily",
]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "your",
  "my",
  "this",
  "that",
  "these",
  "those",
  "our",
  "their",
  "his",
  "her",
  "its",
  "some",
  "any",
  "many",
  "much",
  "most",
  "all",
  "every",
  "each",
]);
const PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "for",
  "from",
  "with",
  "without",
  "to",
  "about",
  "of",
  "by",
  "into",
  "during",
  "after",
  "before",
  "that",
  "which",
  "who",
  "where",
  "when",
  "while",
  "as",
  "like",
]);
const DEMANDING_EN = new Set([
  "stressful",
  "demanding",
  "challenging",
  "difficult",
  "hard",
  "tough",
  "tiring",
  "exhausting",
  "hectic",
  "intense",
  "rewarding",
  "satisfying",
  "fulfilling",
  "interesting",
  "exciting",
  "enjoyable",
  "fun",
  "boring",
  "creative",
  "technical",
  "physical",
  "repetitive",
  "meaningful",
]);
const NEEDED_EN = new Set([
  "important",
  "necessary",
  "essential",
  "required",
  "needed",
  "mandatory",
  "useful",
  "helpful",
  "valuable",
  "crucial",
]);
const OTHER_ADJ_EN = new Set([
  "good",
  "bad",
  "great",
  "easy",
  "long",
  "short",
  "high",
  "low",
  "busy",
  "stable",
  "secure",
  "flexible",
  "remote",
  "common",
  "rare",
  "normal",
  "usual",
  "typical",
  "worth",
  "worthwhile",
  "possible",
  "realistic",
  "competitive",
  "crowded",
  "saturated",
  "different",
  "similar",
  "likely",
  "open",
  "friendly",
  "supportive",
  "collaborative",
  "political",
  "formal",
  "casual",
  "diverse",
  "safe",
  "risky",
  "well-paid",
  "enough",
  "expensive",
  "popular",
  "new",
  "fast-paced",
  "slow",
  "quick",
  "steady",
  "social",
  "strict",
  "heavy",
  "big",
  "small",
  "large",
  "independent",
  "hybrid",
  "permanent",
  "temporary",
  "seasonal",
  "unionized",
  "unionised",
  "valued",
  "respected",
  "recognized",
  "recognised",
  "appreciated",
  "standard",
  "better",
  "best",
  "worse",
  "harder",
  "easier",
]);
const ADJ_SUFFIX_EN = /(?:ful|ous|ive|able|ible|less|ic)$/u;
const GERUND_DOUBLING = new Set([
  "get",
  "put",
  "set",
  "run",
  "sit",
  "stop",
  "plan",
  "shop",
  "hit",
  "cut",
  "let",
  "begin",
  "swim",
  "chat",
  "admit",
  "commit",
  "prefer",
  "refer",
  "occur",
  "travel",
  "label",
  "model",
  "cancel",
  "counsel",
  "win",
  "dig",
  "jog",
  "map",
]);
const PAST_OF_PARTICIPLE: Record<string, string> = {
  been: "were",
  done: "did",
  taken: "took",
  seen: "saw",
  gone: "went",
  given: "gave",
  written: "wrote",
  known: "knew",
  spoken: "spoke",
  chosen: "chose",
  become: "became",
  gotten: "got",
  begun: "began",
  driven: "drove",
  flown: "flew",
  grown: "grew",
  shown: "showed",
  thought: "thought",
};

function isAdjectiveEn(word: string): boolean {
  const w = word.replace(/[,;:]$/u, "");
  return DEMANDING_EN.has(w) || NEEDED_EN.has(w) || OTHER_ADJ_EN.has(w) || ADJ_SUFFIX_EN.test(w);
}

/** "work" → "working", "make" → "making", "travel" → "travelling" (Canadian spelling). */
function gerund(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower.endsWith("ing") && lower.length > 5) return verb;
  if (lower === "be") return "being";
  if (lower.endsWith("ie")) return verb.slice(0, -2) + "ying";
  if (/(?:ee|ye|oe)$/u.test(lower)) return verb + "ing";
  if (lower.endsWith("e") && lower.length > 2) return verb.slice(0, -1) + "ing";
  if (GERUND_DOUBLING.has(lower)) return verb + verb.slice(-1) + "ing";
  return verb + "ing";
}

interface Tokens {
  orig: string[];
  lower: string[];
}

function tokensOf(clause: Clause): Tokens {
  const orig = clause.orig.split(/\s+/u).filter((t) => t.length > 0);
  const lower = clause.lower.split(/\s+/u).filter((t) => t.length > 0);
  return lower.length === orig.length ? { orig, lower } : { orig: lower, lower };
}

function words(tokens: Tokens, from: number, to = tokens.orig.length): string {
  return tokens.orig.slice(from, to).join(" ");
}

/** Turns a leading "to <verb>" into a gerund: "to travel a lot" → "travelling a lot". */
function gerundPhrase(tokens: Tokens, from: number): string {
  if (tokens.lower[from] === "to" && from + 1 < tokens.lower.length) {
    return joinWords(gerund(tokens.orig[from + 1] ?? ""), words(tokens, from + 2));
  }
  return words(tokens, from);
}

/** Skips adverbs from `index`; returns the first index that is not one. */
function skipAdverbs(tokens: Tokens, index: number): number {
  let i = index;
  while (i < tokens.lower.length && ADVERBS.has(tokens.lower[i] ?? "")) i++;
  return i;
}

/** Splits "X or Y" inside tokens[from..]; returns the two sides or null. */
function splitOr(tokens: Tokens, from: number): [number, number] | null {
  for (let i = tokens.lower.length - 2; i > from; i--) {
    if (tokens.lower[i] === "or") return [i, i + 1];
  }
  return null;
}

/** "What are the trade-offs between X and Y?" for choices; Y's bare verb gets a gerund too. */
function tradeOffs(tokens: Tokens, from: number, gerundFirst: boolean): string | undefined {
  const or = splitOr(tokens, from);
  if (!or) return undefined;
  const left = gerundFirst
    ? joinWords(gerund(tokens.orig[from] ?? ""), words(tokens, from + 1, or[0]))
    : gerundPhrase(
        { orig: tokens.orig.slice(0, or[0]), lower: tokens.lower.slice(0, or[0]) },
        from,
      );
  const yFirst = tokens.lower[or[1]] ?? "";
  const yVerbLike =
    gerundFirst &&
    !DETERMINERS.has(yFirst) &&
    !PREPOSITIONS.has(yFirst) &&
    !/ing$/u.test(yFirst) &&
    !/s$/u.test(yFirst);
  const right = yVerbLike
    ? joinWords(gerund(tokens.orig[or[1]] ?? ""), words(tokens, or[1] + 1))
    : gerundPhrase(tokens, or[1]);
  return `What are the trade-offs between ${left} and ${right}`;
}

/** "involves" → "involve", "teaches" → "teach", "applies" → "apply". */
function baseOfThirdPerson(verb: string): string {
  if (/ies$/iu.test(verb)) return verb.slice(0, -3) + "y";
  if (/(?:sh|ch|x|ss|o)es$/iu.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** Moves the auxiliary of a statement to the front so the question rules can read it. */
function invertEnglishStatement(clause: Clause): Clause | null {
  const t = tokensOf(clause);
  if (t.lower.length < 2) return null;
  const first = t.lower[0] ?? "";
  const second = t.lower[1] ?? "";
  const secondIsAux = AUX_CLASS[second] !== undefined || NEGATIVE_AUX[second] !== undefined;
  if (PERSONAL_SUBJECTS.has(first) && first !== "he" && first !== "she" && !secondIsAux) {
    if (second.endsWith("ed")) return null;
    return clauseOf(joinWords("do", words(t, 0)));
  }
  const limit = Math.min(t.lower.length - 1, 5);
  for (let i = 1; i <= limit; i++) {
    const w = t.lower[i] ?? "";
    const aux = NEGATIVE_AUX[w] ?? (AUX_CLASS[w] ? w : undefined);
    if (aux) {
      const orig = joinWords(aux, words(t, 0, i), words(t, i + 1));
      return clauseOf(orig);
    }
  }
  // "the job involves travel" → "does the job involve travel" (a determiner, a noun, a verb).
  if (DETERMINERS.has(first) && t.lower.length > 2) {
    const verb = t.lower[2] ?? "";
    if (/[^s']s$/u.test(verb) && !isAdjectiveEn(verb)) {
      return clauseOf(
        joinWords("does", words(t, 0, 2), baseOfThirdPerson(t.orig[2] ?? verb), words(t, 3)),
      );
    }
  }
  if (first === "it" || first === "he" || first === "she") {
    const verb = t.orig[1] ?? "";
    if (!/s$/iu.test(verb)) return null;
    return clauseOf(joinWords("does", t.orig[0] ?? "", baseOfThirdPerson(verb), words(t, 2)));
  }
  return null;
}

/** Rewrites an auxiliary-initial English yes/no (or either/or) question as an open one. */
function rewriteEnglishYesNo(clause: Clause): string {
  const t = tokensOf(clause);
  const aux = t.lower[0] ?? "";
  const cls = AUX_CLASS[aux] ?? "modal";
  const past = aux === "did" || aux === "was" || aux === "were" || aux === "had";
  const subject = t.lower[1] ?? "";
  const toWhatExtent = () => `To what extent ${lowerFirst(words(t, 0))}`;

  if (subject === "there" && cls === "be") return rewriteThereIs(t, aux);

  if (cls === "be") return rewriteBe(t, aux, past) ?? toWhatExtent();

  if (cls === "have") {
    if (subject === "you" || subject === "i" || subject === "we" || subject === "they") {
      const v = skipAdverbs(t, 2);
      const pp = t.lower[v] ?? "";
      if (pp === "got") {
        // "Have you got any tips?" is "Do you have any tips?".
        const phrase = haveWhat(t, v + 1);
        if (phrase) return joinWords(`What ${phrase.noun} do you have`, phrase.tail);
      }
      const pastForm = PAST_OF_PARTICIPLE[pp] ?? (pp.endsWith("ed") ? t.orig[v] : undefined);
      if (pastForm) {
        const who = subject === "i" ? "I" : subject;
        return `What was it like when ${who} ${joinWords(pastForm, words(t, v + 1))}`;
      }
      return toWhatExtent();
    }
    if (subject === "it" || subject === "this" || subject === "that") return toWhatExtent();
    const body = words(t, 1).replace(/\s+(?:much|a lot|a great deal|at all)\b/iu, "");
    return `How ${aux} ${body}`;
  }

  if (!PERSONAL_SUBJECTS.has(subject)) {
    if (aux === "did" && subject !== "it") return `How did ${words(t, 1)}`;
    return toWhatExtent();
  }

  // Personal subject with do/does/did or a modal: find the main verb after any adverbs.
  const v = skipAdverbs(t, 2);
  const verb = t.lower[v] ?? "";
  const rest = v + 1;
  const who = subject === "i" ? "I" : subject;
  const hasOr = splitOr(t, rest) !== null;

  if (hasOr) {
    if (verb === "prefer" || verb === "like" || verb === "enjoy" || verb === "choose") {
      const choice = tradeOffs(t, rest, false);
      if (choice) return choice;
    }
    if (aux === "should" || (aux === "would" && verb === "be")) {
      const choice = tradeOffs(t, verb === "be" ? rest : v, verb !== "be");
      if (choice) return choice;
    }
  }

  if (verb === "like" || verb === "love" || verb === "enjoy" || verb === "appreciate") {
    return `What ${aux === "did" ? "did" : cls === "do" ? aux : "do"} ${who} enjoy most about ${gerundPhrase(t, rest)}`;
  }
  if (verb === "dislike" || verb === "hate") {
    return `What ${past ? "did" : "do"} ${who} find hardest about ${gerundPhrase(t, rest)}`;
  }
  if (verb === "regret") {
    return `What, if anything, ${past ? "did" : "do"} ${who} regret about ${gerundPhrase(t, rest)}`;
  }
  if (verb === "prefer")
    return `What ${past ? "did" : "do"} ${who} like most about ${gerundPhrase(t, rest)}`;
  if (verb === "need" || verb === "require") {
    if (t.lower[rest] === "to") return `How important is it ${words(t, rest)}`;
    return `How important is ${words(t, rest)}`;
  }
  const last = t.lower[t.lower.length - 1] ?? "";
  if (
    verb === "find" &&
    t.lower[rest] !== "it" &&
    t.lower.length - rest >= 2 &&
    isAdjectiveEn(last)
  ) {
    return `What ${past ? "did" : "do"} ${who} find most ${t.orig[t.orig.length - 1] ?? last} about ${words(t, rest, t.orig.length - 1)}`;
  }
  if (verb === "find" && t.lower[rest] === "it" && isAdjectiveEn(t.lower[rest + 1] ?? "")) {
    return `What ${past ? "made" : "makes"} it ${words(t, rest + 1)}`;
  }
  if (verb === "want" && t.lower[rest] === "to") {
    return `What ${past ? "first made" : "makes"} ${subject === "i" ? "me" : subject === "you" ? "you" : "them"} want ${words(t, rest)}`;
  }
  if ((verb === "have" || verb === "get") && t.lower[rest] !== "to") {
    const phrase = haveWhat(t, rest);
    if (phrase)
      return `What ${phrase.noun} ${cls === "do" ? aux : "do"} ${who} have${phrase.tail ? " " + phrase.tail : ""}`;
  }
  if (aux === "did" && subject === "you") {
    const studies = rewriteStudies(t, v);
    if (studies) return studies;
  }
  const next = t.lower[rest] ?? "";
  if (
    (next === "anything" || next === "something") &&
    (aux === "would" || aux === "did" || aux === "do" || aux === "will")
  ) {
    const after = t.lower[rest + 1] ?? "";
    if (after === "" || after === "else" || PREPOSITIONS.has(after) || after.endsWith("ly")) {
      const elseWord = after === "else" ? " else" : "";
      const tail = words(t, after === "else" ? rest + 2 : rest + 1);
      return joinWords(`What${elseWord} ${aux} ${who} ${t.orig[v] ?? verb}`, tail);
    }
  }
  if (subject === "you" && (aux === "would" || aux === "will")) {
    return `What would make you ${words(t, v)}`;
  }
  if (subject === "i" && aux === "should") {
    return `What would you advise about ${joinWords(gerund(t.orig[v] ?? verb), words(t, rest))}`;
  }
  if (verb.length === 0) return toWhatExtent();
  return `What can you tell me about ${joinWords(gerund(t.orig[v] ?? verb), words(t, rest))}`;
}

const HAVE_NOUNS =
  /^(?:advice|tips?|suggestions?|recommendations?|resources?|regrets?|thoughts?|ideas?|words?|lessons?|tricks?|insights?|stories|examples?|plans?|goals?|favourite|favorite|books?|courses?|certifications?)$/u;

/** "Do you have any tips for X?" → noun "tips", tail "for X". */
function haveWhat(t: Tokens, from: number): { noun: string; tail: string } | null {
  let i = from;
  const quantifier = t.lower[i] === "any" || t.lower[i] === "some";
  if (quantifier) i++;
  let end = i;
  while (end < t.lower.length && !PREPOSITIONS.has(t.lower[end] ?? "") && end - i < 4) end++;
  if (end === i) return null;
  const head = t.lower[end - 1] ?? "";
  if (!HAVE_NOUNS.test(head) && !(quantifier && head.endsWith("s"))) return null;
  return { noun: words(t, i, end), tail: words(t, end) };
}

/** "Did you study X?" → "How did your studies in X prepare you for your current role?" */
function rewriteStudies(t: Tokens, v: number): string | undefined {
  const verb = t.lower[v] ?? "";
  if (
    verb === "study" ||
    verb === "major" ||
    verb === "specialize" ||
    verb === "specialise" ||
    verb === "train"
  ) {
    let from = v + 1;
    if (t.lower[from] === "in") from++;
    const field = words(t, from);
    return field
      ? `How did your studies in ${field} prepare you for your current role`
      : "How did your studies prepare you for your current role";
  }
  const tail = t.lower.slice(v + 1).join(" ");
  if (
    (verb === "go" ||
      verb === "return" ||
      verb === "get" ||
      verb === "do" ||
      verb === "take" ||
      verb === "complete" ||
      verb === "finish") &&
    /\b(?:school|university|college|degree|diploma|certificate|certification|course|courses|program|programme|master's|masters|mba|phd|bachelor's|cegep|bootcamp|apprenticeship)\b/u.test(
      tail,
    )
  ) {
    return `How did ${joinWords(gerund(t.orig[v] ?? verb), words(t, v + 1))} prepare you for your current role`;
  }
  return undefined;
}

const NOUN_STOPPERS = new Set(["available", "open", "here", "there", "now", "today", "nowadays"]);

function rewriteThereIs(t: Tokens, aux: string): string {
  let i = 2;
  const w = t.lower[i] ?? "";
  if (w === "a" && t.lower[i + 1] === "lot" && t.lower[i + 2] === "of") i += 3;
  else if (w === "lots" && t.lower[i + 1] === "of") i += 2;
  else if (w === "plenty" && t.lower[i + 1] === "of") i += 2;
  else if (w === "much" || w === "enough") i += 1;
  const quantity = i > 2;
  // "How much overtime is there in public accounting": the noun, then "is there", then the rest.
  const nounEnd = (from: number) => {
    let end = from + 1;
    while (
      end < t.lower.length &&
      !PREPOSITIONS.has(t.lower[end] ?? "") &&
      !NOUN_STOPPERS.has(t.lower[end] ?? "")
    )
      end++;
    return end;
  };
  if (quantity) {
    const end = nounEnd(i);
    const head = t.lower[end - 1] ?? "";
    const plural = /s$/u.test(head) && !/ss$/u.test(head);
    return joinWords(
      plural ? `How many ${words(t, i, end)} are there` : `How much ${words(t, i, end)} is there`,
      words(t, end),
    );
  }
  if (w === "any" || w === "many" || w === "some") {
    const end = nounEnd(3);
    return joinWords(
      `What ${words(t, 3, end)} ${aux === "is" || aux === "was" ? aux : "are"} there`,
      words(t, end),
    );
  }
  if (w === "a" || w === "an") return `What can you tell me about the ${words(t, 3)}`;
  return `What can you tell me about ${words(t, 2)}`;
}

/** Copula questions: "Is the job stressful?", "Is it hard to…?", "Are you…?", "Is a degree necessary?" */
function rewriteBe(t: Tokens, aux: string, past: boolean): string | undefined {
  const subject = t.lower[1] ?? "";
  const hasOr = splitOr(t, 2) !== null;
  if (
    subject === "it" ||
    ((subject === "this" || subject === "that") && isAdjectiveEn(t.lower[skipAdverbs(t, 2)] ?? ""))
  ) {
    let a = skipAdverbs(t, 2);
    if (
      t.lower[a] === "a" &&
      t.lower[a + 1] === "good" &&
      t.lower[a + 2] === "idea" &&
      t.lower[a + 3] === "to"
    ) {
      const choice = tradeOffs(t, a + 4, true);
      if (choice) return choice;
      return `What are the pros and cons of ${joinWords(gerund(t.orig[a + 4] ?? ""), words(t, a + 5))}`;
    }
    const adj = (t.lower[a] ?? "").replace(/[,;:]$/u, "");
    if (
      (adj === "better" || adj === "best" || adj === "wiser" || adj === "smarter") &&
      t.lower[a + 1] === "to"
    ) {
      const choice = tradeOffs(t, a + 2, true);
      if (choice) return choice;
    }
    if (!isAdjectiveEn(adj)) return undefined;
    if (adj === "possible") return undefined;
    a = a + 1;
    const it = t.orig[1] ?? "it";
    if (DEMANDING_EN.has(adj) || adj === "worth" || adj === "worthwhile") {
      return joinWords(
        `What ${past ? "made" : "makes"} ${it} ${t.orig[a - 1] ?? adj}`,
        words(t, a),
      );
    }
    return joinWords(`How ${t.orig[a - 1] ?? adj} ${aux} ${it}`, words(t, a));
  }
  if (subject === "you" || subject === "i" || subject === "we" || subject === "they") {
    const next = t.lower[skipAdverbs(t, 2)] ?? "";
    if (hasOr) {
      // The listener describes the subject, so pronouns turn round: "Are you…" → "yourself".
      const self =
        subject === "you" ? "yourself" : subject === "i" ? "me" : subject === "we" ? "us" : "them";
      return `How would you describe ${self}: ${words(t, 2)}`;
    }
    if (next === "a" || next === "an" || next === "the" || next === "part") {
      return `What can you tell me about being ${words(t, skipAdverbs(t, 2))}`;
    }
    return undefined;
  }
  // A noun phrase subject: find where the predicate starts (first adverb or adjective after it).
  let j = 2;
  while (j < t.lower.length && !ADVERBS.has(t.lower[j] ?? "") && !isAdjectiveEn(t.lower[j] ?? ""))
    j++;
  if (j >= t.lower.length || DETERMINERS.has(t.lower[j - 1] ?? "")) return undefined;
  const np = words(t, 1, j);
  if (hasOr) return `How would you describe ${np}: ${words(t, j)}`;
  const a = skipAdverbs(t, j);
  const adj = (t.lower[a] ?? "").replace(/[,;:]$/u, "");
  if (!isAdjectiveEn(adj)) return undefined;
  const adjOrig = t.orig[a] ?? adj;
  const tail = words(t, a + 1);
  if (DEMANDING_EN.has(adj)) {
    return joinWords(`What parts of ${np} ${past ? "were" : "are"} the most ${adjOrig}`, tail);
  }
  if (NEEDED_EN.has(adj)) return joinWords(`How important ${aux} ${np}`, tail);
  if (adj === "worth" || adj === "worthwhile")
    return joinWords(`What makes ${np} ${adjOrig}`, tail);
  return joinWords(`How ${adjOrig} ${aux} ${np}`, tail);
}

function assessEnglishClause(input: Clause, asked: boolean): ClauseVerdict {
  let clause = input;
  const filler = EN_FILLER.exec(clause.lower);
  if (filler) clause = sliceClause(clause, filler[0].length);
  const s = clause.lower;
  if (s.length === 0) return OPEN;

  // Tag questions first: "The pay is good, isn't it?" is closed whatever its stem looks like.
  const tag = s.includes(",") ? EN_TAG.exec(s) : null;
  if (tag) {
    const stem = sliceClause(clause, 0, tag.index);
    const leading = EN_NEGATIVE_TAG.test(s);
    return {
      kind: "closed",
      reasons: ["tag-question"],
      rewrite: rewriteEnglishStatement(stem),
      leading,
    };
  }
  const tellIf = EN_TELL_IF.exec(s);
  if (tellIf) {
    return {
      kind: "closed",
      reasons: ["yes-no"],
      rewrite: rewriteEnglishStatement(restAfter(clause, tellIf)),
    };
  }
  if (EN_COURTESY.test(s)) return OPEN;
  if (EN_OPEN_START.test(s) || EN_POLITE_OPEN.test(s) || EN_MIND_OPEN.test(s)) {
    // "Which do you prefer, A or B?" offers a choice, not a conversation.
    if (EN_WHICH_CHOICE.test(s)) {
      const options = s.slice(s.search(/[,:]/u) + 1);
      const start = clause.lower.indexOf(options);
      const choice = clause.orig
        .slice(start)
        .trim()
        .split(/\s+or\s+/iu);
      return {
        kind: "closed",
        reasons: ["either-or"],
        rewrite: `What are the trade-offs between ${choice.slice(0, -1).join(", ")} and ${choice[choice.length - 1] ?? ""}`,
      };
    }
    return OPEN;
  }

  // Negative openings ("Don't you think…", "Isn't it…") lead the answer; read them as positive.
  let leading = false;
  const firstSpace = s.indexOf(" ");
  const firstWord = firstSpace < 0 ? s : s.slice(0, firstSpace);
  const positive = NEGATIVE_AUX[firstWord];
  if (positive) {
    leading = true;
    clause = clauseOf(positive + clause.orig.slice(firstWord.length));
  } else if (firstWord === "surely") {
    const stem = sliceClause(clause, firstWord.length);
    return {
      kind: "closed",
      reasons: ["yes-no"],
      rewrite: rewriteEnglishStatement(stem),
      leading: true,
    };
  }
  return assessEnglishAuxiliary(clause, leading, asked);
}

function assessEnglishAuxiliary(clause: Clause, leading: boolean, asked: boolean): ClauseVerdict {
  const s = clause.lower;
  const closed = (
    rewrite: string | undefined,
    reason: QuestionReason = "yes-no",
  ): ClauseVerdict => ({
    kind: "closed",
    reasons: [reason],
    rewrite,
    leading,
  });

  let m = EN_TELL_IF.exec(s);
  if (m) return closed(rewriteEnglishStatement(restAfter(clause, m)));
  m = EN_THINK_THAT.exec(s);
  if (m) return closed(`What do you think of the idea that ${restAfter(clause, m).orig}`);
  m = EN_TRUE_THAT.exec(s);
  if (m) return closed(`What do you make of the idea that ${restAfter(clause, m).orig}`);
  m = EN_ASK_PERMISSION.exec(s);
  if (m) {
    const inner = restAfter(clause, m);
    if (EN_OPEN_START.test(inner.lower)) return OPEN;
    const ifWhether = /^(?:if|whether)\s+/u.exec(inner.lower);
    if (ifWhether) return closed(rewriteEnglishStatement(sliceClause(inner, ifWhether[0].length)));
    const about = /^about\s+/u.exec(inner.lower);
    return closed(
      `What can you tell me about ${about ? inner.orig.slice(about[0].length) : inner.orig}`,
    );
  }
  m = EN_KNOW_PEOPLE.exec(s);
  if (m) {
    const elseWord = m[1] ? " else" : "";
    const rest = restAfter(clause, m, 2).orig;
    return closed(joinWords(`Who${elseWord} do you know`, rest));
  }
  m = EN_KNOW_OF.exec(s);
  if (m) {
    const t = tokensOf(restAfter(clause, m));
    let end = 0;
    while (end < t.lower.length && !PREPOSITIONS.has(t.lower[end] ?? "")) end++;
    return closed(joinWords(`What ${words(t, 0, end)} do you know of`, words(t, end)));
  }
  m = EN_RECOMMEND.exec(s);
  if (m) {
    const inner = restAfter(clause, m);
    const verb = /\bsuggest\b/u.test(s.slice(0, m.indices?.[1]?.[0] ?? 0))
      ? "suggest"
      : "recommend";
    const people =
      /^(?:anyone|anybody|someone|somebody|other people|people|a person|any(?:one)? other)(\s+else)?\b\s*/u.exec(
        inner.lower,
      );
    if (people) {
      return closed(
        joinWords(
          `Who${people[1] ? " else" : ""} would you ${verb}`,
          inner.orig.slice(people[0].length),
        ),
      );
    }
    const thing = /^(?:any|some|a few|a couple of|good|a|an)\s+/u.exec(inner.lower);
    if (thing) {
      const t = tokensOf(sliceClause(inner, thing[0].length));
      let end = 0;
      while (end < t.lower.length && !PREPOSITIONS.has(t.lower[end] ?? "")) end++;
      return closed(joinWords(`What ${words(t, 0, end)} would you ${verb}`, words(t, end)));
    }
    return closed(`Why would you or would you not ${verb} ${inner.orig}`);
  }
  m = EN_IS_THERE_ANY.exec(s);
  if (m) {
    const who = m[1] === "anyone" || m[1] === "anybody" || m[1] === "someone" ? "Who" : "What";
    const elseWord = m[2] ? " else" : "";
    const rest = restAfter(clause, m, 3);
    const relative = /^(?:that|who)\s+/u.exec(rest.lower);
    if (relative)
      return closed(joinWords(`${who}${elseWord}`, rest.orig.slice(relative[0].length)));
    // "anyone else at the hospital I should meet" → "Who else at the hospital should I meet".
    const rt = tokensOf(rest);
    let k = 0;
    if (PREPOSITIONS.has(rt.lower[0] ?? "")) {
      while (k < rt.lower.length && !PERSONAL_SUBJECTS.has(rt.lower[k] ?? "")) k++;
      if (k >= rt.lower.length) k = 0;
    }
    const place = words(rt, 0, k);
    const statement = sliceClause(clauseOf(words(rt, k)), 0);
    const inverted = statement.lower ? invertEnglishStatement(statement) : null;
    return closed(
      joinWords(`${who}${elseWord}`, place, inverted ? lowerFirst(inverted.orig) : statement.orig),
    );
  }

  const firstSpace = s.indexOf(" ");
  const first = firstSpace < 0 ? s : s.slice(0, firstSpace);
  if (AUX_CLASS[first] && firstSpace > 0) {
    const t = tokensOf(clause);
    const either = splitOr(t, 1) !== null && !/\bor not$/u.test(s);
    return closed(rewriteEnglishYesNo(clause), either ? "either-or" : "yes-no");
  }
  // "Any advice for someone like me?" is "Do you have any advice…?" with the start left out.
  const any = /^any\s+/u.exec(s);
  if (any && asked) {
    const t = tokensOf(sliceClause(clause, any[0].length));
    let end = 0;
    while (end < t.lower.length && !PREPOSITIONS.has(t.lower[end] ?? "")) end++;
    if (end > 0) return closed(joinWords(`What ${words(t, 0, end)} do you have`, words(t, end)));
  }
  // A statement said as a question: "You like your job?" (but "You studied where?" is open).
  if (asked && /^(?:you|your|it|it's|that's|this is|the)\b/u.test(s) && !EN_WH_ANYWHERE.test(s)) {
    return closed(rewriteEnglishStatement(clause));
  }
  return { ...OPEN, leading };
}

/** Rewrites a statement that was asked as a question ("the pay is good") through its inversion. */
function rewriteEnglishStatement(stem: Clause): string {
  const inverted = invertEnglishStatement(stem);
  if (inverted && AUX_CLASS[inverted.lower.split(" ")[0] ?? ""])
    return rewriteEnglishYesNo(inverted);
  return `What can you tell me about how ${stem.orig}`;
}

// ---------------------------------------------------------------------------------------------
// Canadian French
// ---------------------------------------------------------------------------------------------

const FR_OPEN_START = compileUnicodePattern(
  String.raw`^(?:qu'|que\b|quoi\b|quel(?:le)?s?\b|comment\b|pourquoi\b|où\b|quand\b|combien\b|qui\b|lequel|laquelle|lesquel(?:le)?s|` +
    String.raw`(?:à|a|avec|pour|sur|de|dans|par|depuis|en|chez|vers|parmi|d'après|jusqu'à)\s+(?:qui|quoi|quel|quelle|quels|quelles|combien|quand|où|lequel|laquelle|lesquels|lesquelles)\b|` +
    String.raw`dans quelle mesure|de quelle (?:façon|manière)|en quoi|à quel|à quelle|jusqu'à quel|parlez-moi|parle-moi|décrivez|décris|expliquez|racontez|raconte|` +
    String.raw`dites-moi (?:comment|pourquoi|ce|quel|quelle|quels|quelles|où|quand|qui|combien|en quoi)|` +
    String.raw`j'aimerais (?:savoir|comprendre|connaître|entendre) (?:comment|pourquoi|ce|quel|quelle|quels|quelles|où|quand|qui|combien|en quoi|votre|vos|davantage))`,
  "u",
);
const FR_POLITE_VERBS = String.raw`(?:me\s+|m'|nous\s+)?(?:en\s+)?(?:décrire|expliquer|raconter|parler|donner|présenter|partager|préciser|guider|dresser|résumer|nommer|citer|illustrer|faire\s+part|détailler|dire\s+(?:comment|pourquoi|ce\s+qu|ce\s+que|quel|quelle|quels|quelles|où|quand|qui|combien|en\s+quoi|de\s+quelle))`;
const FR_POLITE_OPEN = new RegExp(
  String.raw`^(?:(?:pourriez|pouvez|pourrais|peux|voudriez|voulez|accepteriez)-(?:vous|tu)|(?:seriez|serais)-(?:vous|tu)\s+(?:prête?s?|disposée?s?|à\s+l'aise|d'accord)|(?:vous|tu)\s+(?:pourriez|pouvez|pourrais|peux|voudriez|voulez))\s+(?:bien\s+)?(?:à\s+|de\s+|d')?` +
    FR_POLITE_VERBS,
  "u",
);
const FR_TELL_IF =
  /^(?:(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu)\s+(?:me\s+)?dire|(?:savez|sais)-(?:vous|tu)|(?:vous|tu)\s+(?:pourriez|pouvez|pourrais|peux)\s+me\s+dire|(?:vous|tu)\s+(?:savez|sais)|je\s+me\s+demand(?:e|ais))\s+(?:si\s+|s'(?=ils?\b))(.+)$/du;
const FR_THINK_THAT =
  /^(?:(?:pensez|croyez|trouvez|diriez|estimez|penses|crois|trouves|dirais)-(?:vous|tu)|(?:vous|tu)\s+(?:pensez|croyez|trouvez|diriez|estimez|penses|crois|trouves|dirais))\s+qu(?:e\s+|')(.+)$/du;
const FR_TRUE_THAT = /^(?:est-il|c'est|est-ce|il est)\s+vrai\s+qu(?:e\s+|')(.+)$/du;
const FR_EST_CE_QUE = /^est-ce\s+qu(?:e\s+|')/u;
const FR_EST_CE_ALONE = /^est-ce\s+(?!qu)/u;
const FR_TAG =
  /(?:,?\s*(?:n'est-ce pas|pas vrai)|,\s*(?:non|hein|vrai|c'est ça|c'est bien ça|d'accord|oui|correct|ok|okay|right|eh))\s*$/u;
const FR_COURTESY = compileUnicodePattern(
  String.raw`^(?:(?:est-ce que\s+)?(?:ça|cela)\s+vous\s+(?:dérange|ennuie)(?:rait)?|me\s+permettez-vous|vous\s+permettez\s+que|puis-je\s+(?:prendre\s+des\s+notes|enregistrer))\b`,
  "u",
);
const FR_WH_ANYWHERE = compileUnicodePattern(
  String.raw`\b(?:où|quoi|comment|quand|combien|pourquoi|quel|quelle|quels|quelles|lequel|laquelle)\b`,
  "u",
);
const FR_INVERTED = /^([\p{L}']+)-(?:t-)?(vous|tu|il|elle|ils|elles|on|je|nous)$/u;
const FR_FILLER =
  /^(?:(?:et|alors|aussi|donc|puis|ensuite|enfin|finalement|bon|ok|sinon)\b,?\s+)+/u;
const FR_SUBJECT_START =
  /^(?:vous|tu|on|il|elle|ils|elles|c'est|c'était|ça|cela|ce|votre|vos|le|la|les|l')\b/u;
const FR_DETERMINER =
  /^(?:le|la|les|l'|un|une|des|du|de|d'|votre|vos|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|leur|leurs|ce|cet|cette|ces|ça|cela)\b/u;
const FR_DEMANDING = new Set([
  "stressant",
  "stressante",
  "stressants",
  "stressantes",
  "exigeant",
  "exigeante",
  "difficile",
  "dur",
  "dure",
  "ardu",
  "ardue",
  "compliqué",
  "compliquée",
  "épuisant",
  "épuisante",
  "intense",
  "valorisant",
  "valorisante",
  "intéressant",
  "intéressante",
  "stimulant",
  "stimulante",
  "gratifiant",
  "gratifiante",
  "motivant",
  "motivante",
  "plaisant",
  "plaisante",
  "agréable",
  "créatif",
  "créative",
  "technique",
  "physique",
  "répétitif",
  "répétitive",
]);

/** Turns an inverted question into a statement: "aimez-vous X" → "vous aimez X". */
function uninvertFrench(clause: Clause): Clause | null {
  const t = tokensOf(clause);
  const limit = Math.min(t.lower.length, 6);
  for (let i = 0; i < limit; i++) {
    const m = FR_INVERTED.exec(t.lower[i] ?? "");
    if (!m) continue;
    const verbLen = (m[1] ?? "").length;
    const verbOrig = m[1] === "puis" ? "peux" : (t.orig[i] ?? "").slice(0, verbLen);
    const pronoun = m[2] ?? "";
    if (i === 0) return clauseOf(joinWords(pronoun, verbOrig, words(t, 1)));
    if (i === 1 && t.lower[0] === "y")
      return clauseOf(joinWords(pronoun, "y", verbOrig, words(t, 2)));
    // Complex inversion: "Le travail est-il stressant" → "le travail est stressant".
    return clauseOf(joinWords(words(t, 0, i), verbOrig, words(t, i + 1)));
  }
  return null;
}

function isInfinitiveStart(lower: string): boolean {
  if (FR_DETERMINER.test(lower)) return false;
  const first = /^(?:(?:me|m'|vous|se|s'|en|y|le|la|les)\s*)?([\p{L}]+)/u.exec(lower)?.[1] ?? "";
  return /(?:er|ir|re|oir)$/u.test(first) && first.length > 3;
}

/** "de" + noun phrase with contractions: "de le travail" → "du travail", "de les" → "des". */
function deNounPhrase(np: string): string {
  const lower = np.toLowerCase();
  if (lower.startsWith("le ")) return "du " + np.slice(3);
  if (lower.startsWith("les ")) return "des " + np.slice(4);
  return elide("de", np);
}

function pluralFr(adj: string): string {
  return /[sx]$/u.test(adj) ? adj : adj + "s";
}

function frenchChoice(options: Clause): string | undefined {
  const at = options.lower.search(/\sou\s/u);
  if (at < 0) return undefined;
  const left = options.orig.slice(0, at).trim();
  const right = options.orig.slice(at + 4).trim();
  return `Quels sont les avantages et les inconvénients de chaque option : ${left} ou ${right}`;
}

/** Rewrites a French yes/no question given as a statement D ("vous aimez votre travail"). */
function rewriteFrenchStatement(d: Clause): string {
  const s = d.lower;
  let m =
    /^il y a\s+(?:(beaucoup|énormément|assez|peu|trop)\s+d(?:e\s+|')|(des|plusieurs|certaines?|quelques)\s+|(un|une)\s+|(du|de la|de l')\s*)?(.+)$/du.exec(
      s,
    );
  if (m) {
    const thing = restAfter(d, m, 5).orig;
    if (m[1]) {
      const at = thing.search(/\s(?:dans|en|chez|pour|à|au|aux|sur|pendant|durant)\s/iu);
      return at < 0
        ? `Combien ${elide("de", thing)} y a-t-il`
        : `Combien ${elide("de", thing.slice(0, at))} y a-t-il ${thing.slice(at + 1)}`;
    }
    if (m[2]) return `Que pouvez-vous me dire sur les ${thing}`;
    if (m[3]) return `Que pouvez-vous me dire sur ${m[3] === "un" ? "le" : "la"} ${thing}`;
    if (m[4])
      return `Que pouvez-vous me dire sur ${m[4] === "du" ? "le " : m[4] === "de la" ? "la " : "l'"}${thing}`;
    return `Que pouvez-vous me dire sur ${thing}`;
  }
  m = /^(vous|tu)\s+(?:préférez|préfères|aimez mieux|aimes mieux)\s+(.+)$/du.exec(s);
  if (m) {
    const choice = frenchChoice(restAfter(d, m, 2));
    if (choice) return choice;
  }
  m = /^(vous|tu)\s+(aimez|appréciez|adorez|aimes|apprécies|adores)\s+(.+)$/du.exec(s);
  if (m) {
    const object = restAfter(d, m, 3);
    const pronoun = m[1] ?? "vous";
    const verb = restAfter(d, m, 2).orig;
    const what = /^(?:ça|cela|ce travail)$/u.test(object.lower)
      ? `${pronoun === "tu" ? "ton" : "votre"} travail`
      : isInfinitiveStart(object.lower)
        ? `le fait ${elide("de", object.orig)}`
        : object.orig;
    return `Qu'est-ce que ${pronoun} ${verb} le plus dans ${what}`;
  }
  m = /^vous\s+avez\s+(aimé|apprécié|adoré)\s+(.+)$/du.exec(s);
  if (m)
    return `Qu'est-ce que vous avez le plus ${restAfter(d, m, 1).orig} dans ${restAfter(d, m, 2).orig}`;
  m =
    /^vous\s+avez\s+(?:étudié|fait\s+des\s+études|suivi\s+(?:une\s+formation|des\s+cours)|fait\s+(?:un|une|votre|vos)\s+(?:bac|baccalauréat|maîtrise|diplôme|doctorat|dec|formation|certificat|études))\s*(?:en\s+|de\s+|d'|à\s+|dans\s+)?(.*)$/du.exec(
      s,
    );
  if (m) {
    const field = restAfter(d, m, 1).orig.replace(/^(?:le|la|les|l')\s*/iu, "");
    return field
      ? `Comment vos études en ${field} vous ont-elles préparé à votre rôle actuel`
      : "Comment vos études vous ont-elles préparé à votre rôle actuel";
  }
  m = /^vous\s+avez\s+toujours\s+voulu\s+(.+)$/du.exec(s);
  if (m) return `Pourquoi avez-vous toujours voulu ${restAfter(d, m).orig}`;
  m = /^(?:il|c')\s*(est|était|serait)\s+(\S+)\s+d(?:e\s+|')(.+)$/du.exec(s);
  if (m) {
    const adj = restAfter(d, m, 2).orig;
    const what = restAfter(d, m, 3);
    if (m[2] === "mieux" || m[2] === "préférable") {
      const choice = frenchChoice(what);
      if (choice) return choice;
    }
    const tense = m[1] === "était" ? "était" : "est";
    if (FR_DEMANDING.has(m[2] ?? ""))
      return `Qu'est-ce qui fait qu'il ${tense} ${adj} ${elide("de", what.orig)}`;
    return `Dans quelle mesure ${tense}-il ${adj} ${elide("de", what.orig)}`;
  }
  m =
    /^(?:il faut|(?:j'|je\s+|on\s+)(?:ai|a|aurai|aurais)\s+besoin\s+d(?:e\s+|')|(?:vous|tu)\s+(?:avez|as)\s+besoin\s+d(?:e\s+|'))\s*(.+)$/du.exec(
      s,
    );
  if (m) {
    const what = restAfter(d, m);
    return isInfinitiveStart(what.lower)
      ? `Quelle est l'importance ${elide("de", what.orig)}`
      : `Quelle est l'importance d'avoir ${what.orig}`;
  }
  m = /^(?:je|j')\s*(?:devrais|dois|devrai)\s+(.+)$/du.exec(s);
  if (m) {
    const what = restAfter(d, m);
    return frenchChoice(what) ?? `Que pensez-vous de l'idée ${elide("de", what.orig)}`;
  }
  m =
    /^vous\s+(?:pourriez|pouvez|pourrais|peux)\s+me\s+(?:recommander|suggérer|conseiller|proposer)\s+(quelqu'un|d'autres\s+personnes|des\s+personnes|une\s+personne)(\s+d'autre)?\s*(.*)$/du.exec(
      s,
    );
  if (m) {
    const rest = restAfter(d, m, 3);
    const other = m[2] || m[1]?.startsWith("d'autres") ? " d'autre" : "";
    if (/parler|discuter|rencontrer|contacter|joindre/u.test(rest.lower)) {
      return `À qui${other} me recommanderiez-vous de parler`;
    }
    return joinWords(`Qui${other} me recommanderiez-vous`, rest.orig);
  }
  m =
    /^vous\s+(?:pourriez|pouvez|pourrais|peux)\s+me\s+(?:recommander|suggérer|conseiller)\s+(?:des|quelques|un|une|de\s+bons|de\s+bonnes|d')\s*(.+)$/du.exec(
      s,
    );
  if (m) return `Que me recommanderiez-vous comme ${restAfter(d, m).orig}`;
  m = /^vous\s+recommanderiez\s+(.+)$/du.exec(s);
  if (m) return `Pourquoi recommanderiez-vous ${restAfter(d, m).orig}, ou pas`;
  m =
    /^vous\s+connaissez\s+(?:d'autres\s+personnes|quelqu'un(\s+d'autre)?|des\s+gens|des\s+personnes)\s*(.*)$/du.exec(
      s,
    );
  if (m) {
    const other = m[1] || s.includes("d'autres") ? " d'autre" : "";
    return joinWords(`Qui${other} connaissez-vous`, restAfter(d, m, 2).orig);
  }
  // "le travail est stressant" → "Quels aspects du travail sont les plus stressants".
  m =
    /^(.+?)\s+(est|sont|était|étaient)\s+(?:(?:très|vraiment|plutôt|souvent|assez|trop|généralement|toujours|parfois|bien)\s+)*(\S+)(.*)$/du.exec(
      s,
    );
  if (
    m &&
    FR_DEMANDING.has(m[3] ?? "") &&
    !/^(?:vous|tu|il|elle|on|ils|elles|c'|ça|cela)$/u.test(m[1] ?? "")
  ) {
    const np = restAfter(d, m, 1).orig;
    const past = m[2] === "était" || m[2] === "étaient";
    return joinWords(
      `Quels aspects ${deNounPhrase(np)} ${past ? "étaient" : "sont"} les plus ${pluralFr(restAfter(d, m, 3).orig)}`,
      restAfter(d, m, 4).orig,
    );
  }
  m = /^vous\s+(?!ne\b|n')(\S+)(.*)$/du.exec(s);
  if (m)
    return joinWords(`Dans quelle mesure ${restAfter(d, m, 1).orig}-vous`, restAfter(d, m, 2).orig);
  return `Dans quelle mesure est-ce ${elide("que", d.orig)}`;
}

function assessFrenchClause(input: Clause, asked: boolean): ClauseVerdict {
  let clause = input;
  const filler = FR_FILLER.exec(clause.lower);
  if (filler) clause = sliceClause(clause, filler[0].length);
  let s = clause.lower;
  if (s.length === 0) return OPEN;

  const tag =
    s.includes(",") || s.includes("n'est-ce pas") || s.includes("pas vrai") ? FR_TAG.exec(s) : null;
  if (tag) {
    const stem = sliceClause(clause, 0, tag.index);
    return {
      kind: "closed",
      reasons: ["tag-question"],
      rewrite: rewriteFrenchStatement(stem),
      leading: /n'est-ce pas|pas vrai/u.test(tag[0]),
    };
  }
  if (FR_OPEN_START.test(s) || FR_POLITE_OPEN.test(s) || FR_COURTESY.test(s)) return OPEN;

  // Negative questions lead the answer: "Ne pensez-vous pas que…", "N'est-il pas difficile de…".
  let leading = false;
  const negative = /^n(?:e\s+|')([\p{L}']+-(?:t-)?(?:vous|tu|il|elle|on))\s+pas\b\s*/u.exec(s);
  if (negative) {
    leading = true;
    const verbEnd = negative[0].length;
    clause = clauseOf(`${negative[1] ?? ""} ${clause.orig.slice(verbEnd)}`);
    s = clause.lower;
  }
  const closed = (rewrite: string, reason: QuestionReason = "yes-no"): ClauseVerdict => ({
    kind: "closed",
    reasons: [reason],
    rewrite,
    leading,
  });

  let statement: Clause | null = null;
  let m = FR_TELL_IF.exec(s);
  if (m) statement = restAfter(clause, m);
  m = statement ? null : FR_THINK_THAT.exec(s);
  if (m) return closed(`Que pensez-vous de l'idée ${elide("que", restAfter(clause, m).orig)}`);
  m = statement ? null : FR_TRUE_THAT.exec(s);
  if (m) return closed(`Que pensez-vous de l'idée ${elide("que", restAfter(clause, m).orig)}`);
  if (!statement) {
    const estCe = FR_EST_CE_QUE.exec(s);
    if (estCe) {
      statement = sliceClause(clause, estCe[0].length);
      // "Est-ce que vous pourriez me décrire…" is a polite open request.
      if (FR_POLITE_OPEN.test(statement.lower)) return OPEN;
      const idea = FR_THINK_THAT.exec(statement.lower) ?? FR_TRUE_THAT.exec(statement.lower);
      if (idea)
        return closed(`Que pensez-vous de l'idée ${elide("que", restAfter(statement, idea).orig)}`);
      const inner = FR_TELL_IF.exec(statement.lower);
      if (inner) statement = restAfter(statement, inner);
    }
  }
  if (!statement) {
    const estCe = FR_EST_CE_ALONE.exec(s);
    // "Est-ce difficile de…" is "c'est difficile de…" asked as a question.
    if (estCe) statement = clauseOf(`c'est ${clause.orig.slice(estCe[0].length)}`);
  }
  if (!statement) statement = uninvertFrench(clause);
  // "Vous aimez votre travail ?" is closed; "Vous avez étudié où ?" asks in place and is open.
  if (!statement && asked && FR_SUBJECT_START.test(s) && !FR_WH_ANYWHERE.test(s)) {
    statement = clause;
  }
  if (!statement) return { ...OPEN, leading };
  if (FR_POLITE_OPEN.test(statement.lower)) return OPEN;
  const either = /\sou\s/u.test(statement.lower) && !/\sou\s+(?:pas|non)$/u.test(statement.lower);
  return closed(rewriteFrenchStatement(statement), either ? "either-or" : "yes-no");
}

// ---------------------------------------------------------------------------------------------
// Whole entries
// ---------------------------------------------------------------------------------------------

interface Segment {
  text: string;
  /** Whitespace that followed the segment, kept so the suggestion reads like the original. */
  gap: string;
  asked: boolean;
}

/** Splits an entry into sentences: after "?", and after "." or "!" followed by a capital letter. */
function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isQuestion = c === 63; // ?
    const isStop = c === 46 || c === 33; // . !
    if (!isQuestion && !isStop) continue;
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 63 || text.charCodeAt(j) === 33)) j++;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (isStop && !isQuestion && (k === j || k >= n || !/\p{Lu}/u.test(text.charAt(k)))) continue;
    out.push({
      text: text.slice(start, j),
      gap: text.slice(j, k),
      asked: text.slice(i, j).includes("?"),
    });
    start = k;
    i = k - 1;
  }
  if (start < n) out.push({ text: text.slice(start), gap: "", asked: false });
  return out;
}

const EN_INTRO =
  /^([^,]{3,60}),\s+(?=(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|may|might|what|how|why|where|when|which|who)\b)/u;
const FR_INTRO = compileUnicodePattern(
  String.raw`^([^,]{3,60}),\s+(?=(?:est-ce|qu|que|quel|quels|quelle|quelles|comment|pourquoi|où|quand|combien|qui|(?:à|avec|pour|sur|de|dans|par|chez)\s+(?:qui|quoi|quel|quelle|quels|quelles)|[\p{L}']+-(?:t-)?(?:vous|tu|il|elle|on)\b))`,
  "u",
);

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

/** Spaces (including the no-break ones French uses) and the punctuation that separates words. */
function isSeparator(code: number): boolean {
  return (
    code === 32 || // space
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 63 || // ?
    code === 33 || // !
    code === 46 || // .
    code === 44 || // ,
    code === 59 || // ;
    code === 58 || // :
    code === 0x2026 // …
  );
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f
  );
}

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const separator = isSeparator(text.charCodeAt(i));
    if (!separator && !inWord) count++;
    inWord = !separator;
  }
  return count;
}

/** The sentence without its closing punctuation and trailing spaces. */
function withoutEndMark(text: string): string {
  let end = text.length;
  while (end > 0 && isSeparator(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 44) end--;
  return text.slice(0, end);
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
