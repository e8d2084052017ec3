// French word lists and the word forms the rewrites need: elision, contractions, plurals.

const VOWEL_START_NO_H = /^[aeiouyàâäéèêëîïôöûüœæ]/iu;

/** French elision: "de" + "avoir" → "d'avoir"; "que" + "il" → "qu'il". */
export function elide(word: "de" | "que", next: string): string {
  if (!VOWEL_START_NO_H.test(next)) return `${word} ${next}`;
  return `${word === "de" ? "d" : "qu"}'${next}`;
}

const FR_DETERMINER =
  /^(?:le|la|les|l'|un|une|des|du|de|d'|votre|vos|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|leur|leurs|ce|cet|cette|ces|ça|cela)\b/u;
export const FR_DEMANDING = new Set([
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

export function isInfinitiveStart(lower: string): boolean {
  if (FR_DETERMINER.test(lower)) return false;
  const first = /^(?:(?:me|m'|vous|se|s'|en|y|le|la|les)\s*)?([\p{L}]+)/u.exec(lower)?.[1] ?? "";
  return /(?:er|ir|re|oir)$/u.test(first) && first.length > 3;
}

/** "de" + noun phrase with contractions: "de le travail" → "du travail", "de les" → "des". */
export function deNounPhrase(np: string): string {
  const lower = np.toLowerCase();
  if (lower.startsWith("le ")) return "du " + np.slice(3);
  if (lower.startsWith("les ")) return "des " + np.slice(4);
  return elide("de", np);
}

export function pluralFr(adj: string): string {
  return /[sx]$/u.test(adj) ? adj : adj + "s";
}
