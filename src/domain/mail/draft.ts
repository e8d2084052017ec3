// What every drafted mail has in common: the draft's shape, who is writing, to whom, and tone.
import type { Locale } from "../locale";
import type { SafeHtml } from "./escape";
import { html } from "./escape";

/** A mail the user reviews and sends themselves: the product never sends mail. */
export interface MailDraft {
  subject: string;
  htmlBody: string;
  textBody: string;
}

/** The student or career explorer writing. */
export interface MailStudent {
  displayName: string;
  program?: string;
}

/** The professional being written to. */
export interface MailContact {
  displayName: string;
  givenName?: string;
}

/**
 * Collapses runs of whitespace (line breaks included): names and subjects are one line. Control
 * characters are dropped and bidi overrides the value leaves open are closed (see `closeBidi`).
 */
export function oneLine(text: string | null | undefined): string {
  return closeBidi(
    withoutControls(text ?? "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

/**
 * Drops C0 and C1 control characters other than whitespace (NUL, BEL, ESC, DEL…): a directory or
 * list value may carry them, and they have no meaning in a mail.
 */
export function withoutControls(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const whitespace = code >= 0x09 && code <= 0x0d;
    if ((code < 0x20 && !whitespace) || (code >= 0x7f && code <= 0x9f)) continue;
    out += ch;
  }
  return out;
}

const EMBEDDINGS = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]); // LRE RLE LRO RLO
const ISOLATES = new Set(["\u2066", "\u2067", "\u2068"]); // LRI RLI FSI
const POP_EMBEDDING = "\u202C";
const POP_ISOLATE = "\u2069";

/**
 * Closes every bidi embedding, override or isolate a value opens and leaves open (a name ending in
 * U+202E RIGHT-TO-LEFT OVERRIDE would otherwise reverse the rest of our sentence), innermost first.
 */
export function closeBidi(text: string): string {
  const open: string[] = [];
  for (const ch of text) {
    if (EMBEDDINGS.has(ch)) open.push(POP_EMBEDDING);
    else if (ISOLATES.has(ch)) open.push(POP_ISOLATE);
    else if (ch === POP_EMBEDDING && open[open.length - 1] === POP_EMBEDDING) open.pop();
    else if (ch === POP_ISOLATE && open.includes(POP_ISOLATE)) {
      // A pop-isolate also ends the embeddings opened inside that isolate.
      while (open.pop() !== POP_ISOLATE);
    }
  }
  return text + open.reverse().join("");
}

/** How we greet the contact: by given name when we know it, else by the full name. */
export function addressee(contact: MailContact): string {
  return oneLine(contact.givenName) || oneLine(contact.displayName);
}

/** "Hello Jordan," / "Bonjour Jordan," */
export function greeting(locale: Locale, contact: MailContact): string {
  return locale === "fr-CA" ? `Bonjour ${addressee(contact)},` : `Hello ${addressee(contact)},`;
}

/** "Ana, Ben and Chloé" / "Ana, Ben et Chloé" */
export function listNames(locale: Locale, names: readonly string[]): string {
  const clean = names.map(oneLine).filter((n) => n.length > 0);
  if (clean.length <= 1) return clean[0] ?? "";
  const and = locale === "fr-CA" ? " et " : " and ";
  return `${clean.slice(0, -1).join(", ")}${and}${clean[clean.length - 1]}`;
}

/**
 * Assembles a draft from paragraphs, each given once as text and once as markup, so the text and
 * HTML bodies always say the same thing. A paragraph may be a bulleted list.
 */
export type Paragraph = { text: string; html: SafeHtml } | { bullets: readonly string[] };

/** Renders paragraphs into the text and HTML bodies of a draft. */
export function composeDraft(subject: string, paragraphs: readonly Paragraph[]): MailDraft {
  const textParts: string[] = [];
  const htmlParts: SafeHtml[] = [];
  for (const p of paragraphs) {
    if ("bullets" in p) {
      if (p.bullets.length === 0) continue;
      textParts.push(p.bullets.map((b) => `- ${b}`).join("\n"));
      const items = p.bullets.map((b) => html`<li>${b}</li>`);
      // prettier-ignore
      htmlParts.push(html`<ul>${items}</ul>`);
    } else {
      textParts.push(p.text);
      htmlParts.push(p.html);
    }
  }
  return {
    subject: oneLine(subject),
    textBody: textParts.join("\n\n") + "\n",
    htmlBody: html`<div>${htmlParts}</div>`.html,
  };
}

/** A paragraph of plain words: escaped for HTML, line breaks kept. */
export function para(text: string): Paragraph {
  const lines = text.split("\n");
  return { text, html: html`<p>${lines.map((l, i) => (i === 0 ? l : [html`<br />`, l]))}</p>` };
}

/** The sign-off: "Best regards,\nAvery Chen" / "Cordialement,\nAvery Chen". */
export function signOff(locale: Locale, student: MailStudent, closing?: string): Paragraph {
  const words = closing ?? (locale === "fr-CA" ? "Cordialement," : "Best regards,");
  return para(`${words}\n${oneLine(student.displayName)}`);
}
