// Text compared the way people type it: case and accents folded away, so "Éloïse" finds "eloise".

/** Lower-cases and strips accents so "Éloïse" matches "eloise". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}
