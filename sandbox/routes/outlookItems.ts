// What contacts, events and messages share: mailbox access, $select/$filter/paging, reads, writes.
import {
  badRequest,
  GraphError,
  json,
  objectBody,
  type SandboxRequest,
  type SandboxResponse,
} from "../http";
import { checkIfMatch, weakEtag } from "../ids";
import {
  filterUsage,
  integerOption,
  matchesFilter,
  parseExpand,
  parseFilter,
  parseOrderBy,
  parseSelect,
  project,
  sortBy,
  valueAt,
} from "../odata";
import type { Mailbox, OutlookRecord } from "../state";
import { contextUrl, nextLink, type RouteContext, userContext } from "../router";
import { checkExpand, expandExtensions, touch } from "./extensions";

/** How one Outlook item type is rendered and which properties it has. */
export interface OutlookType {
  /** Graph type name, e.g. "contact". */
  name: string;
  /** The path segment of its collection under a user, e.g. "contacts". */
  collection: string;
  /** Properties `$select`, `$filter` and `$orderby` may name. */
  properties: Set<string>;
  /** Properties a write may carry but never changes (the item keeps its own). */
  readOnly: string[];
  /** Turns the stored item into its Graph JSON (e.g. converting event times); `baseItem` if absent. */
  render?(record: OutlookRecord, req: SandboxRequest): Record<string, unknown>;
  /** Headers every answer carrying items adds (e.g. `Preference-Applied`). */
  answerHeaders?(req: SandboxRequest): Record<string, string>;
}

/** Read-only properties Graph ignores or refuses on writes of any Outlook item. */
export const READ_ONLY = [
  "id",
  "changeKey",
  "createdDateTime",
  "lastModifiedDateTime",
  "parentFolderId",
];

/** The properties a type may name: those of its defaults, those every item has, and `extra`. */
export function itemProperties(defaults: Record<string, unknown>, extra: string[]): Set<string> {
  return new Set([
    ...Object.keys(defaults),
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    ...extra,
  ]);
}

/** The Graph JSON every Outlook item starts from. */
export function baseItem(record: OutlookRecord): Record<string, unknown> {
  return {
    "@odata.etag": weakEtag(record.changeKey),
    id: record.id,
    createdDateTime: record.createdDateTime,
    lastModifiedDateTime: record.lastModifiedDateTime,
    changeKey: record.changeKey,
    ...record.data,
  };
}

function renderJson(record: OutlookRecord, type: OutlookType, req: SandboxRequest) {
  return type.render ? type.render(record, req) : baseItem(record);
}

/** Mailboxes open only to their owner in this sandbox: another user's answers Outlook's 403. */
export function checkMailboxAccess(ctx: RouteContext): void {
  if (ctx.user.id !== ctx.me.id) {
    throw new GraphError(
      403,
      "ErrorAccessDenied",
      "Access is denied. Check credentials and try again.",
    );
  }
}

/** The mailbox the path addresses, once the signed-in user may open it. */
export function ownMailbox(ctx: RouteContext): Mailbox {
  checkMailboxAccess(ctx);
  return ctx.state.mailbox(ctx.user);
}

