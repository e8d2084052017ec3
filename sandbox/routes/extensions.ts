// Open extensions on Outlook items (contacts, events): inline creation, /extensions routes and
// $expand.
import { badRequest, GraphError, json, noContent, objectBody, type SandboxResponse } from "../http";
import type { ExpandItem } from "../odata";
import type { Extensions, OutlookRecord } from "../state";
import { itemNotFound, newChangeKey } from "../ids";
import { omit } from "../objects";
import { contextUrl, type Route, type RouteContext } from "../router";

/** Outlook names an open extension's id after its extensionName with this prefix. */
const ID_PREFIX = "Microsoft.OutlookServices.OpenTypeExtension.";

/** An extension name from either its extensionName or its full id. */
export function extensionName(nameOrId: string): string {
  return nameOrId.startsWith(ID_PREFIX) ? nameOrId.slice(ID_PREFIX.length) : nameOrId;
}

function customProperties(body: Record<string, unknown>): Record<string, unknown> {
  return omit(body, ["@odata.type", "extensionName", "id"]);
}

/**
 * Checks one extension as written in a request and splits off its name. @odata.type and
 * extensionName are required in a POST (api-reference/v1.0/api/opentypeextension-post-opentypeextension.md)
 * and a PATCH (api-reference/v1.0/api/opentypeextension-update.md); a missing one is a 400.
 */
function parseExtension(raw: unknown, where: string): [string, Record<string, unknown>] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw badRequest(`${where} must be an object.`);
  }
  const body = raw as Record<string, unknown>;
  const type = String(body["@odata.type"] ?? "").replace(/^#/, "");
  if (type !== "microsoft.graph.openTypeExtension") {
    throw badRequest(
      `${where}: '@odata.type' must be 'microsoft.graph.openTypeExtension'.`,
      "ErrorInvalidRequest",
    );
  }
  if (typeof body.extensionName !== "string" || body.extensionName.trim() === "") {
    throw badRequest(`${where}: extensionName is required.`, "ErrorInvalidRequest");
  }
  return [body.extensionName, customProperties(body)];
}

/** The `extensions` array of a POST body (Graph creates them with the item). */
export function inlineExtensions(body: Record<string, unknown>): Extensions {
  const list = body.extensions;
  if (list === undefined) return {};
  if (!Array.isArray(list)) throw badRequest("extensions must be an array.");
  const out: Extensions = {};
  list.forEach((raw, i) => {
    const [name, props] = parseExtension(raw, `extensions[${i}]`);
    out[name] = props;
  });
  return out;
}

/** An extension as Graph returns it. */
export function renderExtension(name: string, props: Record<string, unknown>) {
  return {
    "@odata.type": "#microsoft.graph.openTypeExtension",
    id: ID_PREFIX + name,
    extensionName: name,
    ...props,
  };
}

/**
 * Adds `extensions` to an item when `$expand=extensions(...)` asks for it; a `$filter=id eq '...'`
 * narrows to one (by full id or bare name).
 */
export function expandExtensions(
  out: Record<string, unknown>,
  record: OutlookRecord,
  expand: ExpandItem[],
): Record<string, unknown> {
  const item = expand.find((e) => e.name.toLowerCase() === "extensions");
  if (!item) return out;
  let names = Object.keys(record.extensions);
  const filter = item.options["$filter"];
  if (filter !== undefined) {
    const wanted = [...filter.matchAll(/id\s+eq\s+'([^']*)'/gi)].map((m) =>
      extensionName(m[1] as string),
    );
    if (wanted.length === 0) throw badRequest(`Unsupported filter on extensions: '${filter}'.`);
    names = names.filter((n) => wanted.some((w) => w.toLowerCase() === n.toLowerCase()));
  }
  out.extensions = names.map((n) => renderExtension(n, record.extensions[n] ?? {}));
  return out;
}

/** Every `$expand` must name something the item has. */
export function checkExpand(expand: ExpandItem[], type: string, allowed: string[]): void {
  for (const item of expand) {
    if (!allowed.some((a) => a.toLowerCase() === item.name.toLowerCase())) {
      throw badRequest(
        `Could not find a property named '${item.name}' on type 'microsoft.graph.${type}'.`,
      );
    }
  }
}

