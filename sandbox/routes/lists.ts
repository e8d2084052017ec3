// SharePoint list routes: items with $expand=fields(...), create, update with If-Match, delete.
import {
  badRequest,
  GraphError,
  ifMatch,
  json,
  noContent,
  objectBody,
  type SandboxRequest,
  type SandboxResponse,
} from "../http";
import { newGuid } from "../ids";
import { omit } from "../objects";
import {
  filterUsage,
  integerOption,
  matchesFilter,
  parseExpand,
  parseFilter,
  parseOrderBy,
  parseSelect,
  sortBy,
  splitSelect,
  valueAt,
  type ExpandItem,
} from "../odata";
import type { ListItemRecord, ListRecord, SiteRecord } from "../state";
import {
  canCreateItem,
  canReadItem,
  canWriteItem,
  effectiveLevel,
  requireLevel,
  type Level,
} from "../sharePoint/rights";
import { contextUrl, nextLink, type Route, type RouteContext } from "../router";

/** Columns every list has besides its own. */
const BUILT_IN_COLUMNS = [
  "Title",
  "id",
  "ID",
  "ContentType",
  "Created",
  "Modified",
  "AuthorLookupId",
  "EditorLookupId",
  "Attachments",
  "LinkTitle",
  "LinkTitleNoMenu",
  "Edit",
  "_UIVersionString",
  "ItemChildCount",
  "FolderChildCount",
];

/** SharePoint's etags are strong: `"{guid},{version}"`. */
function etagOf(item: ListItemRecord): string {
  return `"${item.etagId},${item.version}"`;
}

function notFound(message: string): GraphError {
  return new GraphError(404, "itemNotFound", message);
}

export function siteOf(ctx: RouteContext): SiteRecord {
  const site = ctx.state.sites.get(ctx.params.site as string);
  if (!site) throw notFound("Requested site could not be found");
  return site;
}

export function listOf(ctx: RouteContext): ListRecord {
  const site = siteOf(ctx);
  const key = ctx.params.list as string;
  const list =
    site.lists.get(key) ??
    [...site.lists.values()].find(
      (l) => String(l.data.displayName ?? "").toLowerCase() === key.toLowerCase(),
    );
  if (!list) throw notFound("List does not exist.");
  return list;
}

/** The caller's effective level on the addressed list (their groups capped by the token). */
function levelOn(ctx: RouteContext, list: ListRecord): Level {
  return effectiveLevel(ctx, siteOf(ctx), list);
}

/**
 * The list of a read route. A caller without read rights gets 403 `accessDenied` (Graph's error
 * table, concepts/errors.md: "The caller doesn't have permission to perform the action.").
 */
function readableListOf(ctx: RouteContext): { list: ListRecord; level: Level } {
  const list = listOf(ctx);
  const level = levelOn(ctx, list);
  requireLevel(level, "read");
  return { list, level };
}

/**
 * The list of a write route, after the caller's right to change items is checked.
 * api-reference/v1.0/api/listitem-create.md, listitem-update.md and listitem-delete.md do not say
 * whether rights or the item and If-Match are checked first; the stricter reading: rights first,
 * so a reader learns nothing about rows by writing.
 */
function writableListOf(ctx: RouteContext): { list: ListRecord; level: Level } {
  const found = readableListOf(ctx);
  requireLevel(found.level, "contribute");
  return found;
}

/**
 * An item the caller may see: with "Read items that were created by the user", another user's
 * item does not exist for them (404, as for an item never made).
 */
function visibleItemOf(ctx: RouteContext, list: ListRecord, level: Level): ListItemRecord {
  const item = list.items.get(ctx.params.item as string);
  if (!item || !canReadItem(level, list, item, ctx.me)) throw notFound("Item not found");
  return item;
}

/** An item the caller may change: visible, and theirs when the list lets users edit only their own. */
function writableItemOf(ctx: RouteContext, list: ListRecord, level: Level): ListItemRecord {
  const item = visibleItemOf(ctx, list, level);
  if (!canWriteItem(level, list, item, ctx.me)) {
    throw new GraphError(403, "accessDenied", "Access denied");
  }
  return item;
}

/** The columns a list knows: its declared `columns`, or those its items use. */
function columnsOf(list: ListRecord): Set<string> | undefined {
  const declared = list.data.columns;
  const names = new Set(BUILT_IN_COLUMNS);
  if (Array.isArray(declared)) {
    for (const c of declared) {
      const name = typeof c === "string" ? c : (c as { name?: unknown })?.name;
      if (typeof name === "string") names.add(name);
    }
    return names;
  }
  if (list.items.size === 0) return undefined;
  for (const item of list.items.values()) for (const k of Object.keys(item.fields)) names.add(k);
  return names;
}

function checkColumns(list: ListRecord, fields: Record<string, unknown>): void {
  const columns = columnsOf(list);
  if (!columns) return;
  for (const key of Object.keys(fields)) {
    if (!key.startsWith("@odata.") && !columns.has(key)) {
      throw badRequest(`Field '${key}' is not recognized`, "invalidRequest");
    }
  }
}

