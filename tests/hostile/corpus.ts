// The hostile-input corpus: strings a directory, a volunteer list, a calendar or a user may hold
// that
// try to run script, break markup, CSV or Markdown, expand placeholders twice, or break the layout.

/** One hostile string with a short name used in test titles. */
export interface HostileSample {
  name: string;
  text: string;
}

/** Set by any payload that manages to run; tests assert it never is. */
export const CANARY = "__pwned";

// Every script payload sets the canary and opens a dialog, so success shows up two ways.
const RUN = `window.${CANARY}=1;alert(1)`;

/** Markup and script: what must never execute or render as elements. */
export const MARKUP: readonly HostileSample[] = [
  { name: "script tag", text: `<script>${RUN}</script>` },
  { name: "img onerror", text: `<img src=x onerror="${RUN}">` },
  { name: "svg onload", text: `<svg onload=${RUN}>` },
  { name: "iframe srcdoc", text: `<iframe srcdoc="<script>${RUN}</script>"></iframe>` },
  { name: "bold tag", text: "<b>bold</b> & <i>co</i>" },
  { name: "closing tags", text: "</p></div></body><p>" },
  { name: "html comment", text: "<!-- hidden --> visible" },
  { name: "entity", text: "&lt;script&gt; &amp; &#x3C;b&#x3E;" },
];

/** URLs that would run script or smuggle content if they became a live link. */
export const URLS: readonly HostileSample[] = [
  { name: "javascript url", text: `javascript:${RUN}` },
  { name: "javascript url, mixed case and spaces", text: ` JaVaScRiPt:${RUN}` },
  {
    name: "data url",
    text: `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}`,
  },
  { name: "vbscript url", text: "vbscript:msgbox(1)" },
];

/** Characters that end an attribute or a tag early. */
export const ATTRIBUTE_BREAKERS: readonly HostileSample[] = [
  { name: "attribute breaker", text: `"'><img src=x onerror=${RUN}>` },
  { name: "quotes", text: `O'Brien "The Boss" \`tick\`` },
  { name: "angle brackets", text: "a < b > c" },
];

/** Cell starts spreadsheet programs run as formulas. */
export const CSV_FORMULAS: readonly HostileSample[] = [
  { name: "csv equals", text: '=HYPERLINK("http://evil.example","click")' },
  { name: "csv plus", text: "+1+cmd|' /C calc'!A0" },
  { name: "csv minus", text: "-2+3" },
  { name: "csv at", text: "@SUM(1,1)" },
  { name: "csv tab", text: "\t=1+1" },
  { name: "csv quote and comma", text: 'Smith, "Jr", =1' },
];

/** Markdown and link syntax that must stay literal in an export. */
export const MARKDOWN: readonly HostileSample[] = [
  { name: "markdown link", text: `[click me](javascript:${RUN})` },
  { name: "markdown image", text: "![x](https://evil.example/track.png)" },
  { name: "markdown heading", text: "# Heading" },
  { name: "markdown list", text: "- item\n1. numbered" },
  { name: "markdown emphasis", text: "**bold** _em_ `code` ~~strike~~" },
  { name: "autolink", text: "<https://evil.example>" },
];

/** Placeholders our own templates (question tailoring, i18n) use: user data must not expand. */
export const PLACEHOLDERS: readonly HostileSample[] = [
  { name: "brace placeholder", text: "{name} {department} {role} {permission}" },
  { name: "template literal", text: "${x} ${window.alert(1)}" },
  { name: "double braces", text: "{{x}} {{constructor.constructor('alert(1)')()}}" },
  { name: "percent format", text: "%s %d %n %%" },
];

/** A 5,000-character word with no break opportunity. */
export const LONG_WORD = "Supercalifragilistic".repeat(250);

/** Text that stresses layout: long unbroken words, right-to-left, combining marks, emoji. */
export const LAYOUT: readonly HostileSample[] = [
  { name: "5000-char word", text: LONG_WORD },
  { name: "long url", text: `https://example.org/${"a".repeat(1500)}` },
  { name: "rtl arabic", text: "مرحبا بالعالم — قسم الهندسة" },
  { name: "rtl hebrew", text: "שלום עולם" },
  { name: "bidi override", text: "abc\u202Eevil.exe\u202Cdef txt.exe" },
  { name: "bidi isolates", text: "\u2067RTL\u2069 \u2066LTR\u2069 \u200F\u200E" },
  {
    name: "zalgo",
    text: "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319a\u0367\u0300\u0308\u036Cl\u0350\u0308\u0342\u0346g\u0352\u0314\u0306o",
  },
  { name: "emoji zwj and skin tones", text: "👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏿 🧑🏻‍🔬" },
  {
    name: "control characters",
    text: "a\u0000b\u0001c\u0007d\u0008e\u001Bf\u007Fg\u2028h\u2029i\uFEFFj",
  },
  { name: "zero width", text: "in\u200Bvisi\u200Cble\u200Dtext" },
];

/** Every sample, in one list. */
export const CORPUS: readonly HostileSample[] = [
  ...MARKUP,
  ...URLS,
  ...ATTRIBUTE_BREAKERS,
  ...CSV_FORMULAS,
  ...MARKDOWN,
  ...PLACEHOLDERS,
  ...LAYOUT,
];

/** The samples that fit on one line (names, titles, subjects): line breaks removed. */
export const ONE_LINE: readonly HostileSample[] = CORPUS.map((s) => ({
  name: s.name,
  text: s.text.replace(/[\r\n]+/g, " "),
}));

/** All samples joined, one per line: a single notes field carrying the whole corpus. */
export const ALL_IN_ONE = CORPUS.map((s) => s.text).join("\n");

/**
 * Whether markup holds something that would run or load when rendered as HTML: a tag from the
 * corpus, an event-handler attribute inside a tag, or a live script-like URL in an attribute.
 */
export function liveMarkupIn(htmlText: string): string[] {
  const found: string[] = [];
  const tags = htmlText.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    if (/^<\/?(script|img|svg|iframe|object|embed|link|style|meta|base|form|b|i)\b/i.test(tag))
      found.push(tag);
    if (/\son\w+\s*=/i.test(tag)) found.push(tag);
    if (/(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(tag)) found.push(tag);
  }
  return found;
}
