// The workbench's `?theme=light|dark|contrast`: one switch that sets the look each simulated host
// reports.
import type { ThemeName } from "../../domain/theme";

/** The theme the workbench page asks for; anything unknown (or absent) is light. */
export function workbenchTheme(search: string): ThemeName {
  const value = new URLSearchParams(search).get("theme");
  return value === "dark" || value === "contrast" ? value : "light";
}

/**
 * Office tells add-ins its theme only as colours: a white body for the light themes, near-black for
 * the dark one and pure black for "Black" (Office's high-contrast-like theme).
 */
export function officeBodyBackground(theme: ThemeName): string {
  if (theme === "dark") return "#292929";
  if (theme === "contrast") return "#000000";
  return "#ffffff";
}

/** Teams names its themes "default", "dark" and "contrast". */
export function teamsThemeName(theme: ThemeName): "default" | "dark" | "contrast" {
  return theme === "light" ? "default" : theme;
}
