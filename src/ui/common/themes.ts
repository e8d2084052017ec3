// Maps the product's theme names onto Fluent UI themes; Teams gets its own palette. Fluent builds a
// theme when its module first runs, so only the web light theme (a plain page's and Outlook's
// default) ships with the page; the others load when a host asks for one (npm run bench, load).
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ThemeName } from "../../domain/theme";
import type { HostKind } from "../../hosts/types";

export type ThemeKey = "web-light" | "web-dark" | "teams-light" | "teams-dark" | "contrast";

export function themeKey(theme: ThemeName, host: HostKind): ThemeKey {
  if (theme === "contrast") return "contrast";
  return `${host === "teams" ? "teams" : "web"}-${theme === "dark" ? "dark" : "light"}`;
}

const ready = new Map<ThemeKey, Theme>([["web-light", webLightTheme]]);
let others: Promise<void> | null = null;

/** Loads the themes that do not ship with the page; a failed download may be tried again. */
export function loadOtherThemes(): Promise<void> {
  others ??= import("./otherThemes").then(
    (m) => {
      for (const [key, theme] of Object.entries(m.OTHER_THEMES)) ready.set(key as ThemeKey, theme);
    },
    (error: unknown) => {
      others = null;
      throw error;
    },
  );
  return others;
}

/** The Fluent theme for `key`, loading it first if it is not on the page yet. */
export async function loadTheme(key: ThemeKey): Promise<Theme> {
  const theme = ready.get(key);
  if (theme) return theme;
  await loadOtherThemes();
  return ready.get(key) ?? webLightTheme;
}

/**
 * The Fluent theme for the host's theme, followed live. A theme not loaded yet keeps the one shown
 * until it arrives (start-up loads the first one before rendering, so this is only a later switch).
 */
export function useFluentTheme(theme: ThemeName, host: HostKind): Theme {
  const key = themeKey(theme, host);
  const [shown, setShown] = useState<Theme>(() => ready.get(key) ?? webLightTheme);
  useEffect(() => {
    let live = true;
    const now = ready.get(key);
    if (now) setShown(now);
    else
      void loadTheme(key).then(
        (loaded) => live && setShown(loaded),
        () => undefined, // offline: the theme shown stays until the next switch
      );
    return () => {
      live = false;
    };
  }, [key]);
  return ready.get(key) ?? shown;
}
