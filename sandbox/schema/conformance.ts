// Refuses $select, $filter, $orderby and body properties that Graph's v1.0 schema does not have.
import { badRequest, type GraphError, type SandboxRequest } from "../http";
import { parseFilter, splitSelect, type FilterNode } from "../odata";
import { pathSegments } from "../router";
import { GRAPH_ACTIONS, graphType, type ResolvedType } from "./graphTypes";

/** Which service answers: each words its refusals its own way. */
type Service = "outlook" | "directory" | "sharepoint";

/** What a request addresses: an entity type (reads and writes) or an action (a body only). */
type Target =
  | { kind: "type"; type: string; service: Service; checkQuery: boolean }
  | { kind: "action"; action: string; service: Service };

const type = (name: string, service: Service, checkQuery = true): Target => ({
  kind: "type",
  type: name,
  service,
  checkQuery,
});

const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

/** The target of a path below a user (`/me/...` or `/users/{id}/...`), by its segments. */
function userTarget(rest: string[]): Target | null {
  const [a, b, c] = rest;
  const n = rest.length;
  if (n === 0) return type("user", "directory");
  // An extension's custom data is open; its $select is not something the app sends.
  if (rest.some((s) => same(s, "extensions"))) return type("openTypeExtension", "outlook", false);
  if (n === 1 && (same(a, "manager") || same(a, "directReports"))) return type("user", "directory");
  if (n === 1 && same(a, "people")) return type("person", "directory");
  if (same(a, "photo")) return null;
  if (n === 1 && same(a, "mailboxSettings")) return type("mailboxSettings", "outlook");
  if (n === 1 && same(a, "sendMail"))
    return { kind: "action", action: "sendMail", service: "outlook" };
  if (n === 1 && same(a, "findMeetingTimes")) {
    return { kind: "action", action: "findMeetingTimes", service: "outlook" };
  }
  if (n === 2 && same(a, "calendar") && same(b, "getSchedule")) {
    return { kind: "action", action: "getSchedule", service: "outlook" };
  }
  if (n === 3 && same(a, "events") && same(c, "cancel")) {
    return { kind: "action", action: "cancel", service: "outlook" };
  }
  if (same(a, "contacts") && n <= 2) return type("contact", "outlook");
  if (same(a, "contactFolders")) {
    if (n <= 2 || (n === 3 && same(c, "childFolders"))) return type("contactFolder", "outlook");
    if (same(c, "contacts") && n <= 4) return type("contact", "outlook");
  }
  if ((same(a, "events") || same(a, "calendarView")) && n <= 2) return type("event", "outlook");
  if (same(a, "calendar") && (same(b, "events") || same(b, "calendarView")) && n <= 3) {
    return type("event", "outlook");
  }
  if (same(a, "messages") && n <= 2) return type("message", "outlook");
  if (same(a, "mailFolders") && same(c, "messages") && n <= 4) return type("message", "outlook");
  return null;
}

/** The target of a request, or null for what this module does not check. */
function targetOf(path: string): Target | null {
  const segments = pathSegments(path);
  const first = segments[0]?.toLowerCase();
  if (first === "me") return userTarget(segments.slice(1));
  if (first === "users") {
    const key = segments[1];
    if (key === undefined || key.startsWith("$")) return type("user", "directory");
    return userTarget(segments.slice(2));
  }
  // sites/{site}/lists/{list}/items[/{item}]: fields are the list's own columns, checked there.
  if (first === "sites" && same(segments[2], "lists") && same(segments[4], "items")) {
    if (segments.length <= 6) return type("listItem", "sharepoint");
  }
  return null;
}

/** An unknown name in the URL: Outlook says RequestBroker--ParseUri (concepts/query-parameters.md). */
function unknownInQuery(name: string, t: ResolvedType, service: Service): GraphError {
  const message = `Could not find a property named '${name}' on type 'microsoft.graph.${t.name}'.`;
  if (service === "outlook") return badRequest(message, "RequestBroker--ParseUri");
  if (service === "sharepoint") {
    return badRequest(`Parsing OData Select and Expand failed: ${message}`, "invalidRequest");
  }
  return badRequest(message, "BadRequest");
}

/**
 * An unknown name in a body. Outlook answers RequestBodyRead with OData's wording (as reported in
 * microsoftgraph/msgraph-sdk-python#440 and msgraph-sdk-dotnet#450); the directory says
 * "Invalid property".
 */
