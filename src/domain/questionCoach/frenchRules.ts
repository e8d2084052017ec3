// The Canadian French rules: whether a clause is open or closed, why, and which rewrite it gets.
import type { Clause } from "./clause";
import { clauseOf, restAfter, sliceClause } from "./clause";
import { withoutFrenchNegation } from "./frenchNegation";
import { rewriteFrenchStatement } from "./frenchRewrites";
import {
  FR_COURTESY,
  FR_EST_CE_ALONE,
  FR_EST_CE_QUE,
  FR_FILLER,
  FR_OPEN_START,
  FR_POLITE_OPEN,
  FR_SUBJECT_START,
  FR_TAG,
  FR_TELL_IF,
  FR_THINK_THAT,
  FR_TRUE_THAT,
  FR_WH_ANYWHERE,
  uninvertFrench,
} from "./frenchShapes";
import { elide } from "./frenchWords";
import type { ClauseVerdict } from "./verdict";
import { closedVerdicts, OPEN } from "./verdict";

export function assessFrenchClause(input: Clause, asked: boolean): ClauseVerdict {
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
  const negative = /^n(?:e\s+|')([\p{L}']+-(?:t-)?(?:vous|tu|il|elle|on|ce))\s+pas\b\s*/u.exec(s);
  if (negative) {
    leading = true;
    const verbEnd = negative[0].length;
    clause = clauseOf(`${negative[1] ?? ""} ${clause.orig.slice(verbEnd)}`);
    s = clause.lower;
  }
  const closed = closedVerdicts(leading);

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
  // "Ce n'est pas trop stressant ?" expects a "non": leading. The rewrite asks the plain question.
  const positive = withoutFrenchNegation(statement);
  const verdicts = positive ? closedVerdicts(true) : closed;
  if (positive) statement = positive;
  const either = /\sou\s/u.test(statement.lower) && !/\sou\s+(?:pas|non)$/u.test(statement.lower);
  return verdicts(rewriteFrenchStatement(statement), either ? "either-or" : "yes-no");
}
