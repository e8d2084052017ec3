// "What I've learned" as a Markdown file the browser downloads (the domain writes the text).
import { exportLearnedMarkdown, type LearnedSummary } from "../../domain/learned";
import type { Locale } from "../../domain/locale";
import { downloadText } from "../meeting/exportMarkdown";

/** The file's name, in the user's language (letters, digits and dashes only). */
export function learnedFileName(locale: Locale): string {
  return locale === "fr-CA" ? "ce-que-j-ai-appris.md" : "what-i-have-learned.md";
}

/** Writes the summary as Markdown in the browser's zone and offers it as a download; its name. */
export function downloadLearned(summary: LearnedSummary, locale: Locale): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const fileName = learnedFileName(locale);
  downloadText(fileName, exportLearnedMarkdown(summary, { locale, zone }));
  return fileName;
}
