// Personal contacts: /contactFolders and /contacts, with personalNotes, change keys and If-Match.
import { badRequest, GraphError, json, noContent, objectBody, type SandboxResponse } from "../http";
import { checkIfMatch, findOutlookItem, itemNotFound, newItemIdentity, newOutlookId } from "../ids";
import { parseFilter, matchesFilter, valueAt } from "../odata";
import {
  contactDefaults,
  type ContactFolderRecord,
  type ContactRecord,
  type Mailbox,
} from "../state";
import { contextUrl, type Route, type RouteContext, userContext } from "../router";
import { extensionRoutes, inlineExtensions } from "./extensions";
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

const CONTACT: OutlookType = {
  name: "contact",
  collection: "contacts",
  properties: itemProperties(contactDefaults({}), ["extensions"]),
  readOnly: READ_ONLY,
};

function folderOf(ctx: RouteContext): ContactFolderRecord {
  const box = ownMailbox(ctx);
  const id = ctx.params.folder as string;
  if (id === box.contactsFolderId || id.toLowerCase() === "contacts") {
    return { id: box.contactsFolderId, displayName: "Contacts", parentFolderId: "" };
  }
  return findOutlookItem(box.contactFolders, id);
}

function renderFolder(folder: ContactFolderRecord) {
  return { id: folder.id, displayName: folder.displayName, parentFolderId: folder.parentFolderId };
}

function listFolders(ctx: RouteContext): SandboxResponse {
  const box = ownMailbox(ctx);
  let folders = [...box.contactFolders.values()].map(renderFolder);
  const filter = ctx.req.query.get("$filter");
  if (filter !== null) {
    const tree = parseFilter(filter);
    folders = folders.filter((f) => matchesFilter(tree, f, valueAt));
  }
  return json(200, {
    "@odata.context": contextUrl(`${userContext(ctx)}/contactFolders`),
    value: folders,
  });
}

function createFolder(ctx: RouteContext): SandboxResponse {
  const box = ownMailbox(ctx);
  const body = objectBody(ctx.req);
  const name = body.displayName;
  if (typeof name !== "string" || name.trim() === "") {
    throw badRequest("The folder's displayName is required.", "ErrorInvalidRequest");
  }
  const taken = [...box.contactFolders.values()].some(
    (f) => f.displayName.toLowerCase() === name.toLowerCase(),
  );
  if (taken) {
    throw new GraphError(
      409,
      "ErrorFolderExists",
      "A folder with the specified name already exists.",
    );
  }
  const folder = { id: newOutlookId(), displayName: name, parentFolderId: box.contactsFolderId };
  box.contactFolders.set(folder.id, folder);
  ctx.changed();
  return json(201, {
    "@odata.context": contextUrl(`${userContext(ctx)}/contactFolders/$entity`),
    ...renderFolder(folder),
  });
}

function getFolder(ctx: RouteContext): SandboxResponse {
  return json(200, {
    "@odata.context": contextUrl(`${userContext(ctx)}/contactFolders/$entity`),
    ...renderFolder(folderOf(ctx)),
  });
}

function deleteFolder(ctx: RouteContext): SandboxResponse {
  const box = ownMailbox(ctx);
  const folder = findOutlookItem(box.contactFolders, ctx.params.folder as string);
  box.contactFolders.delete(folder.id);
  for (const contact of [...box.contacts.values()]) {
    if (contact.folderId === folder.id) box.contacts.delete(contact.id);
  }
  ctx.changed();
  return noContent();
}

function contactsIn(box: Mailbox, folderId: string): ContactRecord[] {
  return [...box.contacts.values()].filter((c) => c.folderId === folderId);
}

function listContacts(ctx: RouteContext, folderId: string): SandboxResponse {
  return listItems(ctx, contactsIn(ownMailbox(ctx), folderId), CONTACT);
}

function createContact(ctx: RouteContext, folderId: string): SandboxResponse {
  const box = ownMailbox(ctx);
  const body = objectBody(ctx.req);
  const fields = writableFields(body, CONTACT);
  checkCollections(fields, ["emailAddresses"]);
  if (fields.displayName === undefined) {
    fields.displayName = [fields.givenName, fields.surname]
      .filter((p) => typeof p === "string")
      .join(" ");
  }
  const record: ContactRecord = {
    ...newItemIdentity(ctx.now),
    folderId,
    data: contactDefaults({ ...fields, parentFolderId: folderId }),
    extensions: inlineExtensions(body),
  };
  box.contacts.set(record.id, record);
  ctx.changed();
  return writtenItem(ctx, 201, record, CONTACT);
}

function contactOf(ctx: RouteContext): ContactRecord {
  const box = ownMailbox(ctx);
  const record = findOutlookItem(box.contacts, ctx.params.contact as string);
  if (ctx.params.folder !== undefined && record.folderId !== folderOf(ctx).id) {
    throw itemNotFound();
  }
  return record;
}

function deleteContact(ctx: RouteContext): SandboxResponse {
  const record = contactOf(ctx);
  checkIfMatch(ctx.req.headers, record.changeKey);
  ownMailbox(ctx).contacts.delete(record.id);
  ctx.changed();
  return noContent();
}

/** One contact's routes: the same under its folder and under `/contacts` (which spans folders). */
function contactItemRoutes(pattern: string): Route[] {
  return [
    ["GET", pattern, (ctx) => readItem(ctx, contactOf(ctx), CONTACT)],
    ["PATCH", pattern, (ctx) => mergePatch(ctx, contactOf(ctx), CONTACT)],
    ["DELETE", pattern, deleteContact],
    ...extensionRoutes(pattern, contactOf),
  ];
}

/** Routes under `/me` and `/users/{id}`. */
export const contactRoutes: Route[] = [
  ["GET", "contactFolders", listFolders],
  ["POST", "contactFolders", createFolder],
  ["GET", "contactFolders/{folder}", getFolder],
  ["DELETE", "contactFolders/{folder}", deleteFolder],
  ["GET", "contactFolders/{folder}/contacts", (ctx) => listContacts(ctx, folderOf(ctx).id)],
  ["POST", "contactFolders/{folder}/contacts", (ctx) => createContact(ctx, folderOf(ctx).id)],
  ...contactItemRoutes("contactFolders/{folder}/contacts/{contact}"),
  ["GET", "contacts", (ctx) => listContacts(ctx, ownMailbox(ctx).contactsFolderId)],
  ["POST", "contacts", (ctx) => createContact(ctx, ownMailbox(ctx).contactsFolderId)],
  ...contactItemRoutes("contacts/{contact}"),
];
