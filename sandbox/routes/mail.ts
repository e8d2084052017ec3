// Mail routes: drafts (POST /messages), message lists by folder with $filter, createReply, and
// send (the user's own Send, played by tests; the app never sends).
import type { TenantUser } from "../tenant";
import { badRequest, GraphError, json, noContent, objectBody, type SandboxResponse } from "../http";
import { findOutlookItem, newItemIdentity } from "../ids";
import { filterUsage, parseFilter, parseOrderBy } from "../odata";
import { messageDefaults, type MailFolderName, type Mailbox, type MessageRecord } from "../state";
import { contextUrl, type Route, type RouteContext, userContext } from "../router";
import {
  checkCollections,
  itemProperties,
  listItems,
  mergePatch,
  type OutlookType,
  ownMailbox,
  READ_ONLY,
  readItem,
  writableFields,
  writtenItem,
} from "./outlookItems";

const MESSAGE: OutlookType = {
  name: "message",
  collection: "messages",
  properties: itemProperties(
    messageDefaults({ id: "", displayName: "", userPrincipalName: "" } as TenantUser, {}),
    ["parentFolderId", "uniqueBody"],
  ),
  // A write cannot send: only `send` (below) takes a draft out of Drafts.
  readOnly: [...READ_ONLY, "isDraft"],
};

const WELL_KNOWN: MailFolderName[] = ["inbox", "drafts", "sentitems"];

/** A folder by well-known name or id. */
function folderNamed(box: Mailbox, key: string): MailFolderName {
  const lower = key.toLowerCase() as MailFolderName;
  if (WELL_KNOWN.includes(lower)) return lower;
  const byId = WELL_KNOWN.find((name) => box.mailFolderIds[name] === key);
  if (byId) return byId;
  return findOutlookItem(new Map<string, MailFolderName>(), key);
}

/** Newest first, as Graph lists messages by default. */
function newestFirst(records: MessageRecord[]): MessageRecord[] {
  const stamp = (r: MessageRecord) => String(r.data.receivedDateTime ?? r.createdDateTime);
  return [...records].sort((a, b) => (stamp(a) < stamp(b) ? 1 : stamp(a) > stamp(b) ? -1 : 0));
}

/**
 * `$filter` with `$orderby` on messages (api-reference/v1.0/api/user-list-messages.md, "Using filter
 * and orderby in the same query"): every `$orderby` property must be in `$filter`, in the same
 * order, before any property that is only filtered on; otherwise 400 InefficientFilter.
 * (concepts/query-parameters.md shows an `$orderby` with one more property than its `$filter`;
 * the sandbox keeps to the API page's stricter rule.)
 */
function checkFilterAndOrder(query: URLSearchParams): void {
  const filter = query.get("$filter");
  const order = parseOrderBy(query).map((key) => key.prop.toLowerCase());
  if (filter === null || order.length === 0) return;
  const filtered: string[] = [];
  for (const { prop } of filterUsage(parseFilter(filter))) {
    const name = prop.toLowerCase();
    if (name !== "" && !filtered.includes(name)) filtered.push(name);
  }
  if (!order.every((name, i) => filtered[i] === name)) {
    throw badRequest(
      "The restriction or sort order is too complex for this operation.",
      "InefficientFilter",
    );
  }
}

function listMessages(ctx: RouteContext, folder?: MailFolderName): SandboxResponse {
  const box = ownMailbox(ctx);
  checkFilterAndOrder(ctx.req.query);
  const records = [...box.messages.values()].filter(
    (m) => folder === undefined || m.folder === folder,
  );
  return listItems(ctx, newestFirst(records), MESSAGE);
}

function saveDraft(
  ctx: RouteContext,
  box: Mailbox,
  fields: Record<string, unknown>,
): MessageRecord {
  const identity = newItemIdentity(ctx.now);
  const stamp = identity.createdDateTime;
  const record: MessageRecord = {
    ...identity,
    folder: "drafts",
    extensions: {},
    data: messageDefaults(ctx.user, {
      receivedDateTime: stamp,
      ...fields,
      isDraft: true,
      sentDateTime: null,
      parentFolderId: box.mailFolderIds.drafts,
    }),
  };
  const body = record.data.body as { content?: string } | undefined;
  record.data.bodyPreview = String(body?.content ?? "")
    .replace(/<[^>]*>/g, "")
    .slice(0, 255);
  box.messages.set(record.id, record);
  ctx.changed();
  return record;
}

function createMessage(ctx: RouteContext, folder: MailFolderName = "drafts"): SandboxResponse {
  if (folder !== "drafts") {
    throw badRequest(
      "Messages can only be created as drafts in this mailbox.",
      "ErrorInvalidRequest",
    );
  }
  const box = ownMailbox(ctx);
  const fields = writableFields(objectBody(ctx.req), MESSAGE);
  checkCollections(fields, ["toRecipients", "ccRecipients", "bccRecipients"]);
  return writtenItem(ctx, 201, saveDraft(ctx, box, fields), MESSAGE);
}

function messageOf(ctx: RouteContext): MessageRecord {
  return findOutlookItem(ownMailbox(ctx).messages, ctx.params.message as string);
}

