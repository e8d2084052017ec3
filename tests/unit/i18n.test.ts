// The catalogue: both languages complete, placeholders kept, plurals chosen per language.
import { beforeAll, describe, expect, it } from "vitest";
import { allMessages, loadFeatureMessages, translate } from "../../src/app/i18n/messages";

beforeAll(() => loadFeatureMessages());

describe("message catalogue", () => {
  const en = allMessages("en");
  const fr = allMessages("fr-CA");

  it("has every English key in Canadian French, non-empty and not left in English", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter(
      (key) => !fr[key]?.trim() || (fr[key] === en[key] && en[key]!.length > 12),
    );
    expect(untranslated).toEqual([]);
  });

  it("keeps the same placeholders in both languages", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      expect({ key, names: names(fr[key]!) }).toEqual({ key, names: names(en[key]!) });
    }
  });

  it("fills placeholders and leaves text as text", () => {
    expect(translate("en", "persona.signedInAs", { name: "<b>Sam</b>" })).toBe(
      "Signed in as <b>Sam</b>",
    );
    expect(translate("fr-CA", "persona.signedInAs", { name: "Zoë" })).toBe(
      "Connecté·e en tant que Zoë",
    );
  });
});
