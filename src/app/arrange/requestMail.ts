// The request mail: drafted by the domain, reviewed by the user, opened in Outlook's compose form
// or saved as a draft.
import type { Locale } from "../../domain/locale";
import { textToHtmlParagraphs } from "../../domain/mail/escape";
import type { MeetingFormat } from "../../domain/prepSheet";
import type { GraphClient } from "../../graph/client";
import type { ExtensionData } from "../../graph/extensions";
import { createDraft, createDraftWithRecord } from "../../graph/mail";
import type { Host } from "../../hosts/types";

/** What the user reviewed and may have edited. */
export interface ReviewedMail {
  to: { displayName: string; emailAddress: string };
  subject: string;
  /** Plain text as the user left it; turned into escaped HTML paragraphs here. */
  text: string;
}

/** Where the mail went: Outlook's own compose form, or a draft in the Drafts folder. */
export type RequestMailOutcome =
  { kind: "compose" } | { kind: "draft"; draftId: string; webLink: string | null };

/**
 * Hands the reviewed mail to the user to send. In Outlook the host opens its compose form
 * (`openCompose` answers false elsewhere); otherwise a draft is saved in the mailbox. The product
 * never sends mail.
 */
export async function deliverRequestMail(
  graph: GraphClient,
  host: Host,
  mail: ReviewedMail,
  options: {
    signal?: AbortSignal;
    /** The contact's record to write with the draft, in the same round trip. */
    record?: { contactId: string; data: ExtensionData; exists: boolean } | null;
  } = {},
): Promise<RequestMailOutcome & { recorded: boolean }> {
  const htmlBody = textToHtmlParagraphs(mail.text).html;
  const composed = await host.openCompose({ to: [mail.to], subject: mail.subject, htmlBody });
  if (composed) return { kind: "compose", recorded: false };
  const content = { subject: mail.subject, bodyHtml: htmlBody, to: [mail.to] };
  if (options.record) {
    const both = await createDraftWithRecord(graph, content, options.record, options.signal);
    if ("id" in both) {
      return { kind: "draft", draftId: both.id, webLink: both.webLink, recorded: true };
    }
  }
  const draft = await createDraft(graph, content, options.signal);
  return { kind: "draft", draftId: draft.id, webLink: draft.webLink, recorded: false };
}

/** The request's inputs the section collects (kept here so views stay free of domain wiring). */
export interface RequestMailContext {
  locale: Locale;
  studentName: string;
  contactName: string;
  contactGivenName?: string | null;
  durationMinutes: number;
  format: MeetingFormat;
  referredBy?: string;
  proposedSlots?: readonly string[];
}
