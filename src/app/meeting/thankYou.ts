// The thank-you: drafted from the takeaways, checked by the etiquette guard, saved as a draft the
// user sends.
import { checkEtiquette, type EtiquetteCode } from "../../domain/etiquette";
import {
  DEFAULT_KEEP_IN_TOUCH_MONTHS,
  type InterviewExtensionFields,
  type KeepInTouchMonths,
  type KeepInTouchState,
} from "../../domain/interview";
import type { Locale } from "../../domain/locale";
import { draftKeepInTouch } from "../../domain/mail/keepInTouch";
import { draftThankYou } from "../../domain/mail/thankYou";
import type { MailDraft as DomainDraft } from "../../domain/mail/draft";
import { advanceStage } from "../../domain/pipeline";
import type { Takeaways } from "../../domain/prepSheet";
import type { GraphClient } from "../../graph/client";
import type { ExtensionData } from "../../graph/extensions";
import {
  createDraft,
  createDraftWithRecord,
  createReplyDraft,
  findSentMessageTo,
  type SentMessage,
} from "../../graph/mail";
import type { Host } from "../../hosts/types";
import { mailContact } from "../arrange/mailContact";

/** A phrase the guard flagged in the draft, quoted for the warning. */
export interface ThankYouWarning {
  code: EtiquetteCode;
  phrase: string;
}

/** Who the thank-you goes to. */
export interface ThankYouContact {
  displayName: string;
  email: string;
  givenName?: string;
}

/** What building a thank-you needs. */
export interface ThankYouRequest {
  locale: Locale;
  student: { displayName: string };
  contact: ThankYouContact;
  takeaways: Takeaways;
  meetingDate: Date;
  zone: string;
  now: Date;
}

/** The draft text and what the guard says about it (warnings never block). */
export function composeThankYou(request: ThankYouRequest): {
  mail: DomainDraft;
  warnings: ThankYouWarning[];
} {
  const mail = draftThankYou({
    locale: request.locale,
    student: request.student,
    contact: mailContact(request.contact),
    takeaways: request.takeaways,
    meetingDate: request.meetingDate,
    zone: request.zone,
    now: request.now,
  });
  const warnings = checkEtiquette(mail.textBody, request.locale).map((w) => ({
    code: w.code,
    phrase: mail.textBody.slice(w.start, w.end),
  }));
  return { mail, warnings };
}

/** Where the thank-you went: a draft in Drafts, or Outlook's own compose window. */
export type ThankYouSaved =
  | { kind: "draft"; draftId: string; webLink: string | null; recorded: boolean }
  | { kind: "compose" };

/**
 * Saves the thank-you for the user to review. In Outlook the host's compose form opens; elsewhere
 * a draft is saved (a reply draft when there is a message from the contact to answer).
 */
export async function saveThankYou(
  graph: GraphClient,
  host: Host,
  contact: ThankYouContact,
  mail: DomainDraft,
  options: {
    replyToMessageId?: string | null;
    signal?: AbortSignal;
    /** The contact's record to write with a new draft, in the same round trip. */
    record?: { contactId: string; data: ExtensionData; exists: boolean } | null;
  } = {},
): Promise<ThankYouSaved> {
  const to = [{ displayName: contact.displayName, emailAddress: contact.email }];
  if (host.context.kind === "outlook") {
    const opened = await host.openCompose({ to, subject: mail.subject, htmlBody: mail.htmlBody });
    if (opened) return { kind: "compose" };
  }
  const content = { subject: mail.subject, bodyHtml: mail.htmlBody, to };
  if (!options.replyToMessageId && options.record) {
    const both = await createDraftWithRecord(graph, content, options.record, options.signal);
    if ("id" in both)
      return { kind: "draft", draftId: both.id, webLink: both.webLink, recorded: true };
  }
  const draft = options.replyToMessageId
    ? await createReplyDraft(graph, options.replyToMessageId, mail.htmlBody, options.signal)
    : await createDraft(graph, content, options.signal);
  return { kind: "draft", draftId: draft.id, webLink: draft.webLink, recorded: false };
}

/** The record once a thank-you was drafted (the stage waits for the mail to be sent). */
export function recordThankYouDrafted(
  record: InterviewExtensionFields,
  draftId: string | null,
  now: Date,
): InterviewExtensionFields {
  const stamp = now.toISOString();
  return {
    ...record,
    thankYou: { ...record.thankYou, ...(draftId ? { draftId } : {}), draftedAt: stamp },
    updatedAt: stamp,
  };
}

