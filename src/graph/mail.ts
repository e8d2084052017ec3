// Mail drafts the user reviews and sends (the app never sends), and noticing when a thank-you went out.
import type { Message, Recipient } from "@microsoft/microsoft-graph-types";
import { type MailPerson, addressKey } from "../domain/person";
import type { GraphClient } from "./client";
import { GraphError, isRetryableStatus } from "./errors";
import { odataString } from "./directory";
import { collectPages, type GraphPage } from "./paging";

/**
 * A MAPI string property in our own namespace, set on every draft we create to a fresh key. It is
 * how we tell, after a lost answer, whether the draft was stored: Graph documents filtering messages
 * on `singleValueExtendedProperties/Any(ep: ep/id eq ... and ep/value eq ...)`.
 */
export const DRAFT_KEY_PROPERTY =
  "String {6d1f4a52-0c3e-4b7e-9a55-2f1f8b0c9e31} Name InformationInterviewsDraftKey";

/** A draft in the user's Drafts folder, ready to review. */
export interface MailDraft {
  id: string;
  subject: string;
  webLink: string | null;
}

/** What a new draft says. */
export interface DraftContent {
  subject: string;
  /** HTML, escaped by the mail templates. */
  bodyHtml: string;
  to: MailPerson[];
  cc?: MailPerson[];
}

const recipients = (people: readonly MailPerson[]) =>
  people.map((person) => ({
    emailAddress: { address: person.emailAddress, name: person.displayName },
  }));

function toDraft(message: Message): MailDraft {
  return { id: message.id ?? "", subject: message.subject ?? "", webLink: message.webLink ?? null };
}

/** Finds the draft carrying `key`, or null (also null when the lookup itself is not possible). */
async function findDraftByKey(
  client: GraphClient,
  key: string,
  signal?: AbortSignal,
): Promise<MailDraft | null> {
  try {
    const answer = await client.call<GraphPage<Message>>({
      method: "GET",
      path: "/me/mailFolders/drafts/messages",
      query: {
        $filter: `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(DRAFT_KEY_PROPERTY)} and ep/value eq ${odataString(key)})`,
        $select: "id,subject,webLink",
        $top: 1,
      },
      signal,
    });
    const found = answer.body.value?.[0];
    return found ? toDraft(found) : null;
  } catch {
    return null;
  }
}

/**
 * Posts a draft-creating request once. A draft POST is never retried blindly (a retry after a lost
 * answer leaves two drafts): when the outcome is unclear (429/503/504 or offline) we look for the
 * draft by its key; found → it is returned, not found → the original error is thrown so the UI can
 * offer "try again" (a draft that was not stored is safe to create again).
 */
async function postDraftOnce(
  client: GraphClient,
  path: string,
  body: Record<string, unknown>,
  key: string,
  signal?: AbortSignal,
): Promise<MailDraft> {
  try {
    const answer = await client.call<Message>({
      method: "POST",
      path,
      body,
      retry: "never",
      signal,
    });
    return toDraft(answer.body);
  } catch (error) {
    const unclear =
      error instanceof GraphError && (error.status === 0 || isRetryableStatus(error.status));
    if (!unclear) throw error;
    const stored = await findDraftByKey(client, key, signal);
    if (stored) return stored;
    throw error;
  }
}

/** Creates a new mail draft (request or thank-you) for the user to review and send. */
export function createDraft(
  client: GraphClient,
  content: DraftContent,
  signal?: AbortSignal,
): Promise<MailDraft> {
  const key = crypto.randomUUID();
  return postDraftOnce(
    client,
    "/me/messages",
    {
      subject: content.subject,
      body: { contentType: "html", content: content.bodyHtml },
      toRecipients: recipients(content.to),
      ccRecipients: recipients(content.cc ?? []),
      singleValueExtendedProperties: [{ id: DRAFT_KEY_PROPERTY, value: key }],
    },
    key,
    signal,
  );
}

/**
 * Creates a reply draft to `messageId` whose body is `bodyHtml` (Graph refuses `comment` and
 * `message.body` together, so only the body is sent).
 */
export function createReplyDraft(
  client: GraphClient,
  messageId: string,
  bodyHtml: string,
  signal?: AbortSignal,
): Promise<MailDraft> {
  const key = crypto.randomUUID();
  return postDraftOnce(
    client,
    `/me/messages/${encodeURIComponent(messageId)}/createReply`,
    {
      message: {
        body: { contentType: "html", content: bodyHtml },
        singleValueExtendedProperties: [{ id: DRAFT_KEY_PROPERTY, value: key }],
      },
    },
    key,
    signal,
  );
}

/** A message the user sent. */
export interface SentMessage {
  id: string;
  subject: string;
  sentAt: Date | null;
}

function sentTo(message: Message, wanted: string): boolean {
  const all: Recipient[] = [
    ...(message.toRecipients ?? []),
    ...(message.ccRecipients ?? []),
    ...(message.bccRecipients ?? []),
  ];
  return all.some((recipient) => addressKey(recipient.emailAddress?.address ?? "") === wanted);
}

/**
 * The latest message in Sent Items addressed to `contactEmail` since `since` (did the thank-you go
 * out?), or null. Recipients are matched here: Graph's recipient filters are not reliable across
 * mailboxes, while a date filter with the same $orderby property is.
 */
export async function findSentMessageTo(
  client: GraphClient,
  contactEmail: string,
  since: Date,
  signal?: AbortSignal,
): Promise<SentMessage | null> {
  const wanted = addressKey(contactEmail);
  const { items } = await collectPages<Message>(
    client,
    {
      path: "/me/mailFolders/sentitems/messages",
      query: {
        $filter: `sentDateTime ge ${since.toISOString()}`,
        $orderby: "sentDateTime desc",
        $select: "id,subject,sentDateTime,toRecipients,ccRecipients,bccRecipients",
        $top: 50,
      },
    },
    { signal, maxPages: 4 },
  );
  const found = items.find((message) => sentTo(message, wanted));
  if (!found) return null;
  return {
    id: found.id ?? "",
    subject: found.subject ?? "",
    sentAt: found.sentDateTime ? new Date(found.sentDateTime) : null,
  };
}
