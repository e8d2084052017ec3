// French rewrites: a closed question, said as a statement, turned into an open one.
import type { Clause } from "./clause";
import { joinWords, restAfter } from "./clause";
import { deNounPhrase, elide, FR_DEMANDING, isInfinitiveStart, pluralFr } from "./frenchWords";

function frenchChoice(options: Clause): string | undefined {
  const at = options.lower.search(/\sou\s/u);
  if (at < 0) return undefined;
  const left = options.orig.slice(0, at).trim();
  const right = options.orig.slice(at + 4).trim();
  return `Quels sont les avantages et les inconvénients de chaque option : ${left} ou ${right}`;
}

/** Rewrites a French yes/no question given as a statement D ("vous aimez votre travail"). */
export function rewriteFrenchStatement(d: Clause): string {
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
