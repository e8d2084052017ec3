// Shared shape and query handling of Outlook items (contacts, events, messages): etags, $select, $filter, paging.
import { badRequest, json, type SandboxRequest, type SandboxResponse } from "../http";
import { weakEtag } from "../ids";
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
import type { OutlookRecord } from "../state";
import { contextUrl, nextLink } from "../router";
import { checkExpand, expandExtensions } from "./extensions";

/** How one Outlook item type is rendered and which properties it has. */
export interface OutlookType {
  /** Graph type name, e.g. "contact". */
  name: string;
  /** Properties `$select`, `$filter` and `$orderby` may name. */
  properties: Set<string>;
  /** Turns the stored item into its Graph JSON (e.g. converting event times). */
  render(record: OutlookRecord, req: SandboxRequest): Record<string, unknown>;
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

function unknownProperty(name: string, type: string) {
  return badRequest(
    `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
    "RequestBroker--ParseUri",
  );
}

/** Checks `$select` names against the type (Outlook answers RequestBroker--ParseUri). */
export function checkSelect(select: string[] | undefined, type: OutlookType): void {
  for (const name of select ?? []) {
    if (!type.properties.has(name)) throw unknownProperty(name, type.name);
  }
}

/** One item as Graph returns it, honouring `$select` and `$expand=extensions(...)`. */
export function renderOne(
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
    ...expandExtensions(project(type.render(record, req), select), record, expand),
  };
}

/**
 * A page of items as Graph returns a collection: `$filter`, `$orderby`, `$select`, `$expand`,
 * `$top` (default `defaultTop`), `$skip` and an `@odata.nextLink` using `$skip`, as Outlook does.
 */
export function listItems(
  records: OutlookRecord[],
  type: OutlookType,
  req: SandboxRequest,
  context: string,
  defaultTop = 10,
): SandboxResponse {
  const select = parseSelect(req.query);
  checkSelect(select, type);
  const expand = parseExpand(req.query);
  checkExpand(expand, type.name, ["extensions"]);
  const top = integerOption(req.query, "$top") ?? defaultTop;
  if (top > 1000)
    throw badRequest(`The value of $top must not exceed 1000.`, "ErrorInvalidParameter");
  const skip = integerOption(req.query, "$skip") ?? 0;
  let rows = records.map((record) => ({ record, json: type.render(record, req) }));
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
  const body: Record<string, unknown> = { "@odata.context": contextUrl(context) };
  if (req.query.get("$count") === "true") body["@odata.count"] = rows.length;
  body.value = page.map((row) => expandExtensions(project(row.json, select), row.record, expand));
  if (skip + top < rows.length)
    body["@odata.nextLink"] = nextLink(req, { $skip: String(skip + top) });
  return json(200, body);
}

/** Copies writable fields of a PATCH/POST body onto stored data, ignoring read-only ones. */
export function writableFields(
  body: Record<string, unknown>,
  type: OutlookType,
  readOnly: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("@odata.") || readOnly.includes(key) || key === "extensions") continue;
    if (!type.properties.has(key)) {
      throw badRequest(
        `The property '${key}' does not exist on type 'microsoft.graph.${type.name}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** Read-only properties Graph ignores or refuses on writes of any Outlook item. */
export const READ_ONLY = [
  "id",
  "changeKey",
  "createdDateTime",
  "lastModifiedDateTime",
  "parentFolderId",
];
