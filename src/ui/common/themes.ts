// Maps the product's theme names onto Fluent UI themes; Teams gets its own palette.
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ThemeName } from "../../domain/theme";
import type { HostKind } from "../../hosts/types";

export function fluentTheme(theme: ThemeName, host: HostKind): Theme {
  if (theme === "contrast") return teamsHighContrastTheme;
  if (host === "teams") return theme === "dark" ? teamsDarkTheme : teamsLightTheme;
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