/** The record once the meeting happened: stage "met" (stages only move forward). */
export function recordMet(record: InterviewExtensionFields, now: Date): InterviewExtensionFields {
  const stage = advanceStage(record.stage, { type: "meeting-ended" });
  if (stage === record.stage) return record;
  const stamp = now.toISOString();
  return { ...record, stage, stageChangedAt: stamp, updatedAt: stamp };
}

/** The record once the thank-you went out: stage "thanked" and when it was sent. */
export function recordThanked(
  record: InterviewExtensionFields,
  sentAt: Date,
): InterviewExtensionFields {
  const stamp = sentAt.toISOString();
  const stage = advanceStage(record.stage, { type: "thank-you-sent" });
  return {
    ...record,
    ...(stage !== record.stage ? { stage, stageChangedAt: stamp } : {}),
    thankYou: { ...record.thankYou, sentAt: record.thankYou?.sentAt ?? stamp },
    updatedAt: stamp,
  };
}

/**
 * A follow-up the user sent, found in Sent Items: the latest message to the contact since `since`.
 * For the thank-you that is the meeting's start (or the draft's time, without a meeting time); for
 * the keep-in-touch note it is when the note was drafted, so the thank-you and anything else sent
 * before it do not count.
 */
export function findSentFollowUp(
  graph: GraphClient,
  contactEmail: string,
  since: Date,
  signal?: AbortSignal,
): Promise<SentMessage | null> {
  return findSentMessageTo(graph, contactEmail, since, signal);
}

/** When Sent Items is worth a look for the keep-in-touch note: drafted, and not yet known sent. */
export function keepInTouchSentSince(record: InterviewExtensionFields): Date | null {
  const state = record.keepInTouch;
  if (!state?.draftedAt || state.sentAt) return null;
  const since = new Date(state.draftedAt);
  return Number.isNaN(since.getTime()) ? null : since;
}

/** What drafting the keep-in-touch note needs (the thank-you's inputs, without "today"). */
export interface KeepInTouchRequest {
  locale: Locale;
  student: { displayName: string };
  contact: ThankYouContact;
  takeaways: Takeaways;
  meetingDate: Date | null;
  zone: string;
}

/** The keep-in-touch note and what the etiquette guard says about it (warnings never block). */
export function composeKeepInTouch(request: KeepInTouchRequest): {
  mail: DomainDraft;
  warnings: ThankYouWarning[];
} {
  const mail = draftKeepInTouch({
    locale: request.locale,
    student: request.student,
    contact: mailContact(request.contact),
    takeaways: request.takeaways,
    ...(request.meetingDate ? { meetingDate: request.meetingDate } : {}),
    zone: request.zone,
  });
  const warnings = checkEtiquette(mail.textBody, request.locale).map((w) => ({
    code: w.code,
    phrase: mail.textBody.slice(w.start, w.end),
  }));
  return { mail, warnings };
}

function keepInTouchOf(record: InterviewExtensionFields): KeepInTouchState {
  return record.keepInTouch ?? { months: DEFAULT_KEEP_IN_TOUCH_MONTHS };
}

/** The record with the student's reminder interval (0 turns it off). */
export function recordKeepInTouchInterval(
  record: InterviewExtensionFields,
  months: KeepInTouchMonths,
  now: Date,
): InterviewExtensionFields {
  return {
    ...record,
    keepInTouch: { ...keepInTouchOf(record), months },
    updatedAt: now.toISOString(),
  };
}

/** The record once the keep-in-touch note was drafted (it is done only once sent). */
export function recordKeepInTouchDrafted(
  record: InterviewExtensionFields,
  draftId: string | null,
  now: Date,
): InterviewExtensionFields {
  const stamp = now.toISOString();
  return {
    ...record,
    keepInTouch: { ...keepInTouchOf(record), ...(draftId ? { draftId } : {}), draftedAt: stamp },
    updatedAt: stamp,
  };
}

/**
 * The record once the keep-in-touch note went out (`sentAt`: when Sent Items says it was sent, or
 * now for "I sent it"); the pipeline's work for this contact is then done. A time already recorded
 * is kept.
 */
export function recordKeepInTouchSent(
  record: InterviewExtensionFields,
  sentAt: Date,
): InterviewExtensionFields {
  const stamp = sentAt.toISOString();
  const state = keepInTouchOf(record);
  return {
    ...record,
    keepInTouch: { ...state, sentAt: state.sentAt ?? stamp },
    updatedAt: stamp,
  };
}
