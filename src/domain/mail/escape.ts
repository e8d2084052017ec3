// HTML escaping for mail bodies: every piece of user text is escaped unless our templates built it.

/** Markup our own templates produced; the only thing `html` interpolates without escaping. */
export interface SafeHtml {
  readonly html: string;
  toString(): string;
}

// Real SafeHtml values are remembered here, so a look-alike object ({ html: "<script>" })
// coming from user data is still escaped.
const issued = new WeakSet<object>();

function issue(markup: string): SafeHtml {
  const value: SafeHtml = Object.freeze({ html: markup, toString: () => markup });
  issued.add(value);
  return value;
}

/** Whether a value is markup our own templates produced. */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && issued.has(value);
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A value that may be put in an `html` template. */
export type HtmlValue =
  SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join("");
  if (isSafeHtml(value)) return value.html;
  return escapeHtml(String(value));
}

/**
 * Tagged template for mail markup: `html\`<p>${name}</p>\`` escapes `name`. Nested `html` results
 * and arrays of them go in as they are; null, undefined and false render as nothing.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return issue(out);
}

/** Joins pieces of markup with a separator (itself markup). */
export function joinHtml(parts: readonly HtmlValue[], separator: SafeHtml = html``): SafeHtml {
  return issue(parts.map((p) => render(p)).join(separator.html));
}

/**
 * Plain text as HTML: escaped, blank lines start new paragraphs, single line breaks become `<br>`.
 */
export function textToHtmlParagraphs(text: string): SafeHtml {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return issue(
    paragraphs.map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`).join(""),
  );
}

/**
 * A link from Graph (a draft's `webLink`) made safe to put in an `href`: only an absolute https
 * address passes; `javascript:`, `data:` and anything unparsable give null, so no link is shown.
 */
export function httpsLinkOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
