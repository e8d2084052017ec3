// The host's theme, followed live (Teams switches themes while the tab is open).
import { useEffect, useState } from "react";
import type { ThemeName } from "../domain/theme";
import type { Host } from "../hosts/types";

export function useHostTheme(host: Host): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.context.theme);
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  return theme;
}
