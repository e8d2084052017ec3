// French negative statements asked as questions ("Ce n'est pas trop stressant ?"), made positive.
import type { Clause } from "./clause";
import { clauseOf } from "./clause";

// "ce n'est pas" / "ce n'était pas": the verb after "ce" keeps its elision once "ne" goes.
const CE_NEGATION = /\bce\s+n'(est|était|serait)\s+pas(?:\s+(?:trop|si|très))?\s*/u;
// "vous ne trouvez pas", "on n'a pas", "ça ne vous dérange pas": ne/n', up to three words, pas.
const NE_PAS =
  /\bn(?:e\s+|')((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)\s+pas(?:\s+(?:trop|si|très))?\b\s*/u;

/**
 * The statement without its "ne … pas" (and the "trop"/"si"/"très" that makes it expect a "non"),
 * or null when it has none. "Ce n'est pas trop stressant" → "c'est stressant"; "vous ne trouvez pas
 * ça difficile" → "vous trouvez ça difficile". Matched on the lower-cased text (straight
 * apostrophes), cut from the original at the same offsets (clauseOf keeps them aligned).
 */
export function withoutFrenchNegation(statement: Clause): Clause | null {
  const { orig, lower } = statement;
  const ce = CE_NEGATION.exec(lower);
  if (ce) {
    const verb = orig.slice(ce.index + 5, ce.index + 5 + (ce[1] ?? "").length);
    return clauseOf(
      `${orig.slice(0, ce.index)}${orig[ce.index] === "C" ? "C" : "c"}'${verb} ${orig.slice(ce.index + ce[0].length)}`,
    );
  }
  const ne = NE_PAS.exec(lower);
  if (!ne) return null;
  const kept = orig.slice(
    ne.index + ne[0].indexOf(ne[1] ?? ""),
    ne.index + ne[0].indexOf(ne[1] ?? "") + (ne[1] ?? "").length,
  );
  return clauseOf(`${orig.slice(0, ne.index)}${kept} ${orig.slice(ne.index + ne[0].length)}`);
}
