// The one message catalogue: every feature's strings merged, and the translate function.
import type { Locale } from "../../domain/locale";
import type { Catalog } from "./defineMessages";
import { shellMessages } from "./catalog/shell";
import type { featureCatalogs } from "./catalog/features";

type KeysOf<C> = C extends Catalog<infer K> ? K : never;
type PluralBase<K> = K extends `${infer B}_one` | `${infer B}_other` ? B : never;
type AllKeys = KeysOf<typeof shellMessages | (typeof featureCatalogs)[number]>;

/** A message key, or the base of a plural pair (`x` for `x_one` + `x_other`). */
export type MessageKey = AllKeys | PluralBase<AllKeys>;

export type MessageParams = Record<string, string | number>;

const merged: Record<Locale, Record<string, string>> = {
  en: { ...shellMessages.en },
  "fr-CA": { ...shellMessages["fr-CA"] },
};

let featuresLoaded: Promise<void> | null = null;

/**
 * Loads every feature's strings (one lazy chunk). Lazy views and sections wait for it before they
 * render, so the shell's first paint carries only its own strings. Safe to call many times.
 */
export function loadFeatureMessages(): Promise<void> {
  featuresLoaded ??= import("./catalog/features").then(
    ({ featureCatalogs: loaded }) => {
      for (const catalog of loaded) {
        Object.assign(merged.en, catalog.en);
        Object.assign(merged["fr-CA"], catalog["fr-CA"]);
      }
    },
    (error: unknown) => {
      featuresLoaded = null; // a dropped network: the next view may try again
      throw error;
    },
  );
  return featuresLoaded;
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules("en"),
  "fr-CA": new Intl.PluralRules("fr-CA"),
};

/** Every key in the catalogue, for completeness tests. */
export function allMessages(locale: Locale): Readonly<Record<string, string>> {
  return merged[locale];
}

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled. Parameters are plain
 * text: React escapes them when rendered, and mail templates escape their own.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const table = merged[locale];
  let template = table[key];
  if (template === undefined && typeof params.count === "number") {
    const category = pluralRules[locale].select(params.count) === "one" ? "one" : "other";
    template = table[`${key}_${category}`];
  }
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(locale) : value;
  });
}
