// The friend's practice call: a short Teams event in the student's own calendar, sent once, and its
// cancellation. Never linked as the interview's event.
import type { TooLargeRefusal } from "../../domain/interview";
import type { MailDraft } from "../../domain/mail/draft";
import {
  buildPracticeInvitation,
  practiceCallCancelComment,
  practiceCallMinutes,
  type PracticeInvitationInput,
} from "../../domain/practice";
import type { Locale } from "../../domain/locale";
import type { GraphClient } from "../../graph/client";
import { cancelEvent, createEvent, type BookedEvent } from "../../graph/calendar";
import { GraphError } from "../../graph/errors";

/** Everything the invitation is made from: the questions and names only, a start and a zone. */
export interface PracticeCallRequest {
  invitation: PracticeInvitationInput;
  start: Date;
  /** The student's zone (IANA or Windows); the event is written in it. */
  timeZone: string;
  /**
   * Kept for as long as the reviewed invitation is unchanged, so pressing Send again after a
   * failure gives Graph the same key and never a second invitation.
   */
  transactionId: string;
}

/** What the friend will receive, shown before anything is sent. */
export interface PracticeCallPreview extends MailDraft {
  start: Date;
  end: Date;
}

/** The invitation exactly as it will be sent (the review step shows this very object). */
export function previewPracticeCall(request: PracticeCallRequest): PracticeCallPreview {
  const minutes = practiceCallMinutes(request.invitation.minutes);
  return {
    ...buildPracticeInvitation({ ...request.invitation, minutes }),
    start: request.start,
    end: new Date(request.start.getTime() + minutes * 60_000),
  };
}

/**
 * Creates the practice call: the friend as the one attendee, a Teams link (teamsForBusiness), shown
 * as busy, no category and no prep sheet (so the side panel, My interviews and What I've learned
 * never take it for the interview). POST /me/events sends the invitation at once; a lost answer is
 * looked for by `transactionId` before anything is sent again (graph/checkedWrite.ts).
 */
export async function sendPracticeCall(
  graph: GraphClient,
  request: PracticeCallRequest,
  signal?: AbortSignal,
): Promise<BookedEvent> {
  const preview = previewPracticeCall(request);
  const result: { ok: true; event: BookedEvent } | TooLargeRefusal = await createEvent(
    graph,
    {
      subject: preview.subject,
      bodyHtml: preview.htmlBody,
      start: preview.start,
      end: preview.end,
      timeZone: request.timeZone,
      attendees: [
        {
          displayName: request.invitation.friend.displayName,
          emailAddress: request.invitation.friend.emailAddress,
        },
      ],
      online: true,
      showAs: "busy",
      transactionId: request.transactionId,
    },
    signal,
  );
  // No prep sheet travels with it, so there is nothing to be too large.
  if (!result.ok) throw new Error("A practice call has no prep sheet to refuse");
  return result.event;
}

/**
 * Cancels the practice call; the friend gets Outlook's cancellation with a short note
 * (api-reference/v1.0/api/event-cancel.md: organizer only, 202). An event already gone (cancelled
 * or deleted in Outlook, or a cancel whose answer was lost) counts as cancelled.
 */
export async function cancelPracticeCall(
  graph: GraphClient,
  eventId: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await cancelEvent(graph, eventId, practiceCallCancelComment(locale), signal);
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return;
    throw error;
  }
}
