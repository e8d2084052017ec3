// Declares a feature's messages in both languages; the type forces fr-CA to have every en key.
import type { Locale } from "../../domain/locale";

export type Catalog<K extends string> = { [L in Locale]: Record<K, string> };

/**
 * One feature's strings. `{name}` placeholders are filled by `translate`; a key ending in
 * `_one` / `_other` is a plural pair chosen by the `count` parameter.
 */
export function defineMessages<const E extends Record<string, string>>(catalog: {
  en: E;
  "fr-CA": { [K in keyof E]: string };
}): Catalog<Extract<keyof E, string>> {
  return catalog as Catalog<Extract<keyof E, string>>;
}
