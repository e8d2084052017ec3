// The shapes of Canadian French questions: open starts, polite requests, wrappers, inversions.
import { compileUnicodePattern } from "../etiquette";
import type { Clause } from "./clause";
import { clauseOf, joinWords, tokensOf, words } from "./clause";

export const FR_OPEN_START = compileUnicodePattern(
  String.raw`^(?:qu'|que\b|quoi\b|quel(?:le)?s?\b|comment\b|pourquoi\b|où\b|quand\b|combien\b|qui\b|lequel|laquelle|lesquel(?:le)?s|` +
    String.raw`(?:à|a|avec|pour|sur|de|dans|par|depuis|en|chez|vers|parmi|d'après|jusqu'à)\s+(?:qui|quoi|quel|quelle|quels|quelles|combien|quand|où|lequel|laquelle|lesquels|lesquelles)\b|` +
    String.raw`dans quelle mesure|de quelle (?:façon|manière)|en quoi|à quel|à quelle|jusqu'à quel|parlez-moi|parle-moi|décrivez|décris|expliquez|racontez|raconte|` +
    String.raw`dites-moi (?:comment|pourquoi|ce|quel|quelle|quels|quelles|où|quand|qui|combien|en quoi)|` +
    String.raw`j'aimerais (?:savoir|comprendre|connaître|entendre) (?:comment|pourquoi|ce|quel|quelle|quels|quelles|où|quand|qui|combien|en quoi|votre|vos|davantage))`,
  "u",
);
const FR_POLITE_VERBS = String.raw`(?:me\s+|m'|nous\s+)?(?:en\s+)?(?:décrire|expliquer|raconter|parler|donner|présenter|partager|préciser|guider|dresser|résumer|nommer|citer|illustrer|faire\s+part|détailler|dire\s+(?:comment|pourquoi|ce\s+qu|ce\s+que|quel|quelle|quels|quelles|où|quand|qui|combien|en\s+quoi|de\s+quelle))`;
export const FR_POLITE_OPEN = new RegExp(
  String.raw`^(?:(?:pourriez|pouvez|pourrais|peux|voudriez|voulez|accepteriez)-(?:vous|tu)|(?:seriez|serais)-(?:vous|tu)\s+(?:prête?s?|disposée?s?|à\s+l'aise|d'accord)|(?:vous|tu)\s+(?:pourriez|pouvez|pourrais|peux|voudriez|voulez))\s+(?:bien\s+)?(?:à\s+|de\s+|d')?` +
    FR_POLITE_VERBS,
  "u",
);
// As in English, "Je voudrais savoir si…", "Dites-moi si…" ask for a yes or a no; "Je me demande
// comment…" and "J'aimerais savoir pourquoi…" invite a story (FR_OPEN_START keeps them open).
export const FR_TELL_IF =
  /^(?:(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu)\s+(?:me\s+)?dire|(?:savez|sais)-(?:vous|tu)|(?:vous|tu)\s+(?:pourriez|pouvez|pourrais|peux)\s+me\s+dire|(?:vous|tu)\s+(?:savez|sais)|je\s+me\s+demand(?:e|ais)|(?:dites|dis)-moi|(?:je\s+(?:voudrais|veux|voulais|souhaiterais|souhaite)|j'(?:aimerais|aurais\s+aimé|aimerais\s+bien))\s+(?:bien\s+)?savoir|je\s+suis\s+curieu(?:x|se)\s+de\s+savoir)\s+(?:si\s+|s'(?=ils?\b))(.+)$/du;
export const FR_THINK_THAT =
  /^(?:(?:pensez|croyez|trouvez|diriez|estimez|penses|crois|trouves|dirais)-(?:vous|tu)|(?:vous|tu)\s+(?:pensez|croyez|trouvez|diriez|estimez|penses|crois|trouves|dirais))\s+qu(?:e\s+|')(.+)$/du;
export const FR_TRUE_THAT = /^(?:est-il|c'est|est-ce|il est)\s+vrai\s+qu(?:e\s+|')(.+)$/du;
export const FR_EST_CE_QUE = /^est-ce\s+qu(?:e\s+|')/u;
export const FR_EST_CE_ALONE = /^est-ce\s+(?!qu)/u;
export const FR_TAG =
  /(?:,?\s*(?:n'est-ce pas|pas vrai)|,\s*(?:non|hein|vrai|c'est ça|c'est bien ça|d'accord|oui|correct|ok|okay|right|eh))\s*$/u;
export const FR_COURTESY = compileUnicodePattern(
  String.raw`^(?:(?:est-ce que\s+)?(?:ça|cela)\s+vous\s+(?:dérange|ennuie)(?:rait)?|me\s+permettez-vous|vous\s+permettez\s+que|puis-je\s+(?:prendre\s+des\s+notes|enregistrer))\b`,
  "u",
);
export const FR_WH_ANYWHERE = compileUnicodePattern(
  String.raw`\b(?:où|quoi|comment|quand|combien|pourquoi|quel|quelle|quels|quelles|lequel|laquelle)\b`,
  "u",
);
const FR_INVERTED = /^([\p{L}']+)-(?:t-)?(vous|tu|il|elle|ils|elles|on|je|nous)$/u;
export const FR_FILLER =
  /^(?:(?:et|alors|aussi|donc|puis|ensuite|enfin|finalement|bon|ok|sinon)\b,?\s+)+/u;
export const FR_SUBJECT_START =
  /^(?:vous|tu|on|il|elle|ils|elles|c'est|c'était|ça|cela|ce|votre|vos|le|la|les|l')\b/u;
// An introduction before the question: "En tant qu'infirmière, est-ce que…".
export const FR_INTRO = compileUnicodePattern(
  String.raw`^([^,]{3,60}),\s+(?=(?:est-ce|qu|que|quel|quels|quelle|quelles|comment|pourquoi|où|quand|combien|qui|(?:à|avec|pour|sur|de|dans|par|chez)\s+(?:qui|quoi|quel|quelle|quels|quelles)|[\p{L}']+-(?:t-)?(?:vous|tu|il|elle|on)\b))`,
  "u",
);

/** Turns an inverted question into a statement: "aimez-vous X" → "vous aimez X". */
export function uninvertFrench(clause: Clause): Clause | null {
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
