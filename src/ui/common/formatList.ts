// Lists of words as each language writes them ("a, b and c" / "a, b et c"), through
// Intl.ListFormat.
import type { Locale } from "../../domain/locale";
import { intlLocale } from "../../domain/time/zones";

const formats = new Map<Locale, Intl.ListFormat>();

/**
 * Joins `items` the way the user's language does: "design, research and writing" in Canadian
 * English, "design, recherche et rédaction" in Canadian French. Blank items are left out.
 */
export function formatList(locale: Locale, items: readonly string[]): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale), { type: "conjunction", style: "long" });
    formats.set(locale, format);
  }
  return format.format(items.map((item) => item.trim()).filter((item) => item !== ""));
}