function unknownProperty(name: string, type: string) {
  return badRequest(
    `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
    "RequestBroker--ParseUri",
  );
}

/** Checks `$select` names against the type (Outlook answers RequestBroker--ParseUri). */
function checkSelect(select: string[] | undefined, type: OutlookType): void {
  for (const name of select ?? []) {
    if (!type.properties.has(name)) throw unknownProperty(name, type.name);
  }
}

/** One item as Graph returns it, honouring `$select` and `$expand=extensions(...)`. */
function renderOne(
  record: OutlookRecord,
  type: OutlookType,
  req: SandboxRequest,
  context: string,
): Record<string, unknown> {
  const select = parseSelect(req.query);
  checkSelect(select, type);
  const expand = parseExpand(req.query);
  checkExpand(expand, type.name, ["extensions"]);
  return {
    "@odata.context": contextUrl(context),
    ...expandExtensions(project(renderJson(record, type, req), select), record, expand),
  };
}

/**
 * A page of items as Graph returns a collection: `$filter`, `$orderby`, `$select`, `$expand`,
 * `$top` (default 10), `$skip` and an `@odata.nextLink` using `$skip`, as Outlook does.
 * `segment` names the collection in `@odata.context` (e.g. "calendarView" for events).
 */
export function listItems(
  ctx: RouteContext,
  records: OutlookRecord[],
  type: OutlookType,
  segment = type.collection,
): SandboxResponse {
  const { req } = ctx;
  const select = parseSelect(req.query);
  checkSelect(select, type);
  const expand = parseExpand(req.query);
  checkExpand(expand, type.name, ["extensions"]);
  const top = integerOption(req.query, "$top") ?? 10;
  if (top > 1000)
    throw badRequest(`The value of $top must not exceed 1000.`, "ErrorInvalidParameter");
  const skip = integerOption(req.query, "$skip") ?? 0;
  let rows = records.map((record) => ({ record, json: renderJson(record, type, req) }));
  const filter = req.query.get("$filter");
  if (filter !== null) {
    const tree = parseFilter(filter);
    for (const { prop } of filterUsage(tree)) {
      const root = prop.split("/")[0] ?? "";
      if (root !== "" && !type.properties.has(root)) throw unknownProperty(root, type.name);
    }
    rows = rows.filter((row) => matchesFilter(tree, row.json, valueAt));
  }
  const order = parseOrderBy(req.query);
  for (const key of order) {
    const root = key.prop.split("/")[0] ?? "";
    if (!type.properties.has(root)) throw unknownProperty(root, type.name);
  }
  rows = sortBy(rows, order, (row, path) => valueAt(row.json, path));
  const page = rows.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    "@odata.context": contextUrl(`${userContext(ctx)}/${segment}`),
  };
  if (req.query.get("$count") === "true") body["@odata.count"] = rows.length;
  body.value = page.map((row) => expandExtensions(project(row.json, select), row.record, expand));
  if (skip + top < rows.length)
    body["@odata.nextLink"] = nextLink(req, { $skip: String(skip + top) });
  return json(200, body, type.answerHeaders?.(req));
}

function entityContext(ctx: RouteContext, type: OutlookType): string {
  return `${userContext(ctx)}/${type.collection}/$entity`;
}

/** A GET of one item: `$select` and `$expand` apply. */
export function readItem(
  ctx: RouteContext,
  record: OutlookRecord,
  type: OutlookType,
): SandboxResponse {
  return json(
    200,
    renderOne(record, type, ctx.req, entityContext(ctx, type)),
    type.answerHeaders?.(ctx.req),
  );
}

/** The answer to a write: the whole item as stored, whatever `$select` the request carried. */
export function writtenItem(
  ctx: RouteContext,
  status: 200 | 201,
  record: OutlookRecord,
  type: OutlookType,
): SandboxResponse {
  const req = { ...ctx.req, query: new URLSearchParams() };
  return json(
    status,
    renderOne(record, type, req, entityContext(ctx, type)),
    type.answerHeaders?.(ctx.req),
  );
}

/** Copies writable fields of a PATCH/POST body onto stored data, ignoring read-only ones. */
export function writableFields(
  body: Record<string, unknown>,
  type: OutlookType,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("@odata.") || type.readOnly.includes(key) || key === "extensions") continue;
    if (!type.properties.has(key)) {
      throw badRequest(
        `The property '${key}' does not exist on type 'microsoft.graph.${type.name}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** Collection-valued properties of a write must be arrays, as Outlook insists. */
export function checkCollections(fields: Record<string, unknown>, keys: string[]): void {
  for (const key of keys) {
    if (fields[key] !== undefined && !Array.isArray(fields[key])) {
      throw badRequest(`${key} must be a collection.`, "ErrorInvalidRequest");
    }
  }
}

/** The writable fields of a PATCH, once `If-Match` allows it (checked before the body is read). */
export function patchFields(
  ctx: RouteContext,
  record: OutlookRecord,
  type: OutlookType,
): Record<string, unknown> {
  checkIfMatch(ctx.req.headers, record.changeKey);
  return writableFields(objectBody(ctx.req), type);
}

/** A PATCH that merges the writable fields into the item and answers the whole item. */
export function mergePatch(
  ctx: RouteContext,
  record: OutlookRecord,
  type: OutlookType,
): SandboxResponse {
  Object.assign(record.data, patchFields(ctx, record, type));
  touch(record, ctx.now);
  ctx.changed();
  return writtenItem(ctx, 200, record, type);
}
