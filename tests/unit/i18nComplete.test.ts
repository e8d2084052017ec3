// Every catalogue, one by one: Canadian French has every key, nothing blank, nothing left in
// English
// but true cognates, the same placeholders and plural pairs — and the shell's labels need no lazy chunk.
import { describe, expect, it } from "vitest";
import { shellMessages } from "../../src/app/i18n/catalog/shell";
import { featureCatalogs } from "../../src/app/i18n/catalog/features";
import { VIEWS } from "../../src/ui/shell/views";

const catalogs = [shellMessages, ...featureCatalogs] as ReadonlyArray<{
  en: Record<string, string>;
  "fr-CA": Record<string, string>;
}>;

/**
 * Keys whose French is rightly the same as the English: words French shares ("Questions",
 * "Message", "Organisation", "Sections") and values that are nothing but a placeholder.
 */
const SAME_IN_BOTH = new Set([
  "nav.label",
  "nav.questions",
  "section.questions",
  "arrange.message",
  "arrange.meetingAt",
  "find.manual.organisation",
  "card.company",
  "meeting.when",
  "advisor.form.organisation",
]);

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();

describe("every catalogue in both languages", () => {
  it.each(catalogs.map((catalog, index) => [index, catalog] as const))(
    "catalogue %i: the same keys, nothing blank, French where French differs",
    (_, catalog) => {
      const en = catalog.en;
      const fr = catalog["fr-CA"];
      expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
      const blank = Object.keys(en).filter((key) => !en[key]?.trim() || !fr[key]?.trim());
      expect(blank).toEqual([]);
      const leftInEnglish = Object.keys(en).filter(
        (key) => fr[key] === en[key] && !SAME_IN_BOTH.has(key),
      );
      expect(leftInEnglish).toEqual([]);
      const mismatched = Object.keys(en).filter(
        (key) => placeholders(en[key] ?? "").join() !== placeholders(fr[key] ?? "").join(),
      );
      expect(mismatched).toEqual([]);
    },
  );

  it("keeps every allowed same-as-English key honest (each still exists and is still the same)", () => {
    const all = catalogs.flatMap((c) => Object.keys(c.en).map((key) => [key, c] as const));
    for (const key of SAME_IN_BOTH) {
      const found = all.find(([k]) => k === key);
      expect(found, key).toBeDefined();
      expect(found?.[1]["fr-CA"][key], key).toBe(found?.[1].en[key]);
    }
  });

  it("defines each key in one catalogue only (a second copy would silently win the merge)", () => {
    const seen = new Map<string, number>();
    catalogs.forEach((catalog, index) => {
      for (const key of Object.keys(catalog.en)) {
        expect({ key, first: seen.get(key) ?? index }).toEqual({ key, first: index });
        seen.set(key, index);
      }
    });
  });

  it("gives both halves of every plural pair in both languages", () => {
    for (const catalog of catalogs) {
      for (const lang of ["en", "fr-CA"] as const) {
        const keys = Object.keys(catalog[lang]);
        const halves = keys.filter((k) => /_(one|other)$/u.test(k));
        for (const key of halves) {
          const base = key.replace(/_(one|other)$/u, "");
          expect(keys, `${lang} ${base}`).toEqual(
            expect.arrayContaining([`${base}_one`, `${base}_other`]),
          );
        }
      }
    }
  });

  it("names every navigation tab from the shell's own strings, which the first paint carries", () => {
    for (const view of VIEWS) {
      expect(shellMessages.en, view.label).toHaveProperty([view.label]);
      expect(shellMessages["fr-CA"], view.label).toHaveProperty([view.label]);
    }
  });
});