function renderFields(item: ListItemRecord, select: string[] | undefined): Record<string, unknown> {
  const all: Record<string, unknown> = {
    "@odata.etag": etagOf(item),
    id: item.id,
    ...item.fields,
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
  };
  if (!select) return all;
  const out: Record<string, unknown> = { "@odata.etag": all["@odata.etag"] };
  for (const key of select) if (key in all) out[key] = all[key];
  return out;
}

function fieldsExpansion(expand: ExpandItem[]): { wanted: boolean; select?: string[] } {
  for (const item of expand) {
    if (item.name.toLowerCase() !== "fields") {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${item.name}' on type 'microsoft.graph.listItem'.`,
        "invalidRequest",
      );
    }
    const select = splitSelect(item.options["$select"]);
    return select ? { wanted: true, select } : { wanted: true };
  }
  return { wanted: false };
}

function renderItem(
  ctx: RouteContext,
  list: ListRecord,
  item: ListItemRecord,
  expand: { wanted: boolean; select?: string[] },
): Record<string, unknown> {
  const site = siteOf(ctx);
  const out: Record<string, unknown> = {
    "@odata.etag": etagOf(item),
    createdDateTime: item.createdDateTime,
    eTag: etagOf(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `https://sandbox.sharepoint.example/sites/${site.id}/Lists/${list.id}/${item.id}_.000`,
    // Who created and last changed the item, as recorded (never the caller's own name).
    createdBy: { user: {} },
    lastModifiedBy: item.extra.lastModifiedBy ?? item.extra.createdBy ?? { user: {} },
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: "0x0100", name: "Item" },
    ...item.extra,
  };
  if (expand.wanted) out.fields = renderFields(item, expand.select);
  return out;
}

function listContext(ctx: RouteContext): string {
  return `sites('${ctx.params.site}')/lists('${ctx.params.list}')/items`;
}

/** SharePoint pages with an opaque skip token that encodes the last item id. */
function skipToken(offset: number): string {
  return Buffer.from(`Paged=TRUE&p_ID=${offset}`).toString("base64url");
}

function readSkipToken(token: string | null): number {
  if (token === null) return 0;
  const match = /^Paged=TRUE&p_ID=(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw badRequest("Invalid skip token.", "invalidRequest");
  return Number(match[1]);
}

/** Non-indexed columns can be filtered only with this Prefer header, as SharePoint insists. */
function allowsNonIndexed(req: SandboxRequest): boolean {
  return /HonorNonIndexedQueriesWarningMayFailRandomly/i.test(req.headers["prefer"] ?? "");
}

/** Whether the list declares the column indexed (columnDefinition.indexed). */
function isIndexed(list: ListRecord, name: string): boolean {
  const columns = Array.isArray(list.data.columns) ? list.data.columns : [];
  return columns.some(
    (c) => (c as { name?: unknown }).name === name && (c as { indexed?: unknown }).indexed === true,
  );
}

function listItems(ctx: RouteContext): SandboxResponse {
  const { list, level } = readableListOf(ctx);
  const expand = fieldsExpansion(parseExpand(ctx.req.query));
  const top = integerOption(ctx.req.query, "$top") ?? 200;
  let items = [...list.items.values()].filter((item) => canReadItem(level, list, item, ctx.me));
  const read = (item: ListItemRecord, path: string) =>
    path.startsWith("fields/")
      ? valueAt(renderFields(item, undefined), path.slice(7))
      : valueAt(item, path);
  const filter = ctx.req.query.get("$filter");
  if (filter !== null) {
    const tree = parseFilter(filter);
    for (const { prop } of filterUsage(tree)) {
      if (
        prop.startsWith("fields/") &&
        prop !== "fields/id" &&
        !isIndexed(list, prop.slice(7)) &&
        !allowsNonIndexed(ctx.req)
      ) {
        throw badRequest(
          `Field '${prop.slice(7)}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
          "invalidRequest",
        );
      }
    }
    items = items.filter((item) =>
      matchesFilter(tree, item, (i, p) => read(i as ListItemRecord, p)),
    );
  }
  items = sortBy(items, parseOrderBy(ctx.req.query), read);
  const offset = readSkipToken(ctx.req.query.get("$skiptoken"));
  const page = items.slice(offset, offset + top);
  const body: Record<string, unknown> = { "@odata.context": contextUrl(listContext(ctx)) };
  if (offset + top < items.length)
    body["@odata.nextLink"] = nextLink(ctx.req, { $skiptoken: skipToken(offset + top) });
  body.value = page.map((item) => renderItem(ctx, list, item, expand));
  return json(200, body);
}

function getItem(ctx: RouteContext): SandboxResponse {
  const { list, level } = readableListOf(ctx);
  const expand = fieldsExpansion(parseExpand(ctx.req.query));
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}/$entity`),
    ...renderItem(ctx, list, visibleItemOf(ctx, list, level), expand),
  });
}

function getFields(ctx: RouteContext): SandboxResponse {
  const { list, level } = readableListOf(ctx);
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}('${ctx.params.item}')/fields/$entity`),
    ...renderFields(visibleItemOf(ctx, list, level), parseSelect(ctx.req.query)),
  });
}

function fieldsFrom(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest("fields must be an object.", "invalidRequest");
  }
  return omit(value as Record<string, unknown>, ["@odata.etag", "id", "ID", "Created", "Modified"]);
}

function createItem(ctx: RouteContext): SandboxResponse {
  const { list, level } = writableListOf(ctx);
  if (!canCreateItem(level, list)) throw new GraphError(403, "accessDenied", "Access denied");
  const fields = fieldsFrom(objectBody(ctx.req).fields ?? {});
  checkColumns(list, fields);
  const stamp = ctx.now.toISOString();
  const id = String(list.nextItemId++);
  const item: ListItemRecord = {
    id,
    etagId: newGuid(),
    version: 1,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    fields,
    // SharePoint records the creator; item-level security and the advisors' view read it.
    extra: {
      createdBy: {
        user: {
          id: ctx.me.id,
          displayName: ctx.me.displayName,
          email: ctx.me.mail ?? ctx.me.userPrincipalName,
        },
      },
    },
  };
  list.items.set(id, item);
  ctx.changed();
  return json(201, {
    "@odata.context": contextUrl(`${listContext(ctx)}/$entity`),
    ...renderItem(ctx, list, item, { wanted: true }),
  });
}

function checkEtag(ctx: RouteContext, item: ListItemRecord): void {
  const given = ifMatch(ctx.req.headers);
  if (given === undefined) return;
  const bare = (s: string) => s.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
  if (bare(given) !== bare(etagOf(item))) {
    throw new GraphError(
      412,
      "preconditionFailed",
      `The request ETag value '${given}' does not match the object's ETag value '${etagOf(item)}'.`,
    );
  }
}

