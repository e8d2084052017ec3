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

function siteOf(ctx: RouteContext): SiteRecord {
  const site = ctx.state.sites.get(ctx.params.site as string);
  if (!site) throw notFound("Requested site could not be found");
  return site;
}

function listOf(ctx: RouteContext): ListRecord {
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

/** A UPN list from the tenant file (`readers` / `writers` on a list or its site), if declared. */
function upnsOf(data: Record<string, unknown>, key: "readers" | "writers"): Set<string> | null {
  const raw = data[key];
  if (!Array.isArray(raw)) return null;
  return new Set(raw.filter((u): u is string => typeof u === "string").map((u) => u.toLowerCase()));
}

/**
 * Who may do what with a list: the list's `readers`/`writers` override the site's; no `readers`
 * means every tenant user reads, no `writers` means every reader writes (small test tenants).
 */
function accessOf(ctx: RouteContext, list: ListRecord): "write" | "read" | "none" {
  const site = siteOf(ctx);
  const me = ctx.me.userPrincipalName.toLowerCase();
  const writers = upnsOf(list.data, "writers") ?? upnsOf(site.data, "writers");
  const readers = upnsOf(list.data, "readers") ?? upnsOf(site.data, "readers");
  // "*" stands for every tenant user (SharePoint's "Everyone except external users").
  if (writers?.has(me) || writers?.has("*")) return "write";
  if (readers && !readers.has(me) && !readers.has("*")) return "none";
  return writers ? "read" : "write";
}

/**
 * A caller without the right gets 403 `accessDenied` (Graph's error table, concepts/errors.md:
 * "The caller doesn't have permission to perform the action."). api-reference/v1.0/api/
 * listitem-create.md, listitem-update.md and listitem-delete.md do not say whether rights or the
 * item and If-Match are checked first; the stricter reading: rights first, so a reader learns
 * nothing about rows by writing.
 */
function requireAccess(ctx: RouteContext, list: ListRecord, wanted: "read" | "write"): void {
  const access = accessOf(ctx, list);
  if (access === "write" || (access === "read" && wanted === "read")) return;
  throw new GraphError(403, "accessDenied", "Access denied");
}

/** The list of a write route, after the caller's right to change it is checked. */
function writableListOf(ctx: RouteContext): ListRecord {
  const list = listOf(ctx);
  requireAccess(ctx, list, "write");
  return list;
}

/** The list of a read route, after the caller's right to read it is checked. */
function readableListOf(ctx: RouteContext): ListRecord {
  const list = listOf(ctx);
  requireAccess(ctx, list, "read");
  return list;
}

function itemOf(ctx: RouteContext): ListItemRecord {
  const item = listOf(ctx).items.get(ctx.params.item as string);
  if (!item) throw notFound("Item not found");
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
    createdBy: { user: { displayName: ctx.me.displayName } },
    lastModifiedBy: { user: { displayName: ctx.me.displayName } },
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

function listItems(ctx: RouteContext): SandboxResponse {
  const list = readableListOf(ctx);
  const expand = fieldsExpansion(parseExpand(ctx.req.query));
  const top = integerOption(ctx.req.query, "$top") ?? 200;
  let items = [...list.items.values()];
  const read = (item: ListItemRecord, path: string) =>
    path.startsWith("fields/")
      ? valueAt(renderFields(item, undefined), path.slice(7))
      : valueAt(item, path);
  const filter = ctx.req.query.get("$filter");
  if (filter !== null) {
    const tree = parseFilter(filter);
    for (const { prop } of filterUsage(tree)) {
      if (prop.startsWith("fields/") && prop !== "fields/id" && !allowsNonIndexed(ctx.req)) {
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
  const list = readableListOf(ctx);
  const expand = fieldsExpansion(parseExpand(ctx.req.query));
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}/$entity`),
    ...renderItem(ctx, list, itemOf(ctx), expand),
  });
}

function getFields(ctx: RouteContext): SandboxResponse {
  readableListOf(ctx);
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}('${ctx.params.item}')/fields/$entity`),
    ...renderFields(itemOf(ctx), parseSelect(ctx.req.query)),
  });
}

function fieldsFrom(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest("fields must be an object.", "invalidRequest");
  }
  return omit(value as Record<string, unknown>, ["@odata.etag", "id", "ID", "Created", "Modified"]);
}

function createItem(ctx: RouteContext): SandboxResponse {
  const list = writableListOf(ctx);
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
    extra: {},
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
  item.version++;
  item.lastModifiedDateTime = ctx.now.toISOString();
  ctx.changed();
}

function updateFields(ctx: RouteContext): SandboxResponse {
  const list = writableListOf(ctx);
  const item = itemOf(ctx);
  checkEtag(ctx, item);
  applyFields(ctx, list, item, fieldsFrom(objectBody(ctx.req)));
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}('${item.id}')/fields/$entity`),
    ...renderFields(item, undefined),
  });
}

function updateItem(ctx: RouteContext): SandboxResponse {
  const list = writableListOf(ctx);
  const item = itemOf(ctx);
  checkEtag(ctx, item);
  const body = objectBody(ctx.req);
  applyFields(ctx, list, item, fieldsFrom(body.fields ?? {}));
  return json(200, {
    "@odata.context": contextUrl(`${listContext(ctx)}/$entity`),
    ...renderItem(ctx, list, item, { wanted: true }),
  });
}

function deleteItem(ctx: RouteContext): SandboxResponse {
  const list = writableListOf(ctx);
  const item = itemOf(ctx);
  checkEtag(ctx, item);
  list.items.delete(item.id);
  ctx.changed();
  return noContent();
}

function getList(ctx: RouteContext): SandboxResponse {
  const list = readableListOf(ctx);
  return json(200, {
    "@odata.context": contextUrl(`sites('${ctx.params.site}')/lists/$entity`),
    "@odata.etag": `"${list.id},1"`,
    id: list.id,
    ...omit(list.data, ["readers", "writers"]),
    list: { contentTypesEnabled: false, hidden: false, template: "genericList" },
  });
}

function getSite(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  return json(200, {
    "@odata.context": contextUrl("sites/$entity"),
    id: site.id,
    ...omit(site.data, ["readers", "writers"]),
  });
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
