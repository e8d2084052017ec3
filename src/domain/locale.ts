// The product's two languages and how a host's locale string maps onto them.

/** The languages the product speaks. */
export type Locale = "en" | "fr-CA";

export const LOCALES: readonly Locale[] = ["en", "fr-CA"];

/**
 * Picks the product language for a host locale ("fr", "fr-FR", "fr-ca", "en-GB", ...).
 * Any French variant gets Canadian French, the only French we write; everything else gets English.
 */
export function pickLocale(hostLocale: string | null | undefined): Locale {
  if (!hostLocale) return "en";
  return hostLocale.trim().toLowerCase().startsWith("fr") ? "fr-CA" : "en";
}