function applyFields(
  ctx: RouteContext,
  list: ListRecord,
  item: ListItemRecord,
  fields: Record<string, unknown>,
) {
  checkColumns(list, fields);
  Object.assign(item.fields, fields);
  item.extra.lastModifiedBy = {
    user: { id: ctx.me.id, displayName: ctx.me.displayName, email: ctx.me.mail ?? null },
  };
  item.version++;
  item.lastModifiedDateTime = ctx.now.toISOString();
  ctx.changed();
}

function updateFields(ctx: RouteContext): SandboxResponse {
  const { list, level } = writableListOf(ctx);
  const item = writableItemOf(ctx, list, level);
  checkEtag(ctx, item);
  applyFields(ctx, list, item, fieldsFrom(objectBody(ctx.req)));
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}('${item.id}')/fields/$entity`),
    ...renderFields(item, undefined),
  });
}

function updateItem(ctx: RouteContext): SandboxResponse {
  const { list, level } = writableListOf(ctx);
  const item = writableItemOf(ctx, list, level);
  checkEtag(ctx, item);
  const body = objectBody(ctx.req);
  applyFields(ctx, list, item, fieldsFrom(body.fields ?? {}));
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}/$entity`),
    ...renderItem(ctx, list, item, { wanted: true }),
  });
}

function deleteItem(ctx: RouteContext): SandboxResponse {
  const { list, level } = writableListOf(ctx);
  const item = writableItemOf(ctx, list, level);
  checkEtag(ctx, item);
  list.items.delete(item.id);
  ctx.changed();
  return noContent();
}

function getList(ctx: RouteContext): SandboxResponse {
  const { list } = readableListOf(ctx);
  return json(200, {
    "@odata.context": contextUrl(`sites('${ctx.params.site}')/lists/$entity`),
    "@odata.etag": `"${list.id},1"`,
    id: list.id,
    ...omit(list.data, LIST_SETTINGS),
    list: { contentTypesEnabled: false, hidden: false, template: "genericList" },
  });
}

/** Permission settings the sandbox keeps on a list; SharePoint shows them only through its own REST API. */
const LIST_SETTINGS = ["roleAssignments", "readSecurity", "writeSecurity", "columns"];

/** The site's membership and grants; not part of Graph's site resource. */
export const SITE_SETTINGS = ["owners", "members", "visitors", "appGrants", "groupId"];

function getSite(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  requireLevel(effectiveLevel(ctx, site, null), "read");
  return json(200, siteResource(site));
}

/** A site as Graph's site resource. */
export function siteResource(site: SiteRecord): Record<string, unknown> {
  return {
    "@odata.context": contextUrl("sites/$entity"),
    id: site.id,
    ...omit(site.data, SITE_SETTINGS),
  };
}

/** Routes under `/`. */
export const listRoutes: Route[] = [
  ["GET", "sites/{site}", getSite],
  ["GET", "sites/{site}/lists/{list}", getList],
  ["GET", "sites/{site}/lists/{list}/items", listItems],
  ["POST", "sites/{site}/lists/{list}/items", createItem],
  ["GET", "sites/{site}/lists/{list}/items/{item}", getItem],
  ["PATCH", "sites/{site}/lists/{list}/items/{item}", updateItem],
  ["DELETE", "sites/{site}/lists/{list}/items/{item}", deleteItem],
  ["GET", "sites/{site}/lists/{list}/items/{item}/fields", getFields],
  ["PATCH", "sites/{site}/lists/{list}/items/{item}/fields", updateFields],
];
