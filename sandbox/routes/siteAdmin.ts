// What setting up a site needs from Graph: its lists and columns (list and create), Sites.Selected
// grants, the site of a Microsoft 365 group, and the groups a user belongs to.
import { GraphError, json, objectBody, badRequest, type SandboxResponse } from "../http";
import { newGuid } from "../ids";
import { omit } from "../objects";
import { parseSelect, project } from "../odata";
import type { ListRecord, SiteRecord } from "../state";
import type { TenantAppGrant, TenantGroup } from "../tenant";
import { contextUrl, type Route, type RouteContext } from "../router";
import { appCap, effectiveLevel, requireLevel, userLevel } from "../sharePoint/rights";
import { listOf, siteOf, siteResource } from "./lists";

/** Graph's list resource for a list record (settings the sandbox keeps are not part of it). */
function listResource(ctx: RouteContext, list: ListRecord): Record<string, unknown> {
  return {
    "@odata.etag": `"${list.id},1"`,
    id: list.id,
    ...omit(list.data, ["roleAssignments", "readSecurity", "writeSecurity", "columns"]),
    list: { contentTypesEnabled: false, hidden: false, template: "genericList" },
    parentReference: { siteId: ctx.params.site },
  };
}

/**
 * Creating lists and columns needs the Sites.Manage.All scope (api-reference/v1.0/includes/
 * permissions/list-create-permissions.md, list-post-columns.md: delegated Sites.Manage.All, no
 * higher one) and, for the user, SharePoint's Manage Lists right (Edit or Full Control).
 */
function requireManageLists(ctx: RouteContext, site: SiteRecord): void {
  const scopes = ctx.grant.scopes;
  if (scopes !== null && !scopes.some((s) => s.toLowerCase() === "sites.manage.all")) {
    throw new GraphError(403, "accessDenied", "Access denied");
  }
  requireLevel(userLevel(ctx, site, null, ctx.me), "edit");
}

function listLists(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  appCap(ctx, site);
  const select = parseSelect(ctx.req.query);
  const visible = [...site.lists.values()].filter(
    (list) => effectiveLevel(ctx, site, list) !== "none",
  );
  return json(200, {
    "@odata.context": contextUrl(`sites('${site.id}')/lists`),
    value: visible.map((list) => project(listResource(ctx, list), select)),
  });
}

/** A column definition as stored: the body given plus Graph's defaults (resources/columndefinition.md). */
function columnDefinition(body: Record<string, unknown>): Record<string, unknown> {
  if (typeof body.name !== "string" || body.name.trim() === "") {
    throw badRequest("A column needs a name.", "invalidRequest");
  }
  return {
    id: newGuid(),
    displayName: body.name,
    description: "",
    hidden: false,
    indexed: false,
    readOnly: false,
    required: false,
    enforceUniqueValues: false,
    columnGroup: "Custom Columns",
    ...body,
  };
}

function columnsOf(list: ListRecord): Record<string, unknown>[] {
  if (!Array.isArray(list.data.columns)) list.data.columns = [];
  return list.data.columns as Record<string, unknown>[];
}

/** POST /sites/{id}/lists with `columns` (api-reference/v1.0/api/list-create.md). */
function createList(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  appCap(ctx, site);
  requireManageLists(ctx, site);
  const body = objectBody(ctx.req);
  const displayName = body.displayName;
  if (typeof displayName !== "string" || displayName.trim() === "") {
    throw badRequest("A list needs a displayName.", "invalidRequest");
  }
  const taken = [...site.lists.values()].some(
    (l) => String(l.data.displayName).toLowerCase() === displayName.toLowerCase(),
  );
  if (taken) {
    throw new GraphError(409, "nameAlreadyExists", "The specified list name already exists.");
  }
  const columns = Array.isArray(body.columns)
    ? body.columns.map((c) => columnDefinition(c as Record<string, unknown>))
    : [];
  const stamp = ctx.now.toISOString();
  const list: ListRecord = {
    id: newGuid(),
    data: {
      displayName,
      name: displayName.replace(/\s+/g, ""),
      description: typeof body.description === "string" ? body.description : "",
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      columns: [{ ...columnDefinition({ name: "Title", text: {} }), required: true }, ...columns],
    },
    items: new Map(),
    nextItemId: 1,
  };
  site.lists.set(list.id, list);
  ctx.changed();
  return json(201, {
    "@odata.context": contextUrl(`sites('${site.id}')/lists/$entity`),
    ...listResource(ctx, list),
  });
}

function listColumns(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  const list = listOf(ctx);
  requireLevel(effectiveLevel(ctx, site, list), "read");
  return json(200, {
    "@odata.context": contextUrl(`sites('${site.id}')/lists('${list.id}')/columns`),
    value: columnsOf(list).map((c) => project(c, parseSelect(ctx.req.query))),
  });
}

/** POST .../columns (api-reference/v1.0/api/list-post-columns.md). */
function createColumn(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  const list = listOf(ctx);
  appCap(ctx, site);
  requireManageLists(ctx, site);
  const column = columnDefinition(objectBody(ctx.req));
  const columns = columnsOf(list);
  if (columns.some((c) => String(c.name).toLowerCase() === String(column.name).toLowerCase())) {
    throw new GraphError(409, "nameAlreadyExists", "A column with that name already exists.");
  }
  columns.push(column);
  ctx.changed();
  return json(201, {
    "@odata.context": contextUrl(`sites('${site.id}')/lists('${list.id}')/columns/$entity`),
    ...column,
  });
}

