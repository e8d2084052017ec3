// The Fluent themes that do not ship with the page: web dark, Teams' three (ui/common/themes.ts).
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ThemeKey } from "./themes";

export const OTHER_THEMES: Record<Exclude<ThemeKey, "web-light">, Theme> = {
  "web-dark": webDarkTheme,
  "teams-light": teamsLightTheme,
  "teams-dark": teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
