// The interview step 4 works on, once loaded, and its contact as the mails address them.
import type { InterviewState } from "../questions/useInterview";

/** A loaded interview: its contact and record. */
export type ReadyInterview = Extract<InterviewState, { status: "ready" }>;

/** The contact as a mail's greeting needs it: the given name only when there is one. */
export function mailContact(contact: ReadyInterview["contact"]): {
  displayName: string;
  givenName?: string;
} {
  return {
    displayName: contact.displayName,
    ...(contact.givenName ? { givenName: contact.givenName } : {}),
  };
}