function grantsOf(site: SiteRecord): TenantAppGrant[] {
  if (!Array.isArray(site.data.appGrants)) site.data.appGrants = [];
  return site.data.appGrants as TenantAppGrant[];
}

function permissionResource(grant: TenantAppGrant, index: number): Record<string, unknown> {
  const identity = { application: { id: grant.appId, displayName: grant.displayName ?? "" } };
  return {
    id: String(index + 1),
    roles: grant.roles,
    grantedToIdentitiesV2: [identity],
    grantedToIdentities: [identity],
  };
}

/**
 * Site permissions (Sites.Selected grants). api-reference/v1.0/api/site-post-permissions.md and
 * site-list-permissions.md list only the application permission Sites.FullControl.All, yet note
 * that "in delegated workflows, the user must have an administrator role, such as SharePoint
 * Administrator": a delegated caller needs Sites.FullControl.All and that role, or gets 403.
 */
function requireSiteAdmin(ctx: RouteContext): void {
  const scopes = ctx.grant.scopes;
  const scoped = scopes === null || scopes.some((s) => s.toLowerCase() === "sites.fullcontrol.all");
  const admins = (ctx.state.tenant.sharePointAdmins ?? []).map((u) => u.toLowerCase());
  if (!scoped || !admins.includes(ctx.me.userPrincipalName.toLowerCase())) {
    throw new GraphError(403, "accessDenied", "Access denied");
  }
}

function listPermissions(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  requireSiteAdmin(ctx);
  return json(200, {
    "@odata.context": contextUrl(`sites('${site.id}')/permissions`),
    value: grantsOf(site).map(permissionResource),
  });
}

function createPermission(ctx: RouteContext): SandboxResponse {
  const site = siteOf(ctx);
  requireSiteAdmin(ctx);
  const body = objectBody(ctx.req);
  const roles = Array.isArray(body.roles) ? body.roles.map(String) : [];
  const identities = Array.isArray(body.grantedToIdentities) ? body.grantedToIdentities : [];
  const app = (identities[0] as { application?: { id?: unknown; displayName?: unknown } })
    ?.application;
  const allowed = ["read", "write", "manage", "fullcontrol"];
  if (
    typeof app?.id !== "string" ||
    roles.length === 0 ||
    roles.some((r) => !allowed.includes(r))
  ) {
    throw badRequest(
      "roles and grantedToIdentities[0].application.id are required.",
      "invalidRequest",
    );
  }
  const grant: TenantAppGrant = {
    appId: app.id,
    displayName: typeof app.displayName === "string" ? app.displayName : "",
    roles: roles as TenantAppGrant["roles"],
  };
  const grants = grantsOf(site);
  grants.push(grant);
  ctx.changed();
  return json(201, {
    "@odata.context": contextUrl(`sites('${site.id}')/permissions/$entity`),
    ...permissionResource(grant, grants.length - 1),
  });
}

/** GET /groups/{id}/sites/root: a group-connected team site (api-reference/v1.0/api/site-get.md). */
function groupSite(ctx: RouteContext): SandboxResponse {
  const id = ctx.params.group as string;
  const site = [...ctx.state.sites.values()].find((s) => s.data.groupId === id);
  if (!site) throw new GraphError(404, "itemNotFound", "Requested site could not be found");
  requireLevel(effectiveLevel(ctx, site, null), "read");
  return json(200, siteResource(site));
}

/**
 * GET /me/memberOf: the groups the user is a direct member of (owners who are not members are not
 * listed), User.Read for /me (api-reference/v1.0/api/user-list-memberof.md,
 * includes/permissions/user-list-memberof-permissions.md).
 */
function memberOf(ctx: RouteContext): SandboxResponse {
  if (!ctx.viaMe)
    throw new GraphError(
      403,
      "Authorization_RequestDenied",
      "Insufficient privileges to complete the operation.",
    );
  const me = ctx.me.userPrincipalName.toLowerCase();
  const groups = (ctx.state.tenant.groups ?? []).filter((g: TenantGroup) =>
    (g.members ?? []).some((m) => m.toLowerCase() === me),
  );
  const select = parseSelect(ctx.req.query);
  return json(200, {
    "@odata.context": contextUrl("directoryObjects"),
    value: groups.map((g) =>
      project(
        {
          "@odata.type": "#microsoft.graph.group",
          id: g.id,
          displayName: g.displayName,
          mail: g.mail ?? null,
          groupTypes: ["Unified"],
          securityEnabled: false,
          mailEnabled: true,
        },
        select,
      ),
    ),
  });
}

/** Routes under `/`. */
export const siteAdminRoutes: Route[] = [
  ["GET", "sites/{site}/lists", listLists],
  ["POST", "sites/{site}/lists", createList],
  ["GET", "sites/{site}/lists/{list}/columns", listColumns],
  ["POST", "sites/{site}/lists/{list}/columns", createColumn],
  ["GET", "sites/{site}/permissions", listPermissions],
  ["POST", "sites/{site}/permissions", createPermission],
  ["GET", "groups/{group}/sites/root", groupSite],
];

/** Routes under `/me` and `/users/{id}`. */
export const groupUserRoutes: Route[] = [["GET", "memberOf", memberOf]];
