// English rewrites: a closed question turned into an open one built from the user's own words.
import type { Clause, Tokens } from "./clause";
import { clauseOf, joinWords, lowerFirst, tokensOf, words } from "./clause";
import {
  ADVERBS,
  AUX_CLASS,
  baseOfThirdPerson,
  DEMANDING_EN,
  DETERMINERS,
  gerund,
  HAVE_NOUNS,
  isAdjectiveEn,
  NEEDED_EN,
  NEGATIVE_AUX,
  NOUN_STOPPERS,
  PAST_OF_PARTICIPLE,
  PERSONAL_SUBJECTS,
  PREPOSITIONS,
} from "./englishWords";

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
export function splitOr(tokens: Tokens, from: number): [number, number] | null {
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

/** Moves the auxiliary of a statement to the front so the question rules can read it. */
export function invertEnglishStatement(clause: Clause): Clause | null {
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

/**
 * Spells out a subject's contracted auxiliary so the statement can be inverted: "you'd take the same
 * degree again" → "you would take…" → "would you take…". "'d" before a participle is "had", left as is.
 */
function expandContractions(clause: Clause): Clause {
  const spelled = clause.orig
    .replace(
      /\b(you|we|they|i)'d\b(?!\s+(?:been|had|gone|done|seen|known|better|rather)\b)/giu,
      "$1 would",
    )
    .replace(/\b(you|we|they)'re\b/giu, "$1 are")
    .replace(/\b(you|we|they|i)'ve\b/giu, "$1 have")
    .replace(/\b(you|we|they|i)'ll\b/giu, "$1 will");
  return spelled === clause.orig ? clause : clauseOf(spelled);
}

/** Rewrites an auxiliary-initial English yes/no (or either/or) question as an open one. */
export function rewriteEnglishYesNo(clause: Clause): string {
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

/** Rewrites a statement that was asked as a question ("the pay is good") through its inversion. */
export function rewriteEnglishStatement(stem: Clause): string {
  const inverted = invertEnglishStatement(expandContractions(stem));
  if (inverted && AUX_CLASS[inverted.lower.split(" ")[0] ?? ""])
    return rewriteEnglishYesNo(inverted);
  return `What can you tell me about how ${stem.orig}`;
}
