// The English rules: whether a clause is open or closed, why, and which rewrite it gets.
import type { Clause } from "./clause";
import { clauseOf, joinWords, lowerFirst, restAfter, sliceClause, tokensOf, words } from "./clause";
import {
  invertEnglishStatement,
  rewriteEnglishStatement,
  rewriteEnglishYesNo,
  splitOr,
} from "./englishRewrites";
import {
  EN_ASK_PERMISSION,
  EN_COURTESY,
  EN_FILLER,
  EN_IS_THERE_ANY,
  EN_KNOW_OF,
  EN_KNOW_PEOPLE,
  EN_MIND_OPEN,
  EN_NEGATIVE_TAG,
  EN_OPEN_START,
  EN_POLITE_OPEN,
  EN_RECOMMEND,
  EN_TAG,
  EN_TELL_IF,
  EN_THINK_THAT,
  EN_TRUE_THAT,
  EN_WH_ANYWHERE,
  EN_WHICH_CHOICE,
} from "./englishShapes";
import { AUX_CLASS, NEGATIVE_AUX, PERSONAL_SUBJECTS, PREPOSITIONS } from "./englishWords";
import type { ClauseVerdict } from "./verdict";
import { closedVerdicts, OPEN } from "./verdict";

export function assessEnglishClause(input: Clause, asked: boolean): ClauseVerdict {
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
  const closed = closedVerdicts(leading);

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
