import { describe, expect, it } from "vitest";
import { pickLocale } from "../../src/domain/locale";
import { initialsOf, uniquePeople } from "../../src/domain/person";
import { themeFromOfficeColors, themeFromTeams } from "../../src/domain/theme";

describe("pickLocale", () => {
  it.each([
    ["fr", "fr-CA"],
    ["fr-FR", "fr-CA"],
    ["fr-ca", "fr-CA"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (input, expected) => {
    expect(pickLocale(input)).toBe(expected);
  });
});

describe("people", () => {
  it("drops repeated addresses regardless of case and keeps the first name", () => {
    const people = uniquePeople([
      { displayName: "Avery Chen", emailAddress: "Avery.Chen@northfield.example" },
      { displayName: "A. Chen", emailAddress: "avery.chen@northfield.example " },
      { displayName: "Nobody", emailAddress: "" },
    ]);
    expect(people).toEqual([
      { displayName: "Avery Chen", emailAddress: "Avery.Chen@northfield.example" },
    ]);
  });

  it.each([
    ["Avery Chen", "AC"],
    ["Zoë O'Brien-Smith", "ZO"],
    ["Ngozi", "N"],
    ["  ", "?"],
    ["Élodie de la Tour", "ÉT"],
  ])("initials of %j are %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe("themes", () => {
  it("maps Teams themes and treats unknown names as light", () => {
    expect(themeFromTeams("default")).toBe("light");
    expect(themeFromTeams("dark")).toBe("dark");
    expect(themeFromTeams("contrast")).toBe("contrast");
    expect(themeFromTeams("sepia")).toBe("light");
  });

  it("reads Office's body colour as light or dark", () => {
    expect(themeFromOfficeColors("#FFFFFF")).toBe("light");
    expect(themeFromOfficeColors("#262626")).toBe("dark");
    expect(themeFromOfficeColors("#000")).toBe("dark");
    expect(themeFromOfficeColors("#E6E6E6")).toBe("light");
    expect(themeFromOfficeColors("not a colour")).toBe("light");
  });
});
