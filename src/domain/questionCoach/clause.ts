// A question clause kept as typed and lower-cased, and the slicing and joining the rules do on it.

/** A clause kept twice: as typed (for rewrites) and lower-cased with plain apostrophes (for rules). */
export interface Clause {
  orig: string;
  lower: string;
}

// Typographic apostrophes and no-break spaces, replaced in one pass by their plain forms.
const TYPOGRAPHY = /[’‘`\u00a0\u202f]/gu;
const plainTypography = (c: string) => (c === "\u00a0" || c === "\u202f" ? " " : "'");

export function clauseOf(orig: string): Clause {
  const trimmed = orig.trim();
  const lower = trimmed.toLowerCase().replace(TYPOGRAPHY, plainTypography);
  // Lower-casing can change the length of a few rare letters; rules slice by offsets, so keep the
  // two strings aligned by falling back to the lower-cased text in that case.
  return lower.length === trimmed.length ? { orig: trimmed, lower } : { orig: lower, lower };
}

export function sliceClause(clause: Clause, start: number, end = clause.orig.length): Clause {
  return {
    orig: clause.orig.slice(start, end).trim(),
    lower: clause.lower.slice(start, end).trim(),
  };
}

/** Slices both strings after a regex match found on the lower-case text. */
export function restAfter(clause: Clause, match: RegExpExecArray, group = 1): Clause {
  const at = match.indices?.[group];
  if (!at) return { orig: "", lower: "" };
  return sliceClause(clause, at[0], at[1]);
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  // Keep "I", acronyms and proper-looking words as typed.
  if (/^(?:I\b|[A-Z]{2,})/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

export function joinWords(...parts: string[]): string {
  return parts
    .filter((p) => p.length > 0)
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

export interface Tokens {
  orig: string[];
  lower: string[];
}

export function tokensOf(clause: Clause): Tokens {
  const orig = clause.orig.split(/\s+/u).filter((t) => t.length > 0);
  const lower = clause.lower.split(/\s+/u).filter((t) => t.length > 0);
  return lower.length === orig.length ? { orig, lower } : { orig: lower, lower };
}

export function words(tokens: Tokens, from: number, to = tokens.orig.length): string {
  return tokens.orig.slice(from, to).join(" ");
}
