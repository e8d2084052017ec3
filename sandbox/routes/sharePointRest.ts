// A stand-in for the few SharePoint REST calls (`/_api/...`) the provisioning command makes for
// what Graph cannot do: a list's unique permissions, item-level security and the site's Visitors.
// Served under `/_sharepoint/sites/{graph site id}/_api/`; answers as SharePoint's JSON light
// (`odata=nometadata`). Not Graph: the app itself never calls these.
import { json, type SandboxResponse } from "../http";
import type { ListRecord, SiteRecord, SandboxState } from "../state";
import type { PermissionLevel, SiteGroupName, TenantRoleAssignment, TenantUser } from "../tenant";
import type { TokenGrant } from "../tokens";
import {
  appCap,
  GROUP_LEVEL,
  lower,
  atLeast,
  userLevel,
  uniqueAssignments,
} from "../sharePoint/rights";

/** One request to the stand-in. */
export interface RestRequest {
  method: string;
  siteId: string;
  /** The path after `_api/`, e.g. `web/lists(guid'…')/breakroleinheritance(…)`. */
  path: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  state: SandboxState;
  me: TenantUser;
  grant: TokenGrant;
  changed(): void;
}

/** SharePoint's ids for the default groups of a team site and its role definitions. */
const GROUP_IDS: Record<SiteGroupName, number> = { owners: 3, visitors: 4, members: 5 };
/** Role definition ids and RoleTypeKind as SharePoint Online has them (SP.RoleType). */
const ROLES: Record<PermissionLevel, { id: number; kind: number; name: string }> = {
  read: { id: 1073741826, kind: 2, name: "Read" },
  contribute: { id: 1073741827, kind: 3, name: "Contribute" },
  fullControl: { id: 1073741829, kind: 5, name: "Full Control" },
  edit: { id: 1073741830, kind: 6, name: "Edit" },
};
/** "Everyone except external users" as a SharePoint claim (tenant-wide, all internal accounts). */
const EVERYONE = /^c:0-\.f\|rolemanager\|spo-grid-all-users\//i;

function error(status: number, code: string, message: string): SandboxResponse {
  return json(status, { "odata.error": { code, message: { lang: "en-US", value: message } } });
}

const denied = () =>
  error(403, "-2147024891, System.UnauthorizedAccessException", "Access denied.");

const groupByAssociation: Record<string, SiteGroupName> = {
  associatedownergroup: "owners",
  associatedmembergroup: "members",
  associatedvisitorgroup: "visitors",
};

function groupJson(site: SiteRecord, group: SiteGroupName) {
  return {
    Id: GROUP_IDS[group],
    Title: `${String(site.data.displayName)} ${group[0]?.toUpperCase()}${group.slice(1)}`,
    LoginName: `${String(site.data.displayName)} ${group}`,
  };
}

function listJson(list: ListRecord) {
  return {
    Id: list.id,
    Title: list.data.displayName,
    HasUniqueRoleAssignments: uniqueAssignments(list) !== null,
    ReadSecurity: list.data.readSecurity ?? 1,
    WriteSecurity: list.data.writeSecurity ?? 1,
  };
}

function assignmentsJson(site: SiteRecord, list: ListRecord) {
  const assignments =
    uniqueAssignments(list) ??
    (Object.entries(GROUP_LEVEL) as [SiteGroupName, PermissionLevel][]).map(([group, level]) => ({
      group,
      level,
    }));
  return {
    value: assignments.map((a, index) => ({
      // People granted the list directly get a user principal id of their own.
      PrincipalId: a.group ? GROUP_IDS[a.group] : 100 + index,
      Member: a.group
        ? groupJson(site, a.group)
        : { Id: 100 + index, Title: (a.users ?? []).join(", ") },
      RoleDefinitionBindings: [
        { Id: ROLES[a.level].id, Name: ROLES[a.level].name, RoleTypeKind: ROLES[a.level].kind },
      ],
    })),
  };
}

const groupOfId = (id: number) =>
  (Object.keys(GROUP_IDS) as SiteGroupName[]).find((g) => GROUP_IDS[g] === id);
const levelOfRole = (id: number) =>
  (Object.keys(ROLES) as PermissionLevel[]).find((l) => ROLES[l].id === id);

/**
 * Handles one REST call. Rights: changing a list's permissions needs Manage Permissions (Full
 * Control); its settings (item-level security) need Manage Lists (Edit); the site's groups are
 * read with Read and changed by Owners — each capped by the token as Graph caps it.
 */
