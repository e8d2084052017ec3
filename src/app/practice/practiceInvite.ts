// The friend's practice-call draft: built from the questions alone and saved to Outlook's Drafts.
import { buildPracticeInvitation, type PracticeInvitationInput } from "../../domain/practice";
import type { GraphClient } from "../../graph/client";
import { createDraft, type SavedDraft } from "../../graph/mail";

/**
 * Saves the practice invitation as a mail draft the student reviews and sends. It goes through
 * the same checked write as every draft (a lost answer is looked for in Drafts before any resend),
 * and its body is made only from `input`, which holds no notes, takeaways or prep sheet.
 */
export function draftPracticeInvite(
  graph: GraphClient,
  input: PracticeInvitationInput,
  signal?: AbortSignal,
): Promise<SavedDraft> {
  const draft = buildPracticeInvitation(input);
  return createDraft(
    graph,
    {
      subject: draft.subject,
      bodyHtml: draft.htmlBody,
      to: [{ displayName: input.friend.displayName, emailAddress: input.friend.emailAddress }],
    },
    signal,
  );
}