function deleteMessage(ctx: RouteContext): SandboxResponse {
  const record = messageOf(ctx);
  ownMailbox(ctx).messages.delete(record.id);
  ctx.changed();
  return noContent();
}

type Recipient = { emailAddress: { address: string; name?: string } };

function createReply(ctx: RouteContext): SandboxResponse {
  const original = messageOf(ctx);
  const box = ownMailbox(ctx);
  const body = (ctx.req.body ?? {}) as { comment?: unknown; message?: Record<string, unknown> };
  const from = original.data.from as Recipient | undefined;
  const mine = ctx.user.mail ?? ctx.user.userPrincipalName;
  // Replying to one's own sent message goes to its recipients, as Outlook does.
  const to =
    from && from.emailAddress.address.toLowerCase() !== mine.toLowerCase()
      ? [from]
      : ((original.data.toRecipients as Recipient[] | undefined) ?? []);
  const subject = String(original.data.subject ?? "");
  const originalBody = original.data.body as { content?: string } | undefined;
  const comment = typeof body.comment === "string" ? body.comment : "";
  const record = saveDraft(ctx, box, {
    subject: /^re:/i.test(subject) ? subject : `RE: ${subject}`,
    toRecipients: to,
    conversationId: original.data.conversationId,
    body: {
      contentType: "html",
      content: `<html><body><div>${comment}</div><hr><div>${originalBody?.content ?? ""}</div></body></html>`,
    },
    ...(body.message ? writableFields(body.message, MESSAGE) : {}),
  });
  return writtenItem(ctx, 201, record, MESSAGE);
}

/**
 * Sends a draft as the user's Send button does (api-reference/v1.0/api/message-send.md): needs
 * Mail.Send, answers 202 with no body, and the message is then in Sent Items with its
 * sentDateTime. Outlook ids are per folder unless immutable ids are asked for
 * (concepts/outlook-immutable-id.md), so it gets a new id there. The app never calls this (it
 * asks for no Mail.Send): tests use it to play the user sending what the app drafted.
 */
function sendDraft(ctx: RouteContext): SandboxResponse {
  const scopes = ctx.grant.scopes;
  if (scopes !== null && !scopes.some((scope) => scope.toLowerCase() === "mail.send")) {
    throw new GraphError(
      403,
      "ErrorAccessDenied",
      "Access is denied. Check credentials and try again.",
    );
  }
  const draft = messageOf(ctx);
  const box = ownMailbox(ctx);
  if (draft.folder !== "drafts" || draft.data.isDraft !== true) {
    // The doc names only drafts as sendable; what Graph answers otherwise is not written down.
    throw badRequest("Only a draft message can be sent.", "ErrorInvalidRequest");
  }
  const identity = newItemIdentity(ctx.now);
  // Outlook writes a message's times to the second, as in the examples of
  // api-reference/v1.0/resources/message.md.
  const stamp = identity.createdDateTime.replace(/\.\d{3}Z$/, "Z");
  box.messages.delete(draft.id);
  const sent: MessageRecord = {
    ...identity,
    createdDateTime: draft.createdDateTime,
    folder: "sentitems",
    extensions: draft.extensions,
    data: {
      ...draft.data,
      isDraft: false,
      sentDateTime: stamp,
      receivedDateTime: stamp,
      parentFolderId: box.mailFolderIds.sentitems,
    },
  };
  box.messages.set(sent.id, sent);
  ctx.changed();
  return { status: 202, headers: {} };
}

function getFolder(ctx: RouteContext): SandboxResponse {
  const box = ownMailbox(ctx);
  const name = folderNamed(box, ctx.params.folder as string);
  const count = [...box.messages.values()].filter((m) => m.folder === name).length;
  const names: Record<MailFolderName, string> = {
    inbox: "Inbox",
    drafts: "Drafts",
    sentitems: "Sent Items",
  };
  return json(200, {
    "@odata.context": contextUrl(`${userContext(ctx)}/mailFolders/$entity`),
    id: box.mailFolderIds[name],
    displayName: names[name],
    parentFolderId: "",
    childFolderCount: 0,
    unreadItemCount: 0,
    totalItemCount: count,
    isHidden: false,
  });
}

/** Routes under `/me` and `/users/{id}`. */
export const mailRoutes: Route[] = [
  ["GET", "messages", (ctx) => listMessages(ctx)],
  ["POST", "messages", (ctx) => createMessage(ctx)],
  ["GET", "messages/{message}", (ctx) => readItem(ctx, messageOf(ctx), MESSAGE)],
  ["PATCH", "messages/{message}", (ctx) => mergePatch(ctx, messageOf(ctx), MESSAGE)],
  ["DELETE", "messages/{message}", deleteMessage],
  ["POST", "messages/{message}/createReply", createReply],
  ["POST", "messages/{message}/send", sendDraft],
  ["GET", "mailFolders/{folder}", getFolder],
  [
    "GET",
    "mailFolders/{folder}/messages",
    (ctx) => listMessages(ctx, folderNamed(ownMailbox(ctx), ctx.params.folder as string)),
  ],
  [
    "POST",
    "mailFolders/{folder}/messages",
    (ctx) => createMessage(ctx, folderNamed(ownMailbox(ctx), ctx.params.folder as string)),
  ],
];
