// One interview as a Markdown file the browser downloads (the domain writes the text; this saves
// it).
import type { InterviewRecord } from "../../domain/interview";
import type { Locale } from "../../domain/locale";
import { exportInterviewMarkdown } from "../../domain/markdownExport";
import type { PrepSheet } from "../../domain/prepSheet";

/** A file name from the person's name: letters, digits and dashes only. */
export function markdownFileName(displayName: string): string {
  const slug = displayName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `interview-${slug || "contact"}.md`;
}

/** Builds the Markdown of one interview (notes, questions, takeaways). */
export function interviewMarkdown(input: {
  locale: Locale;
  record: InterviewRecord;
  researchNotes: string;
  prepSheet: PrepSheet | null;
  zone: string;
}): string {
  return exportInterviewMarkdown({
    locale: input.locale,
    record: input.record,
    researchNotes: input.researchNotes,
    ...(input.prepSheet ? { prepSheet: input.prepSheet } : {}),
    zone: input.zone,
  });
}

/** Offers `text` as a download named `fileName` (a temporary object URL, released right after). */
export function downloadText(fileName: string, text: string, type = "text/markdown"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
