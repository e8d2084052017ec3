// The three looks the product has, and how each host's theme signal maps onto them.

/** The product's themes; each maps onto a Fluent UI theme in the UI layer. */
export type ThemeName = "light" | "dark" | "contrast";

/** Teams reports "default", "dark" or "contrast" (and may add names later: treat unknown as light). */
export function themeFromTeams(teamsTheme: string | null | undefined): ThemeName {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "contrast";
  return "light";
}

/**
 * Office gives colours, not a name: a dark body background means a dark theme.
 * Relative luminance below 0.4 (WCAG formula) is read as dark; black-on-white or white-on-black
 * extremes with a pure black background are still "dark", which is what Office's "Black" theme is.
 */
export function themeFromOfficeColors(bodyBackgroundColor: string | null | undefined): ThemeName {
  const rgb = parseHexColor(bodyBackgroundColor);
  if (!rgb) return "light";
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.4 ? "dark" : "light";
}

function parseHexColor(value: string | null | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? "");
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
