// What the learned views share: a theme's words and the zone dates are shown in.
import type { MessageKey } from "../../app/i18n/messages";
import type { LearnedTheme } from "../../domain/learned";

/** The theme's name: the bank's themes share the Questions view's words. */
export function themeKey(theme: LearnedTheme): MessageKey {
  return theme === "other" ? "learned.theme.other" : `theme.${theme}`;
}

/** The browser's zone: takeaways come from the student's own calendar, read on this device. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