function unknownInBody(name: string, typeName: string, service: Service): GraphError {
  if (service === "directory")
    return badRequest(`Invalid property '${name}'.`, "Request_BadRequest");
  return badRequest(
    `The property '${name}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    "RequestBodyRead",
  );
}

/** Directory schema extensions (`extension_{appId}_{name}`) are selectable on users. */
function directoryExtension(t: ResolvedType, name: string): boolean {
  return t.name === "user" && name.startsWith("extension_");
}

/** Checks a `/`-separated property path from `t`; stops below a type the module does not model. */
function checkPath(path: string, t: ResolvedType, service: Service): void {
  let current: ResolvedType | null = t;
  for (const part of path.split("/")) {
    if (current === null || part === "") return;
    if (current.navigation.has(part)) return;
    const complex = current.properties.get(part);
    if (complex === undefined) {
      if (directoryExtension(current, part)) return;
      throw unknownInQuery(part, current, service);
    }
    current = complex === "" ? null : graphType(complex);
  }
}

/** Every property path a filter names, `any` lambdas checked against the collection's type. */
function checkFilter(node: FilterNode, t: ResolvedType, service: Service): void {
  switch (node.kind) {
    case "and":
    case "or":
      checkFilter(node.left, t, service);
      checkFilter(node.right, t, service);
      return;
    case "not":
      checkFilter(node.expr, t, service);
      return;
    case "any": {
      checkPath(node.prop, t, service);
      const last = node.prop.split("/").pop() ?? "";
      const complex = t.properties.get(last);
      if (!node.prop.includes("/") && complex)
        checkFilter(node.predicate, graphType(complex), service);
      return;
    }
    default:
      if (node.prop !== "") checkPath(node.prop, t, service);
  }
}

/** Checks one body value against a complex or entity type, one level down and further. */
function checkBody(value: unknown, typeName: string, service: Service): void {
  if (Array.isArray(value)) {
    for (const element of value) checkBody(element, typeName, service);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const t = graphType(typeName);
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    // Annotations (`@odata.type`, `x@odata.type`) are not properties.
    if (key.includes("@")) continue;
    if (t.navigation.has(key)) {
      // Inline extensions are open types; other navigation bodies are not modelled here.
      continue;
    }
    const complex = t.properties.get(key);
    if (complex === undefined) {
      if (t.open) continue;
      throw unknownInBody(key, t.name, service);
    }
    if (complex !== "") checkBody(inner, complex, service);
  }
}

/** Checks an action's body parameters (matched without regard to case, as Graph does). */
function checkActionBody(body: unknown, action: string, service: Service): void {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return;
  const spec = GRAPH_ACTIONS[action];
  if (!spec) return;
  const params = new Map(
    spec.parameters.map((entry) => {
      const [name = "", complex = ""] = entry.split(":");
      return [name.toLowerCase(), complex] as const;
    }),
  );
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key.includes("@")) continue;
    const complex = params.get(key.toLowerCase());
    if (complex === undefined) {
      throw badRequest(
        `The parameter '${key}' in the request payload is not a valid parameter for the operation '${action}'.`,
        "RequestBodyRead",
      );
    }
    if (complex !== "") checkBody(value, complex, service);
  }
}

/**
 * Refuses what Graph's schema does not have, before the route runs: `$select`, `$filter` and
 * `$orderby` property paths on reads of the types in graphTypes.ts, and body properties of POST
 * and PATCH (nested complex types included). List `fields` are the list's columns, checked by the
 * list routes; open extensions take any custom property.
 */
export function checkConformance(req: SandboxRequest): void {
  const target = targetOf(req.path);
  if (target === null) return;
  const writes = req.method === "POST" || req.method === "PATCH";
  if (target.kind === "action") {
    if (writes) checkActionBody(req.body, target.action, target.service);
    return;
  }
  const t = graphType(target.type);
  if (target.checkQuery) {
    for (const name of splitSelect(req.query.get("$select") ?? undefined) ?? []) {
      if (!t.properties.has(name) && !t.navigation.has(name) && !directoryExtension(t, name)) {
        throw unknownInQuery(name, t, target.service);
      }
    }
    const filter = req.query.get("$filter");
    if (filter !== null) checkFilter(parseFilter(filter), t, target.service);
    for (const key of (req.query.get("$orderby") ?? "").split(",")) {
      const prop = key.trim().split(/\s+/)[0] ?? "";
      if (prop !== "") checkPath(prop, t, target.service);
    }
  }
  if (writes) checkBody(req.body, target.type, target.service);
}