export function sharePointRest(req: RestRequest): SandboxResponse {
  const site = req.state.sites.get(req.siteId);
  if (!site) return error(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
  let cap;
  try {
    cap = appCap(req, site);
  } catch {
    return denied();
  }
  const level = (list: ListRecord | null) => lower(userLevel(req, site, list, req.me), cap);
  const path = req.path.replace(/\/+$/, "");
  const get = req.method === "GET";
  const post = req.method === "POST";

  const association = /^web\/(associated(?:owner|member|visitor)group)(\/users)?$/i.exec(path);
  const group = groupByAssociation[(association?.[1] ?? "").toLowerCase()];
  if (association && group) {
    if (!atLeast(level(null), "read")) return denied();
    if (get && !association[2]) return json(200, groupJson(site, group));
    const upns = Array.isArray(site.data[group]) ? (site.data[group] as string[]) : [];
    if (get) {
      return json(200, {
        value: upns.map((u) =>
          u === "*"
            ? {
                LoginName: `c:0-.f|rolemanager|spo-grid-all-users/${req.state.tenant.organization?.id ?? ""}`,
                Title: "Everyone except external users",
              }
            : { LoginName: `i:0#.f|membership|${u}`, Title: u },
        ),
      });
    }
    if (post) {
      // Adding people to a group: Full Control on the site (the group's owner is the Owners group).
      if (!atLeast(level(null), "fullControl")) return denied();
      const login = String((req.body as { LoginName?: unknown } | null)?.LoginName ?? "");
      const upn = EVERYONE.test(login) ? "*" : login.replace(/^i:0#\.f\|membership\|/i, "");
      if (!upns.includes(upn)) site.data[group] = [...upns, upn];
      req.changed();
      return json(201, {
        LoginName: login,
        Title: upn === "*" ? "Everyone except external users" : upn,
      });
    }
  }

  const roleDefinition = /^web\/roledefinitions\/getbytype\((\d+)\)$/i.exec(path);
  if (roleDefinition && get) {
    const found = Object.values(ROLES).find((r) => r.kind === Number(roleDefinition[1]));
    return found
      ? json(200, { Id: found.id, Name: found.name, RoleTypeKind: found.kind })
      : error(404, "-2146232832, Microsoft.SharePoint.SPException", "Role definition not found.");
  }

  const listMatch = /^web\/lists\(guid'([^']+)'\)(?:\/(.*))?$/i.exec(path);
  const list = listMatch ? site.lists.get(listMatch[1] ?? "") : undefined;
  if (!listMatch || !list) {
    return error(404, "-1, System.ArgumentException", "List does not exist.");
  }
  const rest = listMatch[2] ?? "";
  if (!atLeast(level(list), "read")) return denied();

  if (rest === "" && get) return json(200, listJson(list));
  // Item-level security: MERGE on the list (SP.List ReadSecurity / WriteSecurity), Manage Lists.
  if (rest === "" && post && /^merge$/i.test(req.headers["x-http-method"] ?? "")) {
    if (!atLeast(level(list), "edit")) return denied();
    const body = (req.body ?? {}) as { ReadSecurity?: unknown; WriteSecurity?: unknown };
    if (body.ReadSecurity === 1 || body.ReadSecurity === 2)
      list.data.readSecurity = body.ReadSecurity;
    if (body.WriteSecurity === 1 || body.WriteSecurity === 2 || body.WriteSecurity === 4) {
      list.data.writeSecurity = body.WriteSecurity;
    }
    req.changed();
    return { status: 204, headers: {} };
  }
  if (/^roleassignments$/i.test(rest) && get) return json(200, assignmentsJson(site, list));

  // Everything below changes permissions: Manage Permissions (Full Control).
  if (!post)
    return error(
      405,
      "-1, Microsoft.SharePoint.Client.ClientServiceException",
      "Method not allowed.",
    );
  if (!atLeast(level(list), "fullControl")) return denied();
  const breaking =
    /^breakroleinheritance\(copyRoleAssignments=(true|false)(?:,clearSubscopes=(?:true|false))?\)$/i.exec(
      rest,
    );
  if (breaking) {
    if (uniqueAssignments(list) === null) {
      // Without copying, only the caller keeps Full Control; the sandbox has no per-user
      // assignments, so it keeps the Owners group (the caller administers the site).
      list.data.roleAssignments =
        breaking[1]?.toLowerCase() === "true"
          ? (Object.entries(GROUP_LEVEL) as [SiteGroupName, PermissionLevel][]).map(
              ([group, lvl]) => ({ group, level: lvl }),
            )
          : [{ group: "owners", level: "fullControl" }];
      req.changed();
    }
    return { status: 200, headers: {}, body: undefined } as SandboxResponse;
  }
  const adding = /^roleassignments\/addroleassignment\(principalid=(\d+),roledefid=(\d+)\)$/i.exec(
    rest,
  );
  const removing = /^roleassignments\/getbyprincipalid\((\d+)\)\/deleteobject\(\)$/i.exec(rest);
  const assignments = uniqueAssignments(list);
  if ((adding || removing) && assignments === null) {
    return error(
      400,
      "-2147024809, System.ArgumentException",
      "This operation is not allowed on an object that inherits permissions.",
    );
  }
  if (adding && assignments) {
    const group = groupOfId(Number(adding[1]));
    const lvl = levelOfRole(Number(adding[2]));
    if (!group || !lvl)
      return error(
        404,
        "-2146232832, Microsoft.SharePoint.SPException",
        "Principal or role definition not found.",
      );
    const existing = assignments.find((a) => a.group === group);
    // A group holds its highest binding; adding a lower one changes nothing it can do.
    if (existing) existing.level = atLeast(existing.level, lvl) ? existing.level : lvl;
    else assignments.push({ group, level: lvl } as TenantRoleAssignment);
    req.changed();
    return { status: 200, headers: {} };
  }
  if (removing && assignments) {
    const group = groupOfId(Number(removing[1]));
    list.data.roleAssignments = assignments.filter((a) => a.group !== group);
    req.changed();
    return { status: 200, headers: {} };
  }
  return error(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `Unsupported request ${req.method} ${path}.`,
  );
}
