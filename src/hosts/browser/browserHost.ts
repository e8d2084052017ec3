// The Host adapter for a plain browser page: no item, the system's colour scheme and language.
import { pickLocale } from "../../domain/locale";
import type { ThemeName } from "../../domain/theme";
import type { Host, HostProblem, Surface, Unsubscribe } from "../types";

export interface BrowserHostOptions {
  surface: Surface;
  language: string | undefined;
  /** `matchMedia` of the page, when there is one (absent in tests without a DOM). */
  matchMedia?: (query: string) => MediaQueryList;
  /** Set when the page expected another host that could not be reached. */
  problem?: HostProblem | null;
}

export function createBrowserHost(options: BrowserHostOptions): Host {
  const dark = options.matchMedia?.("(prefers-color-scheme: dark)");
  const contrast = options.matchMedia?.("(forced-colors: active)");
  const themeNow = (): ThemeName =>
    contrast?.matches ? "contrast" : dark?.matches ? "dark" : "light";
  return {
    context: {
      kind: "browser",
      surface: options.surface,
      locale: pickLocale(options.language),
      theme: themeNow(),
      user: null,
      meetingId: null,
      problem: options.problem ?? null,
    },
    async readItem() {
      return { kind: "none" };
    },
    onItemChanged(): Unsubscribe {
      return () => {};
    },
    onThemeChanged(listener): Unsubscribe {
      const onChange = () => listener(themeNow());
      dark?.addEventListener("change", onChange);
      contrast?.addEventListener("change", onChange);
      return () => {
        dark?.removeEventListener("change", onChange);
        contrast?.removeEventListener("change", onChange);
      };
    },
    async openCompose() {
      return false;
    },
  };
}