function findName(record: OutlookRecord, nameOrId: string): string {
  const wanted = extensionName(nameOrId).toLowerCase();
  const name = Object.keys(record.extensions).find((n) => n.toLowerCase() === wanted);
  if (name === undefined) throw itemNotFound();
  return name;
}

/** Marks a write on the item (new change key, modified time). */
export function touch(record: OutlookRecord, now: Date): void {
  record.changeKey = newChangeKey();
  record.lastModifiedDateTime = now.toISOString();
  record.data.changeKey = record.changeKey;
  record.data.lastModifiedDateTime = record.lastModifiedDateTime;
}

/** Writes one extension's properties (a write on the item too) and answers the extension. */
function store(
  ctx: RouteContext,
  record: OutlookRecord,
  name: string,
  props: Record<string, unknown>,
  status: 200 | 201,
): SandboxResponse {
  record.extensions[name] = props;
  touch(record, ctx.now);
  ctx.changed();
  return json(status, {
    "@odata.context": contextUrl("Collection(microsoft.graph.extension)/$entity"),
    ...renderExtension(name, props),
  });
}

/**
 * The `/extensions` routes under an item path. `find` locates the item the path names; a write
 * touches only that item (an organizer's extensions never reach attendees' copies).
 */
export function extensionRoutes(
  itemPattern: string,
  find: (ctx: RouteContext) => OutlookRecord,
): Route[] {
  const list = (ctx: RouteContext): SandboxResponse => {
    const record = find(ctx);
    return json(200, {
      "@odata.context": contextUrl("Collection(microsoft.graph.extension)"),
      value: Object.entries(record.extensions).map(([n, p]) => renderExtension(n, p)),
    });
  };
  const create = (ctx: RouteContext): SandboxResponse => {
    const record = find(ctx);
    const [name, props] = parseExtension(objectBody(ctx.req), "The extension");
    if (Object.keys(record.extensions).some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new GraphError(
        409,
        "NameAlreadyExists",
        `An extension named '${name}' already exists on this item.`,
      );
    }
    return store(ctx, record, name, props, 201);
  };
  const get = (ctx: RouteContext): SandboxResponse => {
    const record = find(ctx);
    const name = findName(record, ctx.params.extension as string);
    return json(200, {
      "@odata.context": contextUrl("Collection(microsoft.graph.extension)/$entity"),
      ...renderExtension(name, record.extensions[name] ?? {}),
    });
  };
  const update = (ctx: RouteContext): SandboxResponse => {
    const record = find(ctx);
    const name = findName(record, ctx.params.extension as string);
    // api-reference/v1.0/api/opentypeextension-update.md ("Request body"): @odata.type and
    // extensionName are required name-value pairs; the sandbox refuses a body without either.
    const [named, props] = parseExtension(objectBody(ctx.req), "The extension");
    if (named.toLowerCase() !== name.toLowerCase()) {
      throw badRequest(
        `The extension: extensionName '${named}' does not match the extension '${name}'.`,
        "ErrorInvalidRequest",
      );
    }
    // An open-extension PATCH replaces every custom property (unlisted ones are dropped).
    return store(ctx, record, name, props, 200);
  };
  const remove = (ctx: RouteContext): SandboxResponse => {
    const record = find(ctx);
    const name = findName(record, ctx.params.extension as string);
    record.extensions = Object.fromEntries(
      Object.entries(record.extensions).filter(([n]) => n !== name),
    );
    touch(record, ctx.now);
    ctx.changed();
    return noContent();
  };
  return [
    ["GET", `${itemPattern}/extensions`, list],
    ["POST", `${itemPattern}/extensions`, create],
    ["GET", `${itemPattern}/extensions/{extension}`, get],
    ["PATCH", `${itemPattern}/extensions/{extension}`, update],
    ["DELETE", `${itemPattern}/extensions/{extension}`, remove],
  ];
}
