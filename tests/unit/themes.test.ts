// Which Fluent theme each host theme gets, and that the ones not shipped with the page load on ask.
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { loadTheme, themeKey } from "../../src/ui/common/themes";

describe("Fluent themes", () => {
  it.each([
    ["light", "browser", webLightTheme],
    ["light", "outlook", webLightTheme],
    ["dark", "outlook", webDarkTheme],
    ["light", "teams", teamsLightTheme],
    ["dark", "teams", teamsDarkTheme],
    ["contrast", "teams", teamsHighContrastTheme],
    ["contrast", "outlook", teamsHighContrastTheme],
  ] as const)("%s in %s gets its own palette", async (theme, host, expected) => {
    expect(await loadTheme(themeKey(theme, host))).toBe(expected);
  });
});
