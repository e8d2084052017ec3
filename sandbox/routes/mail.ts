// Mail routes: drafts (POST /messages), message lists by folder with $filter, and createReply.
import type { TenantUser } from "../tenant";
import { badRequest, GraphError, json, noContent, objectBody, type SandboxResponse } from "../http";
import { checkIfMatch, findOutlookItem, newChangeKey, newOutlookId } from "../ids";
import { messageDefaults, type MailFolderName, type Mailbox, type MessageRecord } from "../state";
import { contextUrl, type Route, type RouteContext, userContext } from "../router";
import { touch } from "./extensions";
import {
  baseItem,
  listItems,
  type OutlookType,
  READ_ONLY,
  renderOne,
  writableFields,
} from "./outlookItems";

const MESSAGE: OutlookType = {
  name: "message",
  properties: new Set([
    ...Object.keys(
      messageDefaults({ id: "", displayName: "", userPrincipalName: "" } as TenantUser, {}),
    ),
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "parentFolderId",
    "uniqueBody",
  ]),
  render: (record) => baseItem(record),
};

const WELL_KNOWN: MailFolderName[] = ["inbox", "drafts", "sentitems"];

function mailbox(ctx: RouteContext): Mailbox {
  if (ctx.user.id !== ctx.me.id) {
    throw new GraphError(
      403,
      "ErrorAccessDenied",
      "Access is denied. Check credentials and try again.",
    );
  }
  return ctx.state.mailbox(ctx.user);
}

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

function listMessages(ctx: RouteContext, folder?: MailFolderName): SandboxResponse {
  const box = mailbox(ctx);
  const records = [...box.messages.values()].filter(
    (m) => folder === undefined || m.folder === folder,
  );
  return listItems(newestFirst(records), MESSAGE, ctx.req, `${userContext(ctx)}/messages`);
}

function saveDraft(
  ctx: RouteContext,
  box: Mailbox,
  fields: Record<string, unknown>,
): MessageRecord {
  const stamp = ctx.now.toISOString();
  const id = newOutlookId();
  const record: MessageRecord = {
    id,
    changeKey: newChangeKey(),
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
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
  box.messages.set(id, record);
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
  const box = mailbox(ctx);
  const fields = writableFields(objectBody(ctx.req), MESSAGE, [...READ_ONLY, "isDraft"]);
  for (const key of ["toRecipients", "ccRecipients", "bccRecipients"]) {
    if (fields[key] !== undefined && !Array.isArray(fields[key])) {
      throw badRequest(`${key} must be a collection.`, "ErrorInvalidRequest");
    }
  }
  const record = saveDraft(ctx, box, fields);
  return json(
    201,
    renderOne(
      record,
      MESSAGE,
      { ...ctx.req, query: new URLSearchParams() },
      `${userContext(ctx)}/messages/$entity`,
    ),
  );
}

function messageOf(ctx: RouteContext): MessageRecord {
  return findOutlookItem(mailbox(ctx).messages, ctx.params.message as string);
}

function updateMessage(ctx: RouteContext): SandboxResponse {
  const record = messageOf(ctx);
  checkIfMatch(ctx.req.headers, record.changeKey);
  Object.assign(
    record.data,
    writableFields(objectBody(ctx.req), MESSAGE, [...READ_ONLY, "isDraft"]),
  );
  touch(record, ctx.now);
  ctx.changed();
  return json(
    200,
    renderOne(
      record,
      MESSAGE,
      { ...ctx.req, query: new URLSearchParams() },
      `${userContext(ctx)}/messages/$entity`,
    ),
  );
}

function deleteMessage(ctx: RouteContext): SandboxResponse {
  const record = messageOf(ctx);
  mailbox(ctx).messages.delete(record.id);
  ctx.changed();
  return noContent();
}

type Recipient = { emailAddress: { address: string; name?: string } };

function createReply(ctx: RouteContext): SandboxResponse {
  const original = messageOf(ctx);
  const box = mailbox(ctx);
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
    ...(body.message ? writableFields(body.message, MESSAGE, [...READ_ONLY, "isDraft"]) : {}),
  });
  return json(
    201,
    renderOne(
      record,
      MESSAGE,
      { ...ctx.req, query: new URLSearchParams() },
      `${userContext(ctx)}/messages/$entity`,
    ),
  );
}

function getFolder(ctx: RouteContext): SandboxResponse {
  const box = mailbox(ctx);
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
  [
    "GET",
    "messages/{message}",
    (ctx) =>
      json(
        200,
        renderOne(messageOf(ctx), MESSAGE, ctx.req, `${userContext(ctx)}/messages/$entity`),
      ),
  ],
  ["PATCH", "messages/{message}", updateMessage],
  ["DELETE", "messages/{message}", deleteMessage],
  ["POST", "messages/{message}/createReply", createReply],
  ["GET", "mailFolders/{folder}", getFolder],
  [
    "GET",
    "mailFolders/{folder}/messages",
    (ctx) => listMessages(ctx, folderNamed(mailbox(ctx), ctx.params.folder as string)),
  ],
  [
    "POST",
    "mailFolders/{folder}/messages",
    (ctx) => createMessage(ctx, folderNamed(mailbox(ctx), ctx.params.folder as string)),
  ],
];
