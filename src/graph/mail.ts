// Mail drafts the user reviews and sends (the app never sends), and noticing when a thank-you or a
// keep-in-touch note went out.
import type { Message, Recipient } from "@microsoft/microsoft-graph-types";
import { type MailPerson, addressKey } from "../domain/person";
import type { TooLargeRefusal } from "../domain/interview";
import { writeBatchChecked } from "./checkedBatch";
import type { GraphClient } from "./client";
import { contactRecordBatchWrite, type RecordAlongside } from "./extensions";
import { isUnclearFailure, writeChecked } from "./checkedWrite";
import { collectPages, type GraphPage } from "./paging";

/** A draft in the user's Drafts folder, ready to review. */
export interface SavedDraft {
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

function toDraft(message: Message): SavedDraft {
  return { id: message.id ?? "", subject: message.subject ?? "", webLink: message.webLink ?? null };
}

/** How far back (before our POST) a stored draft may be dated: covers clock skew with the server. */
const DRAFT_LOOKBACK_MS = 10 * 60_000;

function sameRecipients(message: Message, expected: readonly MailPerson[]): boolean {
  const have = (message.toRecipients ?? [])
    .map((r) => addressKey(r.emailAddress?.address ?? ""))
    .sort();
  const want = expected.map((p) => addressKey(p.emailAddress)).sort();
  return have.length === want.length && have.every((address, i) => address === want[i]);
}

/**
 * Finds a draft we may have just created: in Drafts, created since shortly before our POST, with
 * the same subject and recipients. Null when none matches; throws when the lookup itself fails
 * (then nobody knows, and the caller must not act as if nothing was stored).
 */
async function findStoredDraft(
  client: GraphClient,
  expected: { subject: string; to: readonly MailPerson[] },
  since: number,
  signal?: AbortSignal,
): Promise<SavedDraft | null> {
  const from = new Date(since - DRAFT_LOOKBACK_MS).toISOString();
  const answer = await client.call<GraphPage<Message>>({
    method: "GET",
    path: "/me/mailFolders/drafts/messages",
    query: {
      $filter: `createdDateTime ge ${from}`,
      $orderby: "createdDateTime desc",
      $select: "id,subject,webLink,toRecipients,createdDateTime",
      $top: 25,
    },
    signal,
  });
  const found = (answer.body.value ?? []).find(
    (message) => message.subject === expected.subject && sameRecipients(message, expected.to),
  );
  return found ? toDraft(found) : null;
}

/**
 * Drafts whose POST ended unclear and whose lookup failed too, by client, keyed by subject and
 * recipients, with when that POST started: the user's "try again" for the same draft looks in
 * Drafts first, so a draft stored by a lost answer is not made a second time.
 */
const unsettled = new WeakMap<GraphClient, Map<string, number>>();

function draftKey(expected: { subject: string; to: readonly MailPerson[] }): string {
  return `${expected.subject}\u0000${expected.to
    .map((p) => addressKey(p.emailAddress))
    .sort()
    .join(",")}`;
}

/** What identifies a draft we may have stored: its subject and recipients, or the conversation. */
type DraftLook = { subject: string; to: readonly MailPerson[] } | { replyTo: string };

/** Finds a reply draft in the original's conversation created since shortly before our POST. */
async function findStoredReply(
  client: GraphClient,
  messageId: string,
  since: number,
  signal?: AbortSignal,
): Promise<SavedDraft | null> {
  const original = await client.call<Message>({
    method: "GET",
    path: `/me/messages/${encodeURIComponent(messageId)}`,
    query: { $select: "id,conversationId" },
    signal,
  });
  const answer = await client.call<GraphPage<Message>>({
    method: "GET",
    path: "/me/mailFolders/drafts/messages",
    query: {
      $filter: `createdDateTime ge ${new Date(since - DRAFT_LOOKBACK_MS).toISOString()}`,
      $orderby: "createdDateTime desc",
      $select: "id,subject,webLink,conversationId,createdDateTime",
      $top: 25,
    },
    signal,
  });
  const conversation = original.body.conversationId;
  const found = (answer.body.value ?? []).find(
    (message) =>
      conversation !== undefined &&
      message.conversationId === conversation &&
      message.id !== messageId,
  );
  return found ? toDraft(found) : null;
}

/**
 * Posts a draft-creating request, never twice. A draft POST is never retried blindly (a retry after
 * a lost answer leaves two drafts): after a dropped answer or a 5xx, `writeChecked` looks in Drafts
 * for a draft with the same subject and recipients (or in the same conversation, for a reply)
 * created since just before the POST, and posts again only when there is none; a throttled POST
 * is sent again after Retry-After. When recovery runs out of time, the draft is remembered as
 * unsettled and the user's next try of the same draft looks in Drafts before posting. Matching
 * on content rather than a hidden marker property means two identical drafts made within minutes
 * count as one, which is what the user meant anyway.
 */
async function postDraftOnce(
  client: GraphClient,
  path: string,
  body: Record<string, unknown>,
  expected: DraftLook,
  signal?: AbortSignal,
): Promise<SavedDraft> {
  const startedAt = client.clock.now();
  const key = "replyTo" in expected ? `reply:${expected.replyTo}` : draftKey(expected);
  const look = (since: number) =>
    "replyTo" in expected
      ? findStoredReply(client, expected.replyTo, since, signal)
      : findStoredDraft(client, expected, since, signal);
  const pending = unsettled.get(client) ?? new Map<string, number>();
  unsettled.set(client, pending);
  const earlier = pending.get(key);
  if (earlier !== undefined) {
    // An earlier try may have stored it: look first (a failed lookup fails this try too).
    const stored = await look(earlier);
    pending.delete(key);
    if (stored) return stored;
  }
  try {
    return await writeChecked(
      client,
      {
        send: async () => {
          const answer = await client.call<Message>({
            method: "POST",
            path,
            body,
            retry: "never",
            signal,
          });
          return toDraft(answer.body);
        },
        check: () => look(startedAt),
      },
      { signal },
    );
  } catch (error) {
    if (isUnclearFailure(error))
      pending.set(key, Math.min(startedAt, pending.get(key) ?? startedAt));
    throw error;
  }
}

/** The POST body of a new draft. */
function draftBody(content: DraftContent): Record<string, unknown> {
  return {
    subject: content.subject,
    body: { contentType: "html", content: content.bodyHtml },
    toRecipients: recipients(content.to),
    ccRecipients: recipients(content.cc ?? []),
  };
}

/** Creates a new mail draft (request or thank-you) for the user to review and send. */
export function createDraft(
  client: GraphClient,
  content: DraftContent,
  signal?: AbortSignal,
): Promise<SavedDraft> {
  return postDraftOnce(
    client,
    "/me/messages",
    draftBody(content),
    { subject: content.subject, to: content.to },
    signal,
  );
}

/**
 * Creates a reply draft to `messageId` whose body is `bodyHtml` (Graph refuses `comment` and
 * `message.body` together, so only the body is sent). Its subject and recipients come from the
 * original, so after an unclear failure the draft is looked for in the original's conversation.
 */
export function createReplyDraft(
  client: GraphClient,
  messageId: string,
  bodyHtml: string,
  signal?: AbortSignal,
): Promise<SavedDraft> {
  return postDraftOnce(
    client,
    `/me/messages/${encodeURIComponent(messageId)}/createReply`,
    { message: { body: { contentType: "html", content: bodyHtml } } },
    { replyTo: messageId },
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
 * The latest message in Sent Items addressed to `contactEmail` since `since` (did the thank-you or
 * the keep-in-touch note go out?), or null. Recipients are matched here: Graph's recipient filters
 * are not reliable across mailboxes, while a date filter with the same $orderby property is (when
 * both are given, the $orderby property must lead the $filter, else 400 InefficientFilter:
 * api-reference/v1.0/api/user-list-messages.md). `$top` is 1–1000 there; 50 a page, 4 pages at most.
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

/**
 * Creates a new mail draft and writes the contact's record (what the draft means for the
 * interview) in one round trip: a `$batch` whose record write runs only once the draft exists
 * (dependsOn). Each is recovered by itself: the draft by its subject and recipients in Drafts,
 * the record by its marker.
 */
export async function createDraftWithRecord(
  client: GraphClient,
  content: DraftContent,
  record: RecordAlongside,
  signal?: AbortSignal,
): Promise<SavedDraft | TooLargeRefusal> {
  const write = contactRecordBatchWrite(record, client, signal);
  if (!write.ok) return write;
  const startedAt = client.clock.now();
  const expected = { subject: content.subject, to: content.to };
  const results = await writeBatchChecked(
    client,
    [
      {
        id: "draft",
        method: "POST",
        url: "/me/messages",
        body: draftBody(content),
        read: (body) => toDraft(body as Message),
        check: () => findStoredDraft(client, expected, startedAt, signal),
      },
      { ...write.write, dependsOn: ["draft"] },
    ],
    { signal },
  );
  return results.get("draft") as SavedDraft;
}
